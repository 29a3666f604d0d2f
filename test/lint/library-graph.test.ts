/**
 * The shipped library (everything reachable from index.ts and pulumi.ts, docs/architecture.md)
 * imports nothing from tools/, cli/ or conformance/: walks the import graph (every import, export,
 * require and dynamic import, type-only ones included, as TypeScript's own pre-processor reads
 * them) and names the chain that reaches a forbidden file.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

const ROOT = path.resolve(__dirname, "../..");
const ENTRIES = ["index.ts", "pulumi.ts"];
const OUTSIDE_THE_LIBRARY = ["tools", "cli", "conformance", "deploy", "test", "bench"];

/** The repository file a relative specifier names (`x.ts`, `x/index.ts`), or undefined for packages. */
function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith(".")) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [`${base}.ts`, path.join(base, "index.ts"), base]) {
    if (candidate.endsWith(".ts") && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${path.relative(ROOT, from)}: cannot resolve ${spec}`);
}

/** Every repository file reachable from `entry`, each with the chain of files that reached it. */
function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    for (const ref of info.importedFiles) {
      const next = resolve(file, ref.fileName);
      if (next === undefined || seen.has(next)) continue;
      seen.set(next, [...seen.get(file)!, next]);
      queue.push(next);
    }
  }
  return seen;
}

test.each(ENTRIES)("%s reaches no file of tools/, cli/, conformance/ or deploy/", (entry) => {
  const files = reachable(path.join(ROOT, entry));
  const offending = [...files.entries()]
    .filter(([file]) => OUTSIDE_THE_LIBRARY.includes(path.relative(ROOT, file).split(path.sep)[0]))
    .map(([, chain]) => chain.map((f) => path.relative(ROOT, f)).join(" -> "));
  expect(offending).toEqual([]);
  // The walk itself reaches the library: a broken walker must not pass by finding nothing.
  expect(files.size).toBeGreaterThan(entry === "index.ts" ? 100 : 50);
});

test("the walk finds a tools/ import where there is one", () => {
  const files = reachable(path.join(ROOT, "conformance", "cell.ts"));
  expect([...files.keys()].some((f) => path.relative(ROOT, f).startsWith(`tools${path.sep}`))).toBe(true);
});
