/**
 * `stackwerk cluster up | status | down`, run as a user runs them (`tsx cli/main.ts ...`):
 * up detaches a supervisor and prints a working kubeconfig and kubectl command line; status
 * lists the components and nodes; down leaves no process, port or state folder.
 */
import { spawnSync } from "node:child_process";
import { clusterKubeconfigPath as embeddedKubeconfigPath } from "../../tools/cluster/paths";
import * as fs from "node:fs";
import * as path from "node:path";
import { cacheRoot } from "../../tools/cache";
import { isAlive } from "../../tools/cluster";
import { portIsFree } from "./helpers";

jest.setTimeout(240000);

const ROOT = path.resolve(__dirname, "../..");
const NAME = `jest-cli-${process.pid}`;
const STATE_DIR = path.join(cacheRoot(), "clusters", NAME);

function cli(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", "cli/main.ts", "cluster", ...args, "--name", NAME], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 200000,
  });
  return { code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

afterAll(() => {
  if (fs.existsSync(STATE_DIR)) cli("down");
});

test("cluster up, status and down", async () => {
  const up = cli("up");
  expect(up.stderr).toContain("ready in");
  expect(up.code).toBe(0);
  const kubeconfig = /^kubeconfig: (.+)$/m.exec(up.stdout)?.[1];
  const kubectlLine = /^kubectl: +(.+)$/m.exec(up.stdout)?.[1];
  expect(kubeconfig).toBe(path.join(STATE_DIR, "kubeconfig"));
  // The on-prem target's default kubeconfig is the one `cluster up` prints.
  expect(embeddedKubeconfigPath(NAME)).toBe(kubeconfig);
  expect(kubectlLine).toBeDefined();

  // The printed command line works as printed (the built kubectl, not the machine's).
  const [kubectl, ...args] = kubectlLine!.split(" ");
  expect(kubectl).toContain(path.join(cacheRoot(), "cluster"));
  const nodes = spawnSync(kubectl, [...args, "--no-headers"], { encoding: "utf8" });
  expect(nodes.status).toBe(0);
  const rows = nodes.stdout
    .trim()
    .split("\n")
    .map((l) => l.split(/\s+/));
  // Three worker nodes, one per zone, and the fake GPU node in the first zone (tools/cluster).
  expect(rows.map((r) => r[1])).toEqual(["Ready", "Ready", "Ready", "Ready"]);
  expect(rows.map((r) => r[5]).sort()).toEqual(["zone-a", "zone-a", "zone-b", "zone-c"]);

  // The cluster outlives the CLI process that started it.
  const state = JSON.parse(fs.readFileSync(path.join(STATE_DIR, "state.json"), "utf8"));
  expect(state.status).toBe("running");
  const pids: number[] = [state.daemonPid, ...state.pids];
  expect(pids.every(isAlive)).toBe(true);

  // A second `up` reports the running cluster instead of starting another.
  const again = cli("up");
  expect(again.code).toBe(0);
  expect(again.stdout).toContain(`cluster '${NAME}' is running (${state.server})`);

  const status = cli("status");
  expect(status.code).toBe(0);
  for (const c of ["supervisor", "etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler", "kwok"]) {
    expect(status.stdout).toMatch(new RegExp(`^${c} +\\d+ +running +\\d+ MiB$`, "m"));
  }
  expect(status.stdout).toMatch(/kwok-zone-c-0 +Ready/);

  const down = cli("down");
  expect(down.code).toBe(0);
  expect(down.stdout).toContain(`cluster '${NAME}' stopped`);
  expect(down.stdout).not.toContain("killed leftover"); // the supervisor stopped everything itself
  expect(pids.filter(isAlive)).toEqual([]);
  for (const port of Object.values(state.ports as Record<string, number>)) expect(await portIsFree(port)).toBe(true);
  expect(fs.existsSync(STATE_DIR)).toBe(false);

  const after = cli("status");
  expect(after.code).toBe(1);
  expect(after.stdout).toContain("is not running");
});
