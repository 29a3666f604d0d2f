/**
 * Fleet synth at scale: a catalogue of `BENCH_FLEET_TENANTS` (default 1,000) web-app tenants
 * with database, bucket and host name, synthesised by `stackwerk synth --fleet`'s coordinator
 * with `BENCH_FLEET_JOBS` workers (default: the core count). Reports wall time and the peak
 * resident memory of every worker and of the coordinator, which runs in a fresh process
 * (measure.ts) so its peak is the fleet's own. Results: reports/bench-fleet.json.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fork } from "node:child_process";
import { defaultJobs } from "../../cli/fleet/run";

/** What one fleet run measured. */
export interface FleetBenchResult {
  readonly tenants: number;
  readonly jobs: number;
  readonly wallMs: number;
  readonly failed: number;
  /** Largest single worker's peak RSS, bytes. */
  readonly peakWorkerRssBytes: number;
  /** Sum of the workers' and the coordinator's peak RSS (an upper bound of the run's peak memory), bytes. */
  readonly peakTotalRssBytes: number;
  readonly workerCpuMs: number;
}

/** Synthesises a fleet of `n` tenants with `jobs` workers, coordinated from a fresh process (measure.ts). */
export async function measureFleet(n: number, jobs: number): Promise<FleetBenchResult> {
  const ext = path.extname(__filename);
  const child = fork(path.join(__dirname, `measure${ext}`), [String(n), String(jobs)], {
    execArgv: ext === ".ts" ? ["--require", require.resolve("tsx/cjs")] : [],
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  let out = "";
  child.stdout!.on("data", (chunk) => (out += String(chunk)));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`fleet measurement exited with code ${code}`);
  return JSON.parse(out) as FleetBenchResult;
}

/** `npm run bench -- fleet`: one fleet run, a line on stdout and reports/bench-fleet.json. */
export async function run(): Promise<FleetBenchResult> {
  const n = Number(process.env.BENCH_FLEET_TENANTS ?? 1000);
  const jobs = Number(process.env.BENCH_FLEET_JOBS ?? defaultJobs());
  const result = await measureFleet(n, jobs);
  const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
  process.stdout.write(
    `fleet: ${result.tenants} tenants, ${result.jobs} workers: ${(result.wallMs / 1000).toFixed(1)} s wall, ${result.failed} failed, ` +
      `peak memory ${mib(result.peakTotalRssBytes)} (largest worker ${mib(result.peakWorkerRssBytes)}), worker CPU ${(result.workerCpuMs / 1000).toFixed(1)} s\n`,
  );
  fs.mkdirSync("reports", { recursive: true });
  fs.writeFileSync(path.join("reports", "bench-fleet.json"), JSON.stringify({ node: process.version, cpus: os.cpus().length, ...result }, null, 2) + "\n");
  return result;
}
