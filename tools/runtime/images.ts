/**
 * A small, registry-free image builder for the runtime node. An image is a list of layers made
 * from pinned inputs — Debian packages (`apt-get download <pkg>=<version>`, unpacked with
 * `dpkg-deb -x`) or files such as static Go binaries — plus an image config. The output is an
 * OCI image layout and an OCI archive of it that `ctr images import` loads into containerd.
 *
 * Reproducible: layers are tar files written with sorted names, mtime 0, owner 0:0 and no
 * atime/ctime, blobs are uncompressed, config and manifest are canonical JSON without dates,
 * so the same inputs give the same manifest digest (test/runtime/images.test.ts checks).
 * Built images are cached under `${cacheRoot()}/images/<inputs key>`.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { buildAtomically, cacheRoot, isComplete, progress, run, sha256File, versionKey } from "../cache";

/** A Debian package at an exact version (as `apt-cache policy` prints it). */
export interface DebianPackage {
  readonly name: string;
  readonly version: string;
  /** SHA256 of the .deb (`apt-cache show <name>=<version>`); checked after download when given. */
  readonly sha256?: string;
}

/** One file put into a layer. */
export interface LayerFile {
  /** Absolute path inside the image. */
  readonly path: string;
  /** File on this machine to copy (e.g. a static Go binary from the tool cache). */
  readonly source?: string;
  /** Literal content, instead of `source`. */
  readonly content?: string;
  /** File mode. @default 0o755 for `source`, 0o644 for `content` */
  readonly mode?: number;
}

/** A folder on this machine copied into the image (files 0644, or 0755 when executable; folders 0755). */
export interface LayerTree {
  /** Absolute folder path inside the image. */
  readonly path: string;
  /** Folder on this machine (e.g. an unpacked wheel in the tool cache). */
  readonly source: string;
}

/** A layer: unpacked Debian packages, files, folder trees, symlinks and empty folders, all optional. */
export interface LayerSpec {
  readonly debs?: readonly DebianPackage[];
  readonly files?: readonly LayerFile[];
  readonly trees?: readonly LayerTree[];
  /** link path → target. */
  readonly symlinks?: Readonly<Record<string, string>>;
  /** folder path → mode. */
  readonly dirs?: Readonly<Record<string, number>>;
}

/** What to build. */
export interface ImageSpec {
  /** Image name without tag, e.g. `stackwerk.local/busybox`. */
  readonly name: string;
  readonly tag: string;
  readonly layers: readonly LayerSpec[];
  readonly config: {
    readonly entrypoint?: readonly string[];
    readonly cmd?: readonly string[];
    /** `uid:gid`; numeric so Pod Security `runAsNonRoot` can check it. */
    readonly user?: string;
    readonly env?: readonly string[];
    readonly workingDir?: string;
  };
}

/** A built image. */
export interface BuiltImage {
  /** `name:tag`. */
  readonly ref: string;
  /** Digest of the image manifest (`sha256:…`). */
  readonly digest: string;
  /** OCI image layout folder. */
  readonly layoutDir: string;
  /** OCI archive (tar of the layout) for `ctr images import`. */
  readonly archive: string;
}

const TAR_FLAGS = [
  "--sort=name",
  "--mtime=@0",
  "--owner=0",
  "--group=0",
  "--numeric-owner",
  "--format=posix",
  "--pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime",
];

function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/** Downloads (once) the pinned .deb into the cache and returns its path. */
export async function fetchDeb(pkg: DebianPackage): Promise<string> {
  const dir = path.join(cacheRoot(), "debs");
  fs.mkdirSync(dir, { recursive: true });
  // apt-get writes the epoch's colon as %3a.
  const prefix = `${pkg.name}_${pkg.version.replace(":", "%3a")}_`;
  const existing = () => fs.readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith(".deb"));
  let file = existing();
  if (!file) {
    progress(`image builder: apt-get download ${pkg.name}=${pkg.version}`);
    const tmp = fs.mkdtempSync(path.join(dir, ".dl-"));
    try {
      const r = await run("apt-get", ["download", `${pkg.name}=${pkg.version}`], { cwd: tmp, check: false });
      if (r.code !== 0) {
        throw new Error(
          `image builder: apt-get download ${pkg.name}=${pkg.version} failed: ${r.stderr.trim()}\n  (is the version still served? \`apt-cache policy ${pkg.name}\`; pin another version in tools/runtime/test-images.ts)`,
        );
      }
      for (const f of fs.readdirSync(tmp)) fs.renameSync(path.join(tmp, f), path.join(dir, f));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    file = existing();
    if (!file) throw new Error(`image builder: apt-get download ${pkg.name}=${pkg.version} wrote no ${prefix}*.deb`);
  }
  const deb = path.join(dir, file);
  if (pkg.sha256 && sha256File(deb) !== pkg.sha256) {
    const actual = sha256File(deb);
    fs.rmSync(deb, { force: true });
    throw new Error(
      `image builder: ${pkg.name}=${pkg.version}: sha256 ${actual} of the downloaded .deb is not the pinned ${pkg.sha256} (removed; the archive changed the package?)`,
    );
  }
  return deb;
}

/** Files below `dir` (relative path → sha256 and whether executable), sorted. */
function treeDigest(dir: string): string {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(d, e.name);
      const r = path.posix.join(rel, e.name);
      if (e.isDirectory()) walk(full, r);
      else if (e.isFile()) out.push(`${r} ${sha256File(full)} ${fs.statSync(full).mode & 0o111 ? "x" : "-"}`);
      else if (e.isSymbolicLink()) out.push(`${r} -> ${fs.readlinkSync(full)}`);
    }
  };
  walk(dir, "");
  return sha256(out.join("\n"));
}

/** Copies `source` to `target` with normalised modes (folders 0755, files 0644 or 0755 when executable). */
function copyTree(source: string, target: string): void {
  fs.mkdirSync(target, { recursive: true });
  fs.chmodSync(target, 0o755);
  for (const e of fs.readdirSync(source, { withFileTypes: true })) {
    const from = path.join(source, e.name);
    const to = path.join(target, e.name);
    if (e.isDirectory()) copyTree(from, to);
    else if (e.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(from), to);
    else if (e.isFile()) {
      fs.copyFileSync(from, to);
      fs.chmodSync(to, fs.statSync(from).mode & 0o111 ? 0o755 : 0o644);
    }
  }
}

/** Inputs that decide the image: the spec and the content of every file it reads. */
async function inputsKey(spec: ImageSpec): Promise<string> {
  const files: Record<string, string> = {};
  for (const layer of spec.layers) {
    for (const deb of layer.debs ?? []) files[`deb:${deb.name}`] = sha256File(await fetchDeb(deb));
    for (const f of layer.files ?? []) if (f.source) files[`file:${f.path}`] = sha256File(f.source);
    for (const t of layer.trees ?? []) files[`tree:${t.path}`] = treeDigest(t.source);
  }
  return versionKey({ spec: JSON.stringify(spec), files: JSON.stringify(files), layout: "1" });
}

async function writeLayer(layer: LayerSpec, blobs: string, work: string): Promise<{ digest: string; size: number }> {
  const root = fs.mkdtempSync(path.join(work, "rootfs-"));
  fs.chmodSync(root, 0o755);
  for (const deb of layer.debs ?? []) await run("dpkg-deb", ["-x", await fetchDeb(deb), root]);
  for (const [dir, mode] of Object.entries(layer.dirs ?? {})) {
    fs.mkdirSync(path.join(root, dir), { recursive: true });
    fs.chmodSync(path.join(root, dir), mode);
  }
  for (const t of layer.trees ?? []) copyTree(t.source, path.join(root, t.path));
  for (const f of layer.files ?? []) {
    const target = path.join(root, f.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (f.source) fs.copyFileSync(f.source, target);
    else fs.writeFileSync(target, f.content ?? "");
    fs.chmodSync(target, f.mode ?? (f.source ? 0o755 : 0o644));
  }
  for (const [link, target] of Object.entries(layer.symlinks ?? {})) {
    const at = path.join(root, link);
    fs.mkdirSync(path.dirname(at), { recursive: true });
    fs.rmSync(at, { force: true });
    fs.symlinkSync(target, at);
  }
  // Parent folders made above get the umask's mode: make every folder 0755 unless listed.
  const listed = new Set(Object.keys(layer.dirs ?? {}).map((d) => path.join(root, d)));
  const fixDirs = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      const full = path.join(d, e.name);
      if (!listed.has(full) && (fs.statSync(full).mode & 0o777) === 0o700) fs.chmodSync(full, 0o755);
      fixDirs(full);
    }
  };
  fixDirs(root);
  const tar = path.join(work, "layer.tar");
  await run("tar", ["--create", `--file=${tar}`, ...TAR_FLAGS, "-C", root, "."]);
  const digest = sha256File(tar);
  const size = fs.statSync(tar).size;
  fs.renameSync(tar, path.join(blobs, digest));
  fs.rmSync(root, { recursive: true, force: true });
  return { digest, size };
}

function writeBlob(blobs: string, json: object): { digest: string; size: number } {
  const text = JSON.stringify(json);
  const digest = sha256(text);
  fs.writeFileSync(path.join(blobs, digest), text);
  return { digest, size: Buffer.byteLength(text) };
}

/** Writes the OCI layout of `spec` into `dir` and returns the manifest digest. */
async function writeLayout(spec: ImageSpec, dir: string): Promise<string> {
  const blobs = path.join(dir, "blobs", "sha256");
  fs.mkdirSync(blobs, { recursive: true });
  const work = fs.mkdtempSync(path.join(dir, ".work-"));
  const layers: Array<{ digest: string; size: number }> = [];
  try {
    for (const layer of spec.layers) layers.push(await writeLayer(layer, blobs, work));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const c = spec.config;
  const config = writeBlob(blobs, {
    architecture: "amd64",
    os: "linux",
    config: {
      ...(c.user ? { User: c.user } : {}),
      Env: c.env ?? ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
      ...(c.entrypoint ? { Entrypoint: c.entrypoint } : {}),
      ...(c.cmd ? { Cmd: c.cmd } : {}),
      ...(c.workingDir ? { WorkingDir: c.workingDir } : {}),
    },
    rootfs: { type: "layers", diff_ids: layers.map((l) => `sha256:${l.digest}`) },
  });
  const manifest = writeBlob(blobs, {
    schemaVersion: 2,
    mediaType: "application/vnd.oci.image.manifest.v1+json",
    config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: `sha256:${config.digest}`, size: config.size },
    layers: layers.map((l) => ({ mediaType: "application/vnd.oci.image.layer.v1.tar", digest: `sha256:${l.digest}`, size: l.size })),
  });
  const ref = `${spec.name}:${spec.tag}`;
  fs.writeFileSync(path.join(dir, "oci-layout"), JSON.stringify({ imageLayoutVersion: "1.0.0" }));
  fs.writeFileSync(
    path.join(dir, "index.json"),
    JSON.stringify({
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.index.v1+json",
      manifests: [
        {
          mediaType: "application/vnd.oci.image.manifest.v1+json",
          digest: `sha256:${manifest.digest}`,
          size: manifest.size,
          platform: { architecture: "amd64", os: "linux" },
          annotations: { "io.containerd.image.name": ref },
        },
      ],
    }),
  );
  return `sha256:${manifest.digest}`;
}

/**
 * Builds `spec` (or returns the cached build of the same inputs): an OCI layout in
 * `<cache>/images/<key>/layout` and `image.tar` next to it.
 */
export async function buildImage(spec: ImageSpec, options: { cacheDir?: string } = {}): Promise<BuiltImage> {
  const key = await inputsKey(spec);
  const dir = path.join(options.cacheDir ?? path.join(cacheRoot(), "images"), `${spec.name.split("/").pop()}-${key}`);
  const ref = `${spec.name}:${spec.tag}`;
  if (!isComplete(dir)) {
    progress(`image builder: building ${ref}`);
    await buildAtomically(dir, async (tmp) => {
      const layout = path.join(tmp, "layout");
      const digest = await writeLayout(spec, layout);
      await run("tar", ["--create", `--file=${path.join(tmp, "image.tar")}`, ...TAR_FLAGS, "-C", layout, "."]);
      fs.writeFileSync(path.join(tmp, "image.json"), JSON.stringify({ ref, digest }) + "\n");
    });
  }
  const { digest } = JSON.parse(fs.readFileSync(path.join(dir, "image.json"), "utf8")) as { digest: string };
  return { ref, digest, layoutDir: path.join(dir, "layout"), archive: path.join(dir, "image.tar") };
}
