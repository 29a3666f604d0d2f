/**
 * The runtime node's cgroups (cgroup v1, cgroupfs driver): `/stackwerk/<id>` in every hierarchy,
 * found from /proc/self/mountinfo, and killing/removing everything below it. Split from node.ts.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { RuntimeNodeError } from "./node-settings";

const CGROUP_BASE = "/sys/fs/cgroup";

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** cgroup mounts (v1 hierarchies and the unified one) under /sys/fs/cgroup, from /proc/self/mountinfo. */
export function cgroupMounts(): Array<{ dir: string; v2: boolean }> {
  const out: Array<{ dir: string; v2: boolean }> = [];
  for (const line of fs.readFileSync("/proc/self/mountinfo", "utf8").split("\n")) {
    const [pre, post] = line.split(" - ");
    if (!post) continue;
    const fstype = post.split(" ")[0];
    const mountPoint = pre.split(" ")[4];
    if ((fstype === "cgroup" || fstype === "cgroup2") && mountPoint.startsWith(CGROUP_BASE)) out.push({ dir: mountPoint, v2: fstype === "cgroup2" });
  }
  return out;
}

/** Every pid in a cgroup folder and its descendants. */
export function cgroupPids(dir: string): number[] {
  const pids: number[] = [];
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    try {
      for (const p of fs.readFileSync(path.join(d, "cgroup.procs"), "utf8").split("\n")) if (p.trim()) pids.push(Number(p));
    } catch {
      /* removed meanwhile */
    }
    for (const e of entries) if (e.isDirectory()) walk(path.join(d, e.name));
  };
  walk(dir);
  return pids;
}

/** Removes a cgroup folder tree, deepest first (a cgroup folder is removed with rmdir). */
function removeCgroupTree(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) removeCgroupTree(path.join(dir, e.name));
  try {
    fs.rmdirSync(dir);
  } catch {
    /* still busy: reported by the caller's check */
  }
}

/** Kills every process in the node's cgroups (pids hierarchy, or any) until none is left, then removes them. */
export async function killCgroupTree(id: string, timeoutMs = 10000): Promise<void> {
  const dirs = cgroupMounts().map((m) => path.join(m.dir, "stackwerk", id));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pids = [...new Set(dirs.flatMap(cgroupPids))];
    if (pids.length === 0) break;
    for (const pid of pids) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        /* gone */
      }
    }
    if (Date.now() > deadline) throw new RuntimeNodeError("cleanup", `processes ${pids.join(", ")} in cgroup stackwerk/${id} did not exit`);
    await sleep(100);
  }
  for (const d of dirs) removeCgroupTree(d);
  for (const m of cgroupMounts()) {
    try {
      fs.rmdirSync(path.join(m.dir, "stackwerk"));
    } catch {
      /* another node still uses it */
    }
  }
}

/** Creates `stackwerk/<id>/<sub>` in every v1 hierarchy (cpuset copied from the parent). */
export function makeCgroup(id: string, sub: string): void {
  for (const m of cgroupMounts()) {
    if (m.v2) continue;
    let parent = m.dir;
    for (const part of ["stackwerk", id, sub].filter(Boolean)) {
      const d = path.join(parent, part);
      if (!fs.existsSync(d)) fs.mkdirSync(d);
      // cpuset: a new cgroup has no cpus/mems; copy the parent's, or nothing can join it.
      for (const f of ["cpuset.cpus", "cpuset.mems"]) {
        const file = path.join(d, f);
        if (fs.existsSync(file) && fs.readFileSync(file, "utf8").trim() === "") fs.writeFileSync(file, fs.readFileSync(path.join(parent, f), "utf8").trim());
      }
      parent = d;
    }
  }
}
