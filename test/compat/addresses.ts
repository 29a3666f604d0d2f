/**
 * Resource addresses of the reference instances: the compatibility contract with every user's
 * state (ADR 0015). `npm run addresses:update` rewrites the snapshot; the test in this folder
 * fails when an address of the snapshot disappears without a `moved` block that maps it.
 *
 * Run as a script with the repository root as the working folder (the snapshot of an older
 * release is made by running it in a worktree of that release): prints the addresses as JSON.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { movedBlocks } from "../../tools/upgrade/compat";

/** Per stack: the addresses a state holds (resources, data sources) and the stack's interface (outputs, variables). */
export interface StackAddresses {
  readonly resources: string[];
  readonly outputs: string[];
  readonly variables: string[];
  /** `moved` blocks: from → to. */
  readonly moved: Record<string, string>;
}

/** `<pattern>/<target>/<stage>` → stack name → addresses. */
export type AddressBook = Record<string, Record<string, StackAddresses>>;

/** The stages the snapshot covers: the smallest and the fullest (HA, protected) shapes. */
export const SNAPSHOT_STAGES = ["test", "production"] as const;

/** Addresses of one synthesised stack's Terraform JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function stackAddresses(json: any): StackAddresses {
  const resources: string[] = [];
  for (const [type, byName] of Object.entries(json.resource ?? {})) for (const name of Object.keys(byName as object)) resources.push(`${type}.${name}`);
  for (const [type, byName] of Object.entries(json.data ?? {})) for (const name of Object.keys(byName as object)) resources.push(`data.${type}.${name}`);
  const moved = Object.fromEntries(movedBlocks(json));
  return { resources: resources.sort(), outputs: Object.keys(json.output ?? {}).sort(), variables: Object.keys(json.variable ?? {}).sort(), moved };
}

/** Synthesises every registered pattern × target × snapshot stage (with the code in `root`) and collects the addresses. */
export function collectAddresses(root: string): AddressBook {
  // Loaded from `root`, so the same function reads an older release's worktree.
  const api = require(path.join(root, "index.ts")) as {
    registeredPatterns?: () => Array<{ name: string }>;
    synthPattern: (o: { pattern: string; target: unknown; stage: string; outdir: string }) => Array<{ name: string; file: string }>;
    targetByName: (name: string) => unknown;
    TARGET_NAMES: readonly string[];
  };
  const registry = require(path.join(root, "patterns", "registry.ts")) as { registeredPatterns: () => Array<{ name: string }> };
  const book: AddressBook = {};
  for (const pattern of registry.registeredPatterns()) {
    for (const target of api.TARGET_NAMES) {
      for (const stage of SNAPSHOT_STAGES) {
        const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-addresses-"));
        try {
          const stacks = api.synthPattern({ pattern: pattern.name, target: api.targetByName(target), stage, outdir });
          book[`${pattern.name}/${target}/${stage}`] = Object.fromEntries(
            stacks.map((s) => [s.name, stackAddresses(JSON.parse(fs.readFileSync(s.file, "utf8")))]),
          );
        } finally {
          fs.rmSync(outdir, { recursive: true, force: true });
        }
      }
    }
  }
  return book;
}

/** The committed snapshot. */
export const SNAPSHOT_FILE = path.join(__dirname, "addresses.snapshot.json");

if (require.main === module) {
  const root = path.resolve(process.argv[2] ?? process.cwd());
  const out = process.argv[3];
  const book = collectAddresses(root);
  const text = JSON.stringify(book, null, 1) + "\n";
  if (out) fs.writeFileSync(out, text);
  else process.stdout.write(text);
}
