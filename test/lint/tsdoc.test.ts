/**
 * The TSDoc rule (lint/tsdoc-on-exports.js, issue 9) with the project's real ESLint config: an
 * undocumented export of the library fails lint, a documented one (also behind an eslint
 * directive) passes.
 */
import * as path from "node:path";
import { run } from "../../tools/cache";

const ROOT = path.resolve(__dirname, "../..");
const ESLINT = path.join(ROOT, "node_modules", "eslint", "bin", "eslint.js");

async function lintAs(file: string, code: string): Promise<string[]> {
  const res = await run(process.execPath, [ESLINT, "--format", "json", "--stdin", "--stdin-filename", path.join(ROOT, file)], {
    cwd: ROOT,
    check: false,
    input: code,
  });
  if (res.code > 1) throw new Error(`eslint failed (${res.code}): ${res.stderr}`);
  const [result] = JSON.parse(res.stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

test.each([
  ["core/fixture.ts", "export interface Props {\n  readonly a?: string;\n}\n", "Props"],
  ["patterns/fixture/index.ts", "export const SIZES = [1, 2];\n", "SIZES"],
  ["providers/stackit/fixture.ts", "// a line comment is not TSDoc\nexport function f(): number {\n  return 1;\n}\n", "f"],
])("an undocumented export in %s fails lint", async (file, code, name) => {
  expect(await lintAs(file, code)).toEqual([
    `stackwerk/tsdoc-on-exports: exported ${name} has no TSDoc comment (/** ... */): every export is documented (issue 9)`,
  ]);
});

test("documented exports pass, also with an eslint directive between comment and export", async () => {
  const code = [
    "/** Props of the fixture. */",
    "export interface Props {",
    "  readonly a?: string;",
    "}",
    "/** Parses anything. */",
    "// eslint-disable-next-line @typescript-eslint/no-explicit-any",
    "export function parse(x: any): any {",
    "  return x;",
    "}",
    "",
  ].join("\n");
  expect(await lintAs("constructs/fixture.ts", code)).toEqual([]);
});

test("tests and tools are outside the rule", async () => {
  expect(await lintAs("test/fixture.ts", "export const x = 1;\n")).toEqual([]);
});
