/**
 * Web-app stack: a containerised HTTP service with optional PostgreSQL, object storage,
 * DNS name and TLS, deployed per stage into a zero-trust namespace on any target.
 */
import { Construct } from "constructs";
import { fail, propNames, requireDnsLabel, requireHostName, requireIntegerInRange, requireNonEmpty } from "../../core/errors";
import { checkOnce, requireKnownPropsOnce } from "../../core/checked-once";
import { requireEnvNames, validatePlainEnv } from "../../constructs/env";
import { resolveImage } from "../../constructs/resolved-image";
import { HttpExposure } from "../../constructs/exposure";
import type { SecretKeyRef } from "../../constructs/kube/secret";
import { Pattern, PATTERN_PROPS, PatternProps } from "../../constructs/pattern";
import { STAGE_DEFAULTS, WORKLOAD_SIZING } from "../../core/profile";
import { ROLLING_UPDATE_SURGE, Workload } from "../../constructs/workload";
import type { IObjectBucket, IPostgres, IDnsRecord } from "../../core/target";
import { imagesOf } from "../../core/images/map";

/** Database options of a web-app. */
export interface WebAppDatabaseOptions {
  /** Database name. @default "app" */
  readonly name?: string;
  /** Login role. @default "app" */
  readonly username?: string;
}

/** Bucket options of a web-app. */
export interface WebAppBucketOptions {
  /** Bucket name. @default `<tenant>-<stage>-<id>` */
  readonly name?: string;
}

/** Props of a WebAppStack: the container, its data services and its public name. */
export interface WebAppStackProps extends PatternProps {
  /** Container image pinned by tag or digest, e.g. `registry.example.de/shop:1.4.2`. */
  readonly image: string;
  /** Port the container serves HTTP on. @default 8080 @integer @minimum 1 @maximum 65535 */
  readonly port?: number;
  /** Replicas. @default the size preset's, at least the stage minimum (production: 2) @integer */
  readonly replicas?: number;
  /** Plain environment variables (no secrets). @default none */
  readonly env?: Readonly<Record<string, string>>;
  /** Existing ConfigMaps in the namespace to load as environment (configuration over code). @default none @format dns-subdomain */
  readonly envFromConfigMaps?: readonly string[];
  /** Existing Secrets in the namespace to load as environment (operator-managed credentials). @default none @format dns-subdomain */
  readonly envFromSecrets?: readonly string[];
  /** A PostgreSQL database, wired into the container as PGHOST/PGPORT/PGDATABASE/PGUSER/PGPASSWORD. @default none */
  readonly database?: boolean | WebAppDatabaseOptions;
  /** An S3-compatible bucket, wired in as S3_ENDPOINT/S3_BUCKET/S3_REGION/AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY. @default none */
  readonly bucket?: boolean | WebAppBucketOptions;
  /** Public host name; creates an HTTPRoute on the landing zone's Gateway and a DNS record. @default not exposed outside the cluster @format hostname */
  readonly hostName?: string;
  /** HTTPS via cert-manager for `hostName`. Required in production. @default true */
  readonly tls?: boolean;
  /** Environment variables read from existing Secrets in the namespace (`{ API_KEY: { name: "shop-api", key: "key" } }`). @default none */
  readonly secretEnv?: Readonly<Record<string, SecretKeyRef>>;
  /** HTTP path of the readiness probe. @default "/" @format http-path */
  readonly healthCheckPath?: string;
  /** HTTP path of the liveness probe. @default a TCP check of the port @format http-path */
  readonly livenessCheckPath?: string;
}

const WEB_APP_STACK_PROPS = propNames<WebAppStackProps>()([
  ...PATTERN_PROPS,
  "image",
  "port",
  "replicas",
  "env",
  "secretEnv",
  "envFromConfigMaps",
  "envFromSecrets",
  "database",
  "bucket",
  "hostName",
  "tls",
  "healthCheckPath",
  "livenessCheckPath",
]);
const DATABASE_OPTIONS = propNames<WebAppDatabaseOptions>()(["name", "username"]);
const BUCKET_OPTIONS = propNames<WebAppBucketOptions>()(["name"]);

/** Environment variables the pattern wires from its database and bucket; user env may not replace them. */
export const WIRED_ENV = {
  database: ["PGHOST", "PGPORT", "PGDATABASE", "PGUSER", "PGPASSWORD"],
  bucket: ["S3_ENDPOINT", "S3_BUCKET", "S3_REGION", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"],
} as const;

/** The web-app pattern. */
export class WebAppStack extends Pattern {
  static readonly patternName = "web-app";

  readonly workload: Workload;
  readonly database?: IPostgres;
  readonly bucket?: IObjectBucket;
  readonly dnsRecord?: IDnsRecord;
  readonly exposure?: HttpExposure;

  constructor(scope: Construct, id: string, props: WebAppStackProps) {
    super(scope, id, props, WebAppStack.patternName);
    requireKnownPropsOnce(this, props, WEB_APP_STACK_PROPS);
    if (typeof props.database === "object") requireKnownPropsOnce(this, props.database, DATABASE_OPTIONS, "database.");
    if (typeof props.bucket === "object") requireKnownPropsOnce(this, props.bucket, BUCKET_OPTIONS, "bucket.");
    const wired: readonly string[] = [...(props.database ? WIRED_ENV.database : []), ...(props.bucket ? WIRED_ENV.bucket : [])];
    validatePlainEnv(this, "env", props.env, { wired, wiredBy: "database/bucket wiring", secretAlternative: "secretEnv or envFromSecrets" });
    requireEnvNames(this, "secretEnv", props.secretEnv);
    for (const name of Object.keys(props.secretEnv ?? {})) {
      if (wired.includes(name))
        fail(this, `secretEnv.${name}`, `is set by Stackwerk (database/bucket wiring) and may not be overridden. Allowed: any other name`);
      if (name in (props.env ?? {})) fail(this, `secretEnv.${name}`, "is also set in env; set it in one place only");
    }
    const stageDefaults = STAGE_DEFAULTS[this.stage];
    const tls = props.tls ?? true;
    if (stageDefaults.requireTls && props.hostName && !tls) {
      fail(
        this,
        "tls",
        "false is not allowed in stage production. Allowed: true (production traffic must be encrypted), or use stage test/acceptance/training",
      );
    }
    if (props.replicas !== undefined && props.replicas < stageDefaults.minReplicas) {
      fail(this, "replicas", `${props.replicas} is not allowed in stage ${this.stage}. Allowed: an integer of at least ${stageDefaults.minReplicas}`);
    }
    if (props.hostName !== undefined) checkOnce(this, "hostName", props.hostName, (name) => requireHostName(this, "hostName", name));
    // Validated here too so messages name the pattern, not an inner construct.
    resolveImage(
      this,
      "image",
      checkOnce(this, "image", props.image, (image) => requireNonEmpty(this, "image", image)),
    );
    const port = checkOnce(this, "port", props.port ?? 8080, (p) => requireIntegerInRange(this, "port", p, 1, 65535));
    const replicas = props.replicas ?? Math.max(WORKLOAD_SIZING[this.size].replicas, stageDefaults.minReplicas);
    const maxReplicasInQuota = this.namespace.podsQuota - ROLLING_UPDATE_SURGE;
    if (!Number.isInteger(replicas) || replicas > maxReplicasInQuota) {
      fail(
        this,
        "replicas",
        `${replicas} is not allowed with size ${this.size} (namespace pods quota ${this.namespace.podsQuota}, one pod kept free for rolling updates). Allowed: an integer from ${stageDefaults.minReplicas} to ${maxReplicasInQuota}, or a larger size`,
      );
    }

    const env: Record<string, string> = { ...props.env };
    const secretEnv: Record<string, SecretKeyRef> = { ...props.secretEnv };

    if (props.database) {
      this.requireCapability("database", "postgres");
      const options = props.database === true ? {} : props.database;
      this.database = this.target.postgres(this.context, {
        database: requireDnsLabel(this, "database.name", options.name ?? "app"),
        username: requireDnsLabel(this, "database.username", options.username ?? "app"),
      });
      Object.assign(env, { PGHOST: this.database.host, PGPORT: this.database.port, PGDATABASE: this.database.database, PGUSER: this.database.username });
      secretEnv.PGPASSWORD = this.database.password;
    }
    if (props.bucket) {
      this.requireCapability("bucket", "objectBucket");
      const options = props.bucket === true ? {} : props.bucket;
      this.bucket = this.target.objectBucket(this.context, {
        bucketName: requireDnsLabel(this, "bucket.name", options.name ?? `${this.tenant}-${this.stage}-${id}`.slice(0, 63)),
      });
      Object.assign(env, { S3_ENDPOINT: this.bucket.endpoint, S3_BUCKET: this.bucket.bucket, S3_REGION: this.bucket.region });
      Object.assign(secretEnv, { AWS_ACCESS_KEY_ID: this.bucket.accessKey, AWS_SECRET_ACCESS_KEY: this.bucket.secretKey });
    }

    this.workload = new Workload(this.platformStack, "app", {
      namespace: this.namespace,
      name: "web",
      image: imagesOf(this.target).rewrite(props.image),
      port,
      size: this.size,
      replicas,
      maxReplicas: Math.min(Math.max(replicas, WORKLOAD_SIZING[this.size].maxReplicas), maxReplicasInQuota),
      env,
      secretEnv,
      envFromConfigMaps: props.envFromConfigMaps,
      envFromSecrets: props.envFromSecrets,
      healthCheckPath: props.healthCheckPath,
      livenessCheckPath: props.livenessCheckPath,
      spreadOverZones: stageDefaults.spreadOverZones || replicas > 1,
    });
    if (this.database) this.connect(this.workload, this.database);
    if (this.bucket) this.connect(this.workload, this.bucket);

    if (props.hostName) {
      this.dnsRecord = this.target.dns(this.context, { hostName: props.hostName });
      this.exposure = new HttpExposure(this.platformStack, "http", {
        workload: this.workload,
        hostName: props.hostName,
        tls,
        gateway: this.zoneGateway,
      });
    }
  }
}
