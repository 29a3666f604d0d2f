/**
 * Process supervision for the embedded control plane.
 *
 * - Every component runs in its own process group (`detached`), so a Ctrl-C in the terminal
 *   reaches only the Node parent, which then stops the cluster in order.
 * - A tiny `sh` watchdog per cluster reads the component pids from a pipe held by the parent.
 *   If the parent dies without cleaning up (SIGKILL, crash), the pipe closes and the watchdog
 *   terminates every registered process group and removes the state folder. After a normal
 *   stop the parent tells it to exit quietly.
 * - Output goes to one log file per component, whose tail is quoted in errors.
 */
import { ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export interface ManagedProcess {
  readonly name: string;
  readonly pid: number;
  readonly logFile: string;
  readonly child: ChildProcess;
  /** Resolves with the exit code (or signal name) once the process has exited. */
  readonly exited: Promise<string>;
  /** Set once the process has exited. */
  exit?: string;
}

const WATCHDOG = `
pids=""
while IFS= read -r line; do
  case "$line" in
    +*) pids="$pids \${line#+}" ;;
    -*) p="\${line#-}"; rest=""; for q in $pids; do [ "$q" = "$p" ] || rest="$rest $q"; done; pids="$rest" ;;
    exit) exit 0 ;;
  esac
done
# stdin closed without "exit": the parent is gone. Stop what it left behind.
for p in $pids; do kill -s TERM -- "-$p" 2>/dev/null || kill -s TERM "$p" 2>/dev/null; done
i=0
while [ $i -lt 50 ]; do
  alive=""
  for p in $pids; do kill -s 0 "$p" 2>/dev/null && alive="$alive $p"; done
  [ -z "$alive" ] && break
  sleep 0.1; i=$((i+1))
done
for p in $pids; do kill -s KILL -- "-$p" 2>/dev/null; kill -s KILL "$p" 2>/dev/null; done
[ -n "$1" ] && rm -rf -- "$1"
exit 0
`;

function procState(file: string): string {
  const stat = fs.readFileSync(file, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
}

/**
 * True while `pid` exists and is not a zombie. A multi-threaded process (every Go binary)
 * whose main thread is already a zombie still counts as alive while other threads are exiting:
 * they hold its file descriptors (listening sockets) until the last one is gone.
 */
export function isAlive(pid: number): boolean {
  try {
    const state = procState(`/proc/${pid}/stat`);
    if (state !== "Z" && state !== "X") return true;
    try {
      return fs.readdirSync(`/proc/${pid}/task`).some((tid) => {
        try {
          const s = procState(`/proc/${pid}/task/${tid}/stat`);
          return s !== "Z" && s !== "X";
        } catch {
          return false;
        }
      });
    } catch {
      return false;
    }
  } catch {
    if (process.platform === "linux") return false;
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

/** Resident memory of a process in bytes (Linux /proc), 0 when unknown. */
export function rssBytes(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Last `lines` lines of a log file (for error messages). */
export function tail(file: string, lines = 30): string {
  try {
    const text = fs.readFileSync(file, "utf8");
    return text.trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

export class ProcessSupervisor {
  private readonly procs: ManagedProcess[] = [];
  private watchdog?: ChildProcess;
  private watchdogPid?: number;

  /**
   * @param logDir folder for `<name>.log`
   * @param removeOnOrphan folder the watchdog deletes if the parent dies without cleanup
   */
  constructor(
    readonly logDir: string,
    private readonly removeOnOrphan?: string,
  ) {
    fs.mkdirSync(logDir, { recursive: true });
  }

  private ensureWatchdog(): void {
    if (this.watchdog) return;
    const wd = spawn("/bin/sh", ["-c", WATCHDOG, "stackwerk-watchdog", this.removeOnOrphan ?? ""], {
      detached: true,
      stdio: ["pipe", "ignore", "ignore"],
    });
    wd.stdin!.on("error", () => undefined);
    wd.unref();
    // Keep the pipe from holding the event loop open; it still closes when the parent dies.
    (wd.stdin as unknown as { unref?: () => void }).unref?.();
    this.watchdog = wd;
    this.watchdogPid = wd.pid;
  }

  private tell(line: string): void {
    const stdin = this.watchdog?.stdin;
    if (stdin && !stdin.destroyed && stdin.writable) stdin.write(line + "\n");
  }

  /** Starts `cmd` in its own process group with output to `<logDir>/<name>.log`. */
  start(name: string, cmd: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): ManagedProcess {
    this.ensureWatchdog();
    const logFile = path.join(this.logDir, `${name}.log`);
    const fd = fs.openSync(logFile, "a");
    let child: ChildProcess;
    try {
      child = spawn(cmd, args as string[], { detached: true, stdio: ["ignore", fd, fd], env });
    } finally {
      fs.closeSync(fd);
    }
    if (child.pid === undefined) throw new Error(`cannot start ${name} (${cmd})`);
    const pid = child.pid;
    this.tell(`+${pid}`);
    let resolveExit!: (v: string) => void;
    const exited = new Promise<string>((r) => (resolveExit = r));
    const proc: ManagedProcess = { name, pid, logFile, child, exited };
    child.on("error", (err) => {
      proc.exit ??= `error: ${err.message}`;
      resolveExit(proc.exit);
    });
    child.on("exit", (code, signal) => {
      proc.exit = signal ?? `exit code ${code}`;
      this.tell(`-${pid}`);
      resolveExit(proc.exit);
    });
    child.unref();
    this.procs.push(proc);
    return proc;
  }

  processes(): readonly ManagedProcess[] {
    return this.procs;
  }

  /** Pids of every process started (components and the watchdog). */
  pids(): number[] {
    return [...this.procs.map((p) => p.pid), ...(this.watchdogPid ? [this.watchdogPid] : [])];
  }

  /**
   * SIGTERM to every process group, SIGKILL after `graceMs`, then waits until each one has
   * exited and tells the watchdog to leave.
   */
  async stopAll(graceMs = 5000, order?: readonly string[][]): Promise<void> {
    const live = () => this.procs.filter((p) => p.exit === undefined);
    const waves = order ?? [this.procs.map((p) => p.name)];
    for (const wave of waves) {
      const targets = live().filter((p) => wave.includes(p.name));
      for (const p of targets) signalGroup(p.pid, "SIGTERM");
      const timer = new Promise<void>((r) => setTimeout(r, graceMs).unref());
      await Promise.race([Promise.all(targets.map((p) => p.exited)), timer]);
      for (const p of targets.filter((t) => t.exit === undefined)) signalGroup(p.pid, "SIGKILL");
      await Promise.all(targets.map((p) => p.exited));
    }
    for (const p of live()) signalGroup(p.pid, "SIGKILL");
    await Promise.all(this.procs.map((p) => p.exited));
    // Also kill anything the components may have spawned into their groups.
    for (const p of this.procs) signalGroup(p.pid, "SIGKILL");
    await this.closeWatchdog();
  }

  private async closeWatchdog(): Promise<void> {
    const wd = this.watchdog;
    if (!wd) return;
    this.watchdog = undefined;
    if (wd.exitCode !== null || wd.signalCode !== null) return;
    const done = new Promise<void>((r) => wd.once("exit", () => r()));
    try {
      wd.stdin!.end("exit\n");
    } catch {
      /* ignore */
    }
    const timer = new Promise<void>((r) => setTimeout(r, 2000).unref());
    await Promise.race([done, timer]);
    if (wd.exitCode === null && wd.signalCode === null) {
      signalGroup(wd.pid!, "SIGKILL");
      await done;
    }
  }

  /** Last resort for `process.on("exit")`: synchronous SIGKILL to everything. */
  killAllSync(): void {
    for (const p of this.procs) if (p.exit === undefined) signalGroup(p.pid, "SIGKILL");
    if (this.watchdog?.pid) {
      try {
        this.watchdog.stdin?.end("exit\n");
      } catch {
        /* ignore */
      }
    }
  }
}
