/**
 * An interrupted conformance run (SIGINT, as Ctrl-C sends) stops OpenTofu and its embedded
 * cluster, writes a partial report marked interrupted, exits 130, and leaves no process.
 * The real CLI runs in a child process with the fixture patterns registered.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const CLI = path.join(ROOT, "test/fixtures/run-cli.ts");

/** Every descendant of `pid` (from /proc), with its command line. */
function descendants(pid: number): Array<{ pid: number; cmd: string }> {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* gone */
    }
  }
  const out: Array<{ pid: number; cmd: string }> = [];
  const queue = [...(children.get(pid) ?? [])];
  while (queue.length) {
    const p = queue.shift()!;
    let cmd = "";
    try {
      cmd = fs.readFileSync(`/proc/${p}/cmdline`, "utf8").replace(/\0/g, " ").trim();
    } catch {
      continue;
    }
    out.push({ pid: p, cmd });
    queue.push(...(children.get(p) ?? []));
  }
  return out;
}

/** Alive and not a zombie. */
function running(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

test("SIGINT during level 4 stops tofu and the cluster, writes an interrupted report and leaves no process", async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-conformance-sigint-"));
  const reportDir = path.join(tmp, "report");
  const child = spawn(process.execPath, ["--import", "tsx", CLI, "conformance", "--patterns", "fixture-good", "--targets", "onprem", "--report", reportDir], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  let seen: Array<{ pid: number; cmd: string }> = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const interruptedAt = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`level 4 never started:\n${stderr}`)), 600_000);
    child.stderr!.on("data", (d: Buffer) => {
      stderr += d.toString();
      // Interrupt once OpenTofu is applying to the cluster: tofu, its provider and the cluster all run.
      if (/L4 apply \.\.\./.test(stderr) && seen.length === 0) {
        setTimeout(() => {
          seen = descendants(child.pid!);
          child.kill("SIGINT");
          clearTimeout(timer);
          resolve();
        }, 1500);
      }
    });
  });
  child.stdout!.resume();
  await interruptedAt;
  const result = await exited;

  expect(seen.some((p) => p.cmd.includes("kube-apiserver"))).toBe(true);
  expect(seen.some((p) => p.cmd.includes("etcd"))).toBe(true);
  expect(seen.some((p) => /\btofu\b.* apply/.test(p.cmd))).toBe(true);
  expect(result.code).toBe(130);
  expect(stderr).toContain("SIGINT received");
  // Nothing the run started is still running.
  await new Promise((r) => setTimeout(r, 1000));
  const left = seen.filter((p) => running(p.pid));
  expect(left).toEqual([]);
  // The partial report says it was interrupted.
  const report = JSON.parse(fs.readFileSync(path.join(reportDir, "report.json"), "utf8"));
  expect(report.run.interrupted).toBe(true);
  expect(report.summary.exitCode).toBe(130);
  expect(report.cells[0].verdict).toBe("interrupted");
  expect(report.cells[0].levels.map((l: { status: string }) => l.status)).toContain("interrupted");
  fs.rmSync(tmp, { recursive: true, force: true });
}, 900_000);
