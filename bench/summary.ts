/**
 * The issue-15 scoreboard: every number `npm run bench` measured, beside its target, as a
 * Markdown table (printed and written to reports/bench.md) and JSON (reports/bench.json).
 */
import type { ConformanceBenchResult } from "./conformance";
import type { FleetBenchResult } from "./fleet";
import type { SynthResult } from "./synth";
import type { PatternsBenchResult } from "./patterns";
import type { RuntimeBenchResult } from "./runtime";
import type { GitOpsBenchResult } from "./gitops";

/** One measured number and its target. */
export interface ScoreLine {
  readonly measure: string;
  /** The measured value as shown, or why it was not measured. */
  readonly value: string;
  readonly target: string;
  /** undefined when not measured. */
  readonly met?: boolean;
}

/** Results of one `npm run bench`; a benchmark that failed carries its error instead. */
export interface BenchResults {
  readonly synth?: SynthResult | { error: string };
  readonly fleet?: FleetBenchResult | { error: string };
  readonly conformance?: ConformanceBenchResult | { error: string };
  readonly patterns?: PatternsBenchResult | { error: string };
  readonly runtime?: RuntimeBenchResult | { error: string };
  readonly gitops?: GitOpsBenchResult | { error: string };
}

/** Targets of issue 15. */
export const TARGETS = {
  overheadRatio: 1.15,
  growthPerDoubling: 2.1,
  fleetTenants: 1000,
  fleetWallMs: 20_000,
  peakMemoryBytes: 2 * 2 ** 30,
  matrixWallMs: 10 * 60_000,
  /** Issue 23: warm `cluster up --runtime` and memory of the node stack. */
  runtimeStartMs: 30_000,
  runtimeNodeBytes: 2 * 2 ** 30,
  /** Issue 29: 100 tenants reconciled by Flux on the embedded cluster, faster per tenant than OpenTofu. */
  gitopsTenants: 100,
} as const;

const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
const failed = (x: object | undefined): x is { error: string } => x !== undefined && "error" in x;
const notRun = (what: string, x: { error: string } | undefined): string => (x ? `not measured: ${x.error}` : `not measured (${what} not selected)`);

/** The scoreboard lines for `results`. */
export function scoreLines(results: BenchResults, cpus: number): ScoreLine[] {
  const lines: ScoreLine[] = [];
  const { synth, fleet, conformance, patterns, runtime, gitops } = results;
  if (synth && !failed(synth)) {
    for (const r of synth.rows) {
      lines.push({
        measure: `overhead ratio pattern/baseline, ${r.tenants} tenants`,
        value: `${r.ratio.wallMs.toFixed(2)} wall, ${r.ratio.cpuMs.toFixed(2)} CPU (layer alone: ${r.layerRatio.cpuMs.toFixed(2)} CPU)`,
        target: `≤ ${TARGETS.overheadRatio}`,
        met: r.ratio.wallMs <= TARGETS.overheadRatio && r.ratio.cpuMs <= TARGETS.overheadRatio,
      });
    }
    for (const g of synth.growth) {
      const spread = (pick: (x: { wall: number; cpu: number }) => number) =>
        `${Math.min(...g.repeats.map(pick)).toFixed(2)}–${Math.max(...g.repeats.map(pick)).toFixed(2)}`;
      lines.push({
        measure: `growth per doubling, ${g.from} → ${g.to} tenants (median of ${g.repeats.length} back-to-back repeats)`,
        value:
          `${g.wall.toFixed(2)} wall, ${g.cpu.toFixed(2)} CPU (repeats ${spread((x) => x.wall)} wall, ${spread((x) => x.cpu)} CPU; ` +
          `from the overhead medians ${g.fromRowMedians.wall.toFixed(2)} wall)`,
        target: `≤ ${TARGETS.growthPerDoubling}`,
        met: g.wall <= TARGETS.growthPerDoubling && g.cpu <= TARGETS.growthPerDoubling,
      });
    }
    const f = synth.fresh;
    if (f)
      lines.push({
        measure: `growth per doubling in fresh processes, ${f.from} → ${f.to} tenants (information: the quiet baseline's growth beside it)`,
        value: `pattern ${f.pattern.wall.toFixed(2)} wall, ${f.pattern.cpu.toFixed(2)} CPU; quiet baseline ${f.quietBaseline.wall.toFixed(2)} wall, ${f.quietBaseline.cpu.toFixed(2)} CPU`,
        target: "information",
      });
  } else
    lines.push({ measure: "overhead ratio and growth", value: notRun("synth", synth), target: `≤ ${TARGETS.overheadRatio}, ≤ ${TARGETS.growthPerDoubling}` });
  if (fleet && !failed(fleet)) {
    lines.push({
      measure: `fleet synth, ${fleet.tenants} tenants, ${fleet.jobs} workers on ${cpus} cores`,
      value: `${(fleet.wallMs / 1000).toFixed(1)} s wall (worker CPU ${(fleet.workerCpuMs / 1000).toFixed(1)} s)${fleet.failed ? `, ${fleet.failed} failed` : ""}`,
      target: `≤ ${TARGETS.fleetWallMs / 1000} s for ${TARGETS.fleetTenants} on 2 cores`,
      met: fleet.failed === 0 && fleet.tenants >= TARGETS.fleetTenants && fleet.wallMs <= TARGETS.fleetWallMs,
    });
    lines.push({
      measure: "fleet peak memory (workers + coordinator, peak RSS summed)",
      value: `${(fleet.peakTotalRssBytes / 2 ** 20).toFixed(0)} MiB (largest worker ${(fleet.peakWorkerRssBytes / 2 ** 20).toFixed(0)} MiB)`,
      target: "≤ 2048 MiB",
      met: fleet.peakTotalRssBytes <= TARGETS.peakMemoryBytes,
    });
  } else lines.push({ measure: "fleet synth and peak memory", value: notRun("fleet", fleet), target: `≤ ${TARGETS.fleetWallMs / 1000} s, ≤ 2048 MiB` });
  if (patterns && !failed(patterns)) {
    const worst = [...patterns.rows].sort((a, b) => b.growth - a.growth)[0];
    lines.push({
      measure: `synth growth per doubling, every pattern on every target (${patterns.counts.join(" → ")} instances; worst shown)`,
      value: worst
        ? `${worst.growth.toFixed(2)} CPU, ${worst.wallGrowth.toFixed(2)} wall (${worst.pattern}/${worst.target}; ${patterns.rows.length} cells)`
        : "no pattern",
      target: `≤ ${TARGETS.growthPerDoubling}`,
      met: patterns.rows.every((r) => r.growth <= TARGETS.growthPerDoubling),
    });
  }
  const matrix = conformance && !failed(conformance) ? conformance.results.find((r) => r.scenario === "registered") : undefined;
  if (matrix) {
    const passed = matrix.verdicts.pass ?? 0;
    lines.push({
      measure: `conformance matrix (registered patterns × targets, levels 1-6, warm, --jobs ${matrix.jobs})`,
      value: `${(matrix.wallMs / 1000 / 60).toFixed(1)} min, ${matrix.cells} cells, ${passed} pass${matrix.verdicts.fail ? `, ${matrix.verdicts.fail} FAIL` : ""}${matrix.verdicts.blocked ? `, ${matrix.verdicts.blocked} blocked` : ""}`,
      target: "≤ 10 min warm, all five patterns on three targets",
      // Fast only counts when nothing failed: a failing cell may just have stopped early.
      met: matrix.wallMs <= TARGETS.matrixWallMs && matrix.cells >= 15 && (matrix.verdicts.fail ?? 0) === 0,
    });
  } else {
    lines.push({
      measure: "conformance matrix",
      value: notRun("conformance", failed(conformance) ? conformance : undefined),
      target: "≤ 10 min warm, all five patterns on three targets",
    });
  }
  if (runtime && !failed(runtime)) {
    lines.push({
      measure: `warm start, cluster up --runtime vs. cluster up (median of ${runtime.rounds})`,
      value: `${(runtime.runtimeStartMs / 1000).toFixed(1)} s vs. ${(runtime.plainStartMs / 1000).toFixed(1)} s: ratio ${runtime.startRatio.toFixed(2)}`,
      target: `≤ ${TARGETS.runtimeStartMs / 1000} s warm`,
      met: runtime.runtimeStartMs <= TARGETS.runtimeStartMs,
    });
    lines.push({
      measure: "memory, cluster up --runtime vs. cluster up (RSS of every process, right after start)",
      value: `${mib(runtime.runtimeRssBytes)} vs. ${mib(runtime.plainRssBytes)}: ratio ${runtime.memoryRatio.toFixed(2)}; node stack ${mib(runtime.nodeRssBytes)}`,
      target: "node stack ≤ 2048 MiB",
      met: runtime.nodeRssBytes <= TARGETS.runtimeNodeBytes,
    });
  } else if (runtime) lines.push({ measure: "runtime node start and memory", value: notRun("runtime", runtime), target: "≤ 30 s warm, node stack ≤ 2048 MiB" });
  const gitopsTarget = `${TARGETS.gitopsTenants} tenants reconciled by real Flux, beside the OpenTofu fleet path`;
  if (gitops && !failed(gitops)) {
    lines.push({
      measure: `GitOps fleet: Flux reconciles ${gitops.tenants} web-app tenants (push → all Ready) vs. stackwerk deploy --fleet of ${gitops.tofu.tenants} (--jobs ${gitops.tofu.jobs}), each on a fresh embedded cluster`,
      value: `${(gitops.reconcileMs / 1000).toFixed(1)} s, controllers peak ${mib(gitops.peakControllersRssBytes)}; OpenTofu ${(gitops.tofu.wallMs / 1000).toFixed(1)} s: per tenant ratio ${gitops.perTenantRatio.toFixed(1)}`,
      target: gitopsTarget,
      met: gitops.tenants >= TARGETS.gitopsTenants,
    });
  } else if (gitops) lines.push({ measure: "GitOps fleet reconciliation", value: notRun("gitops", gitops), target: gitopsTarget });
  return lines;
}

/** The scoreboard as a Markdown table. */
export function scoreTable(lines: readonly ScoreLine[]): string {
  const mark = (l: ScoreLine) => (l.met === undefined ? "–" : l.met ? "met" : "NOT met");
  return ["| measure | value | target | |", "|---|---|---|---|", ...lines.map((l) => `| ${l.measure} | ${l.value} | ${l.target} | ${mark(l)} |`)].join("\n");
}
