/**
 * Synth cost of every registered pattern (PATTERNS.md 10): N reference instances per target in
 * one app, for two sizes of N, so a pattern whose synth grows faster than linear shows up as a
 * growth above 2 per doubling. CPU time per instance and growth; reports/bench-patterns.json.
 * Each size is timed `BENCH_PATTERN_REPEAT` times (default 3) and the fastest run counts, so a
 * busy machine's pauses do not pass for growth. Growth is judged on the process's CPU time
 * (synth is single-threaded work; GC threads count too): at these sizes one run takes about a
 * second, and its wall time moved by up to 30 % between runs with file writes and scheduling,
 * enough to read 2.3 per doubling where CPU time showed 1.6. Wall growth is printed beside it. `BENCH_PATTERN_COUNTS` (default 10,20: big enough that one GC pause is not a doubling) changes the sizes.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import "../../patterns";
import { registeredPatterns } from "../../patterns/registry";
import { synthesize } from "../../engines/cdktf";
import { targetByName, TARGET_NAMES } from "../../providers";

/** One pattern on one target: ms per instance at each N, and the growth per doubling. */
export interface PatternBenchRow {
  readonly pattern: string;
  readonly target: string;
  /** CPU time per instance at each N. */
  readonly perInstanceMs: Record<string, number>;
  /** Growth of CPU time per doubling of N (the judged number). */
  readonly growth: number;
  /** Growth of wall time per doubling of N (for information). */
  readonly wallGrowth: number;
}

/** Result of the patterns benchmark. */
export interface PatternsBenchResult {
  readonly counts: readonly number[];
  readonly rows: PatternBenchRow[];
}

/** Wall and CPU time (ms) to create `n` instances and synthesise them. */
function synthTimes(pattern: string, target: string, n: number): { wall: number; cpu: number } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-patterns-"));
  try {
    (globalThis as { gc?: () => void }).gc?.(); // each run starts from a collected heap (npm run bench exposes gc)
    const started = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    const app = new App({ outdir });
    const definition = registeredPatterns().find((p) => p.name === pattern)!;
    for (let i = 0; i < n; i++) definition.create(app, `t${i}`, { target: targetByName(target), stage: "production" });
    synthesize(app);
    const cpu = process.cpuUsage(cpu0);
    return { wall: Number(process.hrtime.bigint() - started) / 1e6, cpu: (cpu.user + cpu.system) / 1000 };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** Runs the benchmark and prints its table. */
export async function run(): Promise<PatternsBenchResult> {
  const counts = (process.env.BENCH_PATTERN_COUNTS ?? "10,20").split(",").map(Number);
  const repeat = Number(process.env.BENCH_PATTERN_REPEAT ?? "3");
  const rows: PatternBenchRow[] = [];
  for (const { name } of registeredPatterns()) {
    for (const target of TARGET_NAMES) {
      synthTimes(name, target, 1); // warm-up: module loading and JIT outside the timing
      const runs = counts.map((n) => Array.from({ length: repeat }, () => synthTimes(name, target, n)));
      const cpu = runs.map((r) => Math.min(...r.map((x) => x.cpu)));
      const wall = runs.map((r) => Math.min(...r.map((x) => x.wall)));
      const doublings = counts[counts.length - 1] / counts[0] / 2;
      rows.push({
        pattern: name,
        target,
        perInstanceMs: Object.fromEntries(counts.map((n, i) => [String(n), cpu[i] / n])),
        growth: cpu[cpu.length - 1] / cpu[0] / doublings,
        wallGrowth: wall[wall.length - 1] / wall[0] / doublings,
      });
    }
  }
  process.stdout.write(`\n== synth per pattern (${counts.join(" → ")} instances, production)\n`);
  for (const r of rows) {
    const per = counts.map((n) => `${r.perInstanceMs[String(n)].toFixed(0)} ms`).join(" → ");
    process.stdout.write(
      `   ${`${r.pattern}/${r.target}`.padEnd(22)} ${per} CPU per instance, growth per doubling ${r.growth.toFixed(2)} CPU (${r.wallGrowth.toFixed(2)} wall)\n`,
    );
  }
  const result = { counts, rows };
  fs.mkdirSync("reports", { recursive: true });
  fs.writeFileSync(path.join("reports", "bench-patterns.json"), JSON.stringify(result, null, 2) + "\n");
  return result;
}
