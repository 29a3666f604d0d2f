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
  // Which component is caught by a 1 ms deadline depends on timing (etcd is usually still
  // starting; on a busy machine the first probe may already find it up). One assertion on the
  // whole error, so a failure prints the message it got.
  const component = (err as ClusterStartError).component;
  expect({ isStartError: err instanceof ClusterStartError, message: String((err as Error).message) }).toEqual({
    isStartError: true,
    message: expect.stringMatching(
      new RegExp(`^embedded cluster: ${component} not ready before the start-up timeout[\\s\\S]*--- last lines of ${component}\\.log ---`),
    ),
  });
  expect(["etcd", "kube-apiserver"]).toContain(component);
  expect(processesMentioning(stateDir)).toEqual([]);
  expect(fs.existsSync(stateDir)).toBe(false);
});

test("options are validated before anything starts", async () => {
  await expect(startCluster({ name: "Not_A_Label" })).rejects.toThrow("must be a DNS label");
  await expect(startCluster({ zones: [] })).rejects.toThrow("zones must not be empty");
});
