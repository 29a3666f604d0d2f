/**
 * A start that cannot finish in time fails with an error naming the component and quoting its
 * log, and stops what it had started.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ClusterStartError, startCluster } from "../../tools/cluster";

jest.setTimeout(60000);

/** Pids whose command line mentions `needle`. */
function processesMentioning(needle: string): number[] {
  const found: number[] = [];
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
      if (cmdline.includes(needle) && state !== "Z") found.push(Number(pid));
    } catch {
      /* exited meanwhile */
    }
  }
  return found;
}

test("a start-up timeout names the component, quotes its log, and leaves nothing behind", async () => {
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-failing-"));
  const err = await startCluster({ name: "failing", stateDir, timeoutMs: 1 }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ClusterStartError);
  const e = err as ClusterStartError;
  expect(e.component).toBe("etcd");
  expect(e.message).toContain("embedded cluster: etcd not ready before the start-up timeout");
  expect(e.message).toContain("--- last lines of etcd.log ---");
  expect(processesMentioning(stateDir)).toEqual([]);
  expect(fs.existsSync(stateDir)).toBe(false);
});

test("options are validated before anything starts", async () => {
  await expect(startCluster({ name: "Not_A_Label" })).rejects.toThrow("must be a DNS label");
  await expect(startCluster({ zones: [] })).rejects.toThrow("zones must not be empty");
});
