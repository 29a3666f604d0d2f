/**
 * STACKIT searchEngine: a managed STACKIT OpenSearch instance per request (plan from the size
 * table, single node outside production and the replica plan in production, `sgw_acl` narrowed
 * to the SKE cluster's egress ranges, `prevent_destroy` where the stage keeps data) and one
 * `stackit_opensearch_credential` for the application. The credential reaches the namespace as
 * infra output → sensitive platform input → write-only Secret; host, port and user name are
 * plain inputs.
 */
import { fail } from "../../core/errors";
import type { Size } from "../../core/profile";
import type { DeploymentContext } from "../../core/context";
import type { InfraLayer } from "../../core/layers";
import type { CapabilityInfo, ISearchEngine, SearchEngineRequest } from "../../core/target";
import { endpointCidr, ManagedAccessProps, secretFromInfra } from "../shared/managed";
import { OpensearchInstance } from "./generated/opensearch-instance";
import { OpensearchCredential } from "./generated/opensearch-credential";
import { STAGE_DEFAULTS } from "../../core/profile";

/** STACKIT OpenSearch major version (the offering `OpenSearch 2`; provider docs and acceptance tests use `"2"`). */
export const STACKIT_OPENSEARCH_VERSION = "2";

/**
 * STACKIT OpenSearch plans per size (`stackit-opensearch-<vCPU>.<GB RAM>.<GB disk>-single|replica`):
 * single node outside production, three nodes in production. Sources: docs.stackit.cloud "Use
 * STACKIT OpenSearch API" (offerings excerpt: 1.4.10-replica, 2.4.10-replica, 4.8.50-single) and the
 * provider's acceptance tests (1.4.10-single, 2.4.10-single). `4.8.50-replica` and the XL plan follow
 * the naming scheme unconfirmed; check with `stackit opensearch plans` (the provider lists the
 * offered names when a plan is unknown).
 */
export const STACKIT_OPENSEARCH_PLANS: Readonly<Record<Size, string>> = {
  S: "stackit-opensearch-1.4.10",
  M: "stackit-opensearch-2.4.10",
  L: "stackit-opensearch-4.8.50",
  XL: "stackit-opensearch-8.16.50",
};

/**
 * Ports egress is allowed to on the instance's range: 443 and OpenSearch's REST port 9200 (the
 * credential's `port` is known only after apply; which one STACKIT uses is not documented here).
 */
export const STACKIT_OPENSEARCH_PORTS = [443, 9200] as const;

/** The `stackwerk list` line of the STACKIT target. */
export const STACKIT_SEARCH_ENGINE: CapabilityInfo = {
  capability: "searchEngine",
  implementation: "managed",
  detail: `STACKIT OpenSearch ${STACKIT_OPENSEARCH_VERSION} (plan by size, ACL = the cluster's egress ranges)`,
};

/** What the STACKIT search engine needs from its target. */
export interface StackitSearchEngineContext {
  readonly stack: InfraLayer;
  readonly projectId: string;
  /** The SKE cluster's egress ranges (a list token), when the zone's cluster is known. */
  readonly egressRanges?: string[];
  readonly access: ManagedAccessProps;
}

/** A STACKIT OpenSearch instance with one credential. */
export function stackitSearchEngine(ctx: DeploymentContext, request: SearchEngineRequest, target: StackitSearchEngineContext): ISearchEngine {
  const id = request.id ?? "search";
  if (!target.egressRanges) {
    fail(
      ctx.scope,
      "target",
      "needs the landing zone's SKE cluster (its egress ranges narrow the OpenSearch ACL). Allowed: a STACKIT landing zone with its cluster",
    );
  }
  const scope = ctx.infra();
  const instance = new OpensearchInstance(scope, id, {
    projectId: target.projectId,
    name: `${ctx.instanceName}-${ctx.stage}${id === "search" ? "" : `-${id}`}`.slice(0, 32),
    version: STACKIT_OPENSEARCH_VERSION,
    planName: `${STACKIT_OPENSEARCH_PLANS[ctx.size]}-${STAGE_DEFAULTS[ctx.stage].highAvailability ? "replica" : "single"}`,
    // Only the cluster's egress addresses reach the instance.
    parameters: { sgwAcl: target.stack.functions.join(",", target.egressRanges), enableMonitoring: false },
    lifecycle: { preventDestroy: ctx.preventDestroy },
  });
  const credential = new OpensearchCredential(scope, `${id}-credential`, { projectId: target.projectId, instanceId: instance.instanceId });
  const secret = secretFromInfra(ctx, `${id}-secret`, `${id}-credentials`, {
    password: { output: `${id}_password`, value: credential.password, description: `password of the OpenSearch login (${request.purpose})` },
    uri: { output: `${id}_uri`, value: credential.uri, description: `OpenSearch URI with credentials (${request.purpose})` },
  });
  const endpoint = endpointCidr(ctx, target.stack, id, "the STACKIT OpenSearch instance", target.access);
  return {
    implementation: "managed",
    engine: "opensearch",
    host: ctx.fromInfra(`${id}_host`, credential.host, { description: "host of the STACKIT OpenSearch instance" }),
    port: ctx.fromInfra(`${id}_port`, target.stack.functions.tostring(credential.port), { description: "port of the STACKIT OpenSearch instance" }),
    username: ctx.fromInfra(`${id}_username`, credential.username, { description: `OpenSearch login (${request.purpose})` }),
    password: secret.ref("password"),
    uri: secret.ref("uri"),
    peer: { description: id, cidr: endpoint, ports: STACKIT_OPENSEARCH_PORTS.map((port) => ({ port })) },
    admit: () => undefined, // the instance admits the sgw_acl ranges
  };
}
