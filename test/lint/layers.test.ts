/**
 * The floor rule (docs/architecture.md, lint/floors.js, one group per floor in eslint.config.js)
 * with the project's real ESLint config: for every floor, imports it may not make fail lint with
 * the rule's message, imports it may make pass, and the committed tree is clean.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { run } from "../../tools/cache";

const ROOT = path.resolve(__dirname, "../..");

interface Linted {
  readonly file: string;
  readonly messages: string[];
}

/** Lints `[file, import specifier]` pairs as one-import files of the repository. */
async function lintImports(cases: ReadonlyArray<readonly [string, string]>): Promise<Linted[]> {
  const input = cases.map(([file, spec]) => ({ file, code: `import * as fixture from "${spec}";\n/** Fixture. */\nexport const x = fixture;\n` }));
  const res = await run(process.execPath, [path.join(__dirname, "lint-texts.js")], { cwd: ROOT, check: false, input: JSON.stringify(input) });
  if (res.code !== 0) throw new Error(`lint-texts failed (${res.code}): ${res.stderr}`);
  return JSON.parse(res.stdout) as Linted[];
}

/** Per floor: imports that break the floor rule. */
const FORBIDDEN: ReadonlyArray<readonly [string, string]> = [
  // core imports nothing of the repository, and no engine
  ["core/fixture.ts", "../constructs/workload"],
  ["core/capabilities/fixture.ts", "../../constructs/kube/secret"],
  ["core/fixture.ts", "../patterns/event-bus/topology"],
  ["core/fixture.ts", "../providers"],
  ["core/fixture.ts", "../index"],
  ["core/fixture.ts", "cdktf"],
  // constructs: core only
  ["constructs/fixture.ts", "../providers/shared/managed"],
  ["constructs/kube/fixture.ts", "../../engines/cdktf/stacks"],
  ["constructs/fixture.ts", "../tools/toolchain"],
  ["constructs/fixture.ts", "@pulumi/kubernetes"],
  // providers: core and constructs; providers stay apart except shared/
  ["providers/onprem/fixture.ts", "../../patterns/iam/realm"],
  ["providers/ionos/fixture.ts", "../../engines/cdktf/stacks"],
  ["providers/onprem/fixture.ts", "../../tools/cluster/paths"],
  ["providers/stackit/fixture.ts", "../ionos/sizes"],
  ["providers/onprem/fixture.ts", "../stackit"],
  ["providers/onprem/fixture.ts", "@pulumi/kubernetes"],
  ["providers/onprem/fixture.ts", "cdktf"],
  ["providers/shared/fixture.ts", "@cdktf/provider-kubernetes"],
  ["providers/shared/managed.ts", "cdktf"],
  // cdktf only under engines/cdktf/: the cloud targets too describe infra through the infra layer
  ["providers/stackit/fixture.ts", "cdktf"],
  ["providers/ionos/observability.ts", "cdktf"],
  ["providers/ionos/fixture.ts", "@cdktf/provider-kubernetes/lib/provider"],
  // patterns: core and constructs; one pattern never imports another
  ["patterns/fixture/index.ts", "../../providers"],
  ["patterns/fixture/index.ts", "../../providers/ionos"],
  ["patterns/fixture/index.ts", "../../engines/cdktf/stacks"],
  ["patterns/ai/fixture.ts", "../iam/realm"],
  ["patterns/fixture/index.ts", "cdktf"],
  ["patterns/fixture/index.ts", "@pulumi/kubernetes"],
  // engines: not the commands, the runner or the entry files
  ["engines/cdktf/fixture.ts", "../../cli/main"],
  ["engines/pulumi/fixture.ts", "../../conformance/cell"],
  ["engines/cdktf/fixture.ts", "../../tools/toolchain"],
  ["engines/pulumi/fixture.ts", "cdktf"],
  ["engines/gitops/fixture.ts", "@cdktf/provider-helm"],
  ["engines/shared/fixture.ts", "cdktf/lib/terraform-stack"],
  // entry files: the library, not the commands
  ["index.ts", "./cli/main"],
  ["pulumi.ts", "./conformance/cell"],
  ["index.ts", "./tools/cluster/paths"],
  ["index.ts", "cdktf"],
  ["pulumi.ts", "cdktf"],
  // cli and conformance: not the tests or benchmarks; the runner does not call the CLI
  ["cli/fixture.ts", "../bench/run"],
  ["conformance/fixture.ts", "../cli/main"],
  ["cli/fixture.ts", "cdktf"],
  ["conformance/fixture.ts", "cdktf"],
  // deploy: owns the tofu runner; conformance depends on deploy, never the other way (one path)
  ["deploy/fixture.ts", "../conformance/cell"],
  ["deploy/fixture.ts", "../conformance/kube"],
  ["deploy/fixture.ts", "../cli/main"],
  ["deploy/fixture.ts", "cdktf"],
  // tools: off to the side, on the ground floors only
  ["tools/cluster/fixture.ts", "../../patterns/registry"],
  ["tools/toolchain/fixture.ts", "../../engines/cdktf"],
  ["tools/cluster/fixture.ts", "cdktf"],
  ["tools/bindings/fixture.ts", "cdktf"],
  ["tools/bindings/fixture.ts", "@cdktf/provider-kubernetes"],
];

/** Per floor: imports the floor rule allows. */
const ALLOWED: ReadonlyArray<readonly [string, string]> = [
  ["core/fixture.ts", "./errors"],
  ["core/capabilities/fixture.ts", "../messaging/topology"],
  ["core/fixture.ts", "constructs"],
  ["constructs/fixture.ts", "../core/errors"],
  ["providers/stackit/fixture.ts", "../shared/managed"],
  ["providers/stackit/fixture.ts", "../../constructs/workload"],
  ["providers/onprem/fixture.ts", "../../core/target"],
  ["providers/fixture.ts", "./ionos"],
  ["providers/stackit/fixture.ts", "./generated/ske-cluster"],
  ["patterns/fixture/index.ts", "../../core/target"],
  ["patterns/fixture/index.ts", "../../constructs/workload"],
  ["patterns/fixture/index.ts", "../registry"],
  ["engines/cdktf/fixture.ts", "../../patterns/registry"],
  ["engines/cdktf/cdk.ts", "cdktf"],
  ["engines/cdktf/fixture.ts", "@cdktf/provider-kubernetes/lib/provider"],
  ["index.ts", "./engines/cdktf/cdk"],
  ["cli/fixture.ts", "../engines/cdktf/cdk"],
  ["tools/bindings/fixture.ts", "@cdktf/provider-generator"],
  ["index.ts", "./patterns"],
  ["cli/fixture.ts", "../conformance/cell"],
  ["conformance/fixture.ts", "../tools/cache"],
  ["conformance/fixture.ts", "../deploy/tofu"],
  ["deploy/fixture.ts", "../engines/cdktf/stacks"],
  ["deploy/fixture.ts", "../tools/toolchain"],
  ["tools/cluster/fixture.ts", "../../constructs/kube/cert-manager"],
];

test("every floor refuses the imports docs/architecture.md forbids, with the rule's message", async () => {
  const results = await lintImports(FORBIDDEN);
  const unexpected = results.filter(
    (r) => r.messages.length !== 1 || !/^stackwerk\/floor: .* must not import .*\(floor rule, docs\/architecture\.md\)\.$/.test(r.messages[0]),
  );
  expect(unexpected).toEqual([]);
}, 120_000);

test("every floor accepts the imports docs/architecture.md allows", async () => {
  const results = await lintImports(ALLOWED);
  expect(results.filter((r) => r.messages.length > 0)).toEqual([]);
}, 120_000);

test("a literal stage comparison outside the stage-policy table fails lint; the table's fields pass", async () => {
  const code = (test: string) =>
    `import { STAGE_DEFAULTS, type Stage } from "../../core/profile";\n/** Fixture. */\nexport const ha = (stage: Stage) => (${test} ? 3 : 1);\nvoid STAGE_DEFAULTS;\n`;
  const res = await run(process.execPath, [path.join(__dirname, "lint-texts.js")], {
    cwd: ROOT,
    check: false,
    input: JSON.stringify([
      { file: "providers/stackit/fixture.ts", code: code('stage === "production"') },
      { file: "patterns/fixture/index.ts", code: code('stage !== "test"') },
      { file: "providers/stackit/fixture.ts", code: code("STAGE_DEFAULTS[stage].highAvailability") },
    ]),
  });
  const [production, test, table] = JSON.parse(res.stdout) as Linted[];
  expect(production.messages).toEqual([expect.stringMatching(/^no-restricted-syntax: Compare no stage with a literal: ask the stage-policy table/)]);
  expect(test.messages).toEqual([expect.stringMatching(/^no-restricted-syntax: Compare no stage with a literal/)]);
  expect(table.messages).toEqual([]);
}, 120_000);

test("a stage default, a stage case or a stage check outside the stage-policy table fails lint; stage types and the table's helpers pass", async () => {
  const fixture = (body: string) =>
    `import { DEFAULT_STAGE, resolveStage, type Stage } from "../../core/profile";\nimport { requireOneOf } from "../../core/errors";\n/** Fixture. */\nexport const f = (stage: Stage | undefined, scope: never) => {\n  void scope;\n${body}\n};\nvoid DEFAULT_STAGE; void resolveStage; void requireOneOf;\n`;
  const res = await run(process.execPath, [path.join(__dirname, "lint-texts.js")], {
    cwd: ROOT,
    check: false,
    input: JSON.stringify([
      { file: "patterns/fixture/index.ts", code: fixture('  return stage ?? "test";') },
      { file: "providers/stackit/fixture.ts", code: fixture('  switch (stage) {\n    case "production":\n      return 3;\n  }\n  return 1;') },
      { file: "constructs/kube/fixture.ts", code: fixture('  return requireOneOf(scope, "stage", stage, ["test"] as const);') },
      { file: "engines/pulumi/fixture.ts", code: fixture("  return resolveStage(scope, stage) ?? DEFAULT_STAGE;") },
      { file: "patterns/fixture/index.ts", code: fixture('  const t: Record<"production" | "other", number> = { production: 1, other: 2 };\n  return t;') },
    ]),
  });
  const [defaulted, switched, checked, helpers, typed] = (JSON.parse(res.stdout) as Linted[]).map((r) => r.messages);
  expect(defaulted).toEqual([expect.stringMatching(/^no-restricted-syntax: Write no stage literal: take DEFAULT_STAGE/)]);
  expect(switched).toEqual([expect.stringMatching(/^no-restricted-syntax: Write no stage literal/)]);
  // requireOneOf on "stage" with a stage literal in the list: both are reported.
  expect(checked).toEqual([
    expect.stringMatching(/^no-restricted-syntax: Check a stage once per construct tree, with resolveStage\/stageOf/),
    expect.stringMatching(/^no-restricted-syntax: Write no stage literal/),
  ]);
  expect({ helpers, typed }).toEqual({ helpers: [], typed: [] });
}, 120_000);

test("a library, tool or conformance file over 400 lines fails lint (the once-listed tools/cluster/index.ts too); 400 lines and generated files pass", async () => {
  const lines = (n: number) => `/** Fixture. */\nexport const x = 1;\n${"// line\n".repeat(n - 2)}`;
  const res = await run(process.execPath, [path.join(__dirname, "lint-texts.js")], {
    cwd: ROOT,
    check: false,
    input: JSON.stringify([
      { file: "patterns/fixture/index.ts", code: lines(401) },
      { file: "providers/onprem/fixture.ts", code: lines(401) },
      { file: "tools/fixture/index.ts", code: lines(401) },
      { file: "conformance/fixture.ts", code: lines(401) },
      { file: "patterns/fixture/index.ts", code: lines(400) },
      { file: "core/validation/fixture.generated.ts", code: lines(900) },
      { file: "tools/cluster/index.ts", code: lines(401) },
    ]),
  });
  const [pattern, provider, tool, conformance, limit, generated, split] = (JSON.parse(res.stdout) as Linted[]).map((r) => r.messages);
  const tooLong = ["max-lines: File has too many lines (401). Maximum allowed is 400."];
  expect({ pattern, provider, tool, conformance, split }).toEqual({ pattern: tooLong, provider: tooLong, tool: tooLong, conformance: tooLong, split: tooLong });
  expect({ limit, generated }).toEqual({ limit: [], generated: [] });
}, 120_000);

test("lint/oversized.js lists only files that are still over 400 lines (the list only shrinks)", () => {
  const listed = require(path.join(ROOT, "lint", "oversized.js")) as string[];
  const fit = listed.filter((f) => !fs.existsSync(path.join(ROOT, f)) || fs.readFileSync(path.join(ROOT, f), "utf8").split("\n").length <= 401);
  expect(fit).toEqual([]);
  // conformance/cell.ts, tools/cluster/index.ts and tools/runtime/node.ts were split (issue 22): the list stays empty.
  expect(listed).toEqual([]);
});

test("type imports (`typeof import(...)`, `import(...).T`) follow the floors like imports", async () => {
  const res = await run(process.execPath, [path.join(__dirname, "lint-texts.js")], {
    cwd: ROOT,
    check: false,
    input: JSON.stringify([
      { file: "core/fixture.ts", code: '/** Fixture. */\nexport type W = typeof import("../constructs/workload");\n' },
      { file: "patterns/fixture/index.ts", code: '/** Fixture. */\nexport type A = import("cdktf").App;\n' },
      { file: "providers/onprem/fixture.ts", code: '/** Fixture. */\nexport type S = typeof import("../stackit");\n' },
      { file: "providers/fixture.ts", code: '/** Fixture. */\nexport type S = typeof import("./stackit");\n' },
    ]),
  });
  const [core, pattern, provider, barrel] = (JSON.parse(res.stdout) as Linted[]).map((r) => r.messages);
  expect(core).toEqual([expect.stringMatching(/^stackwerk\/floor: core\/ must not import constructs\/workload \(floor constructs\)/)]);
  expect(pattern).toEqual([expect.stringMatching(/^stackwerk\/floor: patterns\/ must not import the package cdktf/)]);
  expect(provider).toEqual([expect.stringMatching(/^stackwerk\/floor: providers\/ must not import providers\/stackit \(another room of providers: stackit\)/)]);
  expect(barrel).toEqual([]);
}, 120_000);

test("the committed tree keeps the floors", async () => {
  const res = await run(
    process.execPath,
    [
      path.join(ROOT, "node_modules", "eslint", "bin", "eslint.js"),
      "--format",
      "json",
      "core",
      "constructs",
      "providers",
      "patterns",
      "engines",
      "cli",
      "conformance",
      "deploy",
      "tools",
      "index.ts",
      "pulumi.ts",
    ],
    { cwd: ROOT, check: false },
  );
  const results = JSON.parse(res.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; message: string; line: number }> }>;
  const floorErrors = results.flatMap((r) =>
    r.messages.filter((m) => m.ruleId === "stackwerk/floor").map((m) => `${path.relative(ROOT, r.filePath)}:${m.line} ${m.message}`),
  );
  expect(floorErrors).toEqual([]);
}, 300_000); // lints the whole tree: over a minute on a loaded machine
