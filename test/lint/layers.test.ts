/**
 * The layer rule (eslint.config.js, ADR 0014) with the project's real ESLint config: an upward
 * import fails lint in every layer, the core contract stays importable, and the whole tree is clean.
 */
import * as path from "node:path";
import { run } from "../../tools/cache";

const ROOT = path.resolve(__dirname, "../..");
const ESLINT = path.join(ROOT, "node_modules", "eslint", "bin", "eslint.js"); // not in the package exports

interface LintResult {
  readonly filePath: string;
  readonly messages: Array<{ ruleId: string | null; message: string; line: number }>;
}

/** Runs the real ESLint CLI (ESLint loads its config by dynamic import, which jest's VM cannot). */
async function eslint(args: string[], input?: string): Promise<LintResult[]> {
  const res = await run(process.execPath, [ESLINT, "--format", "json", ...args], { cwd: ROOT, check: false, ...(input !== undefined ? { input } : {}) });
  if (res.code > 1) throw new Error(`eslint failed (${res.code}): ${res.stderr}`);
  return JSON.parse(res.stdout) as LintResult[];
}

async function lintAs(file: string, code: string): Promise<string[]> {
  const [result] = await eslint(["--stdin", "--stdin-filename", path.join(ROOT, file)], code);
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

test.each([
  ["patterns/fixture/index.ts", 'import { InfraStack } from "../../engines/cdktf/stacks";\n/** Fixture. */\nexport const x = InfraStack;\n'],
  ["patterns/fixture/index.ts", 'import { targets } from "../../providers";\n/** Fixture. */\nexport const x = targets;\n'],
  ["patterns/fixture/index.ts", 'import { IonosTarget } from "../../providers/ionos";\n/** Fixture. */\nexport const x = IonosTarget;\n'],
  ["patterns/fixture/index.ts", 'import { App } from "cdktf";\n/** Fixture. */\nexport const x = App;\n'],
  ["patterns/fixture/index.ts", 'import * as k8s from "@pulumi/kubernetes";\n/** Fixture. */\nexport const x = k8s;\n'],
  ["constructs/fixture.ts", 'import { ensureToolchain } from "../tools/toolchain";\n/** Fixture. */\nexport const x = ensureToolchain;\n'],
  ["constructs/kube/fixture.ts", 'import { PlatformStack } from "../../engines/cdktf/stacks";\n/** Fixture. */\nexport const x = PlatformStack;\n'],
  ["providers/stackit/fixture.ts", 'import { ensureToolchain } from "../../tools/toolchain";\n/** Fixture. */\nexport const x = ensureToolchain;\n'],
  ["providers/onprem/fixture.ts", 'import { renderPulumi } from "../../engines/pulumi";\n/** Fixture. */\nexport const x = renderPulumi;\n'],
  ["core/fixture.ts", 'import { App } from "cdktf";\n/** Fixture. */\nexport const x = App;\n'],
  ["core/capabilities/fixture.ts", 'import { InfraStack } from "../../engines/cdktf/stacks";\n/** Fixture. */\nexport const x = InfraStack;\n'],
  ["core/fixture.ts", 'import { targets } from "../providers";\n/** Fixture. */\nexport const x = targets;\n'],
  ["providers/ionos/fixture.ts", 'import { InfraStack } from "../../engines/cdktf/stacks";\n/** Fixture. */\nexport const x = InfraStack;\n'],
  [
    "providers/onprem/fixture.ts",
    'import { clusterKubeconfigPath } from "../../tools/cluster/paths";\n/** Fixture. */\nexport const x = clusterKubeconfigPath;\n',
  ],
])("an upward import in %s fails lint: %s", async (file, code) => {
  const messages = await lintAs(file, code);
  expect(messages).toHaveLength(1);
  expect(messages[0]).toMatch(/^no-restricted-imports: .*\(layer rule, docs\/adr\/0014-layer-rule\.md\)\.$/);
});

test("the core contract and the core constructs stay importable from a pattern", async () => {
  const code = [
    'import type { ITarget } from "../../core/target";',
    'import { Workload } from "../../constructs/workload";',
    "/** Fixture. */",
    "export type X = ITarget;",
    "/** Fixture. */",
    "export const y = Workload;",
    "",
  ].join("\n");
  expect(await lintAs("patterns/fixture/index.ts", code)).toEqual([]);
});

test("the committed tree has no upward import", async () => {
  const results = await eslint(["core", "constructs", "patterns", "providers"]);
  const layerErrors = results.flatMap((r) =>
    r.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => `${path.relative(ROOT, r.filePath)}:${m.line} ${m.message}`),
  );
  expect(layerErrors).toEqual([]);
}, 60_000);
