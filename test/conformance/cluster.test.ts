/**
 * The conformance levels 4-6 for real, on the embedded cluster: one run with the conforming
 * fixture and the two fixtures broken on purpose (registered only here), two cells at a time
 * on one shared cluster. Asserts what each level must say, in the API server's own words.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import "../../patterns";
import { ConformanceRun, runConformance, validateReport } from "../../conformance";
import { isAlive } from "../../tools/cluster";
import { registerFixturePatterns } from "../fixtures/patterns";

registerFixturePatterns();

let run: ConformanceRun;
let clusterPids: number[] = [];
let tmp: string;
const lines: string[] = [];

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-conformance-cluster-test-"));
  run = await runConformance({
    patterns: ["fixture-good", "fixture-privileged", "fixture-privileged-rollout", "fixture-leftover"],
    targets: ["onprem"],
    jobs: 2,
    reportDir: path.join(tmp, "report"),
    handleSignals: false,
    log: (l) => lines.push(l),
    onClusterReady: (info) => (clusterPids = info.pids),
  });
}, 900_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

function cellOf(id: string) {
  const c = run.report.cells.find((x) => x.id === id);
  if (!c) throw new Error(`no cell ${id} in ${run.report.cells.map((x) => x.id).join(", ")}`);
  return c;
}
const statuses = (id: string) => cellOf(id).levels.map((l) => `L${l.level}:${l.status}`);

test("a conforming pattern passes levels 1, 2, 4, 5 and 6 on the embedded cluster", () => {
  const c = cellOf("fixture-good/onprem");
  expect(statuses("fixture-good/onprem")).toEqual(["L1:pass", "L2:pass", "L3:n/a", "L4:pass", "L5:pass", "L6:pass", "L7:n/a"]);
  expect(c.verdict).toBe("pass");
  const smoke = c.levels[4].checks!;
  expect(smoke.map((k) => k.name)).toEqual(
    expect.arrayContaining([
      "rollout Deployment fixture-good-onprem-test/web",
      "endpoints Service fixture-good-onprem-test/web",
      "pod security fixture-good-onprem-test",
      "plan after apply",
    ]),
  );
  expect(smoke.find((k) => k.name === "pod security fixture-good-onprem-test")!.message).toContain('violates PodSecurity "restricted:latest"');
  expect(smoke.find((k) => k.name === "plan after apply")!.message).toBe("no changes");
  // Object counts: what the stack declares, what lived on the cluster, nothing left.
  expect(c.objectCounts!.declared).toMatchObject({ Namespace: 1, Deployment: 1, Service: 1 });
  expect(c.objectCounts!.live).toMatchObject({ Namespace: 1, Deployment: 1, ReplicaSet: 1, Pod: 1, EndpointSlice: 1 });
  expect(c.objectCounts!.leftAfterDestroy).toBe(0);
});

test("a Pod Security violation fails (level 4 or 5) naming the pod spec field, and is still cleaned up", () => {
  const c = cellOf("fixture-privileged/onprem");
  expect(c.verdict).toBe("fail");
  const failed = c.levels.find((l) => l.status === "fail")!;
  expect([4, 5]).toContain(failed.level);
  // The API server's message, naming the field.
  expect(failed.message).toContain('violates PodSecurity "restricted:latest"');
  expect(failed.message).toContain("securityContext.privileged=true");
  expect(c.levels[5]).toMatchObject({ level: 6, status: "pass" });
});

test("when OpenTofu waits for a rollout that admission denies, level 4 stops the apply and fails with the API server's message", () => {
  const c = cellOf("fixture-privileged-rollout/onprem");
  const l4 = c.levels[3];
  expect(l4.status).toBe("fail");
  expect(l4.message).toContain("pods rejected by the API server's admission (apply stopped)");
  expect(l4.message).toContain("securityContext.privileged=true");
  expect(l4.durationMs).toBeLessThan(120_000); // not the provider's 5-minute rollout timeout
  expect(c.levels[4]).toMatchObject({ status: "skipped" });
  // OpenTofu's state is incomplete after a stopped apply: level 6 is not judged, but the cell is cleaned up.
  expect(c.levels[5].status).toBe("skipped");
  expect(c.levels[5].message).toContain("not judged: the apply was stopped");
  expect(c.levels[5].message).toContain("nothing of the cell is left");
  expect(c.objectCounts!.leftAfterDestroy).toBe(0);
});

test("an object left after destroy fails level 6 naming it", () => {
  const c = cellOf("fixture-leftover/onprem");
  expect(statuses("fixture-leftover/onprem").slice(0, 5)).toEqual(["L1:pass", "L2:pass", "L3:n/a", "L4:pass", "L5:pass"]);
  const l6 = c.levels[5];
  expect(l6.status).toBe("fail");
  expect(l6.message).toMatch(/PersistentVolume pvc-[0-9a-f-]+ \(claim fixture-leftover-onprem-test\/data-db-0, phase Released, reclaim policy Retain\)/);
  expect(c.objectCounts!.leftAfterDestroy).toBe(1);
});

test("the run fails, writes a valid report, and stops its cluster", () => {
  expect(run.exitCode).toBe(1);
  expect(run.report.summary.verdicts).toMatchObject({ pass: 1, fail: 3 });
  expect(validateReport(JSON.parse(fs.readFileSync(run.files.json, "utf8")))).toEqual([]);
  expect(run.report.cluster).toMatchObject({ kind: "embedded", kubernetesVersion: expect.stringMatching(/^v1\.\d+\.\d+/), nodes: 4 }); // 3 zones + the GPU node
  expect(fs.readFileSync(run.files.html, "utf8")).toContain('data-pattern="fixture-leftover"');
  expect(clusterPids.length).toBeGreaterThan(0);
  expect(clusterPids.filter(isAlive)).toEqual([]);
  // Cells ran in parallel: progress lines of two cells interleave.
  const starts = lines.map((l, i) => ({ l, i })).filter((x) => x.l.includes("L1 synth ..."));
  expect(starts.length).toBe(4);
  expect(starts[1].i).toBeLessThan(lines.findIndex((l) => l.includes("done:")));
});
