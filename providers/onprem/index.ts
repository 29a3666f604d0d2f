/**
 * On-prem Kubernetes target: an existing cluster reached through a kubeconfig (by default
 * the embedded cluster of `stackwerk cluster up`), with PostgreSQL and object storage either
 * in-cluster or external. There is no infra stack unless the pattern needs none.
 */
import { clusterKubeconfigPath } from "../../tools/cluster/paths";
import type { DeploymentContext } from "../../constructs/context";
import { requireHostName, StackwerkValidationError } from "../../constructs/errors";
import type { CapabilityInfo, ClusterAccess, IDnsRecord, IObjectBucket, IPostgres, ITarget, ObjectBucketRequest, PostgresRequest, DnsRequest } from "../target";
import { inClusterObjectStore, inClusterPostgres, InClusterOptions, postgresBackup } from "../shared/in-cluster";

/** PostgreSQL on-prem: in the cluster, an existing server, or none. */
export type OnPremPostgres =
  | { readonly mode: "in-cluster"; /** nightly pg_dump into the object store when one is configured @default true */ readonly backups?: boolean }
  | {
      readonly mode: "external";
      readonly host: string;
      /** @default 5432 */
      readonly port?: number;
      /** Existing Secret in the pattern's namespace holding the password. */
      readonly passwordSecretName: string;
      /** @default "password" */
      readonly passwordSecretKey?: string;
      /** CIDR of the database server, for the egress policy. @default "0.0.0.0/0" (port-restricted) */
      readonly cidr?: string;
    }
  | { readonly mode: "none" };

/** Object storage on-prem: an S3 server in the cluster, an existing S3-compatible endpoint, or none. */
export type OnPremObjectStorage =
  | { readonly mode: "in-cluster" }
  | {
      readonly mode: "external";
      /** e.g. `https://s3.rz.example.de` */
      readonly endpoint: string;
      /** @default "onprem" */
      readonly region?: string;
      /** Existing Secret in the pattern's namespace with keys `access-key` and `secret-key`. */
      readonly credentialsSecretName: string;
      /** CIDR of the endpoint, for the egress policy. @default "0.0.0.0/0" (port-restricted) */
      readonly cidr?: string;
    }
  | { readonly mode: "none" };

export interface OnPremTargetProps extends InClusterOptions {
  /** Kubeconfig of the cluster. @default the embedded cluster's (`stackwerk cluster up`) */
  readonly kubeconfigPath?: string;
  /** Context in the kubeconfig. @default the kubeconfig's current context */
  readonly kubeContext?: string;
  /** IngressClass for HTTP exposure. @default "nginx" */
  readonly ingressClassName?: string;
  /** Namespace of the ingress controller. @default "ingress-nginx" */
  readonly ingressControllerNamespace?: string;
  /** @default { mode: "in-cluster" } */
  readonly postgres?: OnPremPostgres;
  /** @default { mode: "in-cluster" } */
  readonly objectStorage?: OnPremObjectStorage;
  /** Image registry mirror host for every image. @default images as written */
  readonly registryMirror?: string;
}

/** Kubeconfig written by `stackwerk cluster up` (default: the default cluster's). */
export function embeddedKubeconfigPath(name?: string): string {
  return clusterKubeconfigPath(name);
}

function externalPort(url: string): number {
  const u = new URL(url);
  return u.port ? Number(u.port) : u.protocol === "https:" ? 443 : 80;
}

export class OnPremTarget implements ITarget {
  readonly name = "onprem" as const;
  readonly displayName = "On-prem Kubernetes";
  readonly location = "onprem";
  readonly ingressClassName: string;
  readonly ingressControllerNamespaceLabels: Readonly<Record<string, string>>;
  readonly storageClassName?: string;
  readonly registryMirror?: string;
  private readonly postgresMode: OnPremPostgres;
  private readonly objectStorageMode: OnPremObjectStorage;

  constructor(private readonly props: OnPremTargetProps = {}) {
    this.ingressClassName = props.ingressClassName ?? "nginx";
    this.ingressControllerNamespaceLabels = { "kubernetes.io/metadata.name": props.ingressControllerNamespace ?? "ingress-nginx" };
    this.storageClassName = props.storageClassName;
    this.registryMirror = props.registryMirror;
    this.postgresMode = props.postgres ?? { mode: "in-cluster" };
    this.objectStorageMode = props.objectStorage ?? { mode: "in-cluster" };
    const modes = ["in-cluster", "external", "none"];
    if (!modes.includes(this.postgresMode.mode))
      throw new StackwerkValidationError(
        "targets.onprem",
        "postgres.mode",
        `${JSON.stringify(this.postgresMode.mode)} is not allowed. Allowed: ${modes.join(", ")}`,
      );
    if (!modes.includes(this.objectStorageMode.mode))
      throw new StackwerkValidationError(
        "targets.onprem",
        "objectStorage.mode",
        `${JSON.stringify(this.objectStorageMode.mode)} is not allowed. Allowed: ${modes.join(", ")}`,
      );
  }

  capabilities(): CapabilityInfo[] {
    const pg = this.postgresMode.mode;
    const os = this.objectStorageMode.mode;
    return [
      {
        capability: "kubernetesCluster",
        implementation: "external",
        detail: this.props.kubeconfigPath ? `kubeconfig ${this.props.kubeconfigPath}` : "embedded cluster (stackwerk cluster up)",
      },
      {
        capability: "postgres",
        implementation: pg === "none" ? "unsupported" : pg,
        detail: pg === "in-cluster" ? "PostgreSQL StatefulSet" : pg === "external" ? "existing PostgreSQL server" : "not configured",
      },
      {
        capability: "objectBucket",
        implementation: os === "none" ? "unsupported" : os,
        detail: os === "in-cluster" ? "S3-compatible StatefulSet (MinIO)" : os === "external" ? "existing S3-compatible endpoint" : "not configured",
      },
      { capability: "dns", implementation: "external", detail: "operator-managed DNS (records are not created)" },
    ];
  }

  kubernetesCluster(_ctx: DeploymentContext): ClusterAccess {
    return { kubeconfigPath: this.props.kubeconfigPath ?? embeddedKubeconfigPath(), kubeContext: this.props.kubeContext };
  }

  postgres(ctx: DeploymentContext, request: PostgresRequest): IPostgres {
    const mode = this.postgresMode;
    if (mode.mode === "external") {
      const port = mode.port ?? 5432;
      return {
        implementation: "external",
        host: mode.host,
        port: String(port),
        database: request.database,
        username: request.username,
        password: { name: mode.passwordSecretName, key: mode.passwordSecretKey ?? "password" },
        peer: { description: "external-postgres", cidr: mode.cidr ?? "0.0.0.0/0", ports: [{ port }] },
        admit: () => undefined, // the server's own pg_hba.conf decides
      };
    }
    if (mode.mode === "none") throw new StackwerkValidationError(ctx.scope.node.path, "database", "target onprem has postgres.mode 'none'");
    const db = inClusterPostgres(ctx, request, this.props);
    this.pendingBackup.set(ctx, db);
    return db;
  }

  objectBucket(ctx: DeploymentContext, request: ObjectBucketRequest): IObjectBucket {
    const mode = this.objectStorageMode;
    if (mode.mode === "external") {
      const secret = { name: mode.credentialsSecretName };
      return {
        implementation: "external",
        endpoint: mode.endpoint,
        bucket: request.bucketName,
        region: mode.region ?? "onprem",
        accessKey: { ...secret, key: "access-key" },
        secretKey: { ...secret, key: "secret-key" },
        peer: { description: "external-s3", cidr: mode.cidr ?? "0.0.0.0/0", ports: [{ port: externalPort(mode.endpoint) }] },
        admit: () => undefined,
      };
    }
    if (mode.mode === "none") throw new StackwerkValidationError(ctx.scope.node.path, "bucket", "target onprem has objectStorage.mode 'none'");
    const bucket = inClusterObjectStore(ctx, request, this.props);
    const db = this.pendingBackup.get(ctx);
    if (db && this.postgresMode.mode === "in-cluster" && this.postgresMode.backups !== false) postgresBackup(ctx, db, bucket, this.props);
    return bucket;
  }

  dns(ctx: DeploymentContext, request: DnsRequest): IDnsRecord {
    return { implementation: "external", fqdn: requireHostName(ctx.scope, "hostName", request.hostName) };
  }

  /** In-cluster databases per pattern instance, backed up once a bucket exists. */
  private readonly pendingBackup = new WeakMap<DeploymentContext, IPostgres>();
}
