/**
 * Shared plumbing for everything under tools/: where built tools live, how a
 * build is published atomically, how a command is run with an error that says
 * what failed and how to retry, and how progress is printed.
 */
import { spawn, SpawnOptions } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/**
 * Root of the build cache, outside the checkout so a fresh clone (CI) reuses it.
 * `STACKWERK_CACHE` overrides; otherwise `$XDG_CACHE_HOME/stackwerk` or `~/.cache/stackwerk`.
 */
export function cacheRoot(): string {
  if (process.env.STACKWERK_CACHE) return path.resolve(process.env.STACKWERK_CACHE);
  const xdg = process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
  return path.join(xdg, "stackwerk");
}

/** Short stable key for a set of pinned versions, so a bump builds into a new folder. */
export function versionKey(pins: Record<string, string>): string {
  const text = Object.keys(pins)
    .sort()
    .map((k) => `${k}=${pins[k]}`)
    .join("\n");
  return createHash("sha256").update(text).digest("hex").slice(0, 12);
}

/** Prints a progress line to stderr (stdout stays clean for machine-readable output). */
export function progress(message: string): void {
  if (process.env.STACKWERK_QUIET) return;
  process.stderr.write(`[stackwerk] ${message}\n`);
}

/** An error from a tool build: names the tool, version, failing command and the retry. */
export class ToolBuildError extends Error {
  constructor(
    readonly tool: string,
    readonly version: string,
    readonly command: string,
    detail: string,
    retry: string,
  ) {
    super(`building ${tool} ${version} failed\n  command: ${command}\n  ${detail.trim().split("\n").slice(-25).join("\n  ")}\n  retry: ${retry}`);
    this.name = "ToolBuildError";
  }
}

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

export interface RunOptions extends SpawnOptions {
  /** Text written to stdin. */
  readonly input?: string;
  /** Reject on a non-zero exit (default true). */
  readonly check?: boolean;
  /** Stream output lines to the progress log with this prefix. */
  readonly echo?: string;
}

/** Runs a command without a shell and collects its output. */
export function run(cmd: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const { input, check = true, echo, ...spawnOptions } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args as string[], { ...spawnOptions, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (d: Buffer) => {
      stdout += d.toString();
      if (echo) for (const line of d.toString().split("\n")) if (line.trim()) progress(`${echo} ${line}`);
    });
    child.stderr!.on("data", (d: Buffer) => {
      stderr += d.toString();
      if (echo) for (const line of d.toString().split("\n")) if (line.trim()) progress(`${echo} ${line}`);
    });
    child.on("error", (err) => reject(new Error(`cannot run ${cmd}: ${err.message}`)));
    child.on("close", (code) => {
      const result = { stdout, stderr, code: code ?? 1 };
      if (check && result.code !== 0) {
        const err = new Error(`${cmd} ${args.join(" ")} exited with ${result.code}\n${stderr || stdout}`);
        Object.assign(err, { result });
        reject(err);
      } else resolve(result);
    });
    if (input !== undefined) child.stdin!.end(input);
    else child.stdin!.end();
  });
}

/**
 * Builds into a temporary sibling folder and renames it into place only when the
 * build succeeded, so a broken build never leaves a folder that looks complete.
 * A `.complete` marker written last is what `isComplete` checks.
 */
export async function buildAtomically(finalDir: string, build: (tmpDir: string) => Promise<void>): Promise<string> {
  fs.mkdirSync(path.dirname(finalDir), { recursive: true });
  const tmp = fs.mkdtempSync(`${finalDir}.tmp-`);
  fs.chmodSync(tmp, 0o755); // mkdtemp makes 0700; a published tool folder is world-readable like any cache
  try {
    await build(tmp);
    fs.writeFileSync(path.join(tmp, ".complete"), new Date().toISOString() + "\n");
    fs.rmSync(finalDir, { recursive: true, force: true });
    fs.renameSync(tmp, finalDir);
    return finalDir;
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

/** True when `dir` was published by `buildAtomically`. */
export function isComplete(dir: string): boolean {
  return fs.existsSync(path.join(dir, ".complete"));
}

/** sha256 of a file, hex. */
export function sha256File(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Runs `fn` while holding a cross-process lock on `<dir>.lock` (a folder with the owner's pid),
 * so two processes never build the same tool folder at once on a 2-core machine: the second
 * waits, with one progress line, and then finds the build done. A dead owner's lock is removed.
 */
export async function withBuildLock<T>(dir: string, what: string, fn: () => Promise<T>): Promise<T> {
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const lock = `${dir}.lock`;
  let announced = false;
  for (;;) {
    // The lock appears with its pid file already inside (rename of a prepared folder), so a
    // waiting process never sees a lock without an owner.
    const claim = fs.mkdtempSync(`${lock}.claim-`);
    fs.writeFileSync(path.join(claim, "pid"), String(process.pid));
    try {
      fs.renameSync(claim, lock);
      break;
    } catch (err) {
      fs.rmSync(claim, { recursive: true, force: true });
      if (!["EEXIST", "ENOTEMPTY"].includes((err as NodeJS.ErrnoException).code ?? "")) throw err;
      let owner = 0;
      try {
        owner = Number(fs.readFileSync(path.join(lock, "pid"), "utf8")) || 0;
      } catch {
        continue; // released between rename and read: try again
      }
      if (owner && !pidAlive(owner)) {
        progress(`${what}: removing stale build lock of dead process ${owner}`);
        fs.rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (!announced) {
        progress(`${what}: another process (pid ${owner || "?"}) is building ${dir}; waiting for it`);
        announced = true;
      }
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
