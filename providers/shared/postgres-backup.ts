/**
 * Backups of an in-cluster PostgreSQL: a nightly CronJob dumps the database with the official
 * postgres image (as the app's role, not the superuser) and uploads the dump with rclone (ADR 0091)
 * to a backup target that has keys of its own (a separate bucket, or an external S3 target
 * outside the cluster's failure domain). A suspended restore CronJob reads the newest dump back;
 * an operator runs it with `kubectl create job --from=cronjob/postgres-restore restore-now`.
 * Both images are pinned by digest (BACKUP_IMAGES, provenance in docs/adr/0025-backup-images-by-digest-and-targets.md).
 */
import type { CronJob } from "kubernetes-types/batch/v1";
import type { DeploymentContext } from "../../core/context";
import { KubeManifest } from "../../constructs/kube/manifest";
import { typed } from "../../constructs/kube/typed";
import { appSelector, MANAGED_BY } from "../../constructs/kube/labels";
import type { IPostgres } from "../../core/target";
import type { BackupTarget, InClusterOptions } from "./in-cluster";
import { allowJobEgress, jobPeer, jobPodTemplate, JobStep } from "./job-pod";
import { imagesOf } from "../../core/images/map";
import { catalogueRef } from "../../core/images/catalogue";

/**
 * Images of the backup and restore jobs (catalogue keys `postgres` and `rclone`; provenance in
 * core/images/catalogue.ts and ADR 0025): the same PostgreSQL release as the in-cluster server, so
 * pg_dump/pg_restore match it, and rclone as the S3 client. Overriding `postgresImage` /
 * `objectStoreClientImage` on the target replaces these.
 */
export const BACKUP_IMAGES = {
  postgres: catalogueRef("postgres"),
  objectStoreClient: catalogueRef("rclone"),
} as const;

/** Where dumps go inside the backup bucket. */
export const BACKUP_PREFIX = "postgres";
/** Days a dump is kept. */
export const BACKUP_KEEP_DAYS = 14;

/** Retention mode of every dump on an Object Lock bucket: no one (not the backup keys, not root) deletes or overwrites it before it expires. */
export const BACKUP_LOCK_MODE = "COMPLIANCE";

/**
 * The upload step: copy the dump under a UTC timestamp, then apply the retention of
 * `BACKUP_KEEP_DAYS` days. On an Object Lock bucket (the in-cluster backup bucket, ADR 0091) the
 * dump is written with a COMPLIANCE retention of that many days (rclone's S3 Object Lock flags),
 * so it cannot be deleted or overwritten before; dumps past the window are deleted, and their
 * hidden versions (locks expired) removed, so the bucket does not grow without bound. Elsewhere
 * the window is kept by the delete alone.
 */
export function backupUploadScript(where: string, objectLock: boolean): string {
  const lock = objectLock ? ` --s3-object-lock-mode ${BACKUP_LOCK_MODE} --s3-object-lock-retain-until-date ${BACKUP_KEEP_DAYS}d` : "";
  return [
    "set -eu",
    `rclone copyto${lock} /work/db.dump "${where}/$(date -u +%Y%m%dT%H%M%SZ).dump"`,
    `rclone delete --min-age ${BACKUP_KEEP_DAYS}d "${where}/" || true`,
    // A delete on a versioned bucket leaves the dump as a hidden version: remove those (still-locked ones stay).
    ...(objectLock ? [`rclone backend cleanup-hidden "${where}/" || true`] : []),
  ].join("\n");
}

/** rclone's remote `backup:` from the environment (no config file): any S3 endpoint, path-style, the bucket exists. */
const RCLONE_REMOTE = {
  RCLONE_CONFIG_BACKUP_TYPE: "s3",
  RCLONE_CONFIG_BACKUP_PROVIDER: "Other",
  RCLONE_CONFIG_BACKUP_FORCE_PATH_STYLE: "true",
  // The backup user may not create buckets: never try.
  RCLONE_CONFIG_BACKUP_NO_CHECK_BUCKET: "true",
  RCLONE_CONFIG: "/work/rclone.conf",
} as const;

/** Nightly backup and a suspended restore job for `db`, writing to and reading from `target`. */
export function postgresBackup(ctx: DeploymentContext, db: IPostgres, target: BackupTarget, options: InClusterOptions): void {
  const namespace = ctx.namespace;
  const postgresImage = imagesOf(options).ref("postgres", options.postgresImage);
  const clientImage = imagesOf(options).ref("rclone", options.objectStoreClientImage);
  const dbEnv = { env: { PGHOST: db.host, PGPORT: db.port, PGDATABASE: db.database, PGUSER: db.username }, secretEnv: { PGPASSWORD: db.password } };
  const s3Env = {
    env: { ...RCLONE_REMOTE, RCLONE_CONFIG_BACKUP_ENDPOINT: target.endpoint, RCLONE_CONFIG_BACKUP_REGION: target.region, S3_BUCKET: target.bucket },
    secretEnv: { RCLONE_CONFIG_BACKUP_ACCESS_KEY_ID: target.accessKey, RCLONE_CONFIG_BACKUP_SECRET_ACCESS_KEY: target.secretKey },
  };
  const where = `backup:$S3_BUCKET/${BACKUP_PREFIX}`;
  const dump: JobStep = { name: "dump", image: postgresImage, script: "set -eu\npg_dump --format=custom --file=/work/db.dump", ...dbEnv };
  const upload: JobStep = {
    name: "upload",
    image: clientImage,
    script: backupUploadScript(where, target.objectLock === true),
    ...s3Env,
  };
  const fetch: JobStep = {
    name: "fetch",
    image: clientImage,
    script: ["set -eu", `latest=$(rclone lsf --files-only "${where}/" | sort | tail -n 1)`, `rclone copyto "${where}/$latest" /work/db.dump`].join("\n"),
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
