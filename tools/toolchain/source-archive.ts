/**
 * The second kind of toolchain pin: a release source archive (with its `vendor/` folder) for
 * tools the Go module proxy does not serve. Resolution order:
 *
 * 1. source mirror folders: `STACKWERK_SOURCE_MIRROR` (a `:`-separated list), then the cache's
 *    `sources/` (where a download is kept), then `shared/sources` beside the checkout (the
 *    workspace convention CI and the tests rely on) — the first that has the file wins;
 * 2. the upstream URL (machines with internet access), downloaded into the cache's `sources/`.
 *
 * The unpacked tree is verified against the pinned tree hash (Go's `dirhash.Hash1`) before
 * anything is built, so the upstream archive and a mirror's re-compressed copy verify alike;
 * the build is offline (`-mod=vendor`, `GOPROXY=off`). See ADR 0013.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { buildAtomically, cacheRoot, progress, run, sha256File, ToolBuildError } from "../cache";
import { buildVendoredTree, GoModuleSpec } from "../go-module";
import type { SourceArchivePin } from "./pins";

/** Where a source archive was found. */
export interface ResolvedArchive {
  /** Absolute path of the archive file. */
  readonly file: string;
  /** `mirror` (a source mirror folder), `cache` (downloaded earlier) or `upstream` (downloaded now). */
  readonly origin: "mirror" | "cache" | "upstream";
  /** sha256 of the archive file. */
  readonly sha256: string;
}

/** What the lock file records about a tool built from a source archive. */
export interface ArchiveRecord {
  readonly file: string;
  readonly origin: ResolvedArchive["origin"];
  readonly sha256: string;
  readonly treeHash: string;
  readonly commit: string;
  readonly url: string;
}

/** The folders searched for archives, in order (existing or not). */
export function sourceMirrorDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const dirs = (env.STACKWERK_SOURCE_MIRROR ?? "")
    .split(path.delimiter)
    .filter((d) => d.trim() !== "")
    .map((d) => path.resolve(d));
  dirs.push(downloadDir());
  // The workspace convention: a `shared/sources` folder beside the checkout (CI, the tests).
  dirs.push(path.resolve(__dirname, "../../../shared/sources"));
  return [...new Set(dirs)];
}

function downloadDir(): string {
  return path.join(cacheRoot(), "sources");
}

/**
 * Go's `dirhash.Hash1` of a folder: sha256 over the sorted lines `<sha256 hex>  <prefix>/<path>\n`
 * of every regular file, base64, prefixed `h1:`. Symbolic links and other special files are
 * refused (a release source archive has none; one would let the tree point outside itself).
 */
export function treeHash(dir: string, prefix: string): string {
  const files: Array<{ name: string; line: string }> = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(r);
      else if (entry.isFile()) files.push({ name: `${prefix}/${r}`, line: `${sha256File(path.join(dir, r))}  ${prefix}/${r}\n` });
      else throw new Error(`${prefix}/${r} is not a regular file or folder (symbolic links are refused)`);
    }
  };
  walk("");
  // Go sorts by file name (byte order), not by line.
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return `h1:${createHash("sha256")
    .update(files.map((f) => f.line).join(""))
    .digest("base64")}`;
}

/** Finds (or downloads) the archive of `pin`; throws a `ToolBuildError` that says where it looked. */
export async function resolveArchive(tool: string, version: string, pin: SourceArchivePin, env: NodeJS.ProcessEnv = process.env): Promise<ResolvedArchive> {
  const dirs = sourceMirrorDirs(env);
  for (const dir of dirs) {
    const file = path.join(dir, pin.file);
    if (fs.existsSync(file)) {
      progress(`${tool} ${version}: source archive ${file}`);
      return { file, origin: dir === downloadDir() ? "cache" : "mirror", sha256: sha256File(file) };
    }
  }
  progress(`${tool} ${version}: ${pin.file} is in no source mirror (${dirs.join(", ")}); downloading ${pin.url}`);
  const target = path.join(downloadDir(), pin.file);
  fs.mkdirSync(downloadDir(), { recursive: true });
  const tmp = `${target}.download-${process.pid}`;
  try {
    const response = await fetch(pin.url, { redirect: "follow", signal: AbortSignal.timeout(Number(env.STACKWERK_DOWNLOAD_TIMEOUT_MS ?? 120_000)) });
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    fs.writeFileSync(tmp, Buffer.from(await response.arrayBuffer()));
    fs.renameSync(tmp, target);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    const cause = err instanceof Error ? `${err.message}${err.cause instanceof Error ? ` (${err.cause.message})` : ""}` : String(err);
    throw new ToolBuildError(
      tool,
      version,
      `download ${pin.url}`,
      `the source archive ${pin.file} is in no source mirror folder (${dirs.join(", ")}) and the download failed: ${cause}`,
      `put ${pin.file} (upstream tag ${version}, commit ${pin.commit}) into a folder named by STACKWERK_SOURCE_MIRROR, or allow access to ${new URL(pin.url).host}, then run \`npm run toolchain\` again`,
    );
  }
  return { file: target, origin: "upstream", sha256: sha256File(target) };
}

/**
 * Unpacks `archive` into `workDir/<prefix>` and verifies the tree hash; returns the tree folder.
 * A mismatch throws naming both hashes; the caller removes `workDir` either way.
 */
export async function unpackVerified(tool: string, version: string, pin: SourceArchivePin, archive: ResolvedArchive, workDir: string): Promise<string> {
  const untar = await run("tar", ["-xzf", archive.file, "-C", workDir, "--no-same-owner", "--no-same-permissions"], { check: false });
  if (untar.code !== 0) {
    throw new ToolBuildError(
      tool,
      version,
      `tar -xzf ${archive.file}`,
      untar.stderr || untar.stdout,
      `replace ${archive.file} with an intact copy of the release source archive`,
    );
  }
  const top = fs.readdirSync(workDir);
  if (top.length !== 1 || top[0] !== pin.prefix) {
    throw new ToolBuildError(
      tool,
      version,
      `unpack ${archive.file}`,
      `expected one top-level folder ${pin.prefix}/, found: ${top.join(", ") || "(nothing)"}`,
      `use the release source archive of tag ${version} (git archive --prefix=${pin.prefix}/ ${version})`,
    );
  }
  const tree = path.join(workDir, pin.prefix);
  let actual: string;
  try {
    actual = treeHash(tree, pin.prefix);
  } catch (err) {
    throw new ToolBuildError(tool, version, `verify ${archive.file}`, (err as Error).message, `use the unmodified release source archive of tag ${version}`);
  }
  if (actual !== pin.treeHash) {
    throw new ToolBuildError(
      tool,
      version,
      `verify the tree hash of ${archive.file}`,
      `tree hash mismatch: the archive unpacks to ${actual}, the pin says ${pin.treeHash} (archive sha256 ${archive.sha256}). Refusing to build a tree that is not the pinned release.`,
      `replace ${archive.file} with the release source archive of tag ${version} (commit ${pin.commit}); change the pin in tools/toolchain/pins.ts only after reviewing the difference`,
    );
  }
  progress(`${tool} ${version}: tree hash verified (${actual})`);
  return tree;
}

/** What the lock file records for a verified archive. */
export function archiveRecord(pin: SourceArchivePin, archive: ResolvedArchive): ArchiveRecord {
  return { file: archive.file, origin: archive.origin, sha256: archive.sha256, treeHash: pin.treeHash, commit: pin.commit, url: pin.url };
}

/**
 * Resolves, verifies and builds a release source archive offline (`-mod=vendor`) into `dir`,
 * published atomically: a missing archive, a tree-hash mismatch or a failed build leaves no
 * folder that looks complete. Writes `archive.json` (the lock file's record) beside the binary.
 */
export async function buildSourceArchive(spec: GoModuleSpec, pin: SourceArchivePin, dir: string, env: NodeJS.ProcessEnv = process.env): Promise<ArchiveRecord> {
  const archive = await resolveArchive(spec.tool, spec.version, pin, env);
  const record = archiveRecord(pin, archive);
  await buildAtomically(dir, async (tmp) => {
    const work = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR || "/tmp"), "stackwerk-src-"));
    try {
      const tree = await unpackVerified(spec.tool, spec.version, pin, archive, work);
      await buildVendoredTree(spec, tree, tmp);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
    fs.writeFileSync(path.join(tmp, "archive.json"), JSON.stringify(record, null, 2) + "\n");
  });
  return record;
}
