/**
 * IONOS target: datacenter with a private LAN, Managed Kubernetes with node pools spread over
 * zones, DBaaS PostgreSQL, IONOS Object Storage and Cloud DNS. Cloud resources go into the
 * pattern's infra stack; the platform stack reaches the cluster through its kubeconfig output.
 */
import { validateProps } from "../../core/validation/props";
import { gatewayImplementation } from "../shared/gateway";
import { IONOS_MODEL_ENDPOINT, ionosModelEndpoint } from "./model-endpoint";
import { fail, propNames, requireKnownProps, StackwerkValidationError } from "../../core/errors";
import type { DeploymentContext, ZoneContext } from "../../core/context";
import { infraRoot, type InfraLayer } from "../../core/layers";
import { IonoscloudProvider } from "./generated/provider";
import { Datacenter } from "./generated/datacenter";
import { Lan } from "./generated/lan";
import { K8SCluster } from "./generated/k8s-cluster";
import { K8SNodePool } from "./generated/k8s-node-pool";
import { DataIonoscloudK8SCluster } from "./generated/data-ionoscloud-k8s-cluster";
import { PgCluster } from "./generated/pg-cluster";
import { PgDatabase } from "./generated/pg-database";
import { PgUser } from "./generated/pg-user";
import { S3Bucket } from "./generated/s3-bucket";
import { ObjectStorageAccesskey } from "./generated/object-storage-accesskey";
import { DnsZone } from "./generated/dns-zone";
import { DnsRecord } from "./generated/dns-record";
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
  ManagedAccessProps,
  managedPeer,
  secretFromInfra,
  splitHostName,
  DnsZonesPerLandingZone,
  validateManagedAccess,
} from "../shared/managed";
import { IONOS_LOCATIONS, IONOS_OBJECT_STORAGE, IONOS_SIZES, IonosLocation } from "./sizes";
import { inClusterIdentityProvider } from "../shared/identity-provider";
import { noSearchEngine, refuseSearchEngine } from "../shared/search-engine";
import type { ISearchEngine, SearchEngineRequest } from "../../core/target";
import type { IMessageBroker, MessageBrokerRequest } from "../../core/target";
import { IONOS_BROKER_DETAIL, ionosMessageBroker } from "./message-broker";
import type { IObservability, ObservabilityRequest } from "../../core/capabilities/observability";
import { ionosObservability } from "./observability";
import { STAGE_DEFAULTS } from "../../core/profile";
import { ImageResolver, type ImageMap } from "../../core/images/map";

/** Props of the IONOS target. */
export interface IonosTargetProps extends ManagedAccessProps {
  /** Data-centre location. @default "de/fra" */
  readonly location?: IonosLocation;
  /** Managed Kubernetes version. @default the provider's default (latest supported) */
  readonly kubernetesVersion?: string;
  /** PostgreSQL major version. @default "16" */
  readonly postgresVersion?: string;
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

const WHERE = "targets.ionos";
const IONOS_PROPS = propNames<IonosTargetProps>()([
  "location",
  "kubernetesVersion",
  "postgresVersion",
  "gatewayClassName",
  "gatewayControllerNamespace",
  "registryMirror",
  "images",
  "adminCidrs",
  "openToInternet",
  "endpointCidrs",
]);
const VERSION = /^[0-9]+(\.[0-9]+){0,2}$/;

/**
 * Host number of the first DBaaS PostgreSQL cluster in the private LAN's range (IONOS assigns
 * the range; the cluster's address is computed from it). Further clusters take the next ones.
 */
export const IONOS_POSTGRES_FIRST_HOST = 100;

interface IonosInfra {
  readonly stack: InfraLayer;
  readonly datacenter: Datacenter;
  readonly lan: Lan;
  /** DBaaS clusters placed in the LAN so far (each takes the next host number). */
  databases: number;
}

/** The IONOS Cloud target (`targets.ionos()`). */
export class IonosTarget implements ITarget {
  readonly name = "ionos" as const;
  readonly displayName = "IONOS Cloud";
  readonly location: IonosLocation;
  readonly gatewayClassName: string;
  readonly gatewayControllerNamespaceLabels: Readonly<Record<string, string>>;
  readonly registryMirror?: string;
  /** The catalogue's images through `images` and `registryMirror`. */
  readonly imageResolver: ImageResolver;
  private readonly infras = new WeakMap<ZoneContext, IonosInfra>();
  /** DNS zones per landing zone and domain. */
  private readonly dnsZones = new DnsZonesPerLandingZone<DnsZone>(
    (zone, domain, id) => new DnsZone(this.base(zone).stack, id, { name: domain, description: `Stackwerk ${zone.instanceName}`, enabled: true }),
  );

  constructor(private readonly props: IonosTargetProps = {}) {
    // The removed ingress props fail first, naming their replacement.
    const gateway = gatewayImplementation(WHERE, props, this);
    this.gatewayClassName = gateway.gatewayClassName;
    this.gatewayControllerNamespaceLabels = gateway.gatewayControllerNamespaceLabels;
    requireKnownProps(WHERE, props, IONOS_PROPS);
    validateProps(WHERE, "IonosTargetProps", props);
    validateManagedAccess(WHERE, props);
    if (props.openToInternet?.includes("postgres")) {
      fail(WHERE, "openToInternet", `"postgres" is not possible on IONOS: DBaaS PostgreSQL listens only in the private LAN. Allowed: kubernetesApi, egress`);
    }
    for (const key of ["kubernetesVersion", "postgresVersion"] as const) {
      const value = props[key];
      if (value !== undefined && (typeof value !== "string" || !VERSION.test(value))) {
        fail(WHERE, key, `${JSON.stringify(value)} is not allowed. Allowed: a version such as 16 or 1.31.4`);
      }
    }
    this.location = props.location ?? "de/fra";
    if (!IONOS_LOCATIONS.includes(this.location)) {
      throw new StackwerkValidationError(
        "targets.ionos",
        "location",
        `${JSON.stringify(this.location)} is not allowed. Allowed: ${IONOS_LOCATIONS.join(", ")} (data stays in Germany)`,
      );
    }
    this.registryMirror = props.registryMirror;
    this.imageResolver = new ImageResolver(WHERE, { registryMirror: props.registryMirror, images: props.images });
  }

  capabilities(): CapabilityInfo[] {
    return [
      { capability: "kubernetesCluster", implementation: "managed", detail: "IONOS Managed Kubernetes" },
      { capability: "postgres", implementation: "managed", detail: "IONOS DBaaS PostgreSQL" },
      { capability: "objectBucket", implementation: "managed", detail: "IONOS Object Storage (S3)" },
      { capability: "dns", implementation: "managed", detail: "IONOS Cloud DNS" },
      {
        capability: "observability",
        implementation: "managed",
        detail:
          "IONOS Monitoring and Logging pipelines (alerting, kube-state-metrics and kubelet scrape in the cluster; dashboards imported through its Grafana API with a token)",
      },
      { capability: "messageBroker", implementation: "managed", detail: IONOS_BROKER_DETAIL },
      IONOS_MODEL_ENDPOINT,
      noSearchEngine("IONOS offers no managed OpenSearch; the ionoscloud provider has no resource for it"),
      inClusterIdentityProvider("IONOS offers no managed end-user identity provider"),
    ];
  }

  /** Datacenter, private LAN and provider, once per landing zone. */
  private base(ctx: ZoneContext): IonosInfra {
    const existing = this.infras.get(ctx);
    if (existing) return existing;
    const stack = infraRoot(ctx.infra());
    // Credentials come from IONOS_TOKEN (or IONOS_USERNAME/IONOS_PASSWORD) in the environment.
    new IonoscloudProvider(stack, "ionoscloud", {});
    const datacenter = new Datacenter(stack, "datacenter", {
      name: `${ctx.instanceName}-${ctx.stage}`,
      location: this.location,
      description: `Stackwerk ${ctx.instanceName} (${ctx.stage})`,
      secAuthProtection: false,
    });
    const lan = new Lan(stack, "private-lan", { datacenterId: datacenter.id, public: false, name: `${ctx.instanceName}-private` });
    const infra = { stack, datacenter, lan, databases: 0 };
    this.infras.set(ctx, infra);
    return infra;
  }

  kubernetesCluster(ctx: ZoneContext): ClusterAccess {
    const { stack, datacenter, lan } = this.base(ctx);
    const sizing = IONOS_SIZES[ctx.size];
    const cluster = new K8SCluster(stack, "cluster", {
      name: `${ctx.instanceName}-${ctx.stage}`,
      ...(this.props.kubernetesVersion ? { k8SVersion: this.props.kubernetesVersion } : {}),
      maintenanceWindow: { dayOfTheWeek: "Sunday", time: "02:00:00Z" },
      public: true,
      // The API server admits the operators' ranges only, unless opened by name (an empty list admits everybody).
      ...(this.props.openToInternet?.includes("kubernetesApi") ? {} : { apiSubnetAllowList: adminCidrList(stack, this.props) }),
      lifecycle: ctx.preventDestroy ? { preventDestroy: true } : undefined,
    });
    // Production spreads over both availability zones; other stages let IONOS place nodes.
    const zones = STAGE_DEFAULTS[ctx.stage].highAvailability ? ["ZONE_1", "ZONE_2"] : ["AUTO"];
    for (const zone of zones) {
      new K8SNodePool(stack, `pool-${zone.toLowerCase()}`, {
        name: `${ctx.instanceName}-${zone.toLowerCase().replace("_", "")}`,
        k8SClusterId: cluster.id,
        k8SVersion: cluster.k8SVersion,
        datacenterId: datacenter.id,
        availabilityZone: zone,
        nodeCount: sizing.nodesPerPool,
        coresCount: sizing.nodeCores,
        ramSize: sizing.nodeRam,
        storageSize: sizing.nodeStorage,
        storageType: "SSD",
        lans: [{ id: stack.functions.asNumber(lan.id), dhcp: true }],
        maintenanceWindow: { dayOfTheWeek: "Sunday", time: "03:00:00Z" },
      });
    }
    const access = new DataIonoscloudK8SCluster(stack, "cluster-access", { id: cluster.id });
    ctx.fromInfra("kubeconfig", access.kubeConfig, { description: "kubeconfig of the IONOS Managed Kubernetes cluster", sensitive: true });
    return { kubeconfigInput: "kubeconfig" };
  }

  postgres(ctx: DeploymentContext, request: PostgresRequest): IPostgres {
    const base = this.base(ctx.zone);
    const { datacenter, lan } = base;
    const fn = base.stack.functions;
    const scope = ctx.infra();
    const id = request.id ?? "postgres";
    const sizing = IONOS_SIZES[ctx.size];
    // The cluster's address in the LAN's range (IONOS assigns the range): host 100, 101, ... per cluster in the zone.
    const hostNumber = IONOS_POSTGRES_FIRST_HOST + base.databases++;
    const address = fn.cidrhost(lan.ipv4CidrBlock, hostNumber);
    const prefix = fn.element(fn.split("/", lan.ipv4CidrBlock), 1);
    // The cluster's initial role administers it; it stays in the (encrypted) infra state and never reaches a pod.
    // Its name and password are those of earlier releases: DBaaS replaces a cluster whose credentials change.
    const adminPassword = scope.generatedPassword(ctx.infraName(`${id}_password`));
    const db = new PgCluster(scope, id, {
      displayName: `${ctx.instanceName}-${ctx.stage}${id === "postgres" ? "" : `-${id}`}`,
      postgresVersion: this.props.postgresVersion ?? "16",
      location: this.location,
      instances: STAGE_DEFAULTS[ctx.stage].highAvailability ? 2 : 1,
      cores: sizing.dbCores,
      ram: sizing.dbRam,
      storageSize: sizing.dbStorage,
      storageType: "SSD Premium",
      synchronizationMode: STAGE_DEFAULTS[ctx.stage].highAvailability ? "STRICTLY_SYNCHRONOUS" : "ASYNCHRONOUS",
      connections: { datacenterId: datacenter.id, lanId: lan.id, cidr: fn.format("%s/%s", [address, prefix]) },
      credentials: { username: request.username, password: adminPassword },
      maintenanceWindow: { dayOfTheWeek: "Sunday", time: "04:00:00" },
      lifecycle: { preventDestroy: ctx.preventDestroy },
    });
    // The application's role: logs in and owns its database, nothing more.
    const appUsername = `${request.username}_app`;
    const appPassword = scope.generatedPassword(ctx.infraName(`${id}_app_password`));
    const user = new PgUser(scope, `${id}-user`, { clusterId: db.id, username: appUsername, password: appPassword });
    new PgDatabase(scope, `${id}-database`, {
      clusterId: db.id,
      name: request.database,
      owner: user.username,
      lifecycle: { preventDestroy: ctx.preventDestroy },
    });
    const host = ctx.fromInfra(`${id}_host`, db.dnsName, { description: "DNS name of the IONOS DBaaS PostgreSQL cluster" });
    const cidr = ctx.fromInfra(`${id}_cidr`, fn.format("%s/32", [address]), {
      description: "address of the DBaaS PostgreSQL cluster in the private LAN (egress NetworkPolicy)",
    });
    const secret = secretFromInfra(ctx, `${id}-secret`, `${id}-credentials`, {
      password: { output: `${id}_app_password`, value: appPassword, description: "password of the application's database role" },
    });
    return {
      implementation: "managed",
      host,
      port: "5432",
      database: request.database,
      username: appUsername,
      password: secret.ref("password"),
      // Only the database's own address in the private LAN.
      peer: managedPeer(id, 5432, cidr),
      admit: () => undefined, // DBaaS admits the private LAN (connections.cidr)
    };
  }

  objectBucket(ctx: DeploymentContext, request: ObjectBucketRequest): IObjectBucket {
    const { stack } = this.base(ctx.zone);
    const scope = ctx.infra();
    const id = request.id ?? "bucket";
    const storage = IONOS_OBJECT_STORAGE[this.location];
    new S3Bucket(scope, id, {
      name: request.bucketName,
      region: storage.region,
      objectLockEnabled: false,
      forceDestroy: !ctx.preventDestroy,
      lifecycle: { preventDestroy: ctx.preventDestroy },
    });
    const key = new ObjectStorageAccesskey(scope, `${id}-key`, { description: `Stackwerk ${ctx.instanceName} ${ctx.stage}${id === "bucket" ? "" : ` ${id}`}` });
    const secret = secretFromInfra(ctx, `${id}-secret`, `${id}-credentials`, {
      "access-key": { output: `${id}_access_key`, value: key.accesskey, description: "object storage access key" },
      "secret-key": { output: `${id}_secret_key`, value: key.secretkey, description: "object storage secret key" },
    });
    return {
      implementation: "managed",
      endpoint: storage.endpoint,
      bucket: request.bucketName,
      region: storage.region,
      accessKey: secret.ref("access-key"),
      secretKey: secret.ref("secret-key"),
      peer: managedPeer("object-storage", 443, endpointCidr(ctx, stack, "object_storage", `IONOS Object Storage (${storage.endpoint})`, this.props)),
      admit: () => undefined,
    };
  }

  /** AI Model Hub as an external endpoint (token input), or llama.cpp in the cluster: providers/ionos/model-endpoint.ts. */
  modelEndpoint(ctx: DeploymentContext, request: ModelEndpointRequest): IModelEndpoint {
    return ionosModelEndpoint(ctx, request, {
      registryMirror: this.registryMirror,
      imageResolver: this.imageResolver,
      endpointCidr: (name, what) => endpointCidr(ctx, this.base(ctx.zone).stack, name, what, this.props),
    });
  }

  /** Not offered: fails at synth naming the alternative (pgvector). */
  searchEngine(ctx: DeploymentContext, _request: SearchEngineRequest): ISearchEngine {
    return refuseSearchEngine(ctx, this.name, "IONOS offers no managed OpenSearch; the ionoscloud provider has no resource for it");
  }

  messageBroker(ctx: DeploymentContext, request: MessageBrokerRequest): IMessageBroker {
    return ionosMessageBroker(ctx, request, this.base(ctx.zone), {
      location: this.location,
      inCluster: { registryMirror: this.registryMirror, imageResolver: this.imageResolver },
    });
  }

  observability(ctx: DeploymentContext, request: ObservabilityRequest): IObservability {
    return ionosObservability({ stack: this.base(ctx.zone).stack, location: this.location, props: this.props }, ctx, request);
  }

  dns(ctx: DeploymentContext, request: DnsRequest): IDnsRecord {
    const { stack } = this.base(ctx.zone);
    const { record, zone } = splitHostName(request.hostName);
    const address = ingressAddress(stack);
    // Same address as before the count (OpenTofu moves `x` to `x[0]` by itself when count is added).
    new DnsRecord(ctx.infra(), `${request.id ?? "dns"}-record`, {
      count: address.count,
      zoneId: this.dnsZones.get(ctx.zone, zone).id,
      name: record,
      type: "A",
      content: address.value,
      ttl: 300,
      enabled: true,
    });
    return { implementation: "managed", fqdn: request.hostName };
  }
}
