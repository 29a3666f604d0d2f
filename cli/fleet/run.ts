/**
 * Fleet synth coordinator: spreads the tenants of a validated catalogue over `jobs` worker
 * processes (small batches from one queue, so a slow worker takes fewer), prints progress,
 * collects each tenant's stacks or error and the workers' peak memory, and writes
 * `<outdir>/fleet.json` (tenant → stacks). Each tenant's stacks are byte-identical to a
 * single-process synth of the same instances (test/fleet proves it).
 */
import { fork, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { FleetCatalogue, FleetTenant } from "./catalogue";
import type { FromWorker, ToWorker } from "./protocol";
import { WORKER_ENV } from "./protocol";
import type { FleetStack } from "./tenant";

/** Options of one fleet synth. */
export interface FleetRunOptions {
  readonly catalogue: FleetCatalogue;
  /** Output folder; stacks go to `<outdir>/stacks/<stack>/cdk.tf.json`. */
  readonly outdir: string;
  /** Worker processes. @default the number of CPU cores */
  readonly jobs?: number;
  /** Receives progress lines (no trailing newline). @default silent */
  readonly progress?: (line: string) => void;
}

/** What one tenant produced. */
export interface FleetTenantResult {
  readonly name: string;
  readonly index: number;
  readonly stacks?: readonly FleetStack[];
  /** The validation or synth error, when the tenant failed. */
  readonly error?: string;
}

/** Outcome of a fleet synth. */
export interface FleetResult {
  readonly tenants: FleetTenantResult[];
  readonly failed: number;
  readonly wallMs: number;
  readonly jobs: number;
  /** Peak resident memory per worker, in bytes. */
  readonly workerPeakRssBytes: number[];
  /** Peak resident memory of this (coordinating) process, in bytes. */
  readonly coordinatorPeakRssBytes: number;
  /** CPU time of all workers, in ms. */
  readonly workerCpuMs: number;
}

/** Default `--jobs`: the number of CPU cores. */
export function defaultJobs(): number {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
}

/** Forks one worker; TypeScript sources (tsx, jest) load through tsx, built JavaScript runs as it is. */
function startWorker(outdir: string, scratch: string): ChildProcess {
  const ext = path.extname(__filename);
  const file = path.join(__dirname, `worker${ext}`);
  const execArgv = ext === ".ts" ? ["--require", require.resolve("tsx/cjs")] : [];
  return fork(file, [], {
    execArgv,
    env: { ...process.env, [WORKER_ENV.outdir]: outdir, [WORKER_ENV.scratch]: scratch },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    // Structured clone, not JSON: a catalogue's `.nan`/`.inf` reach the worker as NaN/Infinity and
    // are refused there by the props check; JSON turned them into null, which read as "not set" (issue 26).
    serialization: "advanced",
  });
}

/** Batch size: about eight batches per worker, at most 25 tenants each. */
function batchSize(tenants: number, jobs: number): number {
  return Math.max(1, Math.min(25, Math.ceil(tenants / (jobs * 8))));
}

/** Synthesises every tenant of `options.catalogue` in parallel worker processes. */
export async function runFleet(options: FleetRunOptions): Promise<FleetResult> {
  const started = Date.now();
  const all = options.catalogue.tenants;
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), all.length));
  const progress = options.progress ?? (() => undefined);
  const outdir = path.resolve(options.outdir);
  fs.mkdirSync(outdir, { recursive: true });
  const work = fs.mkdtempSync(path.join(outdir, ".fleet-work-"));
  const queue: FleetTenant[] = [...all];
  const size = batchSize(all.length, jobs);
  const results = new Map<number, FleetTenantResult>();
  const peaks: number[] = [];
  let cpuMs = 0;
  let lastDecile = 0;
  const report = () => {
    const done = results.size;
    const percent = Math.floor((100 * done) / all.length);
    if (Math.floor(percent / 10) > lastDecile || done === all.length) {
      lastDecile = Math.floor(percent / 10);
      const failed = [...results.values()].filter((r) => r.error).length;
      progress(`fleet ${done}/${all.length} tenants (${percent}%)${failed ? `, ${failed} failed` : ""}, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  };
  progress(`fleet: ${all.length} tenant(s) from ${options.catalogue.file} with ${jobs} worker(s) into ${outdir}`);

  const runWorker = (n: number) =>
    new Promise<void>((resolve, reject) => {
      const child = startWorker(outdir, path.join(work, `worker-${n}`));
      let finished = false;
      let current: readonly FleetTenant[] = [];
      const post = (message: ToWorker) => child.send(message);
      child.on("message", (message: FromWorker) => {
        if (message.type === "tenant" || message.type === "failed") {
          results.set(message.index, {
            name: message.name,
            index: message.index,
            ...(message.type === "tenant" ? { stacks: message.stacks } : { error: message.error }),
          });
          report();
        } else if (message.type === "idle") {
          current = queue.splice(0, size);
          post(current.length ? { type: "batch", tenants: current } : { type: "exit" });
        } else if (message.type === "stats") {
          finished = true;
          peaks.push(message.maxRssKiB * 1024);
          cpuMs += message.cpuMs;
        }
      });
      child.on("error", reject);
      child.on("exit", (code, signal) => {
        if (finished) return resolve();
        // A crashed worker fails the tenants it held that have no result yet.
        for (const t of current) {
          if (!results.has(t.index))
            results.set(t.index, { name: t.name, index: t.index, error: `worker exited (${signal ?? `code ${code}`}) while synthesising it` });
        }
        report();
        resolve();
      });
    });

  try {
    await Promise.all(Array.from({ length: jobs }, (_, n) => runWorker(n)));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  for (const t of queue) results.set(t.index, { name: t.name, index: t.index, error: "not synthesised: every worker stopped" });
  const tenants = all.map((t) => results.get(t.index) ?? { name: t.name, index: t.index, error: "no result from its worker" });
  const failed = tenants.filter((t) => t.error).length;
  fs.writeFileSync(
    path.join(outdir, "fleet.json"),
    JSON.stringify(
      { catalogue: path.resolve(options.catalogue.file), tenants: tenants.map((t) => ({ name: t.name, stacks: t.stacks ?? [], error: t.error })) },
      null,
      2,
    ) + "\n",
  );
  return {
    tenants,
    failed,
    wallMs: Date.now() - started,
    jobs,
    workerPeakRssBytes: peaks,
    coordinatorPeakRssBytes: process.resourceUsage().maxRSS * 1024,
    workerCpuMs: cpuMs,
  };
}
