/**
 * `stackwerk new pattern <name>` end to end, in a temporary copy of the checkout (nothing is left
 * in the repository): the scaffolded pattern is registered everywhere from its one registration
 * (`stackwerk list`, fleet, conformance, props schemas), its own test and lint pass, and it passes
 * conformance levels 1-6 on ionos, stackit and onprem (cloud cells: offline plan, platform applied
 * to the embedded cluster) before any real content is written. One embedded cluster, three cells
 * in parallel on it (the pattern has no cluster-wide objects, so none waits for another).
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { checkPatternName } from "../../cli/scaffold/pattern";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "../..");
const NAME = "queue-worker";
/** Not copied: dependencies (linked), history, build and run output. */
const SKIP = new Set(["node_modules", ".git", "dist", "reports", "cdktf.out", "coverage"]);

let copy: string;
beforeAll(() => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-new-pattern-"));
  for (const entry of fs.readdirSync(ROOT)) {
    if (!SKIP.has(entry)) fs.cpSync(path.join(ROOT, entry), path.join(copy, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"));
});
afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

/** Runs a command in the copy; resolves to its output (rejects on a non-zero exit). */
function inCopy(cmd: string, args: string[], timeout = 300_000) {
  return run(cmd, args, { cwd: copy, timeout, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: "0" } });
}
const cli = (...args: string[]) => inCopy(path.join(ROOT, "node_modules", ".bin", "tsx"), ["cli/main.ts", ...args]);

test("refuses a bad or taken name, naming what is allowed", () => {
  expect(() => checkPatternName(ROOT, "Queue_Worker")).toThrow(/pattern name "Queue_Worker" is not allowed\. Allowed: a lower-case DNS label/);
  expect(() => checkPatternName(ROOT, "web-app")).toThrow(/pattern web-app exists already \(patterns\/web-app\/\)\. Allowed: a new name/);
  expect(() => checkPatternName(ROOT, "registry")).toThrow(/is reserved/);
  expect(() => checkPatternName(ROOT, "a--b")).toThrow(/not allowed/);
});

test("scaffolds a pattern that is registered everywhere, tested, linted and passes levels 1-6 on three targets", async () => {
  const started = Date.now();
  const { stdout } = await cli("new", "pattern", NAME);
  expect(stdout).toContain(`new pattern ${NAME} (QueueWorkerStack):`);
  for (const file of [`patterns/${NAME}/index.ts`, `patterns/${NAME}/register.ts`, `test/${NAME}/${NAME}.test.ts`, `docs/patterns/${NAME}.md`]) {
    expect(fs.existsSync(path.join(copy, file))).toBe(true);
  }
  expect(fs.existsSync(path.join(ROOT, "patterns", NAME))).toBe(false);
  // The same name a second time is refused.
  await expect(cli("new", "pattern", NAME)).rejects.toMatchObject({ stderr: expect.stringContaining(`pattern ${NAME} exists already`) });
  const scaffolded = Date.now();

  // One registration feeds the CLI, fleet catalogues, the props schemas and the docs table.
  const listed = JSON.parse((await cli("list", "--json")).stdout) as { patterns: Array<{ name: string }> };
  expect(listed.patterns.map((p) => p.name)).toContain(NAME);
  expect(fs.readFileSync(path.join(copy, "core/validation/schemas.generated.ts"), "utf8")).toContain('"QueueWorkerStackProps":');
  expect(fs.readFileSync(path.join(copy, "README.md"), "utf8")).toContain(`| \`QueueWorkerStack\` (\`${NAME}\`) |`);
  const fleetFile = path.join(copy, "fleet.yaml");
  fs.writeFileSync(fleetFile, `tenants:\n  - { name: qa, pattern: ${NAME}, target: onprem, props: { image: "registry.example.de/q:1.0.0" } }\n`);
  await cli("synth", "--fleet", fleetFile, "--jobs", "1", "--out", path.join(copy, "fleet.out"));
  expect(fs.existsSync(path.join(copy, "fleet.out", "stacks", "qa-platform"))).toBe(true);

  // Its own test, the registration test and lint pass as written.
  const jest = await inCopy(path.join(ROOT, "node_modules", ".bin", "jest"), [`test/${NAME}`, "test/patterns/registration.test.ts"]);
  expect(jest.stderr).toMatch(/Tests:\s+\d+ passed, \d+ total/);
  await inCopy(path.join(ROOT, "node_modules", ".bin", "eslint"), [`patterns/${NAME}`, `test/${NAME}`, "patterns/index.ts"]);
  await inCopy(path.join(ROOT, "node_modules", ".bin", "prettier"), ["--check", `patterns/${NAME}`, `test/${NAME}`, "patterns/index.ts"]);
  const checked = Date.now();

  // Conformance levels 1-6 on every target.
  const reportDir = path.join(copy, "report");
  await cli("conformance", "--patterns", NAME, "--jobs", "3", "--report", reportDir);
  const report = JSON.parse(fs.readFileSync(path.join(reportDir, "report.json"), "utf8")) as {
    cells: Array<{ id: string; verdict: string; levels: Array<{ status: string }> }>;
  };
  const statuses = Object.fromEntries(report.cells.map((c) => [c.id, c.levels.slice(0, 6).map((l) => l.status)]));
  expect(statuses).toEqual({
    [`${NAME}/ionos`]: ["pass", "pass", "pass", "pass", "pass", "pass"],
    [`${NAME}/stackit`]: ["pass", "pass", "pass", "pass", "pass", "pass"],
    [`${NAME}/onprem`]: ["pass", "pass", "n/a", "pass", "pass", "pass"],
  });
  expect(report.cells.every((c) => c.verdict === "pass")).toBe(true);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(0)}s`;
  process.stderr.write(
    `new pattern: scaffold ${seconds(scaffolded - started)}, registration/tests/lint ${seconds(checked - scaffolded)}, conformance ${seconds(Date.now() - checked)}\n`,
  );
}, 900_000);
