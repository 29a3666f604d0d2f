/**
 * Stand-ins for the images the IAM pattern runs on-prem (issue 27, ADR 0415): no registry is
 * reachable here, so `conformance --runtime` replaces each upstream image by a local build of
 * pinned inputs and reports the substitution.
 *
 * - Keycloak: the catalogue's release 26.7.3, the distribution archive from Maven Central
 *   (org.keycloak:keycloak-quarkus-dist, sha256-pinned in tools/keycloak/pins.ts) unpacked to
 *   `/opt/keycloak` as in the upstream image (entrypoint `kc.sh`, uid 1000, gid 0), on Debian 12's
 *   OpenJDK 17 JRE (upstream: UBI 9 with OpenJDK 21) with bash and busybox for kc.sh, kcadm.sh
 *   and the pattern's settings Job (`/bin/bash -c`).
 * - oauth2-proxy: built from its Go module (static, CGO off). The module proxy serves v7.15.6,
 *   not the catalogue's v7.15.3, so `sameVersion: false`; distroless-like layout (`/bin/oauth2-proxy`,
 *   uid 65532 `nonroot`, no shell).
 * PostgreSQL and the example app (hello-web) reuse the web-app's stand-ins (pattern-stand-ins.ts).
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { catalogueRef, IMAGE_CATALOGUE } from "../../core/images/catalogue";
import { buildAtomically, cacheRoot, isComplete, progress, run, sha256File, versionKey, withBuildLock } from "../cache";
import { buildGoModule } from "../go-module";
import { KEYCLOAK_ARTIFACT, KEYCLOAK_SHA256, KEYCLOAK_VERSION } from "../keycloak/pins";
import { JAVA_HOME, JRE_BASE_DEBS } from "./app-images";
import { type DebianPackage, fetchDeb } from "./images";
import type { StandInSpec } from "./stand-ins";
import { BUSYBOX_DEB, LOCAL_REGISTRY } from "./test-images";

const deb = (name: string, version: string, sha256: string): DebianPackage => ({ name, version, sha256 });

/** bash (the settings Job runs `/bin/bash -c`) and the library it loads, Debian 12. */
export const BASH_DEBS: readonly DebianPackage[] = [
  deb("bash", "5.2.15-2+b13", "82130bb6a560cd2a7234d8018baf73f188f5dd56413d5aa0accc987b2197a6a1"),
  deb("libtinfo6", "6.4-4", "072d908f38f51090ca28ca5afa3b46b2957dc61fe35094c0b851426859a49a51"),
];

/** Debian 12's CA certificates, the source of the JRE's system truststore (ca-certificates-java builds it in a maintainer script, which an unpacked .deb never runs). */
export const CA_CERTIFICATES_DEB = deb("ca-certificates", "20230311+deb12u1", "0d5f444f594e48c1e16a41d8fc628a09b24c658916a1274025c2330f2a802bed");

/**
 * A JKS truststore (the format `keytool` writes, readable as the JRE's `cacerts`) of `certs`
 * (alias → DER), every entry dated 0 so the same certificates give the same bytes. Integrity
 * digest: SHA-1 over the password as UTF-16BE, "Mighty Aphrodite" and the store.
 */
export function jksTruststore(certs: ReadonlyArray<readonly [string, Buffer]>, password = "changeit"): Buffer {
  const parts: Buffer[] = [];
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
  };
  const utf = (s: string) => {
    const b = Buffer.from(s, "utf8");
    return Buffer.concat([Buffer.from([b.length >> 8, b.length & 0xff]), b]);
  };
  parts.push(u32(0xfeedfeed), u32(2), u32(certs.length));
  for (const [alias, der] of certs) parts.push(u32(2), utf(alias), Buffer.alloc(8), utf("X.509"), u32(der.length), der);
  const body = Buffer.concat(parts);
  const pw = Buffer.from(password, "utf16le").swap16();
  return Buffer.concat([body, createHash("sha1").update(pw).update("Mighty Aphrodite", "utf8").update(body).digest()]);
}

/** Builds (once, cached) the truststore of Debian's Mozilla CA bundle and returns its path. */
export async function keycloakTruststore(): Promise<string> {
  const dir = path.join(
    cacheRoot(),
    "stand-ins",
    `java-cacerts-${versionKey({ deb: `${CA_CERTIFICATES_DEB.name}=${CA_CERTIFICATES_DEB.version}`, format: "jks-1" })}`,
  );
  const file = path.join(dir, "cacerts");
  if (isComplete(dir) && fs.existsSync(file)) return file;
  const debFile = await fetchDeb(CA_CERTIFICATES_DEB);
  await buildAtomically(dir, async (tmp) => {
    const root = path.join(tmp, "deb");
    await run("dpkg-deb", ["-x", debFile, root]);
    const certDir = path.join(root, "usr/share/ca-certificates/mozilla");
    const certs = fs
      .readdirSync(certDir)
      .filter((f) => f.endsWith(".crt"))
      .sort()
      .map((f): [string, Buffer] => {
        const pem = fs.readFileSync(path.join(certDir, f), "utf8");
        const b64 = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(pem)?.[1] ?? "";
        return [`debian:${f.replace(/\.crt$/, ".pem").toLowerCase()}`, Buffer.from(b64.replace(/\s+/g, ""), "base64")];
      });
    if (certs.length < 50) throw new Error(`keycloak stand-in: only ${certs.length} certificates in ${CA_CERTIFICATES_DEB.name}`);
    fs.writeFileSync(path.join(tmp, "cacerts"), jksTruststore(certs));
    fs.rmSync(root, { recursive: true, force: true });
  });
  return file;
}

/** busybox applets kc.sh, kcadm.sh, the settings Job and the Deployment's init container (`cp -R`) call. */
const KEYCLOAK_APPLETS = ["sh", "basename", "cat", "cp", "dirname", "env", "grep", "id", "ls", "mkdir", "printf", "readlink", "rm", "sed", "sleep", "uname"];

/** Where the upstream image keeps Keycloak. */
export const KEYCLOAK_STAND_IN_HOME = "/opt/keycloak";

/**
 * Unpacks (once, cached under `<cache>/stand-ins/`) the pinned, unmodified distribution archive
 * (`mvn dependency:copy`, sha256 checked) and returns its `keycloak-<version>` folder.
 */
export async function keycloakDistTree(): Promise<string> {
  const dir = path.join(cacheRoot(), "stand-ins", `keycloak-dist-${versionKey({ artifact: KEYCLOAK_ARTIFACT, sha256: KEYCLOAK_SHA256 })}`);
  const home = path.join(dir, `keycloak-${KEYCLOAK_VERSION}`);
  if (isComplete(dir) && fs.existsSync(home)) return home;
  await withBuildLock(dir, "keycloak-dist", async () => {
    if (isComplete(dir) && fs.existsSync(home)) return;
    await buildAtomically(dir, async (tmp) => {
      progress(`keycloak stand-in: mvn dependency:copy ${KEYCLOAK_ARTIFACT}`);
      const args = ["-B", "-q", "dependency:copy", `-Dartifact=${KEYCLOAK_ARTIFACT}`, `-DoutputDirectory=${tmp}`];
      const r = await run("mvn", args, { check: false });
      if (r.code !== 0) throw new Error(`keycloak stand-in: mvn ${args.join(" ")} failed:\n${(r.stdout + r.stderr).trim().slice(-2000)}`);
      const archive = path.join(tmp, `keycloak-quarkus-dist-${KEYCLOAK_VERSION}.tar.gz`);
      const actual = sha256File(archive);
      if (actual !== KEYCLOAK_SHA256) throw new Error(`keycloak stand-in: sha256 of ${archive} is ${actual}, not the pinned ${KEYCLOAK_SHA256}`);
      await run("tar", ["-xzf", archive, "-C", tmp]);
      fs.rmSync(archive);
    });
  });
  return home;
}

/** Keycloak 26.7.3 (the catalogue's release) from Maven Central on Debian 12's JRE 17, the upstream image's layout. */
export async function keycloakStandIn(): Promise<StandInSpec> {
  const home = await keycloakDistTree();
  const truststore = await keycloakTruststore();
  return {
    key: "keycloak",
    version: KEYCLOAK_VERSION,
    extraInputs: [`maven:${KEYCLOAK_ARTIFACT}`, `deb:${CA_CERTIFICATES_DEB.name}=${CA_CERTIFICATES_DEB.version} (as the JRE's cacerts)`],
    note:
      "the same Keycloak release from its distribution archive, at /opt/keycloak with kc.sh as entrypoint and uid 1000 like the upstream image; " +
      "the JRE is Debian 12's OpenJDK 17 (upstream: UBI 9 with OpenJDK 21), so the digests differ",
    image: {
      name: `${LOCAL_REGISTRY}/keycloak`,
      tag: KEYCLOAK_VERSION,
      layers: [
        {
          debs: [...JRE_BASE_DEBS, ...BASH_DEBS, BUSYBOX_DEB],
          symlinks: Object.fromEntries(KEYCLOAK_APPLETS.map((a) => [`/bin/${a}`, "busybox"])),
          dirs: { "/tmp": 0o1777, "/etc": 0o755 },
          files: [
            { path: "/etc/passwd", content: "root:x:0:0:root:/root:/bin/sh\nkeycloak:x:1000:0:keycloak:/opt/keycloak:/bin/bash\n" },
            { path: "/etc/group", content: "root:x:0:\nkeycloak:x:1000:\n" },
            // Keycloak refuses to start without a system truststore ("could not find the system truststore").
            { path: "/etc/ssl/certs/java/cacerts", source: truststore, mode: 0o644 },
          ],
        },
        { trees: [{ path: KEYCLOAK_STAND_IN_HOME, source: home }], dirs: { [`${KEYCLOAK_STAND_IN_HOME}/data`]: 0o775 } },
      ],
      config: {
        user: "1000:0",
        env: [`PATH=${JAVA_HOME}/bin:/usr/bin:/bin`, `JAVA_HOME=${JAVA_HOME}`, "LANG=C.UTF-8"],
        entrypoint: [`${KEYCLOAK_STAND_IN_HOME}/bin/kc.sh`],
        workingDir: KEYCLOAK_STAND_IN_HOME,
      },
    },
  };
}

/** oauth2-proxy's module at the version the module proxy serves (the catalogue pins v7.15.3). */
export const OAUTH2_PROXY_MODULE = { module: "github.com/oauth2-proxy/oauth2-proxy/v7", version: "v7.15.6" } as const;

/** Builds (once, cached under `<cache>/stand-ins/`) the static oauth2-proxy binary and returns its path. */
export async function oauth2ProxyBinary(): Promise<string> {
  const dir = path.join(cacheRoot(), "stand-ins", `oauth2-proxy-${versionKey({ ...OAUTH2_PROXY_MODULE, layout: "1" })}`);
  const bin = path.join(dir, "bin", "oauth2-proxy");
  if (isComplete(dir) && fs.existsSync(bin)) return bin;
  await withBuildLock(dir, "oauth2-proxy", async () => {
    if (isComplete(dir) && fs.existsSync(bin)) return;
    await buildAtomically(dir, (tmp) =>
      buildGoModule(
        {
          tool: "oauth2-proxy",
          ...OAUTH2_PROXY_MODULE,
          commands: [{ pkg: ".", binary: "oauth2-proxy" }],
          ldflags: `-s -w -X ${OAUTH2_PROXY_MODULE.module}/pkg/version.VERSION=${OAUTH2_PROXY_MODULE.version}`,
        },
        path.join(tmp, "bin"),
      ),
    );
  });
  return bin;
}

/** oauth2-proxy from its Go module, laid out like the distroless upstream image. */
export async function oauth2ProxyStandIn(): Promise<StandInSpec> {
  const binary = await oauth2ProxyBinary();
  return {
    key: "oauth2Proxy",
    version: OAUTH2_PROXY_MODULE.version.replace(/^v/, ""),
    extraInputs: [`go:${OAUTH2_PROXY_MODULE.module}@${OAUTH2_PROXY_MODULE.version}`],
    note:
      `the module proxy serves ${OAUTH2_PROXY_MODULE.version}, not the catalogue's ${IMAGE_CATALOGUE.oauth2Proxy.tag} (a patch release apart); ` +
      "built here with CGO_ENABLED=0 and -trimpath, /bin/oauth2-proxy as uid 65532 like the distroless upstream image",
    image: {
      name: `${LOCAL_REGISTRY}/oauth2-proxy`,
      tag: OAUTH2_PROXY_MODULE.version,
      layers: [
        {
          dirs: { "/tmp": 0o1777, "/etc": 0o755 },
          files: [
            { path: "/bin/oauth2-proxy", source: binary },
            { path: "/etc/passwd", content: "root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n" },
            { path: "/etc/group", content: "root:x:0:\nnonroot:x:65532:\n" },
          ],
        },
      ],
      config: { user: "65532:65532", entrypoint: ["/bin/oauth2-proxy"] },
    },
  };
}

/** The IAM pattern's stand-ins by the upstream reference they replace (registered in `standInsByUpstream()`). */
export function iamStandIns(): Array<[string, () => Promise<StandInSpec>]> {
  return [
    [catalogueRef("keycloak"), keycloakStandIn],
    [catalogueRef("oauth2Proxy"), oauth2ProxyStandIn],
  ];
}
