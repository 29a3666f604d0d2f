/**
 * "cdktf" is named only where the Terraform engine lives (issue 22): the shipped library's sources
 * (core, constructs, patterns, providers, engines, index.ts, pulumi.ts) and the examples say what a
 * capability needs ("an engine that renders infra layers (the Terraform engine)"), not the CDK
 * package's name. Outside engines/cdktf/ and the generated provider bindings only these stay:
 * - paths into the engine (`./engines/cdktf/...` imports, `engines/cdktf/stacks.ts` in comments);
 * - the file names a user's program and `stackwerk deploy` share (`cdktf.json`, `cdktf.out`).
 * The CLI value `--engine cdktf`, the report's `engine: "cdktf"` and package names (package.json)
 * are identifiers of cli/, conformance/ and the package, outside this scan.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const SCANNED = ["core", "constructs", "patterns", "providers", "engines", "examples", "index.ts", "pulumi.ts"];
const EXEMPT = [/^engines\/cdktf\//, /(^|\/)generated\//];
/** Mentions that are identifiers, not prose: removed from a line before it is searched. */
const ALLOWED = [/engines\/cdktf\b/g, /\bcdktf\.(json|out)\b/g];

/** Every .ts/.js file below `entry` (a folder or a file), relative to the repository. */
function sources(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .filter((e) => e.name !== "node_modules")
    .flatMap((e) => (e.isDirectory() ? sources(path.join(entry, e.name)) : /\.(ts|js|mjs)$/.test(e.name) ? [path.join(entry, e.name)] : []));
}

/** `file:line: text` of each line of `text` that names cdktf outside the allowed identifiers. */
function cdktfMentions(file: string, text: string): string[] {
  return text.split("\n").flatMap((line, i) => {
    const rest = ALLOWED.reduce((l, re) => l.replace(re, ""), line);
    return /cdktf/i.test(rest) ? [`${file}:${i + 1}: ${line.trim()}`] : [];
  });
}

test("the check flags prose and messages that name cdktf, and lets paths into the engine and cdktf.json/cdktf.out pass", () => {
  expect(cdktfMentions("core/x.ts", '// only the cdktf engine renders\nthrow new Error("a CDKTF App");')).toEqual([
    "core/x.ts:1: // only the cdktf engine renders",
    'core/x.ts:2: throw new Error("a CDKTF App");',
  ]);
  expect(
    cdktfMentions("index.ts", 'export { App } from "./engines/cdktf/cdk";\n// see engines/cdktf/stacks.ts\nconst out = "cdktf.out"; // or cdktf.json'),
  ).toEqual([]);
});

test("outside engines/cdktf/ and generated bindings, the library and the examples do not name cdktf", () => {
  const files = SCANNED.flatMap(sources).filter((f) => !EXEMPT.some((re) => re.test(f.split(path.sep).join("/"))));
  expect(files.length).toBeGreaterThan(100);
  const found = files.flatMap((f) => cdktfMentions(f, fs.readFileSync(path.join(ROOT, f), "utf8")));
  expect(found).toEqual([]);
});
