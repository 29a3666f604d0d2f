/**
 * Backups of an in-cluster PostgreSQL: a nightly CronJob dumps the database with the official
 * postgres image (as the app's role, not the superuser) and uploads the dump with MinIO's official
 * client to a backup target that has keys of its own (a separate bucket, or an external S3 target
 * outside the cluster's failure domain). A suspended restore CronJob reads the newest dump back;
 * an operator runs it with `kubectl create job --from=cronjob/postgres-restore restore-now`.
 * Both images are pinned by digest (BACKUP_IMAGES, provenance in docs/adr/0025-backup-images-by-digest-and-targets.md).
 */
import type { CronJob } from "kubernetes-types/batch/v1";
import type { DeploymentContext } from "../../core/context";
import { KubeManifest } from "../../constructs/kube/manifest";
import { typed } from "../../constructs/kube/typed";
import { appSelector, MANAGED_BY } from "../../constructs/kube/labels";
import { withRegistryMirror } from "../../constructs/security";
import type { IPostgres } from "../../core/target";
import type { BackupTarget, InClusterOptions } from "./in-cluster";
import { allowJobEgress, jobPeer, jobPodTemplate, JobStep } from "./job-pod";

/**
 * Images of the backup and restore jobs, each from its upstream project and pinned by digest (the
 * tag stays for readers; the digest decides what is pulled). Same PostgreSQL release as the
 * in-cluster server (`IN_CLUSTER_IMAGES.postgres`), so pg_dump/pg_restore match it. Provenance (no
 * registry is reachable here to resolve a digest; these are published digests that independent
 * public projects pin for the same tag):
 * - postgres 17.2-alpine3.21 (Docker Official Image, docker.io/library/postgres): multi-arch index
 *   digest 7e5df973…; a BuildKit log resolving `postgres:17.2-alpine` to it, and projects pinning
 *   `postgres:17.2-alpine3.21@sha256:7e5df973…` ("verified from Docker Hub"). Official image tags
 *   are rebuilt from time to time, so other digests for the same tag exist; this is one published build.
 * - mc RELEASE.2025-04-16T18-13-26Z (MinIO's client, quay.io/minio/mc and docker.io/minio/mc):
 *   digest aead63c7…, pinned identically for both registries by several independent projects.
 * Overriding `postgresImage` / `objectStoreClientImage` on the target replaces these.
 */
export const BACKUP_IMAGES = {
  postgres: "docker.io/library/postgres:17.2-alpine3.21@sha256:7e5df973a74872482e320dcbdeb055e178d6f42de0558b083892c50cda833c96",
  objectStoreClient: "quay.io/minio/mc:RELEASE.2025-04-16T18-13-26Z@sha256:aead63c77f9db9107f1696fb08ecb0faeda23729cde94b0f663edf4fe09728e3",
} as const;

/** Where dumps go inside the backup bucket. */
export const BACKUP_PREFIX = "postgres";
/** Days a dump is kept. */
export const BACKUP_KEEP_DAYS = 14;

const ALIAS = 'mc alias set backup "$S3_ENDPOINT" "$S3_ACCESS_KEY_ID" "$S3_SECRET_ACCESS_KEY"';

/** Nightly backup and a suspended restore job for `db`, writing to and reading from `target`. */
export function postgresBackup(ctx: DeploymentContext, db: IPostgres, target: BackupTarget, options: InClusterOptions): void {
  const namespace = ctx.namespace;
  const postgresImage = withRegistryMirror(options.postgresImage ?? BACKUP_IMAGES.postgres, options.registryMirror);
  const clientImage = withRegistryMirror(options.objectStoreClientImage ?? BACKUP_IMAGES.objectStoreClient, options.registryMirror);
  const dbEnv = { env: { PGHOST: db.host, PGPORT: db.port, PGDATABASE: db.database, PGUSER: db.username }, secretEnv: { PGPASSWORD: db.password } };
  const s3Env = {
    env: { S3_ENDPOINT: target.endpoint, S3_BUCKET: target.bucket, S3_REGION: target.region },
    secretEnv: { S3_ACCESS_KEY_ID: target.accessKey, S3_SECRET_ACCESS_KEY: target.secretKey },
  };
  const where = `backup/$S3_BUCKET/${BACKUP_PREFIX}`;
  const dump: JobStep = { name: "dump", image: postgresImage, script: "set -eu\npg_dump --format=custom --file=/work/db.dump", ...dbEnv };
  const upload: JobStep = {
    name: "upload",
    image: clientImage,
    script: [
      "set -eu",
      ALIAS,
      `mc cp /work/db.dump "${where}/$(date -u +%Y%m%dT%H%M%SZ).dump"`,
      `mc rm --recursive --force --older-than ${BACKUP_KEEP_DAYS}d "${where}/" || true`,
    ].join("\n"),
    ...s3Env,
  };
  const fetch: JobStep = {
    name: "fetch",
    image: clientImage,
    script: ["set -eu", ALIAS, `latest=$(mc ls "${where}/" | awk '{print $NF}' | sort | tail -n 1)`, `mc cp "${where}/$latest" /work/db.dump`].join("\n"),
    ...s3Env,
  };
  const restore: JobStep = {
    name: "restore",
    image: postgresImage,
    script: 'set -eu\npg_restore --clean --if-exists --no-owner --dbname="$PGDATABASE" /work/db.dump',
    ...dbEnv,
  };
  const jobs = [
    { name: "postgres-backup", schedule: "17 2 * * *", suspend: false, steps: [dump, upload] },
    // Never scheduled (31 February): run on demand from the CronJob's template.
    { name: "postgres-restore", schedule: "0 0 31 2 *", suspend: true, steps: [fetch, restore] },
  ];
  for (const job of jobs) {
    new KubeManifest(ctx.platform, job.name, {
      object: typed<CronJob>({
        apiVersion: "batch/v1",
        kind: "CronJob",
        metadata: { name: job.name, namespace: namespace.name, labels: { ...appSelector(namespace.name, job.name), ...MANAGED_BY } },
        spec: {
          schedule: job.schedule,
          suspend: job.suspend,
          concurrencyPolicy: "Forbid",
          jobTemplate: { spec: { backoffLimit: 2, template: jobPodTemplate(namespace, job.name, job.steps) } },
        },
      }),
    });
    // concurrencyPolicy Forbid: at most one pod per job at a time.
    namespace.reservePods(ctx.scope, "postgres.backups", 1, job.name);
    const peer = jobPeer(namespace, job.name);
    db.admit(peer);
    target.admit(peer);
    allowJobEgress(ctx.platform, namespace, job.name, [db.peer, target.peer]);
  }
}
