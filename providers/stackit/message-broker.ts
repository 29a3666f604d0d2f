/**
 * STACKIT messageBroker: AMQP on the managed STACKIT RabbitMQ (one instance per request, plan from
 * the size table, single node outside production and the replica plan in production, `sgw_acl`
 * narrowed to the SKE cluster's egress ranges, one `stackit_rabbitmq_credential` per client whose
 * URI reaches only that client's namespace); Kafka in the cluster, as STACKIT has no managed Kafka.
 */
import type { Construct } from "constructs";
import { fail } from "../../core/errors";
import { KubeSecret } from "../../constructs/kube/secret";
import type { Size } from "../../core/profile";
import type { DeploymentContext } from "../../core/context";
import type { InfraLayer } from "../../core/layers";
import { ensureInput } from "../../core/landing-zone";
import type { BrokerClientPlacement, BrokerConnection, IMessageBroker, MessageBrokerRequest } from "../../core/target";
import { inClusterBroker, InClusterBrokerOptions } from "../shared/in-cluster-broker";
import { endpointCidr, ManagedAccessProps, managedPeer, secretFromInfra } from "../shared/managed";
import { allowJobEgress, jobPodTemplate } from "../shared/job-pod";
import { KubeManifest } from "../../constructs/kube/manifest";
import { typed } from "../../constructs/kube/typed";
import { appSelector, MANAGED_BY } from "../../constructs/kube/labels";
import type { Job } from "kubernetes-types/batch/v1";
import type { AmqpTopologyView } from "../../core/messaging/topology";
import { renderRabbitDefinitions } from "../../core/messaging/rabbitmq-definitions";
import { rabbitPermissions } from "../../core/messaging/permissions";
import { RabbitmqInstance } from "./generated/rabbitmq-instance";
import { RabbitmqCredential } from "./generated/rabbitmq-credential";
import { boundedName } from "../../core/naming";
import { STAGE_DEFAULTS } from "../../core/profile";
import { imagesOf } from "../../core/images/map";

/** STACKIT RabbitMQ version Stackwerk asks for. */
export const STACKIT_RABBITMQ_VERSION = "3.13";

/**
 * STACKIT RabbitMQ plans per size (`stackit-rabbitmq-<cpu>.<ram>.<disk>-single|replica`): single
 * node outside production, three replicas in production. Only `1.2.10` is confirmed by the
 * provider's documented example; check the others with the STACKIT CLI (`stackit rabbitmq plans`).
 */
export const STACKIT_RABBITMQ_PLANS: Readonly<Record<Size, string>> = {
  S: "stackit-rabbitmq-1.2.10",
  M: "stackit-rabbitmq-2.4.10",
  L: "stackit-rabbitmq-4.8.10",
  XL: "stackit-rabbitmq-8.16.20",
};

/** What the STACKIT broker needs from its target. */
export interface StackitBrokerContext {
  readonly stack: InfraLayer;
  readonly projectId: string;
  readonly location: string;
  /** The SKE cluster's egress ranges (a list token), when the zone's cluster is known. */
  readonly egressRanges?: string[];
  readonly access: ManagedAccessProps;
  readonly inCluster: InClusterBrokerOptions;
}

/** `stackwerk list` line of the STACKIT broker. */
export const STACKIT_BROKER_DETAIL = "STACKIT RabbitMQ (amqp, managed); Kafka in the cluster (kafka: KRaft StatefulSet)";

/** The STACKIT broker for the request's protocol. */
export function stackitMessageBroker(ctx: DeploymentContext, request: MessageBrokerRequest, target: StackitBrokerContext): IMessageBroker {
  if (request.protocol === "kafka") return inClusterBroker(ctx, request, target.inCluster);
  const id = request.id ?? "bus";
  const scope = ctx.infra();
  if (!target.egressRanges) {
    fail(
      ctx.scope,
      "target",
      "needs the landing zone's SKE cluster (its egress ranges narrow the RabbitMQ ACL). Allowed: a STACKIT landing zone with its cluster",
    );
  }
  const instance = new RabbitmqInstance(scope, id, {
    projectId: target.projectId,
    name: `${ctx.instanceName}-${ctx.stage}${id === "bus" ? "" : `-${id}`}`.slice(0, 32),
    version: STACKIT_RABBITMQ_VERSION,
    planName: `${STACKIT_RABBITMQ_PLANS[ctx.size]}-${STAGE_DEFAULTS[ctx.stage].highAvailability ? "replica" : "single"}`,
    // Only the cluster's egress addresses reach the instance.
    parameters: { sgwAcl: target.stack.functions.join(",", target.egressRanges), enableMonitoring: false },
    lifecycle: { preventDestroy: ctx.preventDestroy },
  });
  const endpoint = endpointCidr(ctx, target.stack, id, "the STACKIT RabbitMQ instance", target.access);
  const peer = { ...managedPeer(`${ctx.instanceName}-${id}`, 5671, endpoint), ports: [{ port: 5671 }, { port: 5672 }] };
  const setup = stackitTopologySetup(ctx, id, request.topology, instance, target, endpoint);
  const made = new Map<string, BrokerConnection>();
  return {
    implementation: "managed",
    protocol: "amqp",
    detail: "STACKIT RabbitMQ",
    peer,
    admit: () => undefined, // the instance admits the sgw_acl ranges
    client(placement: BrokerClientPlacement): BrokerConnection {
      const existing = made.get(placement.name);
      if (existing) return existing;
      if (!request.topology.clients().some((c) => c.client.name === placement.name)) {
        fail(ctx.scope, "client", `${JSON.stringify(placement.name)} has no grant. Allowed: a client granted publish or consume first`);
      }
      const key = placement.name.replace(/-/g, "_");
      const credential = new RabbitmqCredential(scope, `${id}-credential-${placement.name}`, { projectId: target.projectId, instanceId: instance.instanceId });
      // Into the client's own layer: an infra output and a sensitive input there, fed to a write-only Secret.
      const values: Record<string, { output: string; value: string; description: string }> = {
        uri: { output: `${id}_${key}_uri`, value: credential.uri, description: `AMQP URI of event-bus client ${placement.name}` },
        password: { output: `${id}_${key}_password`, value: credential.password, description: `password of event-bus client ${placement.name}` },
      };
      const secretValues: Record<string, { kind: "input"; input: string }> = {};
      for (const [k, v] of Object.entries(values)) {
        ctx.fromInfra(v.output, v.value, { description: v.description, sensitive: true });
        const input = ctx.infraName(v.output);
        ensureInput(placement.platform, input, { description: v.description, sensitive: true });
        secretValues[k] = { kind: "input", input };
      }
      const secretName = boundedName(`${id}-${placement.name}-amqp`);
      new KubeSecret(placement.platform as unknown as Construct, `${id}-credentials-${placement.name}`, {
        namespace: placement.namespace,
        name: secretName,
        values: secretValues,
      });
      setup.addUser(
        placement.name,
        ctx.fromInfra(`${id}_${key}_user`, credential.username, { description: `user name of event-bus client ${placement.name}` }),
      );
      const host = ctx.fromInfra(`${id}_${key}_host`, credential.host, { description: `host of the STACKIT RabbitMQ instance` });
      const username = ctx.fromInfra(`${id}_${key}_username`, credential.username, { description: `user name of event-bus client ${placement.name}` });
      for (const name of [`${id}_${key}_host`, `${id}_${key}_username`]) {
        ensureInput(placement.platform, ctx.infraName(name), { description: `event-bus client ${placement.name}` });
      }
      const connection: BrokerConnection = {
        env: { AMQP_HOST: host, AMQP_USERNAME: username, AMQP_VHOST: request.topology.vhost },
        secretEnv: { AMQP_URL: { name: secretName, key: "uri" }, AMQP_PASSWORD: { name: secretName, key: "password" } },
        secretName,
      };
      made.set(placement.name, connection);
      return connection;
    },
  };
}

/**
 * The topology on the managed instance: a setup Job in the broker's namespace posts the rendered
 * definitions (vhost, exchanges, queues, bindings, policies) to the instance's HTTP API with a
 * setup credential of its own, plus one permission per client credential (write on the exchanges it
 * publishes to, read on the queues it consumes, no configure). The client credentials' users come
 * from STACKIT; their rights on this vhost are exactly the granted ones.
 */
function stackitTopologySetup(
  ctx: DeploymentContext,
  id: string,
  topology: AmqpTopologyView,
  instance: RabbitmqInstance,
  target: StackitBrokerContext,
  endpoint: string,
): { addUser(client: string, username: string): void } {
  const scope = ctx.infra();
  const credential = new RabbitmqCredential(scope, `${id}-setup-credential`, { projectId: target.projectId, instanceId: instance.instanceId });
  const secret = secretFromInfra(ctx, `${id}-setup-secret`, `${id}-setup`, {
    password: { output: `${id}_setup_password`, value: credential.password, description: "password of the event-bus setup credential" },
  });
  const apiUri = ctx.fromInfra(`${id}_setup_api`, credential.httpApiUri, { description: "HTTP API of the STACKIT RabbitMQ instance" });
  const apiUser = ctx.fromInfra(`${id}_setup_user`, credential.username, { description: "user name of the event-bus setup credential" });
  const users = new Map<string, string>();
  const jobName = `${id}-setup`;
  const ns = ctx.namespace;
  const platform = ctx.platform as unknown as Construct;
  const step = { name: "setup", image: "", script: "", env: {} as Record<string, string>, secretEnv: { API_PASSWORD: secret.ref("password") } };
  const job = new KubeManifest(platform, "bus-setup-job", {
    serverSetFields: ["spec.template.metadata.labels", "spec.selector", "spec.manualSelector"],
    object: typed<Job>({
      apiVersion: "batch/v1",
      kind: "Job",
      metadata: { name: jobName, namespace: ns.name, labels: { ...appSelector(ns.name, jobName), ...MANAGED_BY } },
      spec: { backoffLimit: 20, template: jobPodTemplate(ns, jobName, [step]) },
    }),
  });
  ns.reservePods(ctx.scope, "topology", 1, jobName);
  allowJobEgress(platform, ns, jobName, [{ description: `${id}-api`, cidr: endpoint, ports: [{ port: 443 }, { port: 15671 }] }]);
  const render = () => {
    const { definitions } = renderRabbitDefinitions(topology);
    const permissions = rabbitPermissions(topology).map((p) => ({
      user: users.get(p.user) ?? `@@unknown-user:${p.user}@@`,
      vhost: p.vhost,
      configure: p.configure,
      write: p.write,
      read: p.read,
    }));
    // STACKIT creates the users (credentials); the document carries no user and no password hash.
    const document = JSON.stringify({ ...definitions, users: [], permissions });
    const container = (job.object as unknown as Job).spec!.template.spec!.containers[0];
    container.image = imagesOf(target.inCluster).ref("rabbitmq", target.inCluster.rabbitmqImage);
    container.command = ["sh", "-c", stackitSetupScript(document)];
    container.env = [
      { name: "HOME", value: "/work" },
      { name: "API_URI", value: apiUri },
      { name: "API_USER", value: apiUser },
      { name: "API_PASSWORD", valueFrom: { secretKeyRef: { name: secret.secretName, key: "password" } } },
    ];
  };
  render();
  return {
    addUser(client, username) {
      users.set(client, username);
      render();
    },
  };
}

/** The setup Job's script: POST the definitions to `$API_URI/api/definitions` with the setup credential (busybox wget). */
export function stackitSetupScript(document: string): string {
  return [
    "set -eu",
    "cat > /work/definitions.json <<'STACKWERK_EOF'",
    document,
    "STACKWERK_EOF",
    'base="${API_URI%/}"',
    'scheme="${base%%://*}"',
    'rest="${base#*://}"',
    'wget -q -O /dev/null --header "content-type: application/json" --post-file /work/definitions.json "$scheme://$API_USER:$API_PASSWORD@$rest/api/definitions"',
    "echo topology imported",
  ].join("\n");
}
