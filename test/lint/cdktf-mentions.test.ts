/**
 * "cdktf" is named only where the Terraform engine lives (issue 22): the shipped library's sources
 * (core, constructs, patterns, providers, engines, index.ts, pulumi.ts) and the examples say what a
 * capability needs ("an engine that renders infra layers (the Terraform engine)"), not the CDK
 * package's name. Outside engines/cdktf/ and the generated provider bindings only these stay:
 * - paths into the engine (`./engines/cdktf/...` imports, `engines/cdktf/stacks.ts` in comments);
 * - the file names a user's program and `stackwerk deploy` share (`cdktf.json`, `cdktf.out`).
 * The tools around the library (cli/, conformance/, deploy/, tools/, bench/) are scanned too; there
 * the engine's real user-facing names stay as well (TOOL_ALLOWED): the engine value (`--engine
 * cdktf`, `engine: "cdktf"`, `(default: cdktf)`, value lists like `cdktf, gitops`), `CDKTF_OUTDIR`,
 * the package (`from "cdktf"`, `@cdktf/provider-generator`) and a user's program written with it
 * (`--app` takes a "cdktf app"; a cloud target's infra layer needs a "cdktf App" root).
 * tools/bindings/ is exempt like the generated bindings: it is the engine's binding generator (runs
 * `@cdktf/provider-generator`, writes code against the package's classes).
 */
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const SCANNED = ["core", "constructs", "patterns", "providers", "engines", "examples", "index.ts", "pulumi.ts"];
/** The tools around the library: the CLI, the conformance runner, `stackwerk deploy`, build tools, benchmarks. */
const TOOLS = ["cli", "conformance", "deploy", "tools", "bench"];
const EXEMPT = [/^engines\/cdktf\//, /(^|\/)generated\//, /^tools\/bindings\//];
/** Mentions that are identifiers, not prose: removed from a line before it is searched. */
const ALLOWED = [/engines\/cdktf\b/g, /\bcdktf\.(json|out)\b/g];
/** In the tools, also the engine's user-facing names: its `--engine` value, the synth's environment, the package and a user's program written with it. */
const TOOL_ALLOWED = [
  ...ALLOWED,
  /--engine\s+cdktf\b/g,
  /(["'`])cdktf\1/g,
  /\(default: cdktf\)/g,
  /\bcdktf(?=,\s?(pulumi|gitops)\b)/g,
  /\bCDKTF_OUTDIR\b/g,
  /@cdktf\/[\w-]+/g,
  /\bcdktf (App|app)\b/g,
];

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
function cdktfMentions(file: string, text: string, allowed: readonly RegExp[] = ALLOWED): string[] {
  return text.split("\n").flatMap((line, i) => {
    const rest = allowed.reduce((l, re) => l.replace(re, ""), line);
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

test("in the tools, the engine's user-facing names pass and prose naming cdktf still fails", () => {
  const allowed = [
    "  --engine   cdktf (default) | gitops",
    'const engines = (list(flags.engine) ?? ["cdktf"]) as EngineName[]; // `cdktf` cells (default: cdktf)',
    'nonEmpty("engine", flags.engine, "cdktf, gitops"); // [--engine cdktf,pulumi | gitops]',
    "process.env.CDKTF_OUTDIR = outdir; // @cdktf/provider-generator",
    'import { App } from "cdktf"; // --app takes a cdktf app; a cdktf App root',
  ];
  expect(cdktfMentions("cli/x.ts", allowed.join("\n"), TOOL_ALLOWED)).toEqual([]);
  expect(cdktfMentions("cli/x.ts", '// cdktf creates the folder\nthrow new Error("--jobs only applies to the cdktf engine");', TOOL_ALLOWED)).toEqual([
    "cli/x.ts:1: // cdktf creates the folder",
    'cli/x.ts:2: throw new Error("--jobs only applies to the cdktf engine");',
  ]);
  // The tools' allowances do not apply to the library.
  expect(cdktfMentions("core/x.ts", 'const engine = "cdktf";')).toEqual(['core/x.ts:1: const engine = "cdktf";']);
});

test("cli/, conformance/, deploy/, tools/ and bench/ name cdktf only by its user-facing names", () => {
  const files = TOOLS.flatMap(sources).filter((f) => !EXEMPT.some((re) => re.test(f.split(path.sep).join("/"))));
  for (const dir of TOOLS) expect({ dir, scanned: files.some((f) => f.startsWith(`${dir}${path.sep}`)) }).toEqual({ dir, scanned: true });
  const found = files.flatMap((f) => cdktfMentions(f, fs.readFileSync(path.join(ROOT, f), "utf8"), TOOL_ALLOWED));
  expect(found).toEqual([]);
});

/**
 * docs/ (ADRs and security reviews aside: records of what was decided or found then, naming what
 * they were about) says what the engine does ("the Terraform engine"), not the package's name.
 * Allowed are the tools' names above, the package's CLI (`cdktf synth`), its folder (`cdktf/`),
 * test file names, and, per file, the places that are about the package itself (its imports,
 * versions, internals, a user's program written with it): DOC_PACKAGE_MENTIONS.
 */
const DOCS_EXEMPT = [/^docs\/adr\//, /^docs\/security-review-[\w-]*\.md$/];
const DOC_ALLOWED = [...TOOL_ALLOWED, /@cdktf\/\*/g, /`cdktf\/`/g, /\bcdktf synth\b/g, /[\w./-]*cdktf[\w-]*\.test\.ts/g];
const DOC_PACKAGE_MENTIONS: Readonly<Record<string, readonly string[]>> = {
  "docs/adding-a-capability.md": ["No import of cdktf", "imports cdktf;"],
  "docs/architecture.md": ["are cdktf code", "with cdktf's", "targets called cdktf", "a cdktf stack", "no cdktf module"],
  "docs/conformance.md": ["a cdktf program", "no cdktf;", "a cdktf `App`", "cdktf apps"],
  "docs/deploy.md": ["like cdktf finds it", "cdktf's `assets/`"],
  "docs/fleet.md": ["cdktf's own `manifest.json`"],
  "docs/hardening.md": ["cdktf token markers", "cdktf's token map", "a cdktf upgrade"],
  "docs/releases.md": ["the cdktf/cdktn", "Node/cdktf line", "beside cdktf", "cdktf 0.21.0", "fork of cdktf"],
  "docs/toolchain.md": ["prebuilt cdktf bindings", "cdkTfJson", "cdktf's generator"],
};

/** Every .md file below docs/, relative to the repository, ADRs and reviews left out. */
function docs(dir = "docs"): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? docs(`${dir}/${e.name}`) : e.name.endsWith(".md") ? [`${dir}/${e.name}`] : []))
    .filter((f) => !DOCS_EXEMPT.some((re) => re.test(f)));
}

/** The mentions of `file`'s text outside the docs' allowances and the file's own package mentions. */
function docMentions(file: string, text: string): string[] {
  const own = (DOC_PACKAGE_MENTIONS[file] ?? []).map((m) => new RegExp(m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g"));
  return cdktfMentions(file, text, [...DOC_ALLOWED, ...own]);
}

test("in docs/, prose naming cdktf for the engine fails; the package's own mentions pass only where listed", () => {
  const text = "the cdktf engine escapes every string\nrun `cdktf synth` or `--engine cdktf`; see cdktf.json\nthe guard reaches into cdktf's token map";
  expect(docMentions("docs/hardening.md", text)).toEqual(["docs/hardening.md:1: the cdktf engine escapes every string"]);
  expect(docMentions("docs/gitops.md", text)).toEqual([
    "docs/gitops.md:1: the cdktf engine escapes every string",
    "docs/gitops.md:3: the guard reaches into cdktf's token map",
  ]);
});

test("docs/ names cdktf only for the package itself, and every listed package mention is still there", () => {
  const files = docs();
  expect(files.length).toBeGreaterThan(15);
  const found = files.flatMap((f) => docMentions(f, fs.readFileSync(path.join(ROOT, f), "utf8")));
  expect(found).toEqual([]);
  const stale = Object.entries(DOC_PACKAGE_MENTIONS).flatMap(([f, ms]) =>
    ms.filter((m) => !fs.readFileSync(path.join(ROOT, f), "utf8").includes(m)).map((m) => `${f}: ${m}`),
  );
  expect(stale).toEqual([]);
});
