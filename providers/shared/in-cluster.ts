/**
 * In-cluster data services, used by targets that have no managed offer (on-prem) or when a
 * user asks for them: PostgreSQL and an S3-compatible store, each a StatefulSet with a
 * volume, a generated secret, and ingress only from the pattern's namespace.
 */
import { createHash } from "node:crypto";
import type { DeploymentContext } from "../../core/context";
import { KubeSecret } from "../../constructs/kube/secret";
import { KubeManifest } from "../../constructs/kube/manifest";
import { typed } from "../../constructs/kube/typed";
import type { Job } from "kubernetes-types/batch/v1";
import { containerResources, WORKLOAD_SIZING } from "../../core/profile";
import { StatefulService } from "../../constructs/stateful-service";
import type { NetworkPeer } from "../../constructs/network";
import type { SecretKeyRef } from "../../constructs/kube/secret";
import { fail } from "../../core/errors";
import { appSelector, MANAGED_BY } from "../../constructs/kube/labels";
import type { IObjectBucket, IPostgres, PostgresRequest, ObjectBucketRequest } from "../../core/target";
import { allowJobEgress, jobPeer, jobPodTemplate } from "./job-pod";
import { imagesOf } from "../../core/images/map";
import { catalogueRef } from "../../core/images/catalogue";

/** Images of the in-cluster services (catalogue keys `postgres`, `pgvector`, `versitygw`; provenance in core/images/catalogue.ts); each overridable per target. */
export const IN_CLUSTER_IMAGES = {
  postgres: catalogueRef("postgres"),
  pgvector: catalogueRef("pgvector"),
  /** versitygw (ADR 0091); also the image of the setup job (`versitygw admin`). */
  objectStore: catalogueRef("versitygw"),
} as const;

/** Options of in-cluster data services: registry mirror, storage class, images. */
export interface InClusterOptions {
  readonly registryMirror?: string;
  /** @format dns-subdomain */
  readonly storageClassName?: string;
  readonly postgresImage?: string;
  readonly objectStoreImage?: string;
  /** Image of the S3 client of the backup and restore jobs (rclone). @default BACKUP_IMAGES.objectStoreClient */
  readonly objectStoreClientImage?: string;
}

/** The in-cluster server's superuser; never handed to clients. */
const SUPERUSER = "postgres";

/**
 * Run once by the official image at initialisation (/docker-entrypoint-initdb.d): the app's role
 * owns the app database and its public schema, and nothing else (no superuser, no CREATEDB/ROLE).
 */
export const APP_ROLE_SCRIPT = `#!/bin/sh
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \\
  --set app_user="$APP_USER" --set app_password="$APP_PASSWORD" --set app_db="$POSTGRES_DB" <<'SQL'
CREATE ROLE :"app_user" LOGIN PASSWORD :'app_password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
ALTER DATABASE :"app_db" OWNER TO :"app_user";
ALTER SCHEMA public OWNER TO :"app_user";
REVOKE ALL ON DATABASE :"app_db" FROM PUBLIC;
SQL
`;

/** Creates pgvector in the app database as the superuser at initialisation (the app role cannot). */
export const VECTOR_SCRIPT = `#!/bin/sh
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -c 'CREATE EXTENSION IF NOT EXISTS vector'
`;

/** PostgreSQL as a StatefulSet: superuser for the server only, an app role owning the app database. */
export function inClusterPostgres(ctx: DeploymentContext, request: PostgresRequest, options: InClusterOptions): IPostgres {
  const namespace = ctx.namespace;
  const sizing = WORKLOAD_SIZING[ctx.size];
  if (request.username === SUPERUSER) {
    fail(ctx.scope, "database.username", `"${SUPERUSER}" is the in-cluster server's superuser. Allowed: any other role name (the app gets a role of its own)`);
  }
  const id = request.id ?? "postgres";
  const vector = request.extensions?.includes("vector") ?? false;
  // The superuser's password stays with the server; the app gets its own role (least privilege).
  const secret = new KubeSecret(ctx.platform, `${id}-secret`, {
    namespace: namespace.name,
    name: `${id}-credentials`,
    values: { password: { kind: "generated", length: 32 }, "superuser-password": { kind: "generated", length: 32 } },
  });
  const service = new StatefulService(ctx.platform, id, {
    namespace,
    name: id,
    image: imagesOf(options).ref(vector ? "pgvector" : "postgres", options.postgresImage),
    port: 5432,
    env: { POSTGRES_DB: request.database, POSTGRES_USER: SUPERUSER, APP_USER: request.username, PGDATA: "/var/lib/postgresql/data/pgdata" },
    secretEnv: { POSTGRES_PASSWORD: secret.ref("superuser-password"), APP_PASSWORD: secret.ref("password") },
    files: { mountPath: "/docker-entrypoint-initdb.d", files: { "10-app-role.sh": APP_ROLE_SCRIPT, ...(vector ? { "20-vector.sh": VECTOR_SCRIPT } : {}) } },
    dataPath: "/var/lib/postgresql/data",
    volumeSize: sizing.volumeSize,
    storageClassName: options.storageClassName,
    runAsUser: vector ? 999 : 70, // the postgres user of the image (alpine: 70; Debian-based pgvector: 999)
    writablePaths: ["/tmp", "/var/run/postgresql"],
    readinessProbe: { exec: { command: ["pg_isready", "-U", request.username, "-d", request.database] }, periodSeconds: 10 },
    resources: containerResources(sizing),
  });
  return {
    implementation: "in-cluster",
    host: service.host,
    port: "5432",
    database: request.database,
    username: request.username,
    password: secret.ref("password"),
    peer: service.peer,
    admit: (client) => service.allowFrom(client),
  };
}

/** Folders of the store on its volume (beside, not inside, anything an older release left there). */
export const OBJECT_STORE_DIRS = {
  buckets: "/data/versitygw/buckets",
  versions: "/data/versitygw/versions",
  iam: "/data/versitygw/iam",
  meta: "/data/versitygw/meta",
} as const;

/** The store's port (S3 and admin API). */
export const OBJECT_STORE_PORT = 9000;

/**
 * The S3 region the store serves and every client of it signs with (SigV4 includes the region).
 * versitygw's default is `us-east-1`: without `--region` the apps, the setup job and the backup
 * jobs, which are told `onprem`, were all refused with `AuthorizationHeaderMalformed … the region
 * "onprem" is wrong` (found on the runtime node, issue 27).
 */
export const OBJECT_STORE_REGION = "onprem";

/** The server's command: make its folders on the volume, then run versitygw's POSIX backend with versioning and its own IAM. */
export function objectStoreCommand(): string[] {
  const d = OBJECT_STORE_DIRS;
  return [
    "sh",
    "-c",
    [
      `mkdir -p ${d.buckets} ${d.versions} ${d.iam} ${d.meta}`,
      `exec versitygw --port :${OBJECT_STORE_PORT} --region ${OBJECT_STORE_REGION} --iam-dir ${d.iam} --health /health posix --versioning-dir ${d.versions} --sidecar ${d.meta} ${d.buckets}`,
    ].join(" && "),
  ];
}

/**
 * The script of the object store's setup job (`versitygw admin`, root keys from the environment):
 * one user per client with role `user` (sees only the buckets it owns), its bucket owned by it;
 * a locked bucket is created with S3 Object Lock enabled (which turns versioning on). Re-running
 * reconciles rotated keys (update-user) and owners.
 */
export function objectStoreSetupScript(users: ReadonlyArray<{ env: string; bucket: string; locked?: boolean }>): string {
  const lines = ["set -eu"];
  for (const u of users) {
    const keys = `--access "$${u.env}_ACCESS_KEY" --secret "$${u.env}_SECRET_KEY" --role user`;
    lines.push(
      `versitygw admin create-user ${keys} 2>/dev/null || versitygw admin update-user ${keys}`,
      `if ! versitygw admin create-bucket --owner "$${u.env}_ACCESS_KEY" --bucket "${u.bucket}"${u.locked ? " --object-lock-enabled-for-bucket" : ""} 2>/work/err; then grep -q BucketAlready /work/err || { cat /work/err >&2; exit 1; }; fi`,
      `versitygw admin change-bucket-owner --bucket "${u.bucket}" --owner "$${u.env}_ACCESS_KEY"`,
    );
  }
  return lines.join("\n");
}

/** What a backup job writes to: a bucket and keys allowed there only. */
export interface BackupTarget {
  readonly endpoint: string;
  readonly bucket: string;
  readonly region: string;
  readonly accessKey: SecretKeyRef;
  readonly secretKey: SecretKeyRef;
  readonly peer: NetworkPeer;
  /**
   * The bucket was created with S3 Object Lock (the in-cluster backup bucket): every dump is
   * written with a retention (`postgres-backup.ts`). Unset for an external target, whose bucket
   * may not have Object Lock (an upload with lock headers would fail there).
   */
  readonly objectLock?: boolean;
  /** Lets a job's pods connect. */
  admit(client: NetworkPeer): void;
}

/** An in-cluster object store: the app's bucket, and a separate backup bucket when asked for. */
export interface InClusterObjectStore {
  readonly bucket: IObjectBucket;
  readonly backups?: BackupTarget;
}

/**
 * S3-compatible store (versitygw, ADR 0091) as a StatefulSet. The root credentials stay with the
 * server and a setup job; the app gets a user limited to its bucket, backups (when asked for) a user
 * limited to a bucket of their own, created with Object Lock (and so versioning) enabled.
 */
export function inClusterObjectStore(
  ctx: DeploymentContext,
  request: ObjectBucketRequest,
  options: InClusterOptions,
  { backups = false }: { backups?: boolean } = {},
): InClusterObjectStore {
  const namespace = ctx.namespace;
  const sizing = WORKLOAD_SIZING[ctx.size];
  const backupBucket = `${request.bucketName.slice(0, 55).replace(/-+$/, "")}-backups`;
  const secret = new KubeSecret(ctx.platform, "object-store-secret", {
    namespace: namespace.name,
    name: "object-store-credentials",
    values: {
      "root-user": { kind: "generated", length: 20 },
      "root-password": { kind: "generated", length: 40 },
      "access-key": { kind: "generated", length: 20 },
      "secret-key": { kind: "generated", length: 40 },
      ...(backups ? { "backup-access-key": { kind: "generated" as const, length: 20 }, "backup-secret-key": { kind: "generated" as const, length: 40 } } : {}),
    },
  });
  const service = new StatefulService(ctx.platform, "object-store", {
    namespace,
    name: "object-store",
    image: imagesOf(options).ref("versitygw", options.objectStoreImage),
    port: OBJECT_STORE_PORT,
    command: objectStoreCommand(),
    secretEnv: { ROOT_ACCESS_KEY_ID: secret.ref("root-user"), ROOT_SECRET_ACCESS_KEY: secret.ref("root-password") },
    dataPath: "/data",
    volumeSize: sizing.volumeSize,
    storageClassName: options.storageClassName,
    runAsUser: 1000,
    writablePaths: ["/tmp"],
    readinessProbe: { httpGet: { path: "/health", port: OBJECT_STORE_PORT }, periodSeconds: 10 },
    // versitygw has one health endpoint. Liveness uses it too, but gives up only after 2 minutes
    // (readiness: 30 s), and keeps v0.1's httpGet handler: the kubernetes provider cannot switch a
    // StatefulSet's probe from httpGet to tcpSocket in place (the v0.1 upgrade failed on it).
    livenessProbe: { httpGet: { path: "/health", port: OBJECT_STORE_PORT }, initialDelaySeconds: 30, periodSeconds: 20, failureThreshold: 6 },
    resources: containerResources(sizing),
  });
  const endpoint = `http://${service.host}:${OBJECT_STORE_PORT}`;
  const users = [
    { env: "APP", bucket: request.bucketName, keys: ["access-key", "secret-key"] },
    ...(backups ? [{ env: "BACKUP", bucket: backupBucket, locked: true, keys: ["backup-access-key", "backup-secret-key"] }] : []),
  ];
  // v0.1's Job was `object-store-setup` (MinIO's mc); a Job's pod template is immutable, so the
  // versitygw setup is a new Job (the old one is deleted by the upgrade, docs/migration/v0.2.md).
  // Its name carries a hash of its spec: a changed script or image is a new Job, which runs once
  // more, instead of an update the API server refuses ("field is immutable"). Pods, policies and
  // the construct id keep the stable name `setup`.
  const setup = "object-store-init";
  const spec: Job["spec"] = {
    backoffLimit: 10,
    template: jobPodTemplate(namespace, setup, [
      {
        name: "setup",
        image: imagesOf(options).ref("versitygw", options.objectStoreImage),
        script: objectStoreSetupScript(users),
        env: { ADMIN_ENDPOINT_URL: endpoint, ADMIN_REGION: OBJECT_STORE_REGION },
        secretEnv: {
          ADMIN_ACCESS_KEY_ID: secret.ref("root-user"),
          ADMIN_SECRET_ACCESS_KEY: secret.ref("root-password"),
          ...Object.fromEntries(
            users.flatMap((u) => [
              [`${u.env}_ACCESS_KEY`, secret.ref(u.keys[0])],
              [`${u.env}_SECRET_KEY`, secret.ref(u.keys[1])],
            ]),
          ),
        },
      },
    ]),
  };
  const jobName = `${setup}-${createHash("sha256").update(JSON.stringify(spec)).digest("hex").slice(0, 8)}`;
  new KubeManifest(ctx.platform, setup, {
    // The API server labels a Job's pod template and sets its selector.
    serverSetFields: ["spec.template.metadata.labels", "spec.selector", "spec.manualSelector"],
    object: typed<Job>({
      apiVersion: "batch/v1",
      kind: "Job",
      metadata: { name: jobName, namespace: namespace.name, labels: { ...appSelector(namespace.name, setup), ...MANAGED_BY } },
      spec,
    }),
  });
  namespace.reservePods(ctx.scope, "bucket", 1, setup);
  allowJobEgress(ctx.platform, namespace, setup, [service.peer]);
  service.allowFrom(jobPeer(namespace, setup));
  const admit = (client: NetworkPeer) => service.allowFrom(client);
  return {
    bucket: {
      implementation: "in-cluster",
      endpoint,
      bucket: request.bucketName,
      region: OBJECT_STORE_REGION,
      accessKey: secret.ref("access-key"),
      secretKey: secret.ref("secret-key"),
      peer: service.peer,
      admit,
    },
    ...(backups
      ? {
          backups: {
            endpoint,
            bucket: backupBucket,
            region: OBJECT_STORE_REGION,
            accessKey: secret.ref("backup-access-key"),
            secretKey: secret.ref("backup-secret-key"),
            peer: service.peer,
            objectLock: true,
            admit,
          },
        }
      : {}),
  };
}
