/**
 * `stackwerk conformance --app`: the same levels for a user's own cdktf app. The fixture app
 * (test/fixtures/apps/shop.ts) synthesises itself with one instance on-prem and one on STACKIT;
 * the STACKIT platform stack is applied to the embedded cluster with the cluster's kubeconfig
 * standing in for the SKE kubeconfig output.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runConformance, validateReport } from "../../conformance";

const APPS = path.resolve(__dirname, "../fixtures/apps");
let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-conformance-app-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test("a user's app: every pattern instance is a cell and goes through levels 1-6", async () => {
  const run = await runConformance({ app: path.join(APPS, "shop.ts"), reportDir: path.join(tmp, "shop"), handleSignals: false, log: () => undefined });
  expect(validateReport(run.report)).toEqual([]);
  const cells = Object.fromEntries(run.report.cells.map((c) => [c.id, c]));
  expect(Object.keys(cells).sort()).toEqual(["app:shop-onprem", "app:shop-stackit"]);
  expect(cells["app:shop-onprem"]).toMatchObject({ source: "app", pattern: "fixture-good", target: "onprem", namespaces: ["shop-a-test"], verdict: "pass" });
  expect(cells["app:shop-onprem"].levels.map((l) => l.status)).toEqual(["pass", "pass", "n/a", "pass", "pass", "pass", "n/a"]);
  const stackit = cells["app:shop-stackit"];
  expect(stackit.stacks.map((s) => s.role)).toEqual(["infra", "addons", "platform"]); // add-ons: the zone's admission policies (ADR 0385)
  // L3 is a real offline plan of the STACKIT provider; L7 is never passed without credentials.
  expect(stackit.levels[2].status).toBe("pass");
  expect(stackit.levels[2].message).toMatch(/^Plan: \d+ to add/);
  expect(stackit.levels.slice(3, 6).map((l) => l.status)).toEqual(["pass", "pass", "pass"]);
  expect(stackit.levels[6].status).toMatch(/^(not-run|pass|fail|skipped)$/);
  if (
    !process.env.STACKIT_SERVICE_ACCOUNT_KEY &&
    !process.env.STACKIT_SERVICE_ACCOUNT_KEY_PATH &&
    !process.env.STACKIT_SERVICE_ACCOUNT_TOKEN &&
    !process.env.STACKIT_CREDENTIALS_PATH
  ) {
    expect(stackit.levels[6]).toMatchObject({ status: "not-run", required: false });
  }
  // The kubeconfig input was supplied (sensitive: generated at run time, never recorded).
  expect(stackit.standIns).toEqual(expect.arrayContaining([{ name: "kubeconfig", sensitive: true }]));
  expect(fs.readFileSync(run.files.json, "utf8")).not.toContain("client-key-data");
  expect(run.exitCode).toBe(0);
}, 600_000);

test("a module that is not an app fails at level 1 saying why", async () => {
  const run = await runConformance({
    app: path.join(APPS, "no-app.ts"),
    reportDir: path.join(tmp, "none"),
    handleSignals: false,
    log: () => undefined,
    maxLevel: 3,
  });
  expect(run.report.cells).toHaveLength(1);
  const [cell] = run.report.cells;
  expect(cell.levels[0]).toMatchObject({ status: "fail" });
  expect(cell.levels[0].message).toContain("neither exports a cdktf App");
  expect(cell.levels.slice(1).every((l) => l.status === "skipped")).toBe(true);
  expect(run.exitCode).toBe(1);
}, 120_000);
