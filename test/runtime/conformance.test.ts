/**
 * `stackwerk conformance --runtime` (ADR 0310): a real pattern's on-prem cell runs on an
 * embedded cluster that has a real node; the report (JSON, Markdown, HTML) says so per cell,
 * with the node's container runtime; when the run ends the node leaves no process, mount,
 * network namespace, cgroup, veth or nft table behind. Also: the on-prem placement hook gives
 * every pod template of a real pattern the runtime node's selector and toleration.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import "../../patterns";
import { ConformanceRun, placeOnRuntimeNode, runConformance, validateReport } from "../../conformance";
import { synthPattern } from "../../engines/cdktf";
import { targetByName } from "../../providers";
import { RUNTIME_NODE_LABEL } from "../../tools/runtime";
import type { RuntimeNodeRecord } from "../../tools/runtime/node";
import { expectNodeGone, hostSnapshot, HostSnapshot, netnsOf } from "./leaks";

jest.setTimeout(900_000);

/** The on-prem cell with the fewest objects and no add-ons stack. */
const PATTERN = "ai";

let tmp: string;
let run: ConformanceRun;
let before: HostSnapshot;
let record: RuntimeNodeRecord | undefined;
let nodePids: number[] = [];
let nodeNetns = new Set<string>();
const lines: string[] = [];

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-runtime-conformance-"));
  before = await hostSnapshot();
  run = await runConformance({
    patterns: [PATTERN],
    targets: ["onprem"],
    jobs: 1,
    maxLevel: 4,
    runtime: { placement: "none" },
    reportDir: path.join(tmp, "report"),
    handleSignals: false,
    log: (l) => lines.push(l),
    onClusterReady: (info) => {
      record = JSON.parse(fs.readFileSync(path.join(info.stateDir!, "runtime-node.json"), "utf8")) as RuntimeNodeRecord;
      nodePids = info.pids;
      nodeNetns = netnsOf(info.pids);
    },
  });
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test("the cell ran on a cluster with a real containerd node, and report.json says so per cell and for the cluster", () => {
  const cell = run.report.cells.find((c) => c.id === `${PATTERN}/onprem`)!;
  expect(cell.levels.slice(0, 4).map((l) => `L${l.level}:${l.status}`)).toEqual(["L1:pass", "L2:pass", "L3:n/a", "L4:pass"]);
  expect(cell.runtime).toEqual({
    node: "runtime-0",
    containerRuntimeVersion: expect.stringMatching(/^containerd:\/\/2\.4\./),
    workloadsPlaced: false,
    placedWorkloads: 0,
  });
  expect(run.report.cluster.runtime).toMatchObject({
    node: "runtime-0",
    containerRuntimeVersion: cell.runtime!.containerRuntimeVersion,
    kubeletVersion: "v1.34.4",
  });
  expect(run.report.cluster.runtime!.rssBytes).toBeGreaterThan(50 * 2 ** 20);
  expect(run.report.run.options.runtime).toEqual({ placement: "none" });
  expect(run.report.cluster.note).toContain("real node");
  expect(validateReport(JSON.parse(fs.readFileSync(run.files.json, "utf8")))).toEqual([]);
  expect(lines.join("\n")).toMatch(/real node runtime-0: containerd:\/\/2\.4\.\d+, kubelet v1\.34\.4/);
});

test("the Markdown and HTML reports name the real node and its container runtime", () => {
  const md = fs.readFileSync(run.files.markdown, "utf8");
  expect(md).toMatch(new RegExp(`\\| ${PATTERN}/onprem \\(real node: runtime-0, containerd://2\\.4\\.\\d+, workloads on kwok nodes\\)`));
  expect(md).toMatch(/real node runtime-0: containerd:\/\/2\.4\.\d+, kubelet v1\.34\.4/);
  const html = fs.readFileSync(run.files.html, "utf8");
  expect(html).toMatch(/<p class="kv runtime" data-runtime="containerd:\/\/2\.4\.\d+">real node: runtime-0/);
});

test("after the run the real node left no process, mount, network namespace, cgroup, veth or nft table", async () => {
  expect(record).toBeDefined();
  expect(nodeNetns.size).toBeGreaterThanOrEqual(2); // the host's (control plane) and the node's
  await expectNodeGone(record!, nodePids, nodeNetns, before);
});

test("placement 'onprem': every pod template of a real on-prem pattern gets the runtime node's selector and toleration", () => {
  const outdir = path.join(tmp, "synth");
  fs.mkdirSync(outdir, { recursive: true });
  const stacks = synthPattern({ pattern: "web-app", target: targetByName("onprem"), stage: "test", outdir });
  const platform = JSON.parse(fs.readFileSync(stacks.find((s) => s.role === "platform")!.file, "utf8"));
  const placed = placeOnRuntimeNode(platform);
  const workloads = Object.entries<{ manifest: { kind: string } }>(platform.resource.kubernetes_manifest).filter(([, r]) =>
    ["Deployment", "StatefulSet", "Job", "CronJob", "DaemonSet"].includes(r.manifest.kind),
  );
  expect(workloads.length).toBeGreaterThanOrEqual(4);
  expect(placed.sort()).toEqual(workloads.map(([name]) => `kubernetes_manifest.${name}`).sort());
  for (const [, r] of workloads) {
    const m = r.manifest as { kind: string; spec: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
    const pod = m.kind === "CronJob" ? m.spec.jobTemplate.spec.template.spec : m.spec.template.spec;
    expect(pod.nodeSelector).toMatchObject({ [RUNTIME_NODE_LABEL]: "true" });
    expect(pod.tolerations).toContainEqual({ key: RUNTIME_NODE_LABEL, operator: "Equal", value: "true", effect: "NoSchedule" });
    // What the Workload wrote is kept.
    expect(pod.securityContext).toBeDefined();
  }
});
