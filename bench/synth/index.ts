/**
 * Synth cost of the pattern layer: N web-app tenant instances in one app, against a baseline
 * that declares the very same Terraform JSON directly with the provider bindings (see
 * baseline.ts; checked equal before timing), measured in the same process, interleaved so
 * machine noise hits both alike. Reports wall and CPU time: the ratio pattern/baseline per N
 * (medians of the repeats) and the growth of the pattern's time per doubling of N (median of
 * per-repeat ratios, every size timed back to back in each repeat); for information, the same
 * growth with each synth in a fresh process, beside the quiet baseline's (freshGrowth). A
 * second baseline ("quiet") runs the bindings without the bindings' creation stack traces, as the
 * engine does (ADR 0030), to show the pattern layer's own cost apart from that fix. Results:
 * stdout table, reports/bench-synth.json. `BENCH_COUNTS` (default 100,200,400),
 * `BENCH_REPEAT` (default 3) and `BENCH_GROWTH_REPEAT` (default 5) change sizes and repeats.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import "../../patterns";
import { WebAppStack } from "../../patterns";
import { targets } from "../../providers";
import { synthesize } from "../../engines/cdktf";
import { withoutCreationStacks } from "../../engines/cdktf/creation-stacks";
import { declareTenant, firstDifference, Json } from "./baseline";
import { GrowthRow, GrowthTiming, growthOf, growthPerDoubling, median, Timing, wholeNumber } from "./growth";

export type { GrowthRow, GrowthTiming, Timing };

const target = targets.onprem({ kubeconfigPath: "/tmp/kubeconfig" });
const props = { target, image: "registry.example.de/shop/web:1.4.2", database: true, bucket: true, hostName: "shop.example.de" };

export function patternApp(n: number, outdir: string): void {
  const app = new App({ outdir });
  for (let i = 0; i < n; i++) new WebAppStack(app, `tenant${i}`, { ...props, tenant: `tenant${i}` });
  synthesize(app);
}

export function baselineApp(n: number, outdir: string, template: Json): void {
  const app = new App({ outdir });
  for (let i = 0; i < n; i++) declareTenant(app, i, template);
  app.synth();
}

export function quietBaselineApp(n: number, outdir: string, template: Json): void {
  withoutCreationStacks(() => baselineApp(n, outdir, template));
}

function readStack(outdir: string, name: string): Json {
  return JSON.parse(fs.readFileSync(path.join(outdir, "stacks", name, "cdk.tf.json"), "utf8"));
}

/** The platform stack of one pattern instance, and proof that the baseline writes the same JSON. */
export function templateOf(): Json {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-template-"));
  try {
    patternApp(2, path.join(dir, "pattern"));
    baselineApp(2, path.join(dir, "baseline"), readStack(path.join(dir, "pattern"), "tenant0-platform"));
    for (const name of ["tenant0-platform", "tenant1-platform"]) {
      const diff = firstDifference(readStack(path.join(dir, "pattern"), name), readStack(path.join(dir, "baseline"), name));
      if (diff) throw new Error(`bench baseline: ${name} differs from the pattern's at ${diff}; the comparison would not be fair`);
    }
    return readStack(path.join(dir, "pattern"), "tenant0-platform");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function time(fn: (outdir: string) => void): Timing {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-synth-"));
  (globalThis as { gc?: () => void }).gc?.();
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  fn(outdir);
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  fs.rmSync(outdir, { recursive: true, force: true });
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const medianTiming = (ts: Timing[]): Timing => ({ wallMs: median(ts.map((t) => t.wallMs)), cpuMs: median(ts.map((t) => t.cpuMs)) });
const fastestTiming = (ts: Timing[]): Timing => ({ wallMs: Math.min(...ts.map((t) => t.wallMs)), cpuMs: Math.min(...ts.map((t) => t.cpuMs)) });

/** One synth of `n` tenants in a fresh Node process (bench/synth/fresh.ts). */
function timeFresh(n: number, mode: "pattern" | "quiet"): Timing {
  const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", path.join(__dirname, "fresh.ts"), String(n), mode], {
    cwd: path.resolve(__dirname, "../.."),
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`bench/synth/fresh.ts ${n} failed (exit ${r.status}): ${r.stderr.trim().split("\n").slice(-5).join("\n")}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as Timing;
}

/** One N: medians of the pattern and both baselines, and the ratios (wall and CPU). */
export interface SynthRow {
  readonly tenants: number;
  readonly resources: number;
  /** Median of the repeats, interleaved with the baselines in this process. */
  readonly pattern: Timing;
  readonly baseline: Timing;
  readonly quietBaseline: Timing;
  /** pattern / baseline (the issue's overhead ratio). */
  readonly ratio: Timing;
  /** pattern / quiet baseline (the pattern layer alone). */
  readonly layerRatio: Timing;
}

/** Growth between two sizes with every synth in a fresh process (for information). */
export interface FreshGrowth {
  readonly from: number;
  readonly to: number;
  readonly pattern: GrowthTiming;
  readonly quietBaseline: GrowthTiming;
}

/** Everything the synth benchmark measured. */
export interface SynthResult {
  readonly fresh?: FreshGrowth;
  readonly rows: SynthRow[];
  readonly growth: GrowthRow[];
  readonly repeat: number;
  /** Repeats of the back-to-back growth timings. */
  readonly growthRepeat: number;
}

const div = (a: Timing, b: Timing): Timing => ({ wallMs: a.wallMs / b.wallMs, cpuMs: a.cpuMs / b.cpuMs });

/** Measures the pattern against the baselines for every count in `counts`. */
export function measureSynth(counts: readonly number[], repeat: number, log: (line: string) => void = () => undefined, growthRepeat = 5): SynthResult {
  const template = templateOf();
  const perTenant = Object.values(template.resource as Json).reduce((sum: number, r) => sum + Object.keys(r as Json).length, 0);
  patternApp(5, fs.mkdtempSync(path.join(os.tmpdir(), "bench-warmup-"))); // JIT warm-up, not measured
  const rows: SynthRow[] = [];
  // Sizes interleave too (each repeat runs every size once): this machine's speed drifts by up
  // to a quarter over minutes, and timing all repeats of one size in one stretch turned that
  // drift into growth (pattern and both baselines 2.5 per doubling alike in one run, 1.6 in another).
  const timings = counts.map(() => ({ pattern: [] as Timing[], baseline: [] as Timing[], quiet: [] as Timing[] }));
  for (let r = 0; r < repeat; r++) {
    counts.forEach((n, i) => {
      timings[i].baseline.push(time((dir) => baselineApp(n, dir, template)));
      timings[i].pattern.push(time((dir) => patternApp(n, dir)));
      timings[i].quiet.push(time((dir) => quietBaselineApp(n, dir, template)));
    });
    log(`synth repeat ${r + 1}/${repeat} done`);
  }
  for (const [i, n] of counts.entries()) {
    const p = medianTiming(timings[i].pattern);
    const b = medianTiming(timings[i].baseline);
    const q = medianTiming(timings[i].quiet);
    const row: SynthRow = {
      tenants: n,
      resources: n * perTenant,
      pattern: p,
      baseline: b,
      quietBaseline: q,
      ratio: div(p, b),
      layerRatio: div(p, q),
    };
    rows.push(row);
    log(
      `synth ${n} tenant(s): pattern ${p.wallMs.toFixed(0)} ms (cpu ${p.cpuMs.toFixed(0)}), baseline ${b.wallMs.toFixed(0)} ms (cpu ${b.cpuMs.toFixed(0)}), ` +
        `quiet baseline ${q.wallMs.toFixed(0)} ms; ratio ${row.ratio.wallMs.toFixed(2)} (cpu ${row.ratio.cpuMs.toFixed(2)})`,
    );
  }
  // Growth: the pattern alone, every size back to back in each repeat, so the sizes compared are
  // timed seconds apart; the median of the per-repeat ratios. One pair of medians taken minutes
  // apart read 1.77 then 2.42 for the same code (200 fast, 400 slow), because single timings
  // on this host spread by ±15 %.
  const growthTimings = counts.map(() => [] as Timing[]);
  for (let r = 0; r < growthRepeat; r++) {
    counts.forEach((n, i) => growthTimings[i].push(time((dir) => patternApp(n, dir))));
    log(`synth growth repeat ${r + 1}/${growthRepeat} done`);
  }
  const patternAt = (n: number) => rows.find((x) => x.tenants === n)!.pattern;
  const growth = growthPerDoubling(counts, growthTimings).map((g) => ({ ...g, fromRowMedians: growthOf(patternAt(g.from), patternAt(g.to)) }));
  for (const g of growth)
    log(
      `synth growth ${g.from} → ${g.to}: median ${g.wall.toFixed(2)} wall, ${g.cpu.toFixed(2)} CPU; repeats ${g.repeats.map((x) => `${x.wall.toFixed(2)}/${x.cpu.toFixed(2)}`).join(" ")} (wall/CPU)`,
    );
  return {
    rows,
    growth,
    repeat,
    growthRepeat,
    ...(counts.length >= 2 ? { fresh: freshGrowth(counts[counts.length - 2], counts[counts.length - 1], repeat, log) } : {}),
  };
}

/**
 * Growth between the two largest sizes with each synth in a fresh process, for the pattern and
 * the quiet baseline (fastest of `repeat` each: noise only adds time). For information: in one
 * process each timing inherits the heap the previous one grew, which favours the larger sizes
 * that run last; a fresh process pays for growing its heap every time.
 */
function freshGrowth(from: number, to: number, repeat: number, log: (line: string) => void): FreshGrowth {
  const freshGrowthOf = (mode: "pattern" | "quiet"): GrowthTiming => {
    const fastest = (n: number) => fastestTiming(Array.from({ length: repeat }, () => timeFresh(n, mode)));
    const a = fastest(from);
    const b = fastest(to);
    log(`synth in fresh processes, ${mode}: ${from} tenants ${a.wallMs.toFixed(0)} ms, ${to} tenants ${b.wallMs.toFixed(0)} ms`);
    return growthOf(a, b);
  };
  return { from, to, pattern: freshGrowthOf("pattern"), quietBaseline: freshGrowthOf("quiet") };
}

/** Markdown table of a synth result. */
export function synthTable(result: SynthResult): string {
  const lines = [
    "| tenants | resources | pattern ms (cpu) | baseline ms (cpu) | ratio wall (cpu) | quiet baseline ms | layer ratio wall (cpu) |",
    "|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const f = (t: Timing) => `${t.wallMs.toFixed(0)} (${t.cpuMs.toFixed(0)})`;
  const r = (t: Timing) => `${t.wallMs.toFixed(2)} (${t.cpuMs.toFixed(2)})`;
  for (const x of result.rows)
    lines.push(
      `| ${x.tenants} | ${x.resources} | ${f(x.pattern)} | ${f(x.baseline)} | ${r(x.ratio)} | ${x.quietBaseline.wallMs.toFixed(0)} | ${r(x.layerRatio)} |`,
    );
  return lines.join("\n");
}

/** `npm run bench -- synth`: the table on stdout and reports/bench-synth.json. */
export async function run(): Promise<SynthResult> {
  const counts = (process.env.BENCH_COUNTS ?? "100,200,400").split(",").map((c) => wholeNumber("BENCH_COUNTS", c));
  const result = measureSynth(
    counts,
    wholeNumber("BENCH_REPEAT", process.env.BENCH_REPEAT ?? "3"),
    (line) => process.stderr.write(`[bench] ${line}\n`),
    wholeNumber("BENCH_GROWTH_REPEAT", process.env.BENCH_GROWTH_REPEAT ?? "5"),
  );
  process.stdout.write(synthTable(result) + "\n");
  fs.mkdirSync("reports", { recursive: true });
  fs.writeFileSync(path.join("reports", "bench-synth.json"), JSON.stringify({ node: process.version, cpus: os.cpus().length, ...result }, null, 2) + "\n");
  return result;
}
