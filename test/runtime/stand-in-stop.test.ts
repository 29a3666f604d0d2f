/**
 * Stand-ins stop on SIGTERM as their upstream images do (ADR 0455): a container's PID 1 ignores
 * SIGTERM unless it handles it, so an entrypoint that `exec`s busybox's httpd or sleep held every
 * pod deletion for its whole grace period. Each script runs here as PID 1 of its own PID namespace
 * (what a container is), and the signal comes from outside it, as the kubelet's does.
 */
import { ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { runUntilStopped } from "../../tools/runtime/stand-ins";
import { HELLO_EVENTS_ENTRYPOINT } from "../../tools/runtime/stand-ins-event-bus";

/** Runs `script` with /bin/sh as PID 1 of a new PID namespace; resolves with that process's host PID. */
async function asPid1(script: string): Promise<{ child: ChildProcess; pid1: number; exited: Promise<number | null> }> {
  const child = spawn("unshare", ["--pid", "--fork", "--kill-child", "sh", "-c", script], { stdio: "ignore" });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  for (let i = 0; i < 100; i++) {
    const children = fs.readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, "utf8").trim();
    if (children) return { child, pid1: Number(children.split(/\s+/)[0]), exited };
    await sleep(20);
  }
  throw new Error("unshare started no child");
}

/** Sends SIGTERM to PID 1; the exit code when it stops within `ms`, else "still running". */
async function stopWithin(script: string, ms: number): Promise<number | null | "still running" | "cancelled"> {
  const { child, pid1, exited } = await asPid1(script);
  await sleep(300); // the trap is set before the first command runs
  process.kill(pid1, "SIGTERM");
  const timer = new AbortController();
  const timeout = sleep(ms, "still running" as const, { signal: timer.signal }).catch(() => "cancelled" as const);
  const result = await Promise.race([exited, timeout]);
  timer.abort();
  if (result === "still running") {
    child.kill("SIGKILL"); // --kill-child takes PID 1 with it
    await exited;
  }
  return result;
}

test("a server exec'd as PID 1 ignores SIGTERM (why the stand-ins needed it)", async () => {
  expect(await stopWithin("exec sleep 1000", 2_000)).toBe("still running");
});

test("runUntilStopped: PID 1 stops on SIGTERM with status 0", async () => {
  expect(await stopWithin(runUntilStopped("sleep 1000"), 5_000)).toBe(0);
});

test("the event-bus client stand-in's entrypoint stops on SIGTERM", async () => {
  expect(await stopWithin(HELLO_EVENTS_ENTRYPOINT.replace(/^#!.*\n/, ""), 5_000)).toBe(0);
});
