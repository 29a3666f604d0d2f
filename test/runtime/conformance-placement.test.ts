/**
 * `conformance --runtime` with the default on-prem placement, end to end: a small pattern whose
 * Workload runs the busybox image built here (httpd) is synthesised, its pod template gets the
 * runtime node's selector and toleration, and levels 4-6 pass with the pod Ready on the real node
 * (seen by `waitForRuntimePods` while the run is at level 5), its Service with endpoints, and
 * nothing left after destroy. This is what issue 27 does with the patterns' own images.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Construct } from "constructs";
import "../../patterns";
import { ConformanceRun, runConformance, waitForRuntimePods } from "../../conformance";
import { Pattern, PatternProps } from "../../constructs/pattern";
import { Workload } from "../../constructs/workload";
import { registerPattern } from "../../patterns/registry";
import { run as runCommand } from "../../tools/cache";
import { kubectlPath } from "../../tools/cluster";
import { busyboxImageSpec } from "../../tools/runtime/test-images";

jest.setTimeout(900_000);

const PATTERN = "fixture-runtime-web";
const NAMESPACE = `${PATTERN}-onprem-test`;

/** A Workload serving a page with busybox httpd from the image the runtime node ships. */
class RuntimeWebFixture extends Pattern {
  constructor(scope: Construct, id: string, props: PatternProps) {
    super(scope, id, props, PATTERN);
    const image = busyboxImageSpec();
    new Workload(this.platformStack, "app", {
      namespace: this.namespace,
      name: "web",
      image: `${image.name}:${image.tag}`,
      port: 8080,
      replicas: 1,
      command: ["sh", "-c", "echo hello-from-the-real-node > /tmp/index.html && exec httpd -f -p 8080 -h /tmp"],
    });
  }
}

registerPattern({
  name: PATTERN,
  summary: "busybox httpd on the runtime node",
  uses: ["kubernetesCluster"],
  create: (s, id, o) => new RuntimeWebFixture(s, id, o),
});

let tmp: string;
let run: ConformanceRun;
let readyOnNode: Promise<string[]> | undefined;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-runtime-placement-"));
  const kubectl = await kubectlPath();
  run = await runConformance({
    patterns: [PATTERN],
    targets: ["onprem"],
    jobs: 1,
    runtime: true,
    reportDir: path.join(tmp, "report"),
    handleSignals: false,
    log: () => undefined,
    onClusterReady: (info) => {
      // Watch from outside while the run applies: the cell's pod must become Ready on the real node.
      const k = (args: string[], o?: { input?: string; check?: boolean }) =>
        runCommand(kubectl, ["--kubeconfig", info.kubeconfig, ...args], { ...o, check: o?.check ?? true });
      readyOnNode = waitForRuntimePods(k, NAMESPACE, { timeoutMs: 300_000 });
      readyOnNode.catch(() => undefined);
    },
  });
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test("the on-prem cell's workload is placed on the real node, runs Ready there, and levels 4-6 pass", async () => {
  const cell = run.report.cells.find((c) => c.id === `${PATTERN}/onprem`)!;
  expect(cell.levels.map((l) => `L${l.level}:${l.status}`)).toEqual(["L1:pass", "L2:pass", "L3:n/a", "L4:pass", "L5:pass", "L6:pass", "L7:n/a"]);
  expect(cell.levels[0].message).toContain("1 pod template(s) placed on the runtime node");
  expect(cell.runtime).toEqual({
    node: "runtime-0",
    containerRuntimeVersion: expect.stringMatching(/^containerd:\/\//),
    workloadsPlaced: true,
    placedWorkloads: 1,
    // Level 4 waited for the pod to run Ready on the real node (issue 27).
    pods: [expect.stringMatching(new RegExp(`^${NAMESPACE}/web-`))],
  });
  expect(run.report.run.options.runtime).toEqual({ placement: "onprem" });
  expect(readyOnNode).toBeDefined();
  const pods = await readyOnNode!;
  expect(pods).toHaveLength(1);
  expect(pods[0]).toMatch(/^web-/);
  expect(cell.levels[4].checks!.map((k) => k.name)).toEqual(
    expect.arrayContaining([`rollout Deployment ${NAMESPACE}/web`, `endpoints Service ${NAMESPACE}/web`]),
  );
  expect(cell.objectCounts!.leftAfterDestroy).toBe(0);
});
