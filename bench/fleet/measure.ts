/**
 * One fleet measurement in a fresh process (forked by bench/fleet/index.ts), so the
 * coordinator's peak memory is the fleet's own and not what earlier benchmarks left in the
 * benchmark process. Arguments: tenants, jobs. Prints the FleetBenchResult as JSON on stdout;
 * progress lines on stderr.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { validateCatalogue } from "../../cli/fleet/catalogue";
import { runFleet } from "../../cli/fleet/run";
import { benchCatalogue } from "./catalogue";

async function main(n: number, jobs: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-fleet-"));
  try {
    const catalogue = validateCatalogue(path.join(dir, "fleet.json"), benchCatalogue(n));
    const r = await runFleet({ catalogue, outdir: path.join(dir, "out"), jobs, progress: (line) => process.stderr.write(`[bench] ${line}\n`) });
    process.stdout.write(
      JSON.stringify({
        tenants: n,
        jobs: r.jobs,
        wallMs: r.wallMs,
        failed: r.failed,
        peakWorkerRssBytes: Math.max(0, ...r.workerPeakRssBytes),
        peakTotalRssBytes: r.workerPeakRssBytes.reduce((a, b) => a + b, 0) + r.coordinatorPeakRssBytes,
        workerCpuMs: r.workerCpuMs,
      }) + "\n",
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main(Number(process.argv[2]), Number(process.argv[3])).catch((err) => {
  process.stderr.write(`${err?.stack ?? err}\n`);
  process.exit(1);
});
