/**
 * Cells run longest first by the previous run's times, so a long cell never starts last and
 * runs alone at the end of the matrix; cells with no previous time start first; ties keep order.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { longestFirst, nextCell, previousCellDurations } from "../../conformance/runner";
import { KeyedLocks } from "../../conformance/locks";
import { ClusterPool } from "../../conformance/pool";

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

describe("ClusterPool: a cell whose cluster-wide keys are held gets a further cluster", () => {
  // The "clusters" here are plain numbers: the pool only decides placement; the real
  // clusters are exercised by cluster-pool.test.ts.
  const pool = (max: number) => {
    const started: Array<{ index: number; reason?: string }> = [];
    const p = new ClusterPool<number>(async (index, reason) => {
      started.push({ index, ...(reason ? { reason } : {}) });
      return 100 + index;
    }, max);
    return { p, started };
  };

  test("free keys share the first cluster; a held key starts the next one, naming the key and the cell", async () => {
    const { p, started } = pool(3);
    const a = await p.place(["cluster/CustomResourceDefinition/x", "ns/a"], "mon/ionos");
    const b = await p.place(["ns/b"], "web/ionos");
    const c = await p.place(["cluster/CustomResourceDefinition/x", "ns/c"], "mon/onprem");
    expect([a.index, b.index, c.index]).toEqual([0, 0, 1]);
    expect([a.cluster, c.cluster]).toEqual([100, 101]);
    expect(started).toEqual([
      { index: 0 },
      { index: 1, reason: "mon/onprem needs cluster/CustomResourceDefinition/x, held by other cells on the cluster(s) already running" },
    ]);
    // Released keys make the first cluster the place again; no third cluster.
    a.release();
    const d = await p.place(["cluster/CustomResourceDefinition/x", "ns/d"], "mon/stackit");
    expect(d.index).toBe(0);
    expect(p.size).toBe(2);
  });

  test("at most `max` clusters: beyond that the cell waits for the keys on the first cluster", async () => {
    const { p } = pool(1);
    const a = await p.place(["cluster/ClusterRole/r"], "a");
    let placed = false;
    const b = p.place(["cluster/ClusterRole/r"], "b").then((x) => ((placed = true), x));
    await new Promise((r) => setImmediate(r));
    expect(placed).toBe(false);
    a.release();
    expect((await b).index).toBe(0);
    expect(p.size).toBe(1);
  });

  test("a cluster that fails to start fails the cells placed on it and frees their keys", async () => {
    const p = new ClusterPool<number>(async (index) => {
      if (index === 1) throw new Error("etcd did not start");
      return index;
    }, 2);
    const a = await p.place(["cluster/ClusterRole/r"], "a");
    await expect(p.place(["cluster/ClusterRole/r", "ns/b"], "b")).rejects.toThrow("etcd did not start");
    a.release();
    expect((await p.place(["cluster/ClusterRole/r", "ns/b"], "b")).index).toBe(0);
  });

  test("max must be a whole number of at least 1", () => {
    expect(() => new ClusterPool(async () => 0, 0)).toThrow("ClusterPool: max must be a whole number >= 1, got 0");
  });
});

test("tryAcquire takes all keys or none, and acquire waits for them", async () => {
  const locks = new KeyedLocks();
  const r1 = locks.tryAcquire(["b", "a"])!;
  expect(r1).toBeDefined();
  expect(locks.tryAcquire(["c", "a"])).toBeUndefined();
  expect(locks.isHeld("c")).toBe(false); // nothing taken by the failed attempt
  let got = false;
  const waiting = locks.acquire(["a"]).then((r) => ((got = true), r));
  await new Promise((r) => setImmediate(r));
  expect(got).toBe(false);
  r1();
  (await waiting)();
  expect(locks.isHeld("a")).toBe(false);
  expect(locks.isHeld("b")).toBe(false);
});
