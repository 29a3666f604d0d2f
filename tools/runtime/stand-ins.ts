/**
 * Local stand-ins for catalogue images (issue 27): no registry is reachable here, so a runtime run
 * replaces an upstream image by a build from pinned Debian packages with the registry-free image
 * builder (images.ts), and the conformance report lists the substitution (upstream → local build,
 * inputs, digest, whether it is the same upstream release). First one: rclone, the S3 client of
 * the backup and restore jobs. Debian 12 ships rclone 1.60.1, not the catalogue's 1.75.1, so the
 * substitution says `sameVersion: false`; busybox-static gives the jobs' shell tools.
 */
import { catalogueRef, IMAGE_CATALOGUE, type ImageKey } from "../../core/images/catalogue";
import { buildImage, type BuiltImage, type DebianPackage, type ImageSpec } from "./images";
import { BUSYBOX_DEB, LOCAL_REGISTRY } from "./test-images";

/**
 * The last lines of a stand-in's shell entrypoint that runs `command` until the pod is stopped.
 * A container's PID 1 ignores SIGTERM unless it handles it, and busybox's httpd and sleep do not:
 * exec'd as PID 1 they held every pod deletion for its whole grace period (30 s), where the
 * upstream images' servers stop at once. The shell stays PID 1, traps the signal and exits; the
 * kernel then ends the rest of the container. `command` is shell text (quoting is the caller's).
 */
export function runUntilStopped(command: string): string {
  return `trap 'exit 0' TERM INT\n${command} &\nwait $!\n`;
}

/** What a stand-in build declares about itself (the report's `ImageSubstitution` without the digest). */
export interface StandInSpec {
  /** Catalogue key of the upstream image; absent for an image outside the catalogue (a pattern's example app). */
  readonly key?: ImageKey;
  /** Upstream reference replaced; required without `key`. @default `catalogueRef(key)` */
  readonly upstream?: string;
  readonly image: ImageSpec;
  /** Inputs that are not Debian packages, e.g. `go:github.com/versity/versitygw@v1.8.0`. @default none */
  readonly extraInputs?: readonly string[];
  /** The upstream release the build contains, e.g. `1.60.1`. */
  readonly version: string;
  readonly note?: string;
  /** Pods reference the build as `local@sha256:…` (for namespaces whose admission policy admits digest-pinned images only). @default false: `local` */
  readonly referenceByDigest?: boolean;
}

/** An upstream image replaced by a local build: the conformance report's `imageSubstitutions` entry. */
export interface StandInSubstitution {
  readonly upstream: string;
  readonly key?: ImageKey;
  readonly local: string;
  readonly digest: string;
  readonly inputs: readonly string[];
  readonly sameVersion: boolean;
  readonly note?: string;
}

/** Pinned Debian 12 packages of the rclone stand-in. */
export const RCLONE_DEBS: readonly DebianPackage[] = [
  { name: "rclone", version: "1.60.1+dfsg-2+b5" },
  // rclone's only dependency (Debian builds Go programs dynamically linked against glibc).
  { name: "libc6", version: "2.36-9+deb12u14" },
  BUSYBOX_DEB,
];

/** rclone from Debian, with `sh` and a nobody user: `stackwerk.local/rclone:1.60.1`. */
export function rcloneStandIn(): StandInSpec {
  return {
    key: "rclone",
    version: "1.60.1",
    note: `Debian 12 ships rclone 1.60.1; the catalogue pins ${IMAGE_CATALOGUE.rclone.tag}. The backup and restore jobs use copyto, delete --min-age and lsf --files-only, which 1.60 has`,
    image: {
      name: `${LOCAL_REGISTRY}/rclone`,
      tag: "1.60.1",
      layers: [
        {
          debs: RCLONE_DEBS,
          // The jobs' scripts need sh, date, sort and tail.
          symlinks: { ...Object.fromEntries(["sh", "date", "sort", "tail"].map((a) => [`/bin/${a}`, "busybox"])), "/usr/local/bin/rclone": "/usr/bin/rclone" },
          dirs: { "/tmp": 0o1777, "/etc": 0o755, "/home/nobody": 0o755 },
          files: [
            { path: "/etc/passwd", content: "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home/nobody:/bin/sh\n" },
            { path: "/etc/group", content: "root:x:0:\nnogroup:x:65534:\n" },
          ],
        },
      ],
      config: { user: "65534:65534", entrypoint: ["rclone"] },
    },
  };
}

/** Builds (or finds cached) a stand-in and returns its substitution record. */
export async function buildStandIn(spec: StandInSpec, options: { cacheDir?: string } = {}): Promise<StandInSubstitution> {
  return (await buildStandInImage(spec, options)).substitution;
}

/** Builds (or finds cached) a stand-in: the built image (to import into the node) and its substitution record. */
export async function buildStandInImage(
  spec: StandInSpec,
  options: { cacheDir?: string } = {},
): Promise<{ readonly image: BuiltImage; readonly substitution: StandInSubstitution }> {
  const built = await buildImage(spec.image, options);
  return { image: built, substitution: standInRecord(spec, built) };
}

function standInRecord(spec: StandInSpec, built: BuiltImage): StandInSubstitution {
  const debs = spec.image.layers.flatMap((l) => l.debs ?? []);
  const upstream = spec.upstream ?? (spec.key ? catalogueRef(spec.key) : undefined);
  if (!upstream) throw new Error(`stand-in ${built.ref}: neither a catalogue key nor an upstream reference`);
  return {
    upstream,
    ...(spec.key ? { key: spec.key } : {}),
    local: built.ref,
    digest: built.digest,
    inputs: [...debs.map((d) => `deb:${d.name}=${d.version}`), ...(spec.extraInputs ?? [])],
    sameVersion: spec.key !== undefined && spec.version === IMAGE_CATALOGUE[spec.key].tag.replace(/^v/, ""),
    ...(spec.note ? { note: spec.note } : {}),
  };
}
