/**
 * In-cluster data services, used by targets that have no managed offer (on-prem) or when a
 * user asks for them: PostgreSQL and an S3-compatible store, each a StatefulSet with a
 * volume, a generated secret, and ingress only from the pattern's namespace.
 */
import type { DeploymentContext } from "../../constructs/context";
import { KubeSecret } from "../../constructs/kube/secret";
import { KubeManifest } from "../../constructs/kube/manifest";
import { typed } from "../../constructs/kube/typed";
import type { CronJob } from "kubernetes-types/batch/v1";
import { containerResources, WORKLOAD_SIZING } from "../../constructs/profile";
import { StatefulService } from "../../constructs/stateful-service";
import { containerSecurityContext, podSecurityContext, withRegistryMirror } from "../../constructs/security";
import { writeNetworkPolicy } from "../../constructs/network";
import { containerEnv } from "../../constructs/kube/env";
import { appSelector, MANAGED_BY } from "../../constructs/kube/labels";
import type { IObjectBucket, IPostgres, PostgresRequest, ObjectBucketRequest } from "../target";

/** Images of the in-cluster services; each overridable per target. */
export const IN_CLUSTER_IMAGES = {
  postgres: "docker.io/library/postgres:17.2-alpine3.21",
  objectStore: "quay.io/minio/minio:RELEASE.2025-04-22T22-12-26Z",
  postgresBackup: "docker.io/eeshugerman/postgres-backup-s3:17",
} as const;

export interface InClusterOptions {
  readonly registryMirror?: string;
  readonly storageClassName?: string;
  readonly postgresImage?: string;
  readonly objectStoreImage?: string;
  readonly backupImage?: string;
}

export function inClusterPostgres(ctx: DeploymentContext, request: PostgresRequest, options: InClusterOptions): IPostgres {
  const namespace = ctx.namespace;
  const sizing = WORKLOAD_SIZING[ctx.size];
  const secret = new KubeSecret(ctx.platform, "postgres-secret", {
    namespace: namespace.name,
    name: "postgres-credentials",
    values: { password: { kind: "generated", length: 32 } },
  });
  const service = new StatefulService(ctx.platform, "postgres", {
    namespace,
    name: "postgres",
    image: withRegistryMirror(options.postgresImage ?? IN_CLUSTER_IMAGES.postgres, options.registryMirror),
    port: 5432,
    env: { POSTGRES_DB: request.database, POSTGRES_USER: request.username, PGDATA: "/var/lib/postgresql/data/pgdata" },
    secretEnv: { POSTGRES_PASSWORD: secret.ref("password") },
    dataPath: "/var/lib/postgresql/data",
    volumeSize: sizing.volumeSize,
    storageClassName: options.storageClassName,
    runAsUser: 70, // the postgres user of the alpine image
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

export function inClusterObjectStore(ctx: DeploymentContext, request: ObjectBucketRequest, options: InClusterOptions): IObjectBucket {
  const namespace = ctx.namespace;
  const sizing = WORKLOAD_SIZING[ctx.size];
  const secret = new KubeSecret(ctx.platform, "object-store-secret", {
    namespace: namespace.name,
    name: "object-store-credentials",
    values: { "access-key": { kind: "generated", length: 20 }, "secret-key": { kind: "generated", length: 40 } },
  });
  const service = new StatefulService(ctx.platform, "object-store", {
    namespace,
    name: "object-store",
    image: withRegistryMirror(options.objectStoreImage ?? IN_CLUSTER_IMAGES.objectStore, options.registryMirror),
    port: 9000,
    args: ["server", "/data"],
    env: { MINIO_BROWSER: "off", MINIO_DEFAULT_BUCKETS: request.bucketName },
    secretEnv: { MINIO_ROOT_USER: secret.ref("access-key"), MINIO_ROOT_PASSWORD: secret.ref("secret-key") },
    dataPath: "/data",
    volumeSize: sizing.volumeSize,
    storageClassName: options.storageClassName,
    runAsUser: 1000,
    writablePaths: ["/tmp", "/.minio"],
    readinessProbe: { httpGet: { path: "/minio/health/ready", port: 9000 }, periodSeconds: 10 },
    livenessProbe: { httpGet: { path: "/minio/health/live", port: 9000 }, initialDelaySeconds: 30, periodSeconds: 20, failureThreshold: 6 },
    resources: containerResources(sizing),
  });
  return {
    implementation: "in-cluster",
    endpoint: `http://${service.host}:9000`,
    bucket: request.bucketName,
    region: "onprem",
    accessKey: secret.ref("access-key"),
    secretKey: secret.ref("secret-key"),
    peer: service.peer,
    admit: (client) => service.allowFrom(client),
  };
}

/** Nightly pg_dump of an in-cluster database into a bucket. */
export function postgresBackup(ctx: DeploymentContext, db: IPostgres, bucket: IObjectBucket, options: InClusterOptions): void {
  const namespace = ctx.namespace;
  const selector = appSelector(namespace.name, "postgres-backup");
  const labels = { ...selector, ...MANAGED_BY };
  const env = {
    POSTGRES_HOST: db.host,
    POSTGRES_PORT: db.port,
    POSTGRES_DATABASE: db.database,
    POSTGRES_USER: db.username,
    S3_ENDPOINT: bucket.endpoint,
    S3_BUCKET: bucket.bucket,
    S3_REGION: bucket.region,
    S3_PREFIX: "postgres",
    BACKUP_KEEP_DAYS: "14",
  };
  const secretEnv = { POSTGRES_PASSWORD: db.password, S3_ACCESS_KEY_ID: bucket.accessKey, S3_SECRET_ACCESS_KEY: bucket.secretKey };
  // concurrencyPolicy Forbid: at most one backup pod at a time.
  namespace.reservePods(ctx.scope, "postgres.backups", 1);
  new KubeManifest(ctx.platform, "postgres-backup", {
    object: typed<CronJob>({
      apiVersion: "batch/v1",
      kind: "CronJob",
      metadata: { name: "postgres-backup", namespace: namespace.name, labels },
      spec: {
        schedule: "17 2 * * *",
        concurrencyPolicy: "Forbid",
        jobTemplate: {
          spec: {
            backoffLimit: 2,
            template: {
              metadata: { labels },
              spec: {
                restartPolicy: "OnFailure",
                automountServiceAccountToken: false,
                securityContext: podSecurityContext(10001),
                containers: [
                  {
                    name: "backup",
                    image: withRegistryMirror(options.backupImage ?? IN_CLUSTER_IMAGES.postgresBackup, options.registryMirror),
                    command: ["sh", "backup.sh"],
                    ...containerEnv(env, secretEnv),
                    resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: "500m", memory: "512Mi" } },
                    securityContext: containerSecurityContext({ readOnlyRootFilesystem: true, runAsUser: 10001 }),
                    volumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
                  },
                ],
                volumes: [{ name: "tmp", emptyDir: { sizeLimit: "2Gi" } }],
              },
            },
          },
        },
      },
    }),
  });
  const backupPeer = {
    description: "postgres-backup",
    podLabels: selector,
    namespaceLabels: namespace.selectorLabels,
    ports: [],
  };
  db.admit(backupPeer);
  for (const peer of [db.peer, bucket.peer]) {
    const name = `postgres-backup-allow-to-${peer.description}`;
    writeNetworkPolicy(ctx.platform, { namespace: namespace.name, name, podLabels: backupPeer.podLabels, direction: "Egress", peer, ports: peer.ports });
  }
}
