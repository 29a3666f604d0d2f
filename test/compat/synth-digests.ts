/**
 * Byte-identical synth: sha256 digests of every synthesised stack of the reference instances
 * (every registered pattern × target × the address snapshot's stages, cdktf engine, the fixed
 * inputs `synthPattern` uses). A refactor that should not change output proves it with
 * `test/compat/synth-digests.test.ts`; an intended change is recorded with one command,
 * `npm run synth:digests`, and the diff of `synth-digests.json` is reviewed with it.
 *
 * Per stack the whole `cdk.tf.json` has a digest, and so has each of its top-level blocks
 * (`resource.kubernetes_manifest`, `variable`, `output`, ...), so a failure names the stack and
 * the blocks that changed. Other files of a stack's folder (Helm charts copied beside it) and the
 * app's `manifest.json` (stack order and dependencies) are digested too.
 *
 * Run as a script from the repository root: `tsx test/compat/synth-digests.ts [out file]`
 * prints the digests as JSON (or writes them to the file).
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { SNAPSHOT_STAGES } from "./addresses";

/** Digests of one stack: the whole file and each top-level block. */
export interface StackDigest {
  /** sha256 of the stack's `cdk.tf.json`, byte for byte. */
  readonly sha256: string;
  /** sha256 (first 16 hex digits) of each top-level block, e.g. `resource.kubernetes_manifest`, `variable`. */
  readonly blocks: Record<string, string>;
}

/** Digests of one reference instance (`<pattern>/<target>/<stage>`). */
export interface CellDigests {
  /** sha256 of the app's `manifest.json` (stacks, their order and dependencies). */
  readonly manifest: string;
  /** Stack name → its digests. */
  readonly stacks: Record<string, StackDigest>;
  /** `<stack>/<file>` → sha256, for the files of a stack's folder other than `cdk.tf.json` (assets). */
  readonly assets: Record<string, string>;
}

/** `<pattern>/<target>/<stage>` → digests. */
export type DigestBook = Record<string, CellDigests>;

/** The committed digests. */
export const DIGESTS_FILE = path.join(__dirname, "synth-digests.json");

/** sha256 of `bytes`, hex. */
function sha256(bytes: string | Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The blocks of a stack's JSON one level below the top for maps of types (`resource`, `data`), else the top level. */
function blockDigests(text: string): Record<string, string> {
  const json = JSON.parse(text) as Record<string, unknown>;
  const blocks: Record<string, string> = {};
  for (const [key, value] of Object.entries(json)) {
    if ((key === "resource" || key === "data") && value && typeof value === "object") {
      for (const [type, body] of Object.entries(value)) blocks[`${key}.${type}`] = sha256(JSON.stringify(body)).slice(0, 16);
    } else {
      blocks[key] = sha256(JSON.stringify(value)).slice(0, 16);
    }
  }
  return Object.fromEntries(Object.entries(blocks).sort(([a], [b]) => a.localeCompare(b)));
}

/** Every file below `dir`, relative to it, sorted. */
function filesBelow(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Synthesises every registered pattern × target × snapshot stage (with the code in `root`) and digests the output. */
export function collectDigests(root: string, progress: (line: string) => void = () => undefined): DigestBook {
  const api = require(path.join(root, "index.ts")) as {
    synthPattern: (o: { pattern: string; target: unknown; stage: string; outdir: string }) => Array<{ name: string; file: string }>;
    targetByName: (name: string) => unknown;
    TARGET_NAMES: readonly string[];
  };
  const registry = require(path.join(root, "patterns", "registry.ts")) as { registeredPatterns: () => Array<{ name: string }> };
  const book: DigestBook = {};
  for (const pattern of registry.registeredPatterns()) {
    for (const target of api.TARGET_NAMES) {
      for (const stage of SNAPSHOT_STAGES) {
        const cell = `${pattern.name}/${target}/${stage}`;
        progress(cell);
        const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-digests-"));
        try {
          const synthesized = api.synthPattern({ pattern: pattern.name, target: api.targetByName(target), stage, outdir });
          const stacks: Record<string, StackDigest> = {};
          const assets: Record<string, string> = {};
          for (const s of [...synthesized].sort((a, b) => a.name.localeCompare(b.name))) {
            const text = fs.readFileSync(s.file, "utf8");
            stacks[s.name] = { sha256: sha256(text), blocks: blockDigests(text) };
            const dir = path.dirname(s.file);
            for (const file of filesBelow(dir).filter((f) => f !== path.basename(s.file))) {
              assets[`${s.name}/${file.split(path.sep).join("/")}`] = sha256(fs.readFileSync(path.join(dir, file)));
            }
          }
          book[cell] = { manifest: sha256(fs.readFileSync(path.join(outdir, "manifest.json"))), stacks, assets };
        } finally {
          fs.rmSync(outdir, { recursive: true, force: true });
        }
      }
    }
  }
  return book;
}

/** One line per difference between the committed digests and the current ones, naming the cell, the stack and the changed blocks. */
export function digestChanges(committed: DigestBook, current: DigestBook): string[] {
  const changes: string[] = [];
  for (const cell of [...new Set([...Object.keys(committed), ...Object.keys(current)])].sort()) {
    const before = committed[cell];
    const after = current[cell];
    if (!before || !after) {
      changes.push(`${cell}: ${before ? "no longer synthesised" : "new reference instance (no committed digests)"}`);
      continue;
    }
    if (before.manifest !== after.manifest) changes.push(`${cell}: manifest.json changed (stacks, their order or dependencies)`);
    for (const stack of [...new Set([...Object.keys(before.stacks), ...Object.keys(after.stacks)])].sort()) {
      const b = before.stacks[stack];
      const a = after.stacks[stack];
      if (!b || !a) {
        changes.push(`${cell}: stack ${stack} ${b ? "is gone" : "is new"}`);
        continue;
      }
      if (b.sha256 === a.sha256) continue;
      const blocks = [...new Set([...Object.keys(b.blocks), ...Object.keys(a.blocks)])].sort();
      const changed = blocks
        .filter((k) => b.blocks[k] !== a.blocks[k])
        .map((k) => (b.blocks[k] === undefined ? `+${k}` : a.blocks[k] === undefined ? `-${k}` : k));
      changes.push(`${cell}: stack ${stack} changed: ${changed.length ? changed.join(", ") : "formatting only (same blocks, other bytes)"}`);
    }
    for (const asset of [...new Set([...Object.keys(before.assets), ...Object.keys(after.assets)])].sort()) {
      if (before.assets[asset] !== after.assets[asset]) {
        changes.push(`${cell}: file ${asset} ${before.assets[asset] === undefined ? "is new" : after.assets[asset] === undefined ? "is gone" : "changed"}`);
      }
    }
  }
  return changes;
}

if (require.main === module) {
  const out = process.argv[2];
  const book = collectDigests(process.cwd(), (cell) => process.stderr.write(`synth ${cell}\n`));
  const text = JSON.stringify(book, null, 1) + "\n";
  if (out) {
    fs.writeFileSync(out, text);
    process.stderr.write(
      `${Object.keys(book).length} reference instances, ${Object.values(book).reduce((n, c) => n + Object.keys(c.stacks).length, 0)} stacks → ${out}\n`,
    );
  } else process.stdout.write(text);
}
