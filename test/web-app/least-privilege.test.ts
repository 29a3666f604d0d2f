/**
 * Least privilege for in-cluster data services and their backups (on-prem): each client gets
 * credentials of its own, limited to what it needs; server root credentials reach only the server
 * (and the setup job that creates the users); backups use official images and a bucket (or an
 * external target) of their own, and the restore job reads exactly what the backup job writes.
 */
import "../../patterns";
import { WebAppStack } from "../../patterns";
import { targets } from "../../providers";
import { App } from "cdktf";
import { manifestsOf, podSpecsOf, synthApp } from "../support/synth";

const image = "registry.example.de/shop/web:1.4.2";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = any;

/** Secret keys each pod owner reads, as `secret/key`. */
function secretRefsByOwner(objects: Obj[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const { owner, spec } of podSpecsOf(objects)) {
    const refs = [...(spec.initContainers ?? []), ...spec.containers].flatMap((c: Obj) =>
      (c.env ?? []).filter((e: Obj) => e.valueFrom?.secretKeyRef).map((e: Obj) => `${e.valueFrom.secretKeyRef.name}/${e.valueFrom.secretKeyRef.key}`),
    );
    // The setup Job's name carries a hash of its spec (object-store-init-<hash>): keyed without it.
    out[owner.replace(/^(Job\/object-store-init)-[0-9a-f]{8}$/, "$1")] = [...new Set(refs as string[])].sort();
  }
  return out;
}

function onprem(props: Parameters<typeof targets.onprem>[0] = {}): Obj[] {
  const out = synthApp((app) => new WebAppStack(app, "shop", { target: targets.onprem(props), image, database: true, bucket: true }));
  return manifestsOf(out.json["shop-platform"]);
}

test("every pod reads only the credentials it needs; root keys stay with the servers and the setup job", () => {
  expect(secretRefsByOwner(onprem())).toEqual({
    "Deployment/web": ["object-store-credentials/access-key", "object-store-credentials/secret-key", "postgres-credentials/password"],
    "StatefulSet/postgres": ["postgres-credentials/password", "postgres-credentials/superuser-password"],
    "StatefulSet/object-store": ["object-store-credentials/root-password", "object-store-credentials/root-user"],
    "CronJob/postgres-backup": ["object-store-credentials/backup-access-key", "object-store-credentials/backup-secret-key", "postgres-credentials/password"],
    "CronJob/postgres-restore": ["object-store-credentials/backup-access-key", "object-store-credentials/backup-secret-key", "postgres-credentials/password"],
    "Job/object-store-init": [
      "object-store-credentials/access-key",
      "object-store-credentials/backup-access-key",
      "object-store-credentials/backup-secret-key",
      "object-store-credentials/root-password",
      "object-store-credentials/root-user",
      "object-store-credentials/secret-key",
    ],
  });
});

test("the app's database role is not the superuser: the server creates it owning only the app database", () => {
  const objects = onprem();
  const pg = objects.find((o) => o.kind === "StatefulSet" && o.metadata.name === "postgres").spec.template.spec;
  const env = Object.fromEntries(pg.containers[0].env.map((e: Obj) => [e.name, e.value ?? `${e.valueFrom.secretKeyRef.name}/${e.valueFrom.secretKeyRef.key}`]));
  expect(env).toMatchObject({
    POSTGRES_USER: "postgres",
    APP_USER: "app",
    POSTGRES_PASSWORD: "postgres-credentials/superuser-password",
    APP_PASSWORD: "postgres-credentials/password",
  });
  expect(pg.containers[0].volumeMounts).toContainEqual({ name: "files", mountPath: "/docker-entrypoint-initdb.d", readOnly: true });
  const script = objects.find((o) => o.kind === "ConfigMap" && o.metadata.name === "postgres-files").data["10-app-role.sh"];
  expect(script).toContain("NOSUPERUSER NOCREATEDB NOCREATEROLE");
  expect(script).toMatch(/ALTER DATABASE :"app_db" OWNER TO :"app_user"/);
  const web = objects.find((o) => o.kind === "Deployment").spec.template.spec.containers[0].env;
  expect(web.find((e: Obj) => e.name === "PGUSER").value).toBe("app");
  expect(() => new WebAppStack(new App({ outdir: "/tmp/unused" }), "shop", { target: targets.onprem(), image, database: { username: "postgres" } })).toThrow(
    /^\[WebAppStack shop\] database\.username: "postgres" is the in-cluster server's superuser\. Allowed: any other role name/,
  );
});

test("object store users are limited to their own bucket (versitygw role user owns exactly its bucket; backups locked)", () => {
  const setup = onprem().find((o) => o.kind === "Job" && o.metadata.name.startsWith("object-store-init-")).spec.template.spec.containers[0];
  expect(setup.image).toMatch(/^docker\.io\/versity\/versitygw:v1\.8\.0@sha256:[0-9a-f]{64}$/);
  const script: string = setup.command[2];
  const users = [...script.matchAll(/create-user --access "\$(\w+)_ACCESS_KEY" --secret "\$\1_SECRET_KEY" --role (\w+)/g)].map((m) => `${m[1]}:${m[2]}`);
  expect(users).toEqual(["APP:user", "BACKUP:user"]);
  const owners = [...script.matchAll(/change-bucket-owner --bucket "([^"]+)" --owner "\$(\w+)_ACCESS_KEY"/g)].map((m) => `${m[1]}:${m[2]}`);
  expect(owners).toEqual(["shop-test-shop:APP", "shop-test-shop-backups:BACKUP"]);
  const buckets = [...script.matchAll(/create-bucket --owner "\$(\w+)_ACCESS_KEY" --bucket "([^"]+)"( --object-lock-enabled-for-bucket)?/g)].map((m) => [
    m[2],
    !!m[3],
  ]);
  expect(buckets).toEqual([
    ["shop-test-shop", false],
    ["shop-test-shop-backups", true],
  ]);
  expect(script).not.toMatch(/--role (admin|userplus)/);
});

describe("backups", () => {
  const objects = onprem();
  const cron = (name: string) => objects.find((o) => o.kind === "CronJob" && o.metadata.name === name);
  const envOf = (c: Obj) => Object.fromEntries((c.env ?? []).filter((e: Obj) => e.value !== undefined).map((e: Obj) => [e.name, e.value]));

  test("use official images pinned to a release and a digest, never a personal account or a moving tag", () => {
    for (const name of ["postgres-backup", "postgres-restore"]) {
      const spec = cron(name).spec.jobTemplate.spec.template.spec;
      for (const c of [...spec.initContainers, ...spec.containers]) {
        expect({ name, image: c.image }).toEqual({
          name,
          image: expect.stringMatching(/^(docker\.io\/library\/postgres|docker\.io\/rclone\/rclone):[^:@]+@sha256:[0-9a-f]{64}$/),
        });
        expect(c.image).not.toMatch(/:latest$|eeshugerman/);
      }
    }
  });

  test("go to a bucket other than the app's, and the restore job reads exactly what the backup job writes", () => {
    const backup = cron("postgres-backup").spec.jobTemplate.spec.template.spec;
    const restore = cron("postgres-restore");
    const upload = backup.containers[0];
    const fetch = restore.spec.jobTemplate.spec.template.spec.initContainers[0];
    expect(envOf(upload).S3_BUCKET).toBe("shop-test-shop-backups");
    expect(envOf(fetch)).toEqual(envOf(upload));
    expect(upload.command[2]).toMatch(/rclone copyto (--s3-object-lock-\S+ \S+ )*\/work\/db\.dump "backup:\$S3_BUCKET\/postgres\//);
    expect(fetch.command[2]).toMatch(/rclone copyto "backup:\$S3_BUCKET\/postgres\/\$latest" \/work\/db\.dump/);
    expect(backup.initContainers[0].command[2]).toContain("pg_dump --format=custom --file=/work/db.dump");
    expect(restore.spec.jobTemplate.spec.template.spec.containers[0].command[2]).toContain("pg_restore --clean --if-exists --no-owner");
    expect(restore.spec.suspend).toBe(true);
    expect(cron("postgres-backup").spec.suspend).toBe(false);
  });

  test("backup and restore pods may reach the database and the store, and both admit them", () => {
    const policy = (name: string) => objects.find((o) => o.kind === "NetworkPolicy" && o.metadata.name === name);
    for (const job of ["postgres-backup", "postgres-restore"]) {
      expect(policy(`${job}-allow-to-postgres`).spec.egress[0].ports).toEqual([{ port: 5432, protocol: "TCP" }]);
      expect(policy(`${job}-allow-to-object-store`).spec.egress[0].ports).toEqual([{ port: 9000, protocol: "TCP" }]);
      expect(policy(`postgres-allow-from-${job}`).spec.ingress[0].from[0].podSelector.matchLabels["app.kubernetes.io/name"]).toBe(job);
      expect(policy(`object-store-allow-from-${job}`)).toBeDefined();
    }
  });

  test("an external backup target (another failure domain) replaces the in-cluster backup bucket", () => {
    const external = onprem({ backupTarget: { endpoint: "https://10.40.0.9:9443", bucket: "rz2-backups", credentialsSecretName: "rz2-backup-keys" } });
    const upload = external.find((o) => o.kind === "CronJob" && o.metadata.name === "postgres-backup").spec.jobTemplate.spec.template.spec.containers[0];
    expect(envOf(upload)).toMatchObject({ RCLONE_CONFIG_BACKUP_ENDPOINT: "https://10.40.0.9:9443", S3_BUCKET: "rz2-backups" });
    expect(secretRefsByOwner(external)["CronJob/postgres-backup"]).toEqual([
      "postgres-credentials/password",
      "rz2-backup-keys/access-key",
      "rz2-backup-keys/secret-key",
    ]);
    expect(external.find((o) => o.kind === "NetworkPolicy" && o.metadata.name === "postgres-backup-allow-to-backup-target").spec.egress[0]).toEqual({
      to: [{ ipBlock: { cidr: "10.40.0.9/32" } }],
      ports: [{ port: 9443, protocol: "TCP" }],
    });
    expect(secretRefsByOwner(external)["Job/object-store-init"]).not.toContain("object-store-credentials/backup-access-key");
  });
});
