/**
 * Fleet synth at scale: a catalogue of `BENCH_FLEET_TENANTS` (default 1,000) web-app tenants
 * with database, bucket and host name, synthesised by `stackwerk synth --fleet`'s coordinator
 * with `BENCH_FLEET_JOBS` workers (default: the core count). Reports wall time and the peak
 * resident memory of every worker and of the coordinator. Results: reports/bench-fleet.json.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { validateCatalogue } from "../../cli/fleet/catalogue";
import { defaultJobs, runFleet } from "../../cli/fleet/run";

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

/** The benchmark's catalogue: `n` tenants of the web-app reference shape on the on-prem target. */
export function benchCatalogue(n: number): unknown {
  return {
    defaults: {
      pattern: "web-app",
      target: "onprem",
      props: { image: "registry.example.de/shop/web:1.4.2", database: true, bucket: true },
    },
    tenants: Array.from({ length: n }, (_, i) => ({ name: `tenant${i}`, props: { hostName: `tenant${i}.example.de` } })),
  };
}

/** Synthesises a fleet of `n` tenants with `jobs` workers into a temporary folder. */
export async function measureFleet(n: number, jobs: number, log: (line: string) => void = () => undefined): Promise<FleetBenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-fleet-"));
  try {
    const catalogue = validateCatalogue(path.join(dir, "fleet.json"), benchCatalogue(n));
    const r = await runFleet({ catalogue, outdir: path.join(dir, "out"), jobs, progress: log });
    const peakWorker = Math.max(0, ...r.workerPeakRssBytes);
    return {
      tenants: n,
      jobs: r.jobs,
      wallMs: r.wallMs,
      failed: r.failed,
      peakWorkerRssBytes: peakWorker,
      peakTotalRssBytes: r.workerPeakRssBytes.reduce((a, b) => a + b, 0) + r.coordinatorPeakRssBytes,
      workerCpuMs: r.workerCpuMs,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `npm run bench -- fleet`: one fleet run, a line on stdout and reports/bench-fleet.json. */
export async function run(): Promise<FleetBenchResult> {
  const n = Number(process.env.BENCH_FLEET_TENANTS ?? 1000);
  const jobs = Number(process.env.BENCH_FLEET_JOBS ?? defaultJobs());
  const result = await measureFleet(n, jobs, (line) => process.stderr.write(`[bench] ${line}\n`));
  const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
  process.stdout.write(
    `fleet: ${result.tenants} tenants, ${result.jobs} workers: ${(result.wallMs / 1000).toFixed(1)} s wall, ${result.failed} failed, ` +
      `peak memory ${mib(result.peakTotalRssBytes)} (largest worker ${mib(result.peakWorkerRssBytes)}), worker CPU ${(result.workerCpuMs / 1000).toFixed(1)} s\n`,
  );
  fs.mkdirSync("reports", { recursive: true });
  fs.writeFileSync(path.join("reports", "bench-fleet.json"), JSON.stringify({ node: process.version, cpus: os.cpus().length, ...result }, null, 2) + "\n");
  return result;
}
