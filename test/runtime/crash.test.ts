/**
 * A SIGKILL of the process that owns a runtime cluster leaves nothing behind either: the
 * control plane's watchdog stops the daemons, the node's watchdog kills what is left in the
 * node's cgroups (containerd shims and containers detach from their parents) and removes the
 * cgroups and the node folder; the namespaces and their mounts go with the last process.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { isAlive } from "../../tools/cluster";
import { cgroupMounts } from "../../tools/runtime/node";

jest.setTimeout(300000);

const ROOT = path.resolve(__dirname, "../..");

async function eventually(what: string, check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what}: not true after ${timeoutMs / 1000}s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

test("SIGKILL of the owner: no node process, cgroup, folder or mount is left", async () => {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "fixtures", "hold-runtime-cluster.ts")], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, STACKWERK_QUIET: "1" },
  });
  let err = "";
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  const info = await new Promise<{ pids: number[]; dir: string; id: string; stateDir: string }>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve(JSON.parse(line));
    });
    child.on("exit", (code, signal) => reject(new Error(`fixture exited (${code ?? signal}) before the cluster was ready:\n${err}`)));
  });
  // The node's cgroups also hold short-lived helpers (CNI plugins, iptables runs) that may exit
  // between the fixture's listing and this read (ENOENT in CI): the shims are the long-lived proof.
  const comm = (p: number): string => {
    try {
      return fs.readFileSync(`/proc/${p}/comm`, "utf8");
    } catch {
      return "";
    }
  };
  const shims = info.pids.filter((p) => comm(p).startsWith("containerd-shim"));
  expect(shims.length).toBeGreaterThan(0);
  expect(shims.every(isAlive)).toBe(true);

  child.kill("SIGKILL");

  await eventually("every node process gone (shims and containers included)", () => info.pids.every((p) => !isAlive(p)), 30000);
  await eventually("node folder removed", () => !fs.existsSync(info.dir), 10000);
  await eventually("cgroups removed", () => cgroupMounts().every((m) => !fs.existsSync(path.join(m.dir, "stackwerk", info.id))), 10000);
  await eventually("control-plane state removed", () => !fs.existsSync(info.stateDir), 10000);
  expect(
    fs
      .readFileSync("/proc/self/mountinfo", "utf8")
      .split("\n")
      .filter((l) => l.includes(info.dir)),
  ).toEqual([]);
});
