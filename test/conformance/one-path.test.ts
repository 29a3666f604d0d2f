/**
 * One path (issue 24): the conformance runner's levels 3-6 run OpenTofu only through
 * `stackwerk plan/deploy/destroy`'s code (deploy/run.ts `runDeployment`), so every conformance run
 * tests what users run. Checked on the runner's source: the level 3 block (conformance/cell.ts) and
 * the level 4-6 function (conformance/cell-deploy.ts, split from cell.ts in issue 22) call
 * runDeployment for plan, deploy and destroy, and never the tofu runner's plan/apply/destroy
 * directly (level 7, the real cloud, conformance/cell-cloud.ts, is outside this rule).
 */
import * as fs from "node:fs";
import * as path from "node:path";

const CELL = fs.readFileSync(path.resolve(__dirname, "../../conformance/cell.ts"), "utf8");
const CELL_DEPLOY = fs.readFileSync(path.resolve(__dirname, "../../conformance/cell-deploy.ts"), "utf8");

/** The source of `text` between two markers (both must exist; `end` undefined: to the end of the file). */
function between(start: string, end: string | undefined, text = CELL): string {
  const from = text.indexOf(start);
  const to = end === undefined ? text.length : text.indexOf(end, from + 1);
  expect({ start, found: from >= 0 && to > from }).toEqual({ start, found: true });
  return text.slice(from, to);
}

test.each([
  ["level 3", between("// ---- Level 3:", "// ---- Levels 4-6:"), ["plan"]],
  ["levels 4-6", between("export async function deployLevels(", undefined, CELL_DEPLOY), ["deploy", "plan", "destroy"]],
])("%s run OpenTofu through deploy/run.ts only", (_name, source, actions) => {
  expect(source.match(/\btofu\.(plan|apply|destroy|init)\(/g) ?? []).toEqual([]);
  for (const action of actions) expect(source).toMatch(new RegExp(`runDeployment\\(\\{[^]*?action: "${action}"`));
});

test("the runner imports the tofu runner from deploy/, and deploy/ imports nothing of conformance/", () => {
  expect(CELL).toMatch(/from "\.\.\/deploy\/run"/);
  const deployDir = path.resolve(__dirname, "../../deploy");
  const offenders = fs
    .readdirSync(deployDir)
    .filter((f) => f.endsWith(".ts"))
    .filter((f) => /from "\.\.\/conformance\//.test(fs.readFileSync(path.join(deployDir, f), "utf8")));
  expect(offenders).toEqual([]);
});
