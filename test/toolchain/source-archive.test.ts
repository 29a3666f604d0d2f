/**
 * The source-archive route of the toolchain (ADR 0013): a good archive builds offline with
 * `-mod=vendor`; a tampered archive, a missing archive without network, a wrong layout and a
 * failing build each stop with tool, version, the failing step and the fix, and publish nothing.
 * Real archives, real `tar`, real `go build` (of a tiny vendored program, in seconds), and the
 * real mirrored ionoscloud archive for the tree hash.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { isComplete, run, ToolBuildError } from "../../tools/cache";
import { buildSourceArchive, ensureToolchain, readLock, sourceMirrorDirs, treeHash } from "../../tools/toolchain";
import { pin, SourceArchivePin } from "../../tools/toolchain/pins";
import { ArchiveRecord, resolveArchive, unpackVerified } from "../../tools/toolchain/source-archive";

const PREFIX = "hello-1.0.0";
let work: string;
let savedCache: string | undefined;

/** The archive the real toolchain (the real cache, read before the tests point the cache elsewhere) was built from. */
let builtFrom: ArchiveRecord | undefined;
beforeAll(async () => {
  builtFrom = readLock(await ensureToolchain()).tools.find((t) => t.name === "ionoscloud")?.archive;
});

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-srcarchive-"));
  savedCache = process.env.STACKWERK_CACHE;
  process.env.STACKWERK_CACHE = path.join(work, "cache"); // downloads land here, never in the real cache
});
afterEach(() => {
  if (savedCache === undefined) delete process.env.STACKWERK_CACHE;
  else process.env.STACKWERK_CACHE = savedCache;
  fs.rmSync(work, { recursive: true, force: true });
});

/** Writes a tiny vendored Go program as `<mirror>/<file>` (a real tar.gz) and returns its pin. */
async function makeArchive(mainGo: string, opts: { file?: string; prefix?: string } = {}): Promise<{ pin: SourceArchivePin; mirror: string }> {
  const prefix = opts.prefix ?? PREFIX;
  const tree = path.join(work, "tree", prefix);
  fs.mkdirSync(path.join(tree, "vendor"), { recursive: true });
  fs.writeFileSync(path.join(tree, "go.mod"), "module example.com/hello\n\ngo 1.22\n");
  fs.writeFileSync(path.join(tree, "vendor", "modules.txt"), "");
  fs.writeFileSync(path.join(tree, "main.go"), mainGo);
  const mirror = path.join(work, "mirror");
  fs.mkdirSync(mirror, { recursive: true });
  const file = opts.file ?? `${PREFIX}.tar.gz`;
  await run("tar", ["-czf", path.join(mirror, file), "-C", path.join(work, "tree"), prefix]);
  const hash = treeHash(tree, prefix);
  fs.rmSync(path.join(work, "tree"), { recursive: true, force: true });
  return { pin: { file, prefix: PREFIX, url: "http://127.0.0.1:9/hello-1.0.0.tar.gz", commit: "0".repeat(40), treeHash: hash }, mirror };
}

const HELLO = 'package main\n\nimport "fmt"\n\nvar version = "dev"\n\nfunc main() { fmt.Println("hello " + version) }\n';
const SPEC = { tool: "hello", module: "example.com/hello", version: "v1.0.0", commands: [{ pkg: ".", binary: "hello" }], ldflags: "-X main.version=1.0.0" };

test("a good archive from the source mirror builds offline with -mod=vendor and records its provenance", async () => {
  const { pin: p, mirror } = await makeArchive(HELLO);
  const dir = path.join(work, "out", "hello");
  const record = await buildSourceArchive(SPEC, p, dir, { STACKWERK_SOURCE_MIRROR: mirror });
  expect(isComplete(dir)).toBe(true);
  expect((await run(path.join(dir, "hello"), [])).stdout.trim()).toBe("hello 1.0.0");
  expect(record).toMatchObject({ origin: "mirror", treeHash: p.treeHash, file: path.join(mirror, p.file) });
  expect(JSON.parse(fs.readFileSync(path.join(dir, "archive.json"), "utf8"))).toEqual(record);
});

test("a tampered archive is refused before anything is built, naming both tree hashes", async () => {
  const { pin: p } = await makeArchive(HELLO);
  // Same file name, one changed source line: the mirror now holds something else.
  const { mirror } = await makeArchive(HELLO.replace("hello ", "pwned "));
  const dir = path.join(work, "out", "hello");
  const err = await buildSourceArchive(SPEC, p, dir, { STACKWERK_SOURCE_MIRROR: mirror }).catch((e: Error) => e);
  expect(err).toBeInstanceOf(ToolBuildError);
  expect((err as Error).message).toContain("building hello v1.0.0 failed");
  expect((err as Error).message).toContain("command: verify the tree hash of");
  expect((err as Error).message).toContain(`the pin says ${p.treeHash}`);
  expect((err as Error).message).toMatch(/retry: replace .*hello-1\.0\.0\.tar\.gz with the release source archive of tag v1\.0\.0/);
  expect(fs.existsSync(dir)).toBe(false);
  expect(fs.readdirSync(path.join(work, "out"))).toEqual([]);
});

test("a missing archive without network names the folders searched, the URL, and how to fix it", async () => {
  const { pin: p } = await makeArchive(HELLO, { file: "other.tar.gz" });
  const empty = path.join(work, "empty");
  fs.mkdirSync(empty);
  const missing = { ...p, file: `${PREFIX}.tar.gz` };
  const err = await resolveArchive("hello", "v1.0.0", missing, { STACKWERK_SOURCE_MIRROR: empty, STACKWERK_DOWNLOAD_TIMEOUT_MS: "5000" }).catch(
    (e: Error) => e,
  );
  expect(err).toBeInstanceOf(ToolBuildError);
  const message = (err as Error).message;
  expect(message).toContain("building hello v1.0.0 failed");
  expect(message).toContain(`command: download ${missing.url}`);
  expect(message).toContain(empty);
  expect(message).toMatch(/retry: put hello-1\.0\.0\.tar\.gz .* into a folder named by STACKWERK_SOURCE_MIRROR, or allow access to 127\.0\.0\.1:9/);
  expect(fs.readdirSync(path.join(work, "cache", "sources"))).toEqual([]);
});

test("an archive whose top-level folder is not the pinned prefix is refused", async () => {
  const { pin: p, mirror } = await makeArchive(HELLO, { prefix: "something-else" });
  const err = await buildSourceArchive(SPEC, p, path.join(work, "out", "hello"), { STACKWERK_SOURCE_MIRROR: mirror }).catch((e: Error) => e);
  expect((err as Error).message).toContain(`expected one top-level folder ${PREFIX}/, found: something-else`);
});

test("a failing build names the go command and publishes nothing", async () => {
  const { pin: p, mirror } = await makeArchive("package main\n\nfunc main() { this is not go }\n");
  const dir = path.join(work, "out", "hello");
  const err = await buildSourceArchive(SPEC, p, dir, { STACKWERK_SOURCE_MIRROR: mirror }).catch((e: Error) => e);
  expect(err).toBeInstanceOf(ToolBuildError);
  expect((err as Error).message).toMatch(/command: \(cd <unpacked source archive of example\.com\/hello v1\.0\.0> && go build -trimpath/);
  expect((err as Error).message).toContain("syntax error");
  expect(fs.readdirSync(path.join(work, "out"))).toEqual([]);
});

test("the source mirror order: STACKWERK_SOURCE_MIRROR first, then the cache's downloads, then shared/sources beside the checkout", () => {
  const dirs = sourceMirrorDirs({ STACKWERK_SOURCE_MIRROR: ["/a", "/b"].join(path.delimiter) });
  expect(dirs.slice(0, 3)).toEqual(["/a", "/b", path.join(work, "cache", "sources")]);
  expect(dirs[3]).toBe(path.resolve(__dirname, "../../../shared/sources"));
});

test("the ionoscloud release archive the toolchain was built from unpacks to the pinned tree hash (Go dirhash h1)", async () => {
  const p = pin("ionoscloud").sourceArchive!;
  // The archive recorded in the lock file (wherever this checkout is), else the mirror lookup.
  const recorded = builtFrom;
  const archive =
    recorded && fs.existsSync(recorded.file)
      ? { file: recorded.file, origin: recorded.origin, sha256: recorded.sha256 }
      : await resolveArchive("terraform-provider-ionoscloud", "v6.7.34", p).catch((e: Error) => e);
  if (archive instanceof Error) throw new Error(`the ionoscloud archive is in no source mirror here: ${archive.message}`);
  const unpacked = path.join(work, "unpacked");
  fs.mkdirSync(unpacked);
  const tree = await unpackVerified("terraform-provider-ionoscloud", "v6.7.34", p, archive, unpacked);
  expect(treeHash(tree, p.prefix)).toBe(p.treeHash);
  expect(fs.existsSync(path.join(tree, "vendor", "modules.txt"))).toBe(true);
});
