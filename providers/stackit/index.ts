/**
 * STACKIT target: SKE cluster with a node pool over the region's zones, PostgresFlex,
 * Object Storage with a credentials group, and STACKIT DNS. Cloud resources go into the
 * pattern's infra stack; the platform stack reaches the cluster through the SKE kubeconfig.
 */
import { validateProps } from "../../core/validation/props";
import { gatewayImplementation } from "../shared/gateway";
import { STACKIT_MODEL_ENDPOINT, stackitModelEndpoint } from "./model-endpoint";
import { requireCidrs } from "../../core/validation/cidr";
import { fail, propNames, requireKnownProps, StackwerkValidationError, requireNonEmpty } from "../../core/errors";
import type { DeploymentContext, ZoneContext } from "../../core/context";
import { infraRoot, type InfraLayer } from "../../core/layers";
import { StackitProvider } from "./generated/provider";
import { SkeCluster } from "./generated/ske-cluster";
import { SkeKubeconfig } from "./generated/ske-kubeconfig";
import { PostgresflexInstance } from "./generated/postgresflex-instance";
import { PostgresflexUser } from "./generated/postgresflex-user";
import { PostgresflexDatabase } from "./generated/postgresflex-database";
import { ObjectstorageBucket } from "./generated/objectstorage-bucket";
import { ObjectstorageCredentialsGroup } from "./generated/objectstorage-credentials-group";
import { ObjectstorageCredential } from "./generated/objectstorage-credential";
import { DnsZone } from "./generated/dns-zone";
import { DnsRecordSet } from "./generated/dns-record-set";
import type {
  CapabilityInfo,
  ClusterAccess,
  DnsRequest,
  IDnsRecord,
  IObjectBucket,
  IPostgres,
  ITarget,
  ObjectBucketRequest,
  PostgresRequest,
  IModelEndpoint,
  ModelEndpointRequest,
} from "../../core/target";
import {
  adminCidrList,
  endpointCidr,
  ingressAddress,
  InternetOpening,
  ManagedAccessProps,
  managedPeer,
  secretFromInfra,
  splitHostName,
  DnsZonesPerLandingZone,
  validateManagedAccess,
} from "../shared/managed";
import { STACKIT_REGIONS, STACKIT_SIZES, STACKIT_ZONES, StackitRegion } from "./sizes";
import { inClusterIdentityProvider } from "../shared/identity-provider";
import type { IMessageBroker, MessageBrokerRequest } from "../../core/target";
import { STACKIT_BROKER_DETAIL, stackitMessageBroker } from "./message-broker";
import type { IObservability, ObservabilityRequest } from "../../core/capabilities/observability";
import { stackitObservability } from "./observability";
import type { ISearchEngine, SearchEngineRequest } from "../../core/target";
import { STACKIT_SEARCH_ENGINE, stackitSearchEngine } from "./search-engine";
import { STAGE_DEFAULTS } from "../../core/profile";
import { ImageResolver, type ImageMap } from "../../core/images/map";

/** Props of the STACKIT target. */
export interface StackitTargetProps extends ManagedAccessProps {
  /**
   * STACKIT project id (UUID).
   * @default a placeholder project id (`00000000-0000-0000-0000-000000000000`), fine for synth, validate and plan only
   */
  readonly projectId?: string;
  /** Region. @default "eu01" */
  readonly region?: StackitRegion;
  /** Minimum Kubernetes version of the SKE cluster. @default SKE's default */
  readonly kubernetesVersionMin?: string;
  /** PostgreSQL version of PostgresFlex. @default "16" */
  readonly postgresVersion?: string;
  /**
   * Further CIDRs allowed to reach PostgresFlex, besides the SKE cluster's egress ranges and
   * `adminCidrs`. Any address only through `openToInternet: ["postgres"]`.
   * @default none
   */
  readonly postgresAcl?: readonly string[];
  /** GatewayClass of every landing zone's Gateway (Gateway API; ADR 0090). @default "traefik" @format dns-subdomain */
  readonly gatewayClassName?: string;
  /** Namespace of the Gateway implementation's pods (admitted by NetworkPolicy). @default "traefik" @format dns-label */
  readonly gatewayControllerNamespace?: string;
  /** Image registry mirror host for every image. @default images as written */
  readonly registryMirror?: string;
  /**
   * Air-gap image map: where the cluster pulls each catalogue image it runs (Keycloak, brokers,
   * monitoring, model servers) from, per image and/or by registry prefix, digests kept, e.g.
   * `{ prefixes: { "docker.io": "harbor.example.de/dockerhub" } }` (docs/air-gapped.md). A cloud
   * cluster can pull from public registries; a sovereign operator may still want a mirror.
   * @default every image from its upstream registry (or `registryMirror`)
   */
  readonly images?: ImageMap;
}

const WHERE = "targets.stackit";
const STACKIT_PROPS = propNames<StackitTargetProps>()([
  "projectId",
  "region",
  "kubernetesVersionMin",
  "postgresVersion",
  "postgresAcl",
  "gatewayClassName",
  "gatewayControllerNamespace",
  "registryMirror",
  "images",
  "adminCidrs",
  "openToInternet",
  "endpointCidrs",
]);
const VERSION = /^[0-9]+(\.[0-9]+){0,2}$/;
const PLACEHOLDER_PROJECT = "00000000-0000-0000-0000-000000000000";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The STACKIT target (`targets.stackit()`). */
export class StackitTarget implements ITarget {
  readonly name = "stackit" as const;
  readonly displayName = "STACKIT";
  readonly location: StackitRegion;
  readonly gatewayClassName: string;
  readonly gatewayControllerNamespaceLabels: Readonly<Record<string, string>>;
  readonly registryMirror?: string;
  /** The catalogue's images through `images` and `registryMirror`. */
  readonly imageResolver: ImageResolver;
  private readonly projectId: string;
  private readonly stacks = new WeakMap<ZoneContext, InfraLayer>();
  private readonly clusters = new WeakMap<ZoneContext, SkeCluster>();
  /** DNS zones per landing zone and domain. */
  private readonly dnsZones = new DnsZonesPerLandingZone<DnsZone>(
    (zone, domain, id) =>
      new DnsZone(this.stack(zone), id, {
        projectId: this.projectId,
        name: domain.replace(/\./g, "-"),
        dnsName: domain,
        description: `Stackwerk ${zone.instanceName}`,
      }),
  );

  constructor(private readonly props: StackitTargetProps = {}) {
    // The removed ingress props fail first, naming their replacement.
    const gateway = gatewayImplementation(WHERE, props, this);
    this.gatewayClassName = gateway.gatewayClassName;
    this.gatewayControllerNamespaceLabels = gateway.gatewayControllerNamespaceLabels;
    requireKnownProps(WHERE, props, STACKIT_PROPS);
    validateProps(WHERE, "StackitTargetProps", props);
    validateManagedAccess(WHERE, props);
    // The database admits postgresAcl and adminCidrs: neither alone nor together the internet, unless named.
    const postgresRule = { widening: 'openToInternet: ["postgres"]', openToInternet: props.openToInternet?.includes("postgres") ?? false };
    const postgresAcl = requireCidrs(WHERE, "postgresAcl", props.postgresAcl, postgresRule);
    requireCidrs(WHERE, "postgresAcl", [...postgresAcl, ...(props.adminCidrs ?? [])], postgresRule);
    for (const key of ["kubernetesVersionMin", "postgresVersion"] as const) {
      const value = props[key];
      if (value !== undefined && (typeof value !== "string" || !VERSION.test(value))) {
        fail(WHERE, key, `${JSON.stringify(value)} is not allowed. Allowed: a version such as 16 or 1.31.4`);
      }
    }
    this.location = props.region ?? "eu01";
    if (!STACKIT_REGIONS.includes(this.location)) {
      throw new StackwerkValidationError(
        "targets.stackit",
        "region",
        `${JSON.stringify(this.location)} is not allowed. Allowed: ${STACKIT_REGIONS.join(", ")}`,
      );
    }
    this.projectId = props.projectId ?? PLACEHOLDER_PROJECT;
    if (!UUID.test(this.projectId)) {
      throw new StackwerkValidationError(
        "targets.stackit",
        "projectId",
        `${JSON.stringify(this.projectId)} is not allowed. Allowed: a STACKIT project UUID (lower-case)`,
      );
    }
    this.registryMirror = props.registryMirror;
    this.imageResolver = new ImageResolver(WHERE, { registryMirror: props.registryMirror, images: props.images });
  }

  /** True when the operator widened `what` to any address by name. */
  private opened(what: InternetOpening): boolean {
    return this.props.openToInternet?.includes(what) ?? false;
  }

  capabilities(): CapabilityInfo[] {
    return [
      { capability: "kubernetesCluster", implementation: "managed", detail: "STACKIT Kubernetes Engine (SKE)" },
      { capability: "postgres", implementation: "managed", detail: "STACKIT PostgresFlex" },
      { capability: "objectBucket", implementation: "managed", detail: "STACKIT Object Storage" },
      { capability: "dns", implementation: "managed", detail: "STACKIT DNS" },
      {
        capability: "observability",
        implementation: "managed",
        detail: "STACKIT Observability (+ SKE observability extension for cluster metrics; dashboards imported through its Grafana API with a token)",
      },
      { capability: "messageBroker", implementation: "managed", detail: STACKIT_BROKER_DETAIL },
      STACKIT_MODEL_ENDPOINT,
      STACKIT_SEARCH_ENGINE,
      inClusterIdentityProvider("STACKIT offers no managed end-user identity provider"),
    ];
  }

  /** The landing zone's infra stack with the provider (configured once per zone). */
  private stack(zone: ZoneContext): InfraLayer {
    let stack = this.stacks.get(zone);
    if (!stack) {
      stack = infraRoot<InfraLayer>(zone.infra());
      // Credentials: STACKIT_SERVICE_ACCOUNT_KEY(_PATH) or STACKIT_SERVICE_ACCOUNT_TOKEN in the environment.
      new StackitProvider(stack, "stackit", { defaultRegion: this.location });
      this.stacks.set(zone, stack);
    }
    return stack;
  }

  kubernetesCluster(ctx: ZoneContext): ClusterAccess {
    const stack = this.stack(ctx);
    const sizing = STACKIT_SIZES[ctx.size];
    // SKE cluster names are at most 11 characters.
    const name = `${ctx.instanceName.replace(/[^a-z0-9]/g, "").slice(0, 7)}${ctx.stage.slice(0, 4)}`;
    const cluster = new SkeCluster(stack, "cluster", {
      projectId: this.projectId,
      name,
      ...(this.props.kubernetesVersionMin ? { kubernetesVersionMin: this.props.kubernetesVersionMin } : {}),
      nodePools: [
        {
          name: "default",
          machineType: sizing.machineType,
          minimum: STAGE_DEFAULTS[ctx.stage].highAvailability ? Math.max(sizing.nodesMin, 3) : sizing.nodesMin,
          maximum: Math.max(sizing.nodesMax, 3),
          availabilityZones: [...(STAGE_DEFAULTS[ctx.stage].highAvailability ? STACKIT_ZONES[this.location] : STACKIT_ZONES[this.location].slice(0, 1))],
          volumeSize: 50,
          maxUnavailable: 0,
          maxSurge: 1,
        },
      ],
      maintenance: { enableKubernetesVersionUpdates: true, enableMachineImageVersionUpdates: true, start: "02:00:00Z", end: "04:00:00Z" },
      // The API server admits the operators' ranges only, unless opened by name.
      extensions: { acl: { enabled: !this.opened("kubernetesApi"), allowedCidrs: adminCidrList(stack, this.props) } },
      lifecycle: ctx.preventDestroy ? { preventDestroy: true } : undefined,
    });
    this.clusters.set(ctx, cluster);
    const kubeconfig = new SkeKubeconfig(stack, "kubeconfig", { projectId: this.projectId, clusterName: cluster.name, refresh: true, expiration: 7776000 });
    ctx.fromInfra("kubeconfig", kubeconfig.kubeConfig, { description: "kubeconfig of the SKE cluster", sensitive: true });
    // SKE names a cluster by project and name: two zones whose names truncate alike are one cluster.
    return { kubeconfigInput: "kubeconfig", clusterIdentity: `stackit project ${this.projectId} ske cluster ${name}` };
  }

  postgres(ctx: DeploymentContext, request: PostgresRequest): IPostgres {
    const stack = this.stack(ctx.zone);
    const scope = ctx.infra();
    const id = request.id ?? "postgres";
    const sizing = STACKIT_SIZES[ctx.size];
    const instance = new PostgresflexInstance(scope, id, {
      projectId: this.projectId,
      name: `${ctx.instanceName}-${ctx.stage}${id === "postgres" ? "" : `-${id}`}`,
      version: this.props.postgresVersion ?? "16",
      replicas: STAGE_DEFAULTS[ctx.stage].highAvailability ? 3 : 1,
      flavor: { cpu: sizing.dbCpu, ram: sizing.dbRam },
      storage: { class: "premium-perf6-stackit", size: sizing.dbStorage },
      // The cluster's egress ranges (where the app's connections come from), the operators, extras; any address only by name.
      acl: stack.functions.concat([
        this.clusters.get(ctx.zone)?.egressAddressRanges ?? [],
        adminCidrList(stack, this.props),
        [...(this.props.postgresAcl ?? []), ...(this.opened("postgres") ? ["0.0.0.0/0"] : [])],
      ]),
      backupSchedule: "0 2 * * *",
      lifecycle: { preventDestroy: ctx.preventDestroy },
    });
    // The application's role: it may log in and owns its database, nothing more (no createdb, no createrole).
    const user = new PostgresflexUser(scope, `${id}-user`, {
      projectId: this.projectId,
      instanceId: instance.instanceId,
      username: requireNonEmpty(ctx.scope, "database.username", request.username),
      roles: ["login"],
    });
    new PostgresflexDatabase(scope, `${id}-database`, {
      projectId: this.projectId,
      instanceId: instance.instanceId,
      name: requireNonEmpty(ctx.scope, "database.name", request.database),
      owner: user.username,
      lifecycle: { preventDestroy: ctx.preventDestroy },
    });
    const host = ctx.fromInfra(`${id}_host`, user.host, { description: "host of the PostgresFlex instance" });
    const port = ctx.fromInfra(`${id}_port`, stack.functions.tostring(user.port), { description: "port of the PostgresFlex instance" });
    const secret = secretFromInfra(ctx, `${id}-secret`, `${id}-credentials`, {
      password: { output: `${id}_password`, value: user.password, description: "password of the database user" },
    });
    return {
      implementation: "managed",
      host,
      port,
      database: request.database,
      username: request.username,
      password: secret.ref("password"),
      peer: managedPeer(id, 5432, endpointCidr(ctx, stack, id, "the PostgresFlex instance's public endpoint", this.props)),
      admit: () => undefined, // PostgresFlex admits the ACL CIDRs
    };
  }

  objectBucket(ctx: DeploymentContext, request: ObjectBucketRequest): IObjectBucket {
    const stack = this.stack(ctx.zone);
    const scope = ctx.infra();
    const id = request.id ?? "bucket";
    const bucket = new ObjectstorageBucket(scope, id, {
      projectId: this.projectId,
      name: request.bucketName,
      lifecycle: { preventDestroy: ctx.preventDestroy },
    });
    // A credentials group per bucket: STACKIT scopes keys to a group, not to a bucket (ADR 0024).
    const group = new ObjectstorageCredentialsGroup(scope, `${id}-credentials-group`, {
      projectId: this.projectId,
      name: `${ctx.instanceName}-${ctx.stage}${id === "bucket" ? "" : `-${id}`}`.slice(0, 32),
    });
    const credential = new ObjectstorageCredential(scope, `${id}-credential`, { projectId: this.projectId, credentialsGroupId: group.credentialsGroupId });
    const secret = secretFromInfra(ctx, `${id}-secret`, `${id}-credentials`, {
      "access-key": { output: `${id}_access_key`, value: credential.accessKey, description: "object storage access key" },
      "secret-key": { output: `${id}_secret_key`, value: credential.secretAccessKey, description: "object storage secret key" },
    });
    return {
      implementation: "managed",
      endpoint: `https://object.storage.${this.location}.onstackit.cloud`,
      bucket: ctx.fromInfra(`${id}_name`, bucket.name, { description: "bucket name" }),
      region: this.location,
      accessKey: secret.ref("access-key"),
      secretKey: secret.ref("secret-key"),
      peer: managedPeer(
        "object-storage",
        443,
        endpointCidr(ctx, stack, "object_storage", `STACKIT Object Storage (object.storage.${this.location}.onstackit.cloud)`, this.props),
      ),
      admit: () => undefined,
    };
  }

  /** AI Model Serving, or an in-cluster server (GPU pool added to the zone's cluster): providers/stackit/model-endpoint.ts. */
  modelEndpoint(ctx: DeploymentContext, request: ModelEndpointRequest): IModelEndpoint {
    const stack = this.stack(ctx.zone);
    return stackitModelEndpoint(ctx, request, {
      stack,
      projectId: this.projectId,
      region: this.location,
      cluster: this.clusters.get(ctx.zone),
      registryMirror: this.registryMirror,
      imageResolver: this.imageResolver,
      endpointCidr: (name, what) => endpointCidr(ctx, stack, name, what, this.props),
    });
  }

  /** STACKIT OpenSearch, ACL narrowed to the zone cluster's egress: providers/stackit/search-engine.ts. */
  searchEngine(ctx: DeploymentContext, request: SearchEngineRequest): ISearchEngine {
    return stackitSearchEngine(ctx, request, {
      stack: this.stack(ctx.zone),
      projectId: this.projectId,
      egressRanges: this.clusters.get(ctx.zone)?.egressAddressRanges,
      access: this.props,
    });
  }

  messageBroker(ctx: DeploymentContext, request: MessageBrokerRequest): IMessageBroker {
    const inCluster = { registryMirror: this.registryMirror, imageResolver: this.imageResolver };
    const egressRanges = this.clusters.get(ctx.zone)?.egressAddressRanges;
    return stackitMessageBroker(ctx, request, {
      stack: this.stack(ctx.zone),
      projectId: this.projectId,
      location: this.location,
      egressRanges,
      access: this.props,
      inCluster,
    });
  }

  observability(ctx: DeploymentContext, request: ObservabilityRequest): IObservability {
    return stackitObservability(
      { stack: this.stack(ctx.zone), projectId: this.projectId, cluster: this.clusters.get(ctx.zone), props: this.props },
      ctx,
      request,
    );
  }

  dns(ctx: DeploymentContext, request: DnsRequest): IDnsRecord {
    const stack = this.stack(ctx.zone);
    const { record, zone } = splitHostName(request.hostName);
    const address = ingressAddress(stack);
    // Same address as before the count (OpenTofu moves `x` to `x[0]` by itself when count is added).
    new DnsRecordSet(ctx.infra(), `${request.id ?? "dns"}-record`, {
      count: address.count,
      projectId: this.projectId,
      zoneId: this.dnsZones.get(ctx.zone, zone).zoneId,
      name: record,
      type: "A",
      records: [address.value],
      ttl: 300,
    });
    return { implementation: "managed", fqdn: request.hostName };
  }
}
