/**
 * Stand-ins for the images the web-app pattern runs on-prem (issue 27, ADR 0390): no registry is
 * reachable here, so `conformance --runtime` replaces each upstream image by a local build of
 * pinned inputs and reports the substitution.
 *
 * - PostgreSQL: Debian 12's postgresql-15 (the catalogue pins 17.2: Debian 12 has no 17, so
 *   `sameVersion: false`), with an entrypoint that keeps the official image's contract
 *   (POSTGRES_USER/PASSWORD/DB, PGDATA, /docker-entrypoint-initdb.d, scram-sha-256 for TCP).
 * - versitygw: the catalogue's release v1.8.0 built from its Go module (`sameVersion: true`).
 * - The example app (`hello-web`, a placeholder reference of the reference instance): busybox
 *   httpd on port 8080 with psql and rclone, so the runtime checks can use the database and the
 *   bucket from inside the app's pod with the app's own environment.
 * rclone (backup/restore jobs) is stand-ins.ts's first stand-in.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { catalogueRef } from "../../core/images/catalogue";
import { buildAtomically, cacheRoot, isComplete, versionKey, withBuildLock } from "../cache";
import { buildGoModule } from "../go-module";
import { LIBC } from "./app-images";
import type { DebianPackage, LayerSpec } from "./images";
import { aiStandIns } from "./stand-ins-ai";
import { RCLONE_DEBS, rcloneStandIn, runUntilStopped, type StandInSpec } from "./stand-ins";
import { BUSYBOX_DEB, LIBSSL3, LOCAL_REGISTRY } from "./test-images";
import { eventBusStandIns } from "./stand-ins-event-bus";
import { iamStandIns } from "./stand-ins-iam";
import { monitoringStandIns } from "./stand-ins-monitoring";

const deb = (name: string, version: string, sha256: string): DebianPackage => ({ name, version, sha256 });

/** Debian 12 PostgreSQL release of the stand-in. */
export const POSTGRES_STAND_IN_VERSION = "15.20";

/** libpq and the libraries psql loads (Debian 12; from `ldd` of the binaries, mapped with `dpkg -S`). */
export const PSQL_DEBS: readonly DebianPackage[] = [
  deb("postgresql-client-15", "15.20-0+deb12u1", "779332f35a5adc7c97376a7bb6dd8a6a6b48f594953f01eecfaead2eab09dab1"),
  deb("libpq5", "15.20-0+deb12u1", "ac8a72cc33453f75ac605b4f6b8f9febae303b9d9a61255a042a87a7f69ac5c7"),
  ...LIBC,
  LIBSSL3,
  deb("libcom-err2", "1.47.0-2+b2", "a2bac7015e78fbc0c504df3e441f3a22292f1d2d77f9ccda760057f3690e22f2"),
  deb("libffi8", "3.4.4-1", "6d9f6c25c30efccce6d4bceaa48ea86c329a3432abb360a141f76ac223a4c34a"),
  deb("libgmp10", "2:6.2.1+dfsg1-1.1", "187aedef2ed763f425c1e523753b9719677633c7eede660401739e9c893482bd"),
  deb("libgnutls30", "3.7.9-2+deb12u7", "30abec8c824feb1d2d7e9000a34083cccd19d139625e1b21547e3ac53b922f8e"),
  deb("libgssapi-krb5-2", "1.20.1-2+deb12u5", "d8b87aea91b956b416c01a28c44ff6228315ae3b73de40acddac3dc5043607d2"),
  deb("libhogweed6", "3.8.1-2", "ed8185c28b2cb519744a5a462dcd720d3b332c9b88a1d0002eac06dc8550cb94"),
  deb("libidn2-0", "2.3.3-1+b1", "d50716d5824083d667427817d506b45d3f59dc77e1ca52de000f3f62d4918afa"),
  deb("libk5crypto3", "1.20.1-2+deb12u5", "7b6e47d15c5c9cdcd456137533d8308aeba608a54cec73b28bd59bfc4b54cf06"),
  deb("libkeyutils1", "1.6.3-2", "cfac89e6a7a54ff3c6a4f843310e25efeddaa771baeae470bd98bd588c373563"),
  deb("libkrb5-3", "1.20.1-2+deb12u5", "c90801be09701af221b54dd502a59cb378b7284ff31e480738baca317d2f7653"),
  deb("libkrb5support0", "1.20.1-2+deb12u5", "8b9c05f2d8d461a10d657b118f572af5bf8fd6c8f93dcef81e852c5ab0f428ab"),
  deb("libldap-2.5-0", "2.5.13+dfsg-5", "4b6c30f6554149c594628d945edc6003f0eea8d0cc1341638c0e71375db147ed"),
  deb("libnettle8", "3.8.1-2", "45922e6e289ffd92f0f92d2bb9159e84236ff202d552a461bf10e5335b3f0261"),
  deb("libp11-kit0", "0.24.1-2", "251330faddbf013f060fcdb41f4b0c037c8a6e89ba7c09b04bfcc4e3f0807b22"),
  deb("libreadline8", "8.2-1.3", "e02ebbd3701cf468dbf98d6d917fbe0325e881f07fe8b316150c8d2a64486e66"),
  deb("libsasl2-2", "2.1.28+dfsg-10+deb12u1", "d6f20408e2be92ebd9f5e3b1c1935b075efb3f03abb5f48f7b991a0ad3e2d6a5"),
  deb("libtasn1-6", "4.19.0-2+deb12u1", "2c27c613b69be248d09432839ea3d3382f6ee27fabaa65987aa2d884cd00afda"),
  deb("libtinfo6", "6.4-4", "072d908f38f51090ca28ca5afa3b46b2957dc61fe35094c0b851426859a49a51"),
  deb("libunistring2", "1.0-2", "d466bbfe011d764d793c1d9d777cad9c7cf65b938e11598f27408171ad95a951"),
];

/** The server and the further libraries `postgres` and `initdb` load, plus tzdata (Debian builds with the system time zones). */
export const POSTGRES_SERVER_DEBS: readonly DebianPackage[] = [
  deb("postgresql-15", "15.20-0+deb12u1", "8566850f295c2cb5034ff5dd5b40caf97eea81b75a841c8d1f691c05ab8815db"),
  deb("tzdata", "2026f-0+deb12u1", "3254eb870c8a949518214805aee5e4276af7699988ea8b9a3a583cd0f1eab31c"),
  deb("libaudit1", "1:3.0.9-1", "30954df4b5a7c505661ba8ae5e6ea94f5805e408899fb400783bb166eb5ff306"),
  deb("libcap-ng0", "0.8.3-1+b3", "b4b54769c77e4a71c8b33aee4d600ba28a9994a1c6f60d55d4ebe7fc44882e07"),
  deb("libcap2", "1:2.66-4+deb12u3+b1", "8d684c673e7483802a5c447834b0df6fce006eb3a7109e1be412f5ad425bb24f"),
  deb("libgcrypt20", "1.10.1-3+deb12u1", "e7a56552139c693904a6f9712234c05fe918353273a7cbdb5e62f423ad71bb97"),
  deb("libgpg-error0", "1.46-1", "89944ee11d7370ce6ef46fc52f094c4a6512eff8943ec4c6ebefeae6360ceada"),
  deb("libicu72", "72.1-3+deb12u1", "f7f6f99c6d7b025914df2447fc93e11d22c44c0c8bdd8b6f36691c9e7ddcef88"),
  deb("liblz4-1", "1.9.4-1", "64cde86cef1deaf828bd60297839b59710b5cd8dc50efd4f12643caaee9389d3"),
  deb("liblzma5", "5.4.1-1+deb12u2", "3d8c29c8c21ec6007635e1b2591edf98b771c9572a085968f47452b33040f384"),
  deb("libpam0g", "1.5.2-6+deb12u3", "2cc3411d70739d7f09ee8f1dd145903320294e36bf6bda3cb56dd25eb9a8505f"),
  deb("libstdc++6", "12.2.0-14+deb12u1", "5cd3171216d4ab0fc911cfe9c35509bf2dd8f47761c43b7f6a4296701551a24d"),
  deb("libsystemd0", "252.39-1~deb12u2", "013c07514a9e4933b2d5c098018695a6aa42d085dbc483ce2c094a954c8a1b0a"),
  deb("libxml2", "2.9.14+dfsg-1.3~deb12u6", "4460e39dda10a815881374217cde08474747cfa018358cd8612c14b390eff53b"),
  deb("libzstd1", "1.5.4+dfsg2-5+deb12u1", "67dc1ee693e5c22b1a2be2bb70d8244b040836ce3f5dd79e006f7806bc3d9f1c"),
];

const PG_BIN = "/usr/lib/postgresql/15/bin";

/** busybox applets the stand-ins' scripts use. */
const SHELL_APPLETS = [
  "sh",
  "cat",
  "chmod",
  "cut",
  "date",
  "env",
  "grep",
  "head",
  "id",
  "ls",
  "mkdir",
  "nc",
  "printf",
  "rm",
  "sleep",
  "sort",
  "tail",
  "timeout",
  "wget",
  "httpd",
];

/** A busybox layer with the stand-ins' shell applets, /tmp, /etc and the given users (plus `extra`'s debs, files and links). */
export function shellLayer(extra: Partial<LayerSpec> & { passwd: string; group: string }): LayerSpec {
  return {
    debs: [BUSYBOX_DEB, ...(extra.debs ?? [])],
    symlinks: { ...Object.fromEntries(SHELL_APPLETS.map((a) => [`/bin/${a}`, "busybox"])), ...(extra.symlinks ?? {}) },
    dirs: { "/tmp": 0o1777, "/etc": 0o755, ...(extra.dirs ?? {}) },
    files: [{ path: "/etc/passwd", content: extra.passwd }, { path: "/etc/group", content: extra.group }, ...(extra.files ?? [])],
  };
}

/**
 * The official postgres image's entrypoint contract, for Debian's binaries: on an empty PGDATA,
 * initdb with POSTGRES_USER and POSTGRES_PASSWORD (local socket trust, TCP scram-sha-256), a
 * socket-only temporary server, CREATE DATABASE POSTGRES_DB, the /docker-entrypoint-initdb.d
 * scripts (`*.sh` run when executable, sourced otherwise; `*.sql` through psql), stop; then
 * `postgres` listening on all addresses. Any other command is executed as given.
 */
export const POSTGRES_ENTRYPOINT = `#!/bin/sh
set -eu
if [ "$#" -gt 0 ] && [ "$1" != postgres ]; then exec "$@"; fi
: "\${PGDATA:=/var/lib/postgresql/data}"
export PGDATA
: "\${POSTGRES_USER:=postgres}"
: "\${POSTGRES_DB:=$POSTGRES_USER}"
mkdir -p "$PGDATA"
chmod 700 "$PGDATA"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  if [ -z "\${POSTGRES_PASSWORD:-}" ]; then echo "stand-in entrypoint: POSTGRES_PASSWORD is empty" >&2; exit 1; fi
  pw="$(mktemp 2>/dev/null || echo /tmp/.pgpw)"
  printf '%s\\n' "$POSTGRES_PASSWORD" > "$pw"
  initdb --username="$POSTGRES_USER" --pwfile="$pw" --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C -D "$PGDATA"
  rm -f "$pw"
  printf '\\nhost all all all scram-sha-256\\n' >> "$PGDATA/pg_hba.conf"
  pg_ctl -D "$PGDATA" -w -o "-c listen_addresses=''" start
  if [ "$POSTGRES_DB" != postgres ]; then
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -c "CREATE DATABASE \\"$POSTGRES_DB\\""
  fi
  for f in /docker-entrypoint-initdb.d/*; do
    case "$f" in
      *.sh) echo "stand-in entrypoint: running $f"; if [ -x "$f" ]; then "$f"; else . "$f"; fi ;;
      *.sql) echo "stand-in entrypoint: running $f"; psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -f "$f" ;;
      *) ;;
    esac
  done
  pg_ctl -D "$PGDATA" -m fast -w stop
  echo "stand-in entrypoint: database initialised"
fi
exec postgres -c listen_addresses='*'
`;

/** PostgreSQL 15 from Debian 12 in place of the catalogue's postgres 17.2 (alpine, uid 70 like it). */
export function postgresStandIn(): StandInSpec {
  return {
    key: "postgres",
    version: POSTGRES_STAND_IN_VERSION,
    note:
      "Debian 12 ships PostgreSQL 15 only; the catalogue pins 17.2. The pattern's SQL (roles, OWNER TO, REVOKE) and pg_isready/pg_dump work on 15. " +
      "The entrypoint is a shell re-implementation of the official image's contract, not docker-entrypoint.sh",
    image: {
      name: `${LOCAL_REGISTRY}/postgres`,
      tag: POSTGRES_STAND_IN_VERSION,
      layers: [
        shellLayer({
          debs: [...PSQL_DEBS, ...POSTGRES_SERVER_DEBS],
          symlinks: { "/bin/mktemp": "busybox" },
          dirs: { "/var/lib/postgresql": 0o755, "/var/run/postgresql": 0o2777, "/docker-entrypoint-initdb.d": 0o755 },
          // uid/gid 70 as in the alpine image the pattern's securityContext is written for.
          passwd: "root:x:0:0:root:/root:/bin/sh\npostgres:x:70:70:PostgreSQL:/var/lib/postgresql:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/sh\n",
          group: "root:x:0:\npostgres:x:70:\nnogroup:x:65534:\n",
          files: [{ path: "/usr/local/bin/docker-entrypoint.sh", content: POSTGRES_ENTRYPOINT, mode: 0o755 }],
        }),
      ],
      config: {
        user: "70:70",
        env: [`PATH=${PG_BIN}:/usr/local/bin:/usr/bin:/bin`, "PGDATA=/var/lib/postgresql/data"],
        entrypoint: ["/usr/local/bin/docker-entrypoint.sh"],
        cmd: ["postgres"],
      },
    },
  };
}

/** versitygw's module and the catalogue's release. */
export const VERSITYGW_MODULE = { module: "github.com/versity/versitygw", version: "v1.8.0" } as const;

/** Builds (once, cached under `<cache>/stand-ins/`) the static versitygw binary and returns its path. */
export async function versitygwBinary(): Promise<string> {
  const dir = path.join(cacheRoot(), "stand-ins", `versitygw-${versionKey({ ...VERSITYGW_MODULE, layout: "1" })}`);
  const bin = path.join(dir, "bin", "versitygw");
  if (isComplete(dir) && fs.existsSync(bin)) return bin;
  await withBuildLock(dir, "versitygw", async () => {
    if (isComplete(dir) && fs.existsSync(bin)) return;
    await buildAtomically(dir, (tmp) =>
      buildGoModule(
        { tool: "versitygw", ...VERSITYGW_MODULE, commands: [{ pkg: "./cmd/versitygw", binary: "versitygw" }], ldflags: "-s -w" },
        path.join(tmp, "bin"),
      ),
    );
  });
  return bin;
}

/** versitygw v1.8.0 from its Go module (static, CGO off) with busybox for the pattern's `sh -c` commands. */
export async function versitygwStandIn(): Promise<StandInSpec> {
  const binary = await versitygwBinary();
  return {
    key: "versitygw",
    version: VERSITYGW_MODULE.version.replace(/^v/, ""),
    extraInputs: [`go:${VERSITYGW_MODULE.module}@${VERSITYGW_MODULE.version}`],
    note: "built here with CGO_ENABLED=0 and -trimpath; upstream's image is built by its own release pipeline, so the digests differ",
    image: {
      name: `${LOCAL_REGISTRY}/versitygw`,
      tag: VERSITYGW_MODULE.version,
      layers: [
        shellLayer({
          symlinks: { "/app/versitygw": "/usr/local/bin/versitygw" },
          passwd: "root:x:0:0:root:/root:/bin/sh\nversity:x:1000:1000::/data:/bin/sh\napp:x:10001:10001::/work:/bin/sh\n",
          group: "root:x:0:\nversity:x:1000:\napp:x:10001:\n",
          files: [{ path: "/usr/local/bin/versitygw", source: binary }],
        }),
      ],
      config: { user: "1000:1000", entrypoint: ["/usr/local/bin/versitygw"] },
    },
  };
}

/** The web-app reference instance's example image (a placeholder: no such image is published). */
export const HELLO_WEB_UPSTREAM = "registry.example.de/stackwerk/hello-web:1.0.0";

/** Entrypoint of the example-app stand-in: a page on $PORT (8080) from a writable /tmp. */
export const HELLO_WEB_ENTRYPOINT = `#!/bin/sh
set -eu
mkdir -p /tmp/www
echo "hello-web stand-in on $(hostname)" > /tmp/www/index.html
${runUntilStopped('httpd -f -v -p "${PORT:-8080}" -h /tmp/www')}`;

/** busybox httpd with psql and rclone, uid 10001 like the pattern's securityContext. */
export function helloWebStandIn(): StandInSpec {
  return {
    upstream: HELLO_WEB_UPSTREAM,
    version: "stand-in",
    note: "the reference instance names a placeholder app image; the stand-in serves a page on 8080 and carries psql and rclone for the runtime checks",
    image: {
      name: `${LOCAL_REGISTRY}/hello-web`,
      tag: "1.0.0",
      layers: [
        shellLayer({
          debs: [...PSQL_DEBS, ...RCLONE_DEBS.filter((d) => d.name === "rclone")],
          symlinks: { "/bin/hostname": "busybox" },
          passwd: "root:x:0:0:root:/root:/bin/sh\napp:x:10001:10001:app:/tmp:/bin/sh\n",
          group: "root:x:0:\napp:x:10001:\n",
          files: [{ path: "/usr/local/bin/hello-web", content: HELLO_WEB_ENTRYPOINT, mode: 0o755 }],
        }),
      ],
      config: {
        user: "10001:10001",
        env: ["PATH=/usr/lib/postgresql/15/bin:/usr/local/bin:/usr/bin:/bin", "HOME=/tmp"],
        entrypoint: ["/usr/local/bin/hello-web"],
      },
    },
  };
}

/** Stand-ins by the upstream reference they replace (catalogue refs and example-app refs). */
export function standInsByUpstream(): Map<string, () => Promise<StandInSpec>> {
  return new Map<string, () => Promise<StandInSpec>>([
    [catalogueRef("postgres"), async () => postgresStandIn()],
    [catalogueRef("versitygw"), versitygwStandIn],
    [catalogueRef("rclone"), async () => rcloneStandIn()],
    [HELLO_WEB_UPSTREAM, async () => helloWebStandIn()],
    ...eventBusStandIns(),
    ...iamStandIns(),
    ...monitoringStandIns(),
    ...aiStandIns(),
  ]);
}
