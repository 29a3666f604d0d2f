/**
 * The Target contract. A pattern never imports a provider folder: it asks its target for a
 * capability and gets back engine-neutral connection details (host, port, secret reference,
 * network peer), whatever implementation the target chose (managed, in-cluster, external).
 */
import type { DeploymentContext } from "../constructs/context";
import type { NetworkPeer } from "../constructs/network";
import type { SecretKeyRef } from "../constructs/kube/secret";

export const TARGET_NAMES = ["ionos", "stackit", "onprem"] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

export const CAPABILITIES = ["kubernetesCluster", "postgres", "objectBucket", "dns"] as const;
export type CapabilityName = (typeof CAPABILITIES)[number];

/** How a target provides a capability. */
export type Implementation = "managed" | "in-cluster" | "external" | "unsupported";

/** One line of `stackwerk list`: which implementation a target uses for a capability. */
export interface CapabilityInfo {
  readonly capability: CapabilityName;
  readonly implementation: Implementation;
  /** The concrete service, e.g. `STACKIT PostgresFlex`. */
  readonly detail: string;
}

/** How the platform stack reaches the cluster. */
export interface ClusterAccess {
  /** Kubeconfig file on the machine that runs the deployment. */
  readonly kubeconfigPath?: string;
  /** Context inside that kubeconfig. */
  readonly kubeContext?: string;
  /** Name of a sensitive platform input carrying a kubeconfig document (from the infra stack). */
  readonly kubeconfigInput?: string;
}

export interface PostgresRequest {
  /** Logical database name. */
  readonly database: string;
  /** Login role of the application. */
  readonly username: string;
}

/** A PostgreSQL database as the workload sees it. */
export interface IPostgres {
  readonly implementation: Implementation;
  readonly host: string;
  readonly port: string;
  readonly database: string;
  readonly username: string;
  /** Secret (in the pattern's namespace) holding the password. */
  readonly password: SecretKeyRef;
  /** Where NetworkPolicies must allow egress to reach it. */
  readonly peer: NetworkPeer;
  /** Lets `client` connect (in-cluster: an ingress NetworkPolicy; managed: the service's own ACL). */
  admit(client: NetworkPeer): void;
}

export interface ObjectBucketRequest {
  /** Bucket name (DNS-compatible). */
  readonly bucketName: string;
}

/** An S3-compatible bucket as the workload sees it. */
export interface IObjectBucket {
  readonly implementation: Implementation;
  readonly endpoint: string;
  readonly bucket: string;
  readonly region: string;
  readonly accessKey: SecretKeyRef;
  readonly secretKey: SecretKeyRef;
  readonly peer: NetworkPeer;
  /** Lets `client` connect (in-cluster: an ingress NetworkPolicy; managed: the service's own ACL). */
  admit(client: NetworkPeer): void;
}

export interface DnsRequest {
  /** Fully qualified host name, e.g. `app.example.de`. */
  readonly hostName: string;
}

/** A DNS name that points at the cluster's ingress. */
export interface IDnsRecord {
  readonly implementation: Implementation;
  readonly fqdn: string;
}

/** A deployment target. Implementations: `targets.ionos()`, `targets.stackit()`, `targets.onprem()`. */
export interface ITarget {
  readonly name: TargetName;
  /** Human name for reports. */
  readonly displayName: string;
  /** Data location, e.g. `de/fra`, `eu01`, `onprem`. */
  readonly location: string;
  /** Ingress class used for HTTP exposure. */
  readonly ingressClassName: string;
  /** Labels of the ingress controller's namespace, admitted by NetworkPolicy. */
  readonly ingressControllerNamespaceLabels: Readonly<Record<string, string>>;
  /** Registry mirror host every image is pulled through (undefined: images as written). */
  readonly registryMirror?: string;
  /** Storage class for volumes (undefined: the cluster default). */
  readonly storageClassName?: string;
  /** Which implementation this target uses for every capability. */
  capabilities(): CapabilityInfo[];
  /** Provides (cloud) or connects to (on-prem) the Kubernetes cluster. */
  kubernetesCluster(ctx: DeploymentContext): ClusterAccess;
  /** Provides a PostgreSQL database. */
  postgres(ctx: DeploymentContext, request: PostgresRequest): IPostgres;
  /** Provides an S3-compatible bucket. */
  objectBucket(ctx: DeploymentContext, request: ObjectBucketRequest): IObjectBucket;
  /** Points a host name at the cluster's ingress. */
  dns(ctx: DeploymentContext, request: DnsRequest): IDnsRecord;
}
