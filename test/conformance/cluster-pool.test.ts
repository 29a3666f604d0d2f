/**
 * Two cells that declare the same cluster-scoped object (a ClusterRole in the add-ons stack, as
 * the monitoring pattern's CRDs) deploy side by side on two embedded clusters instead of one
 * after the other on one, and each still passes levels 4-6 with nothing left behind.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import "../../patterns";
import { ConformanceRun, runConformance, validateReport } from "../../conformance";
import { registryCells } from "../../conformance/sources";
import { registerFixturePatterns } from "../fixtures/patterns";

registerFixturePatterns();

let run: ConformanceRun;
let tmp: string;
const lines: string[] = [];

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-cluster-pool-test-"));
  // One pattern, one target, two stages: separate namespaces, one shared ClusterRole.
  const cells = (["test", "acceptance"] as const).flatMap((stage) =>
    registryCells(["fixture-cluster-wide"], ["onprem"], stage).map((c) => ({ ...c, id: `${c.id}@${stage}` })),
  );
  run = await runConformance({ cells, jobs: 2, reportDir: path.join(tmp, "report"), handleSignals: false, log: (l) => lines.push(l) });
}, 600_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test("the second cell gets a cluster of its own, named with the object it would wait for", () => {
  expect(run.report.cells.map((c) => c.cluster).sort()).toEqual([1, 2]);
  expect(run.report.cluster.clusters).toBe(2);
  const started = lines.find((l) => l.includes("starting embedded cluster 2"));
  expect(started).toMatch(/fixture-cluster-wide\/onprem@(test|acceptance) needs .*fixture-cluster-wide-reader/);
  expect(lines).toContain("conformance: 2 embedded clusters stopped");
});

test("both cells pass levels 4-6 and leave nothing behind; the report stays valid", () => {
  for (const c of run.report.cells) {
    // The ClusterRole is in the add-ons stack: applied first, destroyed last (without a refresh).
    expect(c.stacks.map((s) => s.role).sort()).toEqual(["addons", "platform"]);
    expect(c.levels.slice(3, 6).map((l) => `L${l.level}:${l.status}`)).toEqual(["L4:pass", "L5:pass", "L6:pass"]);
    expect(c.objectCounts!.leftAfterDestroy).toBe(0);
  }
  expect(run.exitCode).toBe(0);
  expect(validateReport(JSON.parse(fs.readFileSync(run.files.json, "utf8")))).toEqual([]);
});

test("they ran side by side: each began applying before the other was done", () => {
  // One after the other on one cluster, the second cell's apply would start after the first's
  // "done" line. (Which cell destroys first depends on the load; the overlap does not.)
  const at = (cell: string, what: string) => lines.findIndex((l) => l.includes(cell) && l.includes(what));
  for (const stage of ["test", "acceptance"]) {
    const other = stage === "test" ? "acceptance" : "test";
    expect(at(`@${stage}`, "L4 apply ...")).toBeGreaterThanOrEqual(0);
    expect(at(`@${stage}`, "L4 apply ...")).toBeLessThan(at(`@${other}`, "done: "));
  }
});
