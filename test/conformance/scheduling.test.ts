/**
 * Cells run longest first by the previous run's times, so a long cell never starts last and
 * runs alone at the end of the matrix; cells with no previous time start first; ties keep order.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { longestFirst, nextCell, previousCellDurations } from "../../conformance/runner";

const cells = ["web-app/onprem", "monitoring/onprem", "iam/onprem", "ai/onprem"].map((id) => ({ id }));

test("longest known cell first, unknown cells before them, ties in selection order", () => {
  const durations = new Map([
    ["web-app/onprem", 40_000],
    ["monitoring/onprem", 230_000],
    ["iam/onprem", 40_000],
  ]);
  expect(longestFirst(cells, durations).map((i) => cells[i].id)).toEqual(["ai/onprem", "monitoring/onprem", "web-app/onprem", "iam/onprem"]);
  expect(longestFirst(cells, new Map()).map((i) => cells[i].id)).toEqual(cells.map((c) => c.id));
});

test("durations come from the previous report; a missing or broken report gives none", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-sched-"));
  const file = path.join(dir, "report.json");
  fs.writeFileSync(file, JSON.stringify({ cells: [{ id: "a", durationMs: 5 }, { id: "b" }, { id: 3, durationMs: 1 }] }));
  expect([...previousCellDurations(file)]).toEqual([["a", 5]]);
  fs.writeFileSync(file, "{ not json");
  expect(previousCellDurations(file).size).toBe(0);
  expect(previousCellDurations(path.join(dir, "missing.json")).size).toBe(0);
  expect(previousCellDurations(undefined).size).toBe(0);
});

test("the next cell is the first whose pattern is not running (they would wait on each other's locks)", () => {
  const matrix = [{ pattern: "monitoring" }, { pattern: "monitoring" }, { pattern: "web-app" }, { pattern: "iam" }];
  expect(nextCell([0, 1, 2, 3], matrix, new Map())).toBe(0);
  expect(nextCell([1, 2, 3], matrix, new Map([["monitoring", 1]]))).toBe(1); // web-app (queue position 1)
  expect(nextCell([1], matrix, new Map([["monitoring", 1]]))).toBe(0); // only monitoring left: take it
});
