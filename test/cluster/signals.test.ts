/**
 * Interrupting the process that owns a cluster leaves nothing behind: a SIGINT runs the
 * cleanup handler (stop every component, remove the state folder, then exit as interrupted);
 * a SIGKILL gives no chance to clean up, so the per-cluster watchdog does it.
 */
import { ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { isAlive } from "../../tools/cluster";
import { eventually, portIsFree, socketsOn } from "./helpers";

jest.setTimeout(240000);

const ROOT = path.resolve(__dirname, "../..");
const FIXTURE = path.join(__dirname, "fixtures", "hold-cluster.ts");

interface Held {
  child: ChildProcess;
  info: { pids: number[]; ports: number[]; stateDir: string };
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the fixture in a child Node process (TypeScript through tsx) and waits for its cluster. */
function hold(): Promise<Held> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", FIXTURE], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, STACKWERK_QUIET: "1" },
    });
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on("exit", (code, signal) => r({ code, signal })));
    let out = "";
    let err = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve({ child, info: JSON.parse(line), exit });
    });
    child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
    void exit.then(({ code, signal }) => reject(new Error(`fixture exited (${code ?? signal}) before the cluster was ready:\n${err}`)));
  });
}

async function expectNothingLeft(info: Held["info"]): Promise<void> {
  await eventually("every cluster process gone", async () => info.pids.every((p) => !isAlive(p)), 30000);
  for (const port of info.ports) {
    const free = await portIsFree(port);
    expect({ port, free, sockets: free ? [] : socketsOn(port) }).toEqual({ port, free: true, sockets: [] });
  }
  await eventually("state folder removed", async () => !fs.existsSync(info.stateDir), 10000);
}

test("SIGINT to a Node process that started a cluster leaves no process behind", async () => {
  const { child, info, exit } = await hold();
  expect(info.pids.length).toBe(6);
  expect(info.pids.every(isAlive)).toBe(true);
  child.kill("SIGINT");
  const result = await exit;
  expect(result.signal).toBe("SIGINT"); // the handler re-raised the signal after cleaning up
  // The handler waited for every component before the process ended: nothing to wait for now.
  expect(info.pids.filter(isAlive)).toEqual([]);
  await expectNothingLeft(info);
});

test("SIGKILL of that process: the watchdog stops the cluster", async () => {
  const { child, info, exit } = await hold();
  child.kill("SIGKILL");
  await exit;
  await expectNothingLeft(info);
});
