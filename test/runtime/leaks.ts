/**
 * Leak checks shared by the runtime-node tests: a snapshot of the host state a real node must
 * not change (links, nft ruleset, mounts, network namespaces) and the check that a stopped node
 * left no process, folder, mount, cgroup, network namespace, veth or nft table behind.
 */
import * as fs from "node:fs";
import { run } from "../../tools/cache";
import { cgroupMounts, RuntimeNodeRecord } from "../../tools/runtime/node";

/** Host state the node must not change. */
export interface HostSnapshot {
  readonly links: string;
  readonly nft: string;
  readonly mounts: string;
  readonly netns: Set<string>;
  /** Files below the host's /var/lib/cni (CNI address reservations and results); the node keeps its own. */
  readonly cniState: string;
}

/** Host state the node must not change: links, nft ruleset, mounts, network namespaces of every process. */
export async function hostSnapshot(): Promise<HostSnapshot> {
  const netns = new Set<string>();
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      netns.add(fs.readlinkSync(`/proc/${pid}/ns/net`));
    } catch {
      /* gone */
    }
  }
  return {
    links: (await run("ip", ["-o", "link", "show"])).stdout.replace(/\s+link\/.*$/gm, ""),
    nft: (await run("nft", ["list", "ruleset"])).stdout,
    mounts: fs.readFileSync("/proc/self/mountinfo", "utf8"),
    netns,
    cniState: filesBelow("/var/lib/cni").join("\n"),
  };
}

/** Every file path below `dir`, sorted (none when it does not exist). */
function filesBelow(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => !e.isDirectory())
    .map((e) => `${e.parentPath}/${e.name}`)
    .sort();
}

/** Network namespaces of `pids` (processes already gone are skipped). */
export function netnsOf(pids: readonly number[]): Set<string> {
  const out = new Set<string>();
  for (const pid of pids) {
    try {
      out.add(fs.readlinkSync(`/proc/${pid}/ns/net`));
    } catch {
      /* gone */
    }
  }
  return out;
}

/**
 * Expects that the node of `record`, whose processes were `pids` in the network namespaces
 * `nodeNetns`, is gone without a trace, and that links and nft ruleset equal `before`.
 */
export async function expectNodeGone(record: RuntimeNodeRecord, pids: readonly number[], nodeNetns: ReadonlySet<string>, before: HostSnapshot): Promise<void> {
  const after = await hostSnapshot();
  const hostNetns = fs.readlinkSync("/proc/self/ns/net");
  expect(pids.filter((pid) => fs.existsSync(`/proc/${pid}`) && !fs.readFileSync(`/proc/${pid}/stat`, "utf8").includes(") Z "))).toEqual([]);
  expect(fs.existsSync(record.dir)).toBe(false);
  expect(after.mounts.split("\n").filter((l) => l.includes(record.dir) || l.includes(record.id))).toEqual([]);
  for (const m of cgroupMounts()) expect(fs.existsSync(`${m.dir}/stackwerk/${record.id}`)).toBe(false);
  for (const ns of nodeNetns) if (ns !== hostNetns) expect(after.netns.has(ns)).toBe(false);
  expect(after.links).toBe(before.links);
  expect(after.nft).toBe(before.nft);
  expect(after.cniState).toBe(before.cniState);
}
