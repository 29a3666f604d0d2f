/**
 * Synth cost of every registered pattern (PATTERNS.md 10): N reference instances per target in
 * one app, for two sizes of N, so a pattern whose synth grows faster than linear shows up as a
 * growth above 2 per doubling. Wall time per instance and growth; reports/bench-patterns.json.
 * Each size is timed `BENCH_PATTERN_REPEAT` times (default 3) and the fastest run counts, so a
 * busy machine's pauses do not pass for growth. `BENCH_PATTERN_COUNTS` (default 10,20: big enough that one GC pause is not a doubling) changes the sizes.
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
  readonly perInstanceMs: Record<string, number>;
  readonly growth: number;
}

/** Result of the patterns benchmark. */
export interface PatternsBenchResult {
  readonly counts: readonly number[];
  readonly rows: PatternBenchRow[];
}

function synthMs(pattern: string, target: string, n: number): number {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-patterns-"));
  try {
    (globalThis as { gc?: () => void }).gc?.(); // each run starts from a collected heap (npm run bench exposes gc)
    const started = process.hrtime.bigint();
    const app = new App({ outdir });
    const definition = registeredPatterns().find((p) => p.name === pattern)!;
    for (let i = 0; i < n; i++) definition.create(app, `t${i}`, { target: targetByName(target), stage: "production" });
    synthesize(app);
    return Number(process.hrtime.bigint() - started) / 1e6;
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
      synthMs(name, target, 1); // warm-up: module loading and JIT outside the timing
      const times = counts.map((n) => Math.min(...Array.from({ length: repeat }, () => synthMs(name, target, n))));
      rows.push({
        pattern: name,
        target,
        perInstanceMs: Object.fromEntries(counts.map((n, i) => [String(n), times[i] / n])),
        growth: times[times.length - 1] / times[0] / (counts[counts.length - 1] / counts[0] / 2),
      });
    }
  }
  process.stdout.write(`\n== synth per pattern (${counts.join(" → ")} instances, production)\n`);
  for (const r of rows) {
    const per = counts.map((n) => `${r.perInstanceMs[String(n)].toFixed(0)} ms`).join(" → ");
    process.stdout.write(`   ${`${r.pattern}/${r.target}`.padEnd(22)} ${per} per instance, growth per doubling ${r.growth.toFixed(2)}\n`);
  }
  const result = { counts, rows };
  fs.mkdirSync("reports", { recursive: true });
  fs.writeFileSync(path.join("reports", "bench-patterns.json"), JSON.stringify(result, null, 2) + "\n");
  return result;
}
