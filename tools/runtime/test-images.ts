/**
 * The images the runtime node needs and ships: the pod sandbox (`pause`, the relay binary's
 * pause mode: a static Go binary on an empty base) and the busybox test image (Debian's
 * `busybox-static`, pinned, with applet links and a nobody user). Both are built with the
 * registry-free image builder in images.ts.
 */
import { buildImage, BuiltImage, DebianPackage, ImageSpec } from "./images";

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

/** The pod sandbox image from the relay binary (a Go module of this repository). */
export function pauseImageSpec(relayBinary: string): ImageSpec {
  return {
    name: `${LOCAL_REGISTRY}/pause`,
    tag: "1",
    layers: [{ files: [{ path: "/pause", source: relayBinary }] }],
    config: { user: "65535:65535", entrypoint: ["/pause", "pause"] },
  };
}

/** Builds (or finds cached) both images. */
export async function buildNodeImages(relayBinary: string): Promise<{ pause: BuiltImage; busybox: BuiltImage }> {
  return { pause: await buildImage(pauseImageSpec(relayBinary)), busybox: await buildImage(busyboxImageSpec()) };
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
