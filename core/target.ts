/**
 * The Target contract. A pattern never imports a provider folder: it asks its target (through
 * its landing zone) for a capability and gets back engine-neutral connection details (host,
 * port, secret reference, network peer), whatever implementation the target chose (managed,
 * in-cluster, external). One file per capability in `core/capabilities/`.
 */
import type { DeploymentContext, ZoneContext } from "./context";
import type { Implementation } from "./capabilities/connectable";
import type { ClusterAccess } from "./capabilities/kubernetes-cluster";
import type { IPostgres, PostgresRequest } from "./capabilities/postgres";
import type { IObjectBucket, ObjectBucketRequest } from "./capabilities/object-bucket";
import type { DnsRequest, IDnsRecord } from "./capabilities/dns";
import type { IModelEndpoint, ModelEndpointRequest } from "./capabilities/model-endpoint";
import type { IObservability, ObservabilityRequest } from "./capabilities/observability";
import type { IMessageBroker, MessageBrokerRequest } from "./capabilities/message-broker";
import type { ISearchEngine, SearchEngineRequest } from "./capabilities/search-engine";
import type { ImageResolver } from "./images/map";

export type { Implementation, IConnectable, IConnectionClient, CapabilityRequest } from "./capabilities/connectable";
export type { ClusterAccess } from "./capabilities/kubernetes-cluster";
export type { IPostgres, PostgresRequest } from "./capabilities/postgres";
export type { IObjectBucket, ObjectBucketRequest } from "./capabilities/object-bucket";
export type { DnsRequest, IDnsRecord } from "./capabilities/dns";
export type { GatewayImplementation } from "./capabilities/gateway";
export type { IModelEndpoint, ModelEndpointRequest, ModelServing, ModelServerInfo } from "./capabilities/model-endpoint";
export type { IObservability, ObservabilityRequest, AlertReceiver, AlertRule, PushEndpoint, PushAuth } from "./capabilities/observability";
export type { IMessageBroker, MessageBrokerRequest, BrokerConnection, BrokerClientPlacement, BrokerProtocol } from "./capabilities/message-broker";
export type { AudienceGrant, IIdentityProvider, OidcClientRequest, OidcEndpoints } from "./capabilities/identity-provider";
export type { ISearchEngine, SearchEngineRequest } from "./capabilities/search-engine";

/** The targets Stackwerk implements. */
export const TARGET_NAMES = ["ionos", "stackit", "onprem"] as const;
/** Name of a target: `ionos`, `stackit` or `onprem`. */
export type TargetName = (typeof TARGET_NAMES)[number];

/** Capabilities a target can be asked for (the lines of `stackwerk list`). */
export const CAPABILITIES = [
  "kubernetesCluster",
  "postgres",
  "objectBucket",
  "dns",
  "identityProvider",
  "messageBroker",
  "observability",
  "modelEndpoint",
  "searchEngine",
] as const;
/** Name of a capability. */
export type CapabilityName = (typeof CAPABILITIES)[number];

/** One line of `stackwerk list`: which implementation a target uses for a capability. */
export interface CapabilityInfo {
  readonly capability: CapabilityName;
  readonly implementation: Implementation;
  /** The concrete service, e.g. `STACKIT PostgresFlex`. */
  readonly detail: string;
}

/** A deployment target. Implementations: `targets.ionos()`, `targets.stackit()`, `targets.onprem()`. */
export interface ITarget {
  readonly name: TargetName;
  /** Human name for reports. */
  readonly displayName: string;
  /** Data location, e.g. `de/fra`, `eu01`, `onprem`. */
  readonly location: string;
  /** GatewayClass of every landing zone's Gateway (Gateway API; ADR 0090). */
  readonly gatewayClassName: string;
  /** Labels of the namespace the Gateway implementation's pods run in, admitted by NetworkPolicy. */
  readonly gatewayControllerNamespaceLabels: Readonly<Record<string, string>>;
  /** Registry mirror host every image is pulled through (undefined: images as written). */
  readonly registryMirror?: string;
  /**
   * Resolves the catalogue's images (core/images/catalogue.ts) through the target's air-gap image
   * map and registry mirror (ADR 0350). @default a resolver for `registryMirror` alone (`imagesOf`)
   */
  readonly imageResolver?: ImageResolver;
  /** Storage class for volumes (undefined: the cluster default). */
  readonly storageClassName?: string;
  /** Which implementation this target uses for every capability. */
  capabilities(): CapabilityInfo[];
  /** Provides (cloud) or connects to (on-prem) the Kubernetes cluster of a landing zone; called once per zone. */
  kubernetesCluster(zone: ZoneContext): ClusterAccess;
  /** Provides a PostgreSQL database and a login role owning it. */
  postgres(ctx: DeploymentContext, request: PostgresRequest): IPostgres;
  /** Provides an S3-compatible bucket. */
  objectBucket(ctx: DeploymentContext, request: ObjectBucketRequest): IObjectBucket;
  /** Points a host name at the cluster's Gateway address (the zone for its parent domain is created once per landing zone). */
  dns(ctx: DeploymentContext, request: DnsRequest): IDnsRecord;
  /** Provides the landing zone's metrics, logs and alerting backends (asked once per zone by the monitoring pattern). */
  observability(ctx: DeploymentContext, request: ObservabilityRequest): IObservability;
  /** Provides an AMQP or Kafka broker with the request's topology (fails at synth for a protocol the target does not offer). */
  messageBroker(ctx: DeploymentContext, request: MessageBrokerRequest): IMessageBroker;
  /** Provides an OpenAI-compatible model endpoint (managed, external or an in-cluster server). */
  modelEndpoint(ctx: DeploymentContext, request: ModelEndpointRequest): IModelEndpoint;
  /** Provides an OpenSearch cluster with a login (fails at synth where the target has none). */
  searchEngine(ctx: DeploymentContext, request: SearchEngineRequest): ISearchEngine;
}

/** True for a target object (also one from a duplicate copy of the module, hence no `instanceof`). */
export function isTarget(x: unknown): x is ITarget {
  const t = x as ITarget | null;
  return typeof t === "object" && t !== null && typeof t.name === "string" && typeof t.kubernetesCluster === "function" && typeof t.postgres === "function";
}
