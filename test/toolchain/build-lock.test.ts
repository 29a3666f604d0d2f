/**
 * The cross-process build lock shared by the toolchain and the cluster build (tools/cache.ts):
 * builds of one folder never overlap, a waiting process says so once, and a dead owner's lock
 * does not block forever. Real child processes, real lock folders.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { run, withBuildLock } from "../../tools/cache";

let work: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-lock-"));
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

const TSX = require.resolve("tsx/cli");
const CACHE = path.resolve(__dirname, "../../tools/cache.ts");

/** A separate process that holds the lock on `dir` for `ms`, appending start/end lines to `log`. */
function holder(dir: string, log: string, name: string, ms: number) {
  const script = `
    const fs = require("node:fs");
    const { withBuildLock } = require(${JSON.stringify(CACHE)});
    withBuildLock(${JSON.stringify(dir)}, "test", async () => {
      fs.appendFileSync(${JSON.stringify(log)}, "start ${name}\\n");
      await new Promise((r) => setTimeout(r, ${ms}));
      fs.appendFileSync(${JSON.stringify(log)}, "end ${name}\\n");
    });`;
  return run(process.execPath, [TSX, "-e", script], { check: true });
}

test("two processes building the same folder run one after the other, and the second says it waits", async () => {
  const dir = path.join(work, "tool");
  const log = path.join(work, "log");
  // b starts only once a holds the lock, and a holds it long enough for b (a tsx start-up, slow
  // on a loaded machine) to find it taken.
  const first = holder(dir, log, "a", 6000);
  const deadline = Date.now() + 30_000;
  while (!(fs.existsSync(log) && fs.readFileSync(log, "utf8").includes("start a")) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const [a, b] = await Promise.all([first, holder(dir, log, "b", 100)]);
  const lines = fs.readFileSync(log, "utf8").trim().split("\n");
  expect(lines).toEqual(["start a", "end a", "start b", "end b"]);
  expect(a.stderr + b.stderr).toMatch(/test: another process \(pid \d+\) is building .*tool; waiting for it/);
  expect(fs.existsSync(`${dir}.lock`)).toBe(false);
}, 60_000);

test("a lock left by a dead process is removed and the build goes ahead", async () => {
  const dir = path.join(work, "tool");
  fs.mkdirSync(`${dir}.lock`, { recursive: true });
  const dead = await run(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  fs.writeFileSync(path.join(`${dir}.lock`, "pid"), dead.stdout);
  let ran = false;
  await withBuildLock(dir, "test", async () => {
    ran = true;
  });
  expect(ran).toBe(true);
  expect(fs.existsSync(`${dir}.lock`)).toBe(false);
});
