/**
 * Child processes of a deploy or conformance run (tofu, kubectl), tracked so an interrupted run can stop
 * them: tofu gets SIGINT first (it then stops gracefully and writes its state), anything
 * still alive after a grace period gets SIGKILL. Output is collected, never echoed raw.
 */
import { ChildProcess, spawn } from "node:child_process";

export interface ExecResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly durationMs: number;
  /** The process was stopped by `ProcessTracker.interrupt()` or `stop()`. */
  readonly interrupted: boolean;
}

export interface ExecOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly input?: string;
  /** Kill the process (SIGINT, then SIGKILL) after this long. */
  readonly timeoutMs?: number;
  /** Receives a function that stops this process (SIGINT, then SIGKILL after a grace period). */
  readonly onSpawn?: (stop: () => void) => void;
}

export class InterruptedError extends Error {
  constructor(message = "run interrupted") {
    super(message);
    this.name = "InterruptedError";
  }
}

/** Runs processes and remembers them until they exit. */
export class ProcessTracker {
  private readonly children = new Map<ChildProcess, { stop: (signal: NodeJS.Signals, reason: "timeout" | "abort" | "interrupt") => void }>();
  private interruptedFlag = false;

  get interrupted(): boolean {
    return this.interruptedFlag;
  }

  /** Pids of the processes running now. */
  pids(): number[] {
    return [...this.children.keys()].map((c) => c.pid).filter((p): p is number => typeof p === "number");
  }

  exec(cmd: string, args: readonly string[], opts: ExecOptions = {}): Promise<ExecResult> {
    if (this.interruptedFlag) return Promise.reject(new InterruptedError());
    const started = Date.now();
    return new Promise((resolve, reject) => {
      const child = spawn(cmd, args as string[], { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ["pipe", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      let stopReason: "timeout" | "abort" | "interrupt" | undefined;
      let killTimer: NodeJS.Timeout | undefined;
      const stop = (signal: NodeJS.Signals, reason: "timeout" | "abort" | "interrupt") => {
        stopReason ??= reason;
        try {
          child.kill(signal);
        } catch {
          /* gone */
        }
        killTimer ??= setTimeout(() => {
          try {
            child.kill("SIGKILL");
          } catch {
            /* gone */
          }
        }, 15000);
      };
      this.children.set(child, { stop });
      opts.onSpawn?.(() => stop("SIGINT", "abort"));
      const timer = opts.timeoutMs ? setTimeout(() => stop("SIGINT", "timeout"), opts.timeoutMs) : undefined;
      child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
      child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
      child.on("error", (err) => {
        this.children.delete(child);
        if (timer) clearTimeout(timer);
        if (killTimer) clearTimeout(killTimer);
        reject(new Error(`cannot run ${cmd}: ${err.message}`));
      });
      child.on("close", (code, signal) => {
        this.children.delete(child);
        if (timer) clearTimeout(timer);
        if (killTimer) clearTimeout(killTimer);
        if (stopReason === "timeout") stderr += `\n(stopped after the ${Math.round(opts.timeoutMs! / 1000)}s timeout)`;
        resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr, durationMs: Date.now() - started, interrupted: stopReason === "interrupt" });
      });
      child.stdin!.on("error", () => undefined);
      if (opts.input !== undefined) child.stdin!.end(opts.input);
      else child.stdin!.end();
    });
  }

  /** Marks the run interrupted and sends SIGINT to every running process. */
  interrupt(): void {
    this.interruptedFlag = true;
    for (const entry of this.children.values()) entry.stop("SIGINT", "interrupt");
  }

  /** Resolves when no tracked process is left (or after `timeoutMs`). */
  async drain(timeoutMs = 30000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.children.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    for (const [child] of this.children) {
      try {
        child.kill("SIGKILL");
      } catch {
        /* gone */
      }
    }
  }
}
