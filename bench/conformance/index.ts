/**
 * Wall time of the conformance matrix, warm (toolchain and cluster binaries already built,
 * which this benchmark makes sure of before timing), and per level. Two scenarios:
 *
 * - `registered`: exactly what `npm start` runs, every registered pattern x every target;
 * - `fixture`: the conforming fixture pattern on every target, so levels 4-6 run for every
 *   target even while registered patterns still fail earlier levels.
 *
 * Numbers come from the report.json of each run (level durations are measured by the runner).
 * Results: a table on stdout and reports/bench-conformance.json.
 * `BENCH_SCENARIOS=registered` (or `fixture`) runs one; `BENCH_JOBS` sets --jobs (default: `npm start`'s, DEFAULT_JOBS).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import "../../patterns";
import { ConformanceReport, DEFAULT_JOBS, LEVELS, runConformance } from "../../conformance";
import { registeredPatterns } from "../../patterns/registry";
import { ensureClusterBinaries } from "../../tools/cluster";
import { ensureToolchain } from "../../tools/toolchain";
import { registerFixturePatterns } from "../../test/fixtures/patterns";

/** One conformance scenario: wall time, verdicts and per-level and per-cell durations. */
export interface ScenarioResult {
  readonly scenario: string;
  readonly cells: number;
  readonly jobs: number;
  readonly wallMs: number;
  readonly clusterStartMs?: number;
  readonly verdicts: Record<string, number>;
  /** Per level: sum over cells (CPU-ish cost) and max over cells (critical path), in ms; ran = cells where it ran. */
  readonly levels: Array<{ level: number; name: string; ran: number; sumMs: number; maxMs: number }>;
  /** `failure`: the first failed level and its message, so a failing cell explains itself in the table. */
  readonly perCell: Array<{ id: string; verdict: string; totalMs: number; levels: Record<string, number>; failure?: string }>;
}

function summarize(scenario: string, r: ConformanceReport): ScenarioResult {
  return {
    scenario,
    cells: r.cells.length,
    jobs: r.run.options.jobs,
    wallMs: r.run.durationMs,
    ...(r.cluster.startMs !== undefined ? { clusterStartMs: r.cluster.startMs } : {}),
    verdicts: { ...r.summary.verdicts },
    levels: LEVELS.map((l) => {
      const ds = r.cells.map((c) => c.levels[l.level - 1]).filter((x) => x.durationMs > 0);
      return {
        level: l.level,
        name: l.name,
        ran: ds.length,
        sumMs: ds.reduce((a, b) => a + b.durationMs, 0),
        maxMs: Math.max(0, ...ds.map((d) => d.durationMs)),
      };
    }),
    perCell: r.cells.map((c) => {
      const failed = c.levels.find((l) => l.status === "fail");
      return {
        id: c.id,
        verdict: c.verdict,
        totalMs: c.durationMs,
        levels: Object.fromEntries(c.levels.map((l) => [`L${l.level}`, l.durationMs])),
        ...(failed ? { failure: `L${failed.level}: ${failed.message.split("\n")[0].slice(0, 300)}` } : {}),
      };
    }),
  };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

function print(res: ScenarioResult): void {
  const out = process.stdout;
  out.write(
    `\n== conformance matrix: ${res.scenario} — ${res.cells} cell(s), --jobs ${res.jobs}: wall time ${s(res.wallMs)}` +
      `${res.clusterStartMs !== undefined ? ` (cluster start ${s(res.clusterStartMs)})` : ""}\n`,
  );
  out.write(
    `   verdicts: ${Object.entries(res.verdicts)
      .filter(([, n]) => n)
      .map(([v, n]) => `${n} ${v}`)
      .join(", ")}\n`,
  );
  out.write(`   ${"level".padEnd(12)}${"cells".padStart(6)}${"sum".padStart(10)}${"max".padStart(10)}\n`);
  for (const l of res.levels)
    out.write(`   ${`L${l.level} ${l.name}`.padEnd(12)}${String(l.ran).padStart(6)}${s(l.sumMs).padStart(10)}${s(l.maxMs).padStart(10)}\n`);
  for (const c of res.perCell) {
    out.write(
      `   ${c.id.padEnd(28)} ${c.verdict.padEnd(11)} ${s(c.totalMs).padStart(7)}  ${Object.entries(c.levels)
        .filter(([, ms]) => ms > 0)
        .map(([l, ms]) => `${l} ${s(ms)}`)
        .join(" · ")}\n`,
    );
    if (c.failure) out.write(`      ${c.failure}\n`);
  }
}

/** What the conformance benchmark measured, per scenario. */
export interface ConformanceBenchResult {
  readonly results: ScenarioResult[];
}

/** `npm run bench -- conformance`: the warm matrix per scenario, tables on stdout, reports/bench-conformance.json. */
export async function run(): Promise<ConformanceBenchResult> {
  // Warm: build (or find) every tool first; this is not part of the measurement.
  await ensureToolchain();
  await ensureClusterBinaries();
  registerFixturePatterns();
  const jobs = Number(process.env.BENCH_JOBS ?? DEFAULT_JOBS);
  const scenarios = (process.env.BENCH_SCENARIOS ?? "registered,fixture").split(",").map((x) => x.trim());
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    if (scenario !== "fixture" && scenario !== "registered") throw new Error(`unknown scenario ${scenario}. Allowed: registered, fixture`);
    const patterns = scenario === "fixture" ? ["fixture-good"] : registeredNames();
    const started = Date.now();
    // Warm also means a previous run's cell times order the cells, as in `npm start`: this
    // scenario's last benchmark run, else the last `npm start`.
    const reportDir = path.resolve("reports", `bench-conformance-${scenario}`);
    const previousReport = [path.join(reportDir, "report.json"), path.resolve("reports", "latest", "report.json")].find((f) => fs.existsSync(f));
    const runResult = await runConformance({
      patterns,
      jobs,
      // Kept in reports/ so a failing cell's messages can be read after the benchmark.
      reportDir,
      ...(previousReport ? { previousReport } : {}),
      log: () => undefined,
    });
    const res = summarize(scenario, runResult.report);
    process.stderr.write(`[bench] ${scenario}: ${s(Date.now() - started)} including report writing\n`);
    print(res);
    results.push(res);
  }
  fs.mkdirSync("reports", { recursive: true });
  fs.writeFileSync(
    path.join("reports", "bench-conformance.json"),
    JSON.stringify({ node: process.version, cpus: os.cpus().length, at: new Date().toISOString(), results }, null, 2) + "\n",
  );
  return { results };
}

/** Registered patterns without the fixtures this benchmark registered itself. */
function registeredNames(): string[] {
  return registeredPatterns()
    .map((p) => p.name)
    .filter((n) => !n.startsWith("fixture-"));
}
