/**
 * On-prem Kubernetes target: an existing cluster reached through a kubeconfig (by default
 * the embedded cluster of `stackwerk cluster up`), with PostgreSQL and object storage either
 * in-cluster or external. There is no infra stack unless the pattern needs none.
 */
import { validateProps } from "../../core/validation/props";
import { requireCidrRange } from "../../core/validation/cidr";
import { gatewayImplementation } from "../shared/gateway";
import { ONPREM_MODEL_ENDPOINT, onPremModelEndpoint } from "./model-endpoint";
import { checkKubeconfig, type OnPremClusterChecks } from "./kubeconfig-check";
import type { DeploymentContext, ZoneContext } from "../../core/context";
import {
  isIpv4,
  propNames,
  requireConnectHost,
  requireDnsLabel,
  requireHostName,
  requireHttpUrl,
  requireIntegerInRange,
  requireKnownProps,
  requireOneOf,
  StackwerkValidationError,
} from "../../core/errors";
import { checkOnce } from "../../core/checked-once";
import type {
  CapabilityInfo,
  ClusterAccess,
  IDnsRecord,
  IObjectBucket,
  IPostgres,
  ITarget,
  ObjectBucketRequest,
  PostgresRequest,
  IModelEndpoint,
  ModelEndpointRequest,
  DnsRequest,
} from "../../core/target";
import { BackupTarget, inClusterObjectStore, inClusterPostgres, InClusterOptions } from "../shared/in-cluster";
import { postgresBackup } from "../shared/postgres-backup";
import { inClusterIdentityProvider } from "../shared/identity-provider";
import { noSearchEngine, refuseSearchEngine } from "../shared/search-engine";
import type { ISearchEngine, SearchEngineRequest } from "../../core/target";
import type { IObservability, ObservabilityRequest } from "../../core/capabilities/observability";
import { onPremObservability } from "./observability";
import { onPremClusterAccess, validateClusterNetworks } from "./cluster";
import type { IMessageBroker, MessageBrokerRequest } from "../../core/target";
import { ONPREM_BROKER_DETAIL, onpremMessageBroker } from "./message-broker";
import { ImageResolver, type ImageMap } from "../../core/images/map";

export type { OnPremPostgres, OnPremObjectStorage } from "./mode-types";
import type { OnPremPostgres, OnPremObjectStorage } from "./mode-types";

/** An S3-compatible target for database backups outside the cluster (another failure domain). */
export interface OnPremBackupTarget {
  /** e.g. `https://backup.rz2.example.de` */
  readonly endpoint: string;
  readonly bucket: string;
  /** @default "onprem" */
  readonly region?: string;
  /** Existing Secret in the pattern's namespace with keys `access-key` and `secret-key`, allowed on this bucket only. @format dns-subdomain */
  readonly credentialsSecretName: string;
  /** CIDR of the endpoint (egress). @default `<host>/32` when the endpoint's host is an IPv4 address; required otherwise */
  readonly cidr?: string;
}

/** Props of the on-prem target. */
export interface OnPremTargetProps extends InClusterOptions, OnPremClusterChecks {
  /**
   * Kubeconfig of the cluster on the machine that deploys.
   * @default none in the synth output: the platform stack's `kubeconfig_path` variable is required at apply
   */
  readonly kubeconfigPath?: string;
  /** Context in the kubeconfig. @default the kubeconfig's current context */
  readonly kubeContext?: string;
  /** GatewayClass of every landing zone's Gateway (Gateway API; ADR 0090). @default "traefik" @format dns-subdomain */
  readonly gatewayClassName?: string;
  /** Namespace of the Gateway implementation's pods (admitted by NetworkPolicy). @default "traefik" @format dns-label */
  readonly gatewayControllerNamespace?: string;
  /**
   * The API server's addresses as pods reach them (the `kubernetes` Service's endpoints): the
   * platform's collectors (prometheus-operator, Prometheus, kube-state-metrics, log shipper) may
   * reach only these on 443/6443.
   * @default the kubeconfig's server when it is a local file naming an IPv4 address; else unknown (any address on those ports) @format cidr
   */
  readonly apiServerCidrs?: readonly string[];
  /** The nodes' addresses: Prometheus scrapes the kubelets (10250) there only. @default unknown (any address on 10250) @format cidr */
  readonly nodeCidrs?: readonly string[];
  /** @default { mode: "in-cluster" } */
  readonly postgres?: OnPremPostgres;
  /** @default { mode: "in-cluster" } */
  readonly objectStorage?: OnPremObjectStorage;
  /** Image registry mirror host for every image. @default images as written */
  readonly registryMirror?: string;
  /**
   * Air-gap image map: where the cluster pulls each catalogue image from (per image and/or by
   * registry prefix; digests kept), e.g. `{ prefixes: { "docker.io": "harbor.example.de/dockerhub" } }`.
   * Wins over `registryMirror` (which applies where no prefix matches); docs/air-gapped.md.
   * @default every image from its upstream registry (or `registryMirror`)
   */
  readonly images?: ImageMap;
  /**
   * Where backups of an in-cluster database go. Without it they go to a separate bucket (own keys)
   * of the in-cluster object store: the same failure domain as the data, so set this for real data.
   * With it, the database is backed up even when the pattern asks for no bucket; without it and
   * without an in-cluster bucket there is no backup (docs/hardening.md).
   * @default a `<bucket>-backups` bucket in the in-cluster store
   */
  readonly backupTarget?: OnPremBackupTarget;
}

function externalPort(url: URL): number {
  return url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
}

const WHERE = "targets.onprem";
const ONPREM_PROPS = propNames<OnPremTargetProps>()([
  "kubeconfigPath",
  "kubeContext",
  "kubeconfigCheckedAtSynth",
  "gpuNodes",
  "gatewayClassName",
  "gatewayControllerNamespace",
  "apiServerCidrs",
  "nodeCidrs",
  "postgres",
  "objectStorage",
  "registryMirror",
  "images",
  "storageClassName",
  "postgresImage",
  "objectStoreImage",
  "objectStoreClientImage",
  "backupTarget",
]);
const MODE_PROPS: Record<string, Record<string, readonly string[]>> = {
  postgres: {
    "in-cluster": ["mode", "backups"],
    external: ["mode", "host", "port", "passwordSecretName", "passwordSecretKey", "cidr"],
    none: ["mode"],
  },
  objectStorage: { "in-cluster": ["mode"], external: ["mode", "endpoint", "region", "credentialsSecretName", "cidr"], none: ["mode"] },
};

/**
 * Egress to an external service is pinned to its address range: `<ip>/32` when the host is an
 * IPv4 address, else the `cidr` the operator gives. Any address is an explicit widening
 * (`cidr: "0.0.0.0/0"`), never a default.
 */
function requireEgressCidr(property: "postgres" | "objectStorage" | "backupTarget", host: string, cidr: string | undefined): void {
  if (cidr !== undefined)
    requireCidrRange(WHERE, `${property}.cidr`, cidr, { widening: 'cidr: "0.0.0.0/0" written out', openToInternet: cidr === "0.0.0.0/0" });
  else if (!isIpv4(host)) {
    throw new StackwerkValidationError(
      WHERE,
      `${property}.cidr`,
      `is required when the ${property === "postgres" ? "host" : "endpoint"} is a DNS name (${host}): egress is pinned to the server's address range. Allowed: a CIDR such as 10.20.0.15/32, or "0.0.0.0/0" to allow any address (explicit widening)`,
    );
  }
}

/** The egress CIDR of an external service (see requireEgressCidr). */
function egressCidr(host: string, cidr: string | undefined): string {
  return cidr ?? `${host}/32`;
}

/** Validates one service-mode object (`postgres` or `objectStorage`): known mode, known properties, and for `external` what a connection needs. */
function validateMode(property: "postgres" | "objectStorage", value: unknown): void {
  const mode = requireOneOf(WHERE, `${property}.mode`, (value as { mode?: unknown } | undefined)?.mode, Object.keys(MODE_PROPS[property]));
  requireKnownProps(WHERE, value, MODE_PROPS[property][mode], `${property}.`);
  if (mode !== "external") return;
  if (property === "postgres") {
    const pg = value as Extract<OnPremPostgres, { mode: "external" }>;
    requireConnectHost(WHERE, "postgres.host", pg.host);
    if (pg.port !== undefined) requireIntegerInRange(WHERE, "postgres.port", pg.port, 1, 65535);
    requireDnsLabel(WHERE, "postgres.passwordSecretName", pg.passwordSecretName);
    if (pg.passwordSecretKey !== undefined && !/^[-._a-zA-Z0-9]+$/.test(pg.passwordSecretKey)) {
      throw new StackwerkValidationError(
        WHERE,
        "postgres.passwordSecretKey",
        `${JSON.stringify(pg.passwordSecretKey)} is not allowed. Allowed: letters, digits, '-', '_' and '.'`,
      );
    }
    requireEgressCidr("postgres", pg.host, pg.cidr);
  } else {
    const os = value as Extract<OnPremObjectStorage, { mode: "external" }>;
    const url = requireHttpUrl(WHERE, "objectStorage.endpoint", os.endpoint);
    requireDnsLabel(WHERE, "objectStorage.credentialsSecretName", os.credentialsSecretName);
    requireEgressCidr("objectStorage", url.hostname, os.cidr);
  }
}

/** The on-prem Kubernetes target (`targets.onprem()`). */
export class OnPremTarget implements ITarget {
  readonly name = "onprem" as const;
  readonly displayName = "On-prem Kubernetes";
  readonly location = "onprem";
  readonly gatewayClassName: string;
  readonly gatewayControllerNamespaceLabels: Readonly<Record<string, string>>;
  readonly storageClassName?: string;
  readonly registryMirror?: string;
  /** The catalogue's images through `images` and `registryMirror`. */
  readonly imageResolver: ImageResolver;
  /** GPU nodes the cluster declares (`gpuNodes`; `serving: "gpu"` needs one). @default 0 */
  get gpuNodes(): number {
    return this.props.gpuNodes ?? 0;
  }
  /** The in-cluster services' options: the target props plus the image resolver. */
  private readonly inCluster: InClusterOptions & { readonly imageResolver: ImageResolver };
  private readonly postgresMode: OnPremPostgres;
  private readonly objectStorageMode: OnPremObjectStorage;

  constructor(private readonly props: OnPremTargetProps = {}) {
    // The removed ingress props fail first, naming their replacement.
    const gateway = gatewayImplementation(WHERE, props, this);
    this.gatewayClassName = gateway.gatewayClassName;
    this.gatewayControllerNamespaceLabels = gateway.gatewayControllerNamespaceLabels;
    requireKnownProps(WHERE, props, ONPREM_PROPS);
    validateProps(WHERE, "OnPremTargetProps", props);
    validateClusterNetworks(WHERE, props);
    if (props.kubeconfigPath !== undefined && props.kubeconfigCheckedAtSynth !== false) checkKubeconfig(WHERE, props.kubeconfigPath, props.kubeContext);
    if (props.postgres !== undefined) validateMode("postgres", props.postgres);
    if (props.objectStorage !== undefined) validateMode("objectStorage", props.objectStorage);
    if (props.backupTarget !== undefined) {
      const b = props.backupTarget;
      requireKnownProps(WHERE, b, ["endpoint", "bucket", "region", "credentialsSecretName", "cidr"], "backupTarget.");
      const url = requireHttpUrl(WHERE, "backupTarget.endpoint", b.endpoint);
      requireDnsLabel(WHERE, "backupTarget.bucket", b.bucket);
      requireDnsLabel(WHERE, "backupTarget.credentialsSecretName", b.credentialsSecretName);
      requireEgressCidr("backupTarget", url.hostname, b.cidr);
    }
    this.storageClassName = props.storageClassName;
    this.registryMirror = props.registryMirror;
    this.imageResolver = new ImageResolver(WHERE, { registryMirror: props.registryMirror, images: props.images });
    this.inCluster = { ...props, imageResolver: this.imageResolver };
    this.postgresMode = props.postgres ?? { mode: "in-cluster" };
    this.objectStorageMode = props.objectStorage ?? { mode: "in-cluster" };
  }

  capabilities(): CapabilityInfo[] {
    const pg = this.postgresMode.mode;
    const os = this.objectStorageMode.mode;
    return [
      {
        capability: "kubernetesCluster",
        implementation: "external",
        detail: this.props.kubeconfigPath
          ? `kubeconfig ${this.props.kubeconfigPath}`
          : "kubeconfig given at apply (TF_VAR_kubeconfig_path; the embedded cluster's: stackwerk cluster up)",
      },
      {
        capability: "postgres",
        implementation: pg === "none" ? "unsupported" : pg,
        detail: pg === "in-cluster" ? "PostgreSQL StatefulSet" : pg === "external" ? "existing PostgreSQL server" : "not configured",
      },
      {
        capability: "objectBucket",
        implementation: os === "none" ? "unsupported" : os,
        detail: os === "in-cluster" ? "S3-compatible StatefulSet (versitygw)" : os === "external" ? "existing S3-compatible endpoint" : "not configured",
      },
      { capability: "dns", implementation: "external", detail: "operator-managed DNS (records are not created)" },
      {
        capability: "observability",
        implementation: "in-cluster",
        detail: "Prometheus (prometheus-operator), kube-state-metrics, kubelet scrape, Loki, Grafana and Alertmanager in the cluster",
      },
      { capability: "messageBroker", implementation: "in-cluster", detail: ONPREM_BROKER_DETAIL },
      ONPREM_MODEL_ENDPOINT,
      noSearchEngine("Stackwerk runs no OpenSearch in the cluster"),
      inClusterIdentityProvider("no managed identity provider on-prem; federate an existing LDAP/AD through the realm model"),
    ];
  }

  /**
   * The operator's kubeconfig when given; otherwise none is baked into the synth output (it would
   * be the synthesising user's home): the platform stack's `kubeconfig_path` variable is then
   * required at apply (`TF_VAR_kubeconfig_path`; `stackwerk cluster up` prints the embedded one).
   */
  kubernetesCluster(_zone: ZoneContext): ClusterAccess {
    return onPremClusterAccess(this.props);
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
        peer: { description: "external-postgres", cidr: egressCidr(mode.host, mode.cidr), ports: [{ port }] },
        admit: () => undefined, // the server's own pg_hba.conf decides
      };
    }
    if (mode.mode === "none") throw new StackwerkValidationError(ctx.scope.node.path, "database", "target onprem has postgres.mode 'none'");
    const db = inClusterPostgres(ctx, request, this.inCluster);
    // With an external backup target, back up whether or not the pattern also asks for a bucket;
    // otherwise wait for the in-cluster store (objectBucket) to provide the backup bucket.
    const external = mode.backups !== false ? this.externalBackupTarget() : undefined;
    if (external) postgresBackup(ctx, db, external, this.inCluster);
    else this.pendingBackup.set(ctx, db);
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
        peer: {
          description: "external-s3",
          cidr: egressCidr(new URL(mode.endpoint).hostname, mode.cidr),
          ports: [{ port: externalPort(new URL(mode.endpoint)) }],
        },
        admit: () => undefined,
      };
    }
    if (mode.mode === "none") throw new StackwerkValidationError(ctx.scope.node.path, "bucket", "target onprem has objectStorage.mode 'none'");
    const db = this.pendingBackup.get(ctx);
    const backups = Boolean(db && this.postgresMode.mode === "in-cluster" && this.postgresMode.backups !== false);
    const store = inClusterObjectStore(ctx, request, this.inCluster, { backups: backups && !this.props.backupTarget });
    if (db && backups && store.backups) postgresBackup(ctx, db, store.backups, this.inCluster);
    return store.bucket;
  }

  /** vLLM (GPU) or llama.cpp (CPU) in the cluster: providers/onprem/model-endpoint.ts. */
  modelEndpoint(ctx: DeploymentContext, request: ModelEndpointRequest): IModelEndpoint {
    return onPremModelEndpoint(ctx, request, { registryMirror: this.registryMirror, imageResolver: this.imageResolver }, this.gpuNodes);
  }

  /** Not offered: fails at synth naming the alternative (pgvector). */
  searchEngine(ctx: DeploymentContext, _request: SearchEngineRequest): ISearchEngine {
    return refuseSearchEngine(ctx, this.name, "Stackwerk runs no OpenSearch in the cluster");
  }

  messageBroker(ctx: DeploymentContext, request: MessageBrokerRequest): IMessageBroker {
    return onpremMessageBroker(ctx, request, this.inCluster);
  }

  observability(ctx: DeploymentContext, request: ObservabilityRequest): IObservability {
    return onPremObservability(ctx, request, {
      registryMirror: this.registryMirror,
      imageResolver: this.imageResolver,
      storageClassName: this.storageClassName,
    });
  }

  dns(ctx: DeploymentContext, request: DnsRequest): IDnsRecord {
    return { implementation: "external", fqdn: checkOnce(ctx.scope, "hostName", request.hostName, (name) => requireHostName(ctx.scope, "hostName", name)) };
  }

  /** The operator's backup target outside the cluster, if configured. */
  private externalBackupTarget(): BackupTarget | undefined {
    const b = this.props.backupTarget;
    if (!b) return undefined;
    const url = new URL(b.endpoint);
    const secret = { name: b.credentialsSecretName };
    return {
      endpoint: b.endpoint,
      bucket: b.bucket,
      region: b.region ?? "onprem",
      accessKey: { ...secret, key: "access-key" },
      secretKey: { ...secret, key: "secret-key" },
      peer: { description: "backup-target", cidr: egressCidr(url.hostname, b.cidr), ports: [{ port: externalPort(url) }] },
      admit: () => undefined,
    };
  }

  /** In-cluster databases per pattern instance waiting for the in-cluster backup bucket (no external backupTarget). */
  private readonly pendingBackup = new WeakMap<DeploymentContext, IPostgres>();
}
