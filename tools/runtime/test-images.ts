/**
 * The images the runtime node needs and ships: the pod sandbox (`pause`, the relay binary's
 * pause mode: a static Go binary on an empty base) and the busybox test image (Debian's
 * `busybox-static`, pinned, with applet links and a nobody user). Both are built with the
 * registry-free image builder in images.ts.
 */
import { buildImage, BuiltImage, DebianPackage, ImageSpec } from "./images";

const deb = (name: string, version: string, sha256: string): DebianPackage => ({ name, version, sha256 });

/** C runtime shared by the TLS client image, the bases and the catalogue stand-ins (Debian 12, sha256-pinned). */
export const LIBC: readonly DebianPackage[] = [
  deb("libc6", "2.36-9+deb12u14", "ba4f88f73dbc3ae9055f3c20f4523bfdbaf1ad13ff95e258924f77d20b4fbedf"),
  deb("libgcc-s1", "12.2.0-14+deb12u1", "3016e62cb4b7cd8038822870601f5ed131befe942774d0f745622cc77d8a88f7"),
  deb("gcc-12-base", "12.2.0-14+deb12u1", "1896a2aacf4ad681ff5eacc24a5b0ca4d5d9c9b9c9e4b6de5197bc1e116ea619"),
  deb("zlib1g", "1:1.2.13.dfsg-1+deb12u1", "ad9f1ea0537a32c9eaecc619563a9db596a5dee33afce8393b1083f22d301e1d"),
];

/** OpenSSL 3's libraries (Debian 12, sha256-pinned): libssl and libcrypto. */
export const LIBSSL3: DebianPackage = deb("libssl3", "3.0.22-1~deb12u2", "cb4784740daa9b3b0eaea2b444bbefa686794afbbf3d678d238c1fd9875f2efd");

/** OpenSSL 3 (Debian 12): `openssl s_client`, the HTTPS client of the runtime checks (busybox's TLS cannot talk to Traefik). */
export const OPENSSL_DEBS: readonly DebianPackage[] = [LIBSSL3, { name: "openssl", version: "3.0.22-1~deb12u2" }];

/** Pinned Debian package of the test image (Debian 12). */
export const BUSYBOX_DEB: DebianPackage = { name: "busybox-static", version: "1:1.35.0-4+deb12u1+b1" };

/** Registry-style prefix of locally built images; nothing is ever pulled from it. */
export const LOCAL_REGISTRY = "stackwerk.local";

const APPLETS = [
  "sh",
  "ash",
  "cat",
  "echo",
  "env",
  "false",
  "grep",
  "hostname",
  "httpd",
  "id",
  "ls",
  "mkdir",
  "nc",
  "nslookup",
  "printf",
  "ps",
  "rm",
  "sed",
  "sleep",
  "tee",
  "test",
  "timeout",
  "touch",
  "true",
  "wget",
  "whoami",
];

/** The busybox test image: `stackwerk.local/busybox:<Debian version>`, user 65534. */
export function busyboxImageSpec(): ImageSpec {
  return {
    name: `${LOCAL_REGISTRY}/busybox`,
    tag: BUSYBOX_DEB.version.replace(/^\d+:/, "").replace(/[^A-Za-z0-9_.-]/g, "_"),
    layers: [
      {
        debs: [BUSYBOX_DEB],
        symlinks: Object.fromEntries(APPLETS.map((a) => [`/bin/${a}`, "busybox"])),
        dirs: { "/tmp": 0o1777, "/etc": 0o755, "/home/nobody": 0o755 },
        files: [
          { path: "/etc/passwd", content: "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home/nobody:/bin/sh\n" },
          { path: "/etc/group", content: "root:x:0:\nnogroup:x:65534:\n" },
        ],
      },
    ],
    config: { user: "65534:65534", cmd: ["sh"] },
  };
}

/**
 * The TLS client image: the busybox test image plus Debian's OpenSSL, so a check pod can make a
 * real HTTPS request (`openssl s_client`) through the Gateway: `stackwerk.local/tls-client:<OpenSSL version>`.
 */
export function tlsClientImageSpec(): ImageSpec {
  const busybox = busyboxImageSpec();
  return {
    ...busybox,
    name: `${LOCAL_REGISTRY}/tls-client`,
    tag: OPENSSL_DEBS[1].version.replace(/[^A-Za-z0-9_.-]/g, "_"),
    layers: busybox.layers.map((l) => ({ ...l, debs: [...(l.debs ?? []), ...LIBC, ...OPENSSL_DEBS] })),
  };
}

/** The pod sandbox image from the relay binary (a Go module of this repository). */
export function pauseImageSpec(relayBinary: string): ImageSpec {
  return {
    name: `${LOCAL_REGISTRY}/pause`,
    tag: "1",
    layers: [{ files: [{ path: "/pause", source: relayBinary }] }],
    config: { user: "65535:65535", entrypoint: ["/pause", "pause"] },
  };
}

/** The images every runtime node starts with. */
export interface NodeImages {
  readonly pause: BuiltImage;
  readonly busybox: BuiltImage;
  readonly tlsClient: BuiltImage;
}

/** Builds (or finds cached) the node's images. */
export async function buildNodeImages(relayBinary: string): Promise<NodeImages> {
  return {
    pause: await buildImage(pauseImageSpec(relayBinary)),
    busybox: await buildImage(busyboxImageSpec()),
    tlsClient: await buildImage(tlsClientImageSpec()),
  };
}

/** A small real Maven artifact with a command-line main class (H2's `org.h2.tools.Shell`, 2.6 MB). */
export const H2_ARTIFACT = {
  groupId: "com.h2database",
  artifactId: "h2",
  version: "2.2.224",
  sha256: "b9d8f19358ada82a4f6eb5b174c6cfe320a375b5a9cb5a4fe456d623e6e55497",
} as const;

/** A small real pure-Python wheel (`six`, 11 kB). */
export const SIX_WHEEL = { name: "six", version: "1.16.0", sha256: "8abb2f1d86890a2dfb989f9a77cfcfd3e47c2a354b01111771326f8aa26e0254" } as const;
