/**
 * Backups of the in-cluster PostgreSQL (on-prem), manifest level (nothing here runs containers):
 * digest-pinned upstream images, a backup target outside the data's failure domain with keys of
 * its own, a restore job wired to read back from exactly that target, and no job holding a root or
 * superuser key. ADR 0024 and 0025.
 */
import "../../patterns";
import { WebAppStack } from "../../patterns";
import { targets } from "../../providers";
import { BACKUP_IMAGES, BACKUP_KEEP_DAYS, BACKUP_LOCK_MODE, backupUploadScript } from "../../providers/shared/postgres-backup";
import { manifestsOf, podSpecsOf, synthApp } from "../support/synth";

const image = "registry.example.de/shop/web:1.4.2";
const RZ2 = { endpoint: "https://10.40.0.9:9443", bucket: "rz2-backups", credentialsSecretName: "rz2-backup-keys" };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = any;

function objects(props: Parameters<typeof targets.onprem>[0] = {}, app: { bucket?: boolean } = {}): Obj[] {
  const out = synthApp((a) => new WebAppStack(a, "shop", { target: targets.onprem(props), image, database: true, bucket: app.bucket ?? true }));
  return manifestsOf(out.json["shop-platform"]);
}

const cron = (all: Obj[], name: string) => all.find((o) => o.kind === "CronJob" && o.metadata.name === name);
const containersOf = (c: Obj): Obj[] => [...(c.spec.jobTemplate.spec.template.spec.initContainers ?? []), ...c.spec.jobTemplate.spec.template.spec.containers];
const step = (c: Obj, name: string) => containersOf(c).find((x) => x.name === name);
const plainEnv = (c: Obj) => Object.fromEntries((c.env ?? []).filter((e: Obj) => e.value !== undefined).map((e: Obj) => [e.name, e.value]));
const secretEnv = (c: Obj) =>
  Object.fromEntries(
    (c.env ?? []).filter((e: Obj) => e.valueFrom?.secretKeyRef).map((e: Obj) => [e.name, `${e.valueFrom.secretKeyRef.name}/${e.valueFrom.secretKeyRef.key}`]),
  );
const policy = (all: Obj[], name: string) => all.find((o) => o.kind === "NetworkPolicy" && o.metadata.name === name);

test("backup and restore images are the upstream images pinned by digest, and a registry mirror keeps the digest", () => {
  for (const digest of Object.values(BACKUP_IMAGES))
    expect(digest).toMatch(/^(docker\.io\/library\/postgres|docker\.io\/rclone\/rclone):[^:@]+@sha256:[0-9a-f]{64}$/);
  const mirrored = objects({ registryMirror: "registry.rz.example.de" });
  for (const name of ["postgres-backup", "postgres-restore"]) {
    for (const c of containersOf(cron(mirrored, name))) {
      const upstream = c.name === "dump" || c.name === "restore" ? BACKUP_IMAGES.postgres : BACKUP_IMAGES.objectStoreClient;
      expect({ name, step: c.name, image: c.image }).toEqual({ name, step: c.name, image: upstream.replace(/^[^/]+/, "registry.rz.example.de") });
    }
  }
});

describe("with a backup target in another failure domain", () => {
  const all = objects({ backupTarget: RZ2 });

  test("the backup job uploads there with the target's own keys and the app role, nothing else", () => {
    const upload = step(cron(all, "postgres-backup"), "upload");
    expect(plainEnv(upload)).toMatchObject({ RCLONE_CONFIG_BACKUP_ENDPOINT: RZ2.endpoint, S3_BUCKET: RZ2.bucket, RCLONE_CONFIG_BACKUP_TYPE: "s3" });
    expect(secretEnv(upload)).toEqual({
      RCLONE_CONFIG_BACKUP_ACCESS_KEY_ID: "rz2-backup-keys/access-key",
      RCLONE_CONFIG_BACKUP_SECRET_ACCESS_KEY: "rz2-backup-keys/secret-key",
    });
    expect(secretEnv(step(cron(all, "postgres-backup"), "dump"))).toEqual({ PGPASSWORD: "postgres-credentials/password" });
  });

  test("the restore job reads the newest dump back from that same target and restores it as the app role", () => {
    const restore = cron(all, "postgres-restore");
    const fetch = step(restore, "fetch");
    const upload = step(cron(all, "postgres-backup"), "upload");
    expect(plainEnv(fetch)).toEqual(plainEnv(upload));
    expect(secretEnv(fetch)).toEqual(secretEnv(upload));
    // Same remote, same bucket, same prefix: what upload writes is what fetch lists and copies.
    const writes = /rclone copyto \/work\/db\.dump "(backup:\$S3_BUCKET\/postgres)\/\$\(date -u \+%Y%m%dT%H%M%SZ\)\.dump"/.exec(upload.command[2]);
    const lists = /latest=\$\(rclone lsf --files-only "(backup:\$S3_BUCKET\/postgres)\/"/.exec(fetch.command[2]);
    expect(writes?.[1]).toBeDefined();
    expect(lists?.[1]).toBe(writes?.[1]);
    expect(fetch.command[2]).toContain('rclone copyto "backup:$S3_BUCKET/postgres/$latest" /work/db.dump');
    const pg = step(restore, "restore");
    expect(pg.command[2]).toMatch(/pg_restore --clean --if-exists --no-owner --dbname="\$PGDATABASE" \/work\/db\.dump/);
    expect(secretEnv(pg)).toEqual({ PGPASSWORD: "postgres-credentials/password" });
    expect(plainEnv(pg)).toMatchObject({ PGUSER: "app", PGHOST: expect.stringMatching(/^postgres\./) });
    // The dump travels between the steps through the pod's scratch volume only.
    expect(restore.spec.jobTemplate.spec.template.spec.volumes).toEqual([{ name: "work", emptyDir: { sizeLimit: "2Gi" } }]);
    // On demand only: suspended, never scheduled; `kubectl create job --from=cronjob/postgres-restore` runs it.
    expect(restore.spec).toMatchObject({ suspend: true, schedule: "0 0 31 2 *", concurrencyPolicy: "Forbid" });
  });

  test("backup and restore pods reach only the database and the target's address and port, not the in-cluster store", () => {
    for (const job of ["postgres-backup", "postgres-restore"]) {
      expect(policy(all, `${job}-allow-to-backup-target`).spec.egress).toEqual([
        { to: [{ ipBlock: { cidr: "10.40.0.9/32" } }], ports: [{ port: 9443, protocol: "TCP" }] },
      ]);
      expect(policy(all, `${job}-allow-to-postgres`).spec.egress[0].ports).toEqual([{ port: 5432, protocol: "TCP" }]);
      expect(policy(all, `${job}-allow-to-object-store`)).toBeUndefined();
      expect(policy(all, `object-store-allow-from-${job}`)).toBeUndefined();
    }
    // No in-cluster backup bucket or backup user is created when the target is external.
    const setup = all.find((o) => o.kind === "Job" && o.metadata.name.startsWith("object-store-init-")).spec.template.spec.containers[0].command[2];
    expect(setup).not.toContain("-backups");
  });

  test("a database without a bucket is still backed up to the target", () => {
    const dbOnly = objects({ backupTarget: RZ2 }, { bucket: false });
    expect(dbOnly.filter((o) => o.kind === "CronJob").map((o) => o.metadata.name)).toEqual(["postgres-backup", "postgres-restore"]);
    expect(dbOnly.find((o) => o.kind === "StatefulSet" && o.metadata.name === "object-store")).toBeUndefined();
    expect(plainEnv(step(cron(dbOnly, "postgres-restore"), "fetch"))).toMatchObject({ RCLONE_CONFIG_BACKUP_ENDPOINT: RZ2.endpoint, S3_BUCKET: RZ2.bucket });
  });

  test("postgres.backups: false turns both jobs off, target or not", () => {
    const off = objects({ backupTarget: RZ2, postgres: { mode: "in-cluster", backups: false } });
    expect(off.filter((o) => o.kind === "CronJob")).toEqual([]);
  });
});

test("no backup or restore container reads a root or superuser key, in-cluster or external", () => {
  for (const all of [objects(), objects({ backupTarget: RZ2 })]) {
    for (const { owner, spec } of podSpecsOf(all).filter((p) => /postgres-(backup|restore)$/.test(p.owner))) {
      const refs = [...(spec.initContainers ?? []), ...spec.containers].flatMap((c: Obj) => Object.values(secretEnv(c)) as string[]);
      expect({ owner, refs: refs.filter((r) => /root|superuser/.test(r)) }).toEqual({ owner, refs: [] });
    }
  }
});

describe("retention of the dumps (ADR 0091)", () => {
  test("in the in-cluster store's Object Lock bucket every dump is written with a COMPLIANCE retention of the keep window, then expired dumps and their hidden versions go", () => {
    const all = objects();
    const init = all.find((o) => o.kind === "Job" && o.metadata.name.startsWith("object-store-init-"));
    const setup = containersOf({ spec: { jobTemplate: { spec: { template: init.spec.template } } } })[0].command[2] as string;
    // The bucket the backup job writes to is the one created with Object Lock.
    const upload = step(cron(all, "postgres-backup"), "upload");
    expect(setup).toContain(`--bucket "${plainEnv(upload).S3_BUCKET}" --object-lock-enabled-for-bucket`);
    expect(upload.command[2].split("\n")).toEqual([
      "set -eu",
      `rclone copyto --s3-object-lock-mode COMPLIANCE --s3-object-lock-retain-until-date ${BACKUP_KEEP_DAYS}d /work/db.dump "backup:$S3_BUCKET/postgres/$(date -u +%Y%m%dT%H%M%SZ).dump"`,
      `rclone delete --min-age ${BACKUP_KEEP_DAYS}d "backup:$S3_BUCKET/postgres/" || true`,
      'rclone backend cleanup-hidden "backup:$S3_BUCKET/postgres/" || true',
    ]);
  });

  test("an external target (its bucket may have no Object Lock) gets no lock headers, only the keep window", () => {
    const upload = step(cron(objects({ backupTarget: RZ2 }), "postgres-backup"), "upload");
    expect(upload.command[2]).not.toContain("object-lock");
    expect(upload.command[2]).not.toContain("cleanup-hidden");
    expect(upload.command[2]).toContain(`rclone delete --min-age ${BACKUP_KEEP_DAYS}d "backup:$S3_BUCKET/postgres/" || true`);
  });

  test("the upload script is built from the target's objectLock flag alone", () => {
    expect(backupUploadScript("backup:b/p", true)).toContain(`--s3-object-lock-mode ${BACKUP_LOCK_MODE}`);
    expect(backupUploadScript("backup:b/p", false)).not.toContain("--s3-object-lock-mode");
  });
});
