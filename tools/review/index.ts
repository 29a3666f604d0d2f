/**
 * The outside review, re-run here (issue 26): synthesises 5 patterns × 3 targets × 2 stages
 * (the reference instances, test and production), then runs kube-score on every Kubernetes object
 * the stacks apply (the `kubernetes_manifest` objects, written out as YAML) and checkov on the
 * Terraform JSON and on the same objects. Both tools are installed by this file into the cache
 * (kube-score built from its Go module at a pinned version, checkov into a Python venv at a
 * pinned version), never by hand. Findings are counted per check so docs/hardening.md can list
 * what remains weaker than the tools ask, with reasons. checkov scans the Terraform JSON one stack
 * per process, `--jobs` at a time, each with a time limit and a progress line (one run over the
 * whole tree did not finish in 400 s on a loaded 2-core machine); a stack that times out is
 * counted and named, not silently dropped.
 *
 *   npx tsx tools/review/index.ts [--out <dir>] [--jobs 2] [--checkov-timeout 900]
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildAtomically, cacheRoot, isComplete, progress, run } from "../cache";
import { buildGoModule } from "../go-module";

/** Pinned versions of the review tools. */
export const REVIEW_TOOLS = { kubeScore: "v1.20.0", checkov: "3.3.30" } as const;

/** kube-score's binary, built once into the cache from the Go module. */
export async function ensureKubeScore(): Promise<string> {
  const dir = path.join(cacheRoot(), "review", `kube-score-${REVIEW_TOOLS.kubeScore}`);
  if (!isComplete(dir)) {
    await buildAtomically(dir, (tmp) =>
      buildGoModule(
        {
          tool: "kube-score",
          module: "github.com/zegl/kube-score",
          version: REVIEW_TOOLS.kubeScore,
          commands: [{ pkg: "./cmd/kube-score", binary: "kube-score" }],
        },
        path.join(tmp, "bin"),
      ),
    );
  }
  return path.join(dir, "bin", "kube-score");
}

/** The interpreter of checkov's venv (run `<it> -m checkov.main`), installed once into the cache. */
export async function ensureCheckov(): Promise<string> {
  const dir = path.join(cacheRoot(), "review", `checkov-${REVIEW_TOOLS.checkov}`);
  if (!isComplete(dir)) {
    await buildAtomically(dir, async (tmp) => {
      progress(`checkov ${REVIEW_TOOLS.checkov}: installing into a venv (pip)`);
      await run("python3", ["-m", "venv", tmp]);
      await run(path.join(tmp, "bin", "pip"), ["install", "--quiet", `checkov==${REVIEW_TOOLS.checkov}`]);
    });
  }
  // The venv was built in a temporary folder and moved: its scripts' `#!` lines point there, so
  // checkov runs as a module of the venv's own interpreter.
  return path.join(dir, "bin", "python3");
}

/** One stack of the review matrix, synthesised. */
export interface ReviewStack {
  readonly cell: string;
  readonly name: string;
  readonly file: string;
}

/** The review matrix: the five patterns, the three targets, two stages. */
export const REVIEW_MATRIX = {
  patterns: ["web-app", "ai", "monitoring", "iam", "event-bus"],
  targets: ["ionos", "stackit", "onprem"],
  stages: ["test", "production"],
} as const;

/** Runs `fn` over `items`, at most `jobs` at a time; results in the items' order. */
export async function inParallel<T, R>(items: readonly T[], jobs: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, worker));
  return results;
}

/**
 * Synthesises every cell of the matrix into `outdir` through the CLI (`stackwerk synth`, the
 * reference instances), one process per cell (tools/ may not load the engines itself), `jobs` at a time.
 */
export async function synthMatrix(outdir: string, jobs = 1): Promise<ReviewStack[]> {
  const root = path.resolve(__dirname, "..", "..");
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const cells = REVIEW_MATRIX.patterns.flatMap((pattern) =>
    REVIEW_MATRIX.targets.flatMap((target) => REVIEW_MATRIX.stages.map((stage) => ({ pattern, target, stage }))),
  );
  const perCell = await inParallel(cells, jobs, async ({ pattern, target, stage }, i) => {
    const cell = `${pattern}/${target}/${stage}`;
    progress(`review: synth ${cell} (${i + 1}/${cells.length})`);
    const dir = path.join(outdir, pattern, target, stage);
    // synth creates only the last folder of --out.
    fs.mkdirSync(dir, { recursive: true });
    await run(tsx, [path.join(root, "cli", "main.ts"), "synth", "--pattern", pattern, "--target", target, "--stage", stage, "--out", dir]);
    return fs
      .readdirSync(path.join(dir, "stacks"))
      .map((name) => ({ cell, name, file: path.join(dir, "stacks", name, "cdk.tf.json") }))
      .filter((s) => fs.existsSync(s.file));
  });
  return perCell.flat();
}

/** The Kubernetes objects a stack applies, one YAML document each (`$${` escapes undone). */
export function manifestsYaml(stackFile: string): string[] {
  const json = JSON.parse(fs.readFileSync(stackFile, "utf8"));
  const objects = Object.values(json.resource?.kubernetes_manifest ?? {}).map((r) => (r as { manifest: unknown }).manifest);
  return objects.map((o) => JSON.stringify(o).replace(/\$\$\{/g, "${"));
}

/** Counts of findings per check id, and the total. */
export interface FindingCounts {
  readonly total: number;
  readonly byCheck: Record<string, number>;
}

const count = (ids: string[]): FindingCounts => {
  const byCheck: Record<string, number> = {};
  for (const id of ids) byCheck[id] = (byCheck[id] ?? 0) + 1;
  return { total: ids.length, byCheck };
};

/** kube-score's CRITICAL and WARNING findings over `files` (JSON output), by check. */
export async function runKubeScore(bin: string, files: string[]): Promise<{ critical: FindingCounts; warning: FindingCounts }> {
  const result = await run(bin, ["score", "--output-format", "json", ...files], { check: false });
  const objects = JSON.parse(result.stdout || "[]") as Array<{ checks: Array<{ check: { id: string }; grade: number; skipped: boolean }> }>;
  const critical: string[] = [];
  const warning: string[] = [];
  for (const o of objects)
    for (const c of o.checks) {
      if (c.skipped) continue;
      if (c.grade === 1) critical.push(c.check.id);
      else if (c.grade === 5) warning.push(c.check.id);
    }
  return { critical: count(critical), warning: count(warning) };
}

/** checkov's JSON report(s): failed checks by id, passed count, resources it has rules for. */
interface CheckovReport {
  results?: { failed_checks?: Array<{ check_id: string }> };
  summary?: { passed?: number; resource_count?: number; parsing_errors?: number };
}

/** checkov's findings over `-d <dir>` or `-f <file>` (`target`) with `framework`. */
export interface CheckovCounts {
  readonly failed: FindingCounts;
  readonly passed: number;
  readonly resources: number;
  readonly parsingErrors: number;
}

/** Runs checkov on `target` (`["-d", dir]` or `["-f", file]`); `timeoutMs` stops it (then `undefined`). */
async function checkov(bin: string, target: string[], framework: string, timeoutMs?: number): Promise<CheckovCounts | undefined> {
  const t0 = Date.now();
  const result = await run(bin, ["-m", "checkov.main", ...target, "--framework", framework, "--output", "json", "--quiet", "--compact", "--skip-download"], {
    check: false,
    ...(timeoutMs ? { timeout: timeoutMs, killSignal: "SIGKILL" as const } : {}),
  });
  if (timeoutMs && Date.now() - t0 >= timeoutMs) return undefined;
  const parsed = JSON.parse(result.stdout.trim() || "[]") as unknown;
  const reports = (Array.isArray(parsed) ? parsed : [parsed]) as CheckovReport[];
  return {
    failed: count(reports.flatMap((r) => (r.results?.failed_checks ?? []).map((c) => c.check_id))),
    passed: reports.reduce((n, r) => n + (r.summary?.passed ?? 0), 0),
    resources: reports.reduce((n, r) => n + (r.summary?.resource_count ?? 0), 0),
    parsingErrors: reports.reduce((n, r) => n + (r.summary?.parsing_errors ?? 0), 0),
  };
}

/** checkov over a folder with `framework`: failed by check, passed, resources. */
export async function runCheckovDir(bin: string, dir: string, framework: string): Promise<CheckovCounts> {
  return (await checkov(bin, ["-d", dir], framework))!;
}

/** One stack's checkov (terraform_json) result; `timedOut` when it did not finish in time. */
export interface StackCheckov {
  readonly cell: string;
  readonly stack: string;
  readonly seconds: number;
  readonly timedOut: boolean;
  readonly passed: number;
  readonly failed: number;
  readonly resources: number;
}

/**
 * checkov (terraform_json) on every stack, one process per stack, `jobs` at a time, each stopped
 * after `timeoutMs`; a progress line per stack. Totals over the stacks that finished, and each
 * stack's result (timed-out ones named).
 */
export async function runCheckovPerStack(
  bin: string,
  stacks: readonly ReviewStack[],
  options: { readonly jobs: number; readonly timeoutMs: number },
): Promise<{ failed: FindingCounts; passed: number; resources: number; stacks: StackCheckov[] }> {
  let done = 0;
  const results = await inParallel(stacks, options.jobs, async (s) => {
    const t0 = Date.now();
    const r = await checkov(bin, ["-f", s.file], "terraform_json", options.timeoutMs);
    const seconds = Math.round((Date.now() - t0) / 100) / 10;
    done++;
    progress(
      `review: checkov terraform_json ${done}/${stacks.length} ${s.cell} ${s.name}: ` +
        (r ? `${r.passed} passed, ${r.failed.total} failed, ${r.resources} resources with rules (${seconds}s)` : `TIMED OUT after ${seconds}s`),
    );
    return { s, r, seconds };
  });
  const ids = results.flatMap(({ r }) => (r ? Object.entries(r.failed.byCheck).flatMap(([id, n]) => Array<string>(n).fill(id)) : []));
  return {
    failed: count(ids),
    passed: results.reduce((n, { r }) => n + (r?.passed ?? 0), 0),
    resources: results.reduce((n, { r }) => n + (r?.resources ?? 0), 0),
    stacks: results.map(({ s, r, seconds }) => ({
      cell: s.cell,
      stack: s.name,
      seconds,
      timedOut: !r,
      passed: r?.passed ?? 0,
      failed: r?.failed.total ?? 0,
      resources: r?.resources ?? 0,
    })),
  };
}

/** Options of a review run. */
export interface ReviewOptions {
  /** Processes at a time for synth and checkov. @default 2 */
  readonly jobs?: number;
  /** Time limit of one stack's checkov run. @default 900 s */
  readonly checkovTimeoutMs?: number;
}

/** Runs the whole review; returns the summary (also written to `<out>/review.json`). */
export async function runReview(out: string, options: ReviewOptions = {}): Promise<Record<string, unknown>> {
  const jobs = options.jobs ?? 2;
  const t0 = Date.now();
  const [kubeScore, checkovBin] = [await ensureKubeScore(), await ensureCheckov()];
  fs.rmSync(out, { recursive: true, force: true });
  const stacks = await synthMatrix(path.join(out, "synth"), jobs);
  const manifestsDir = path.join(out, "manifests");
  fs.mkdirSync(manifestsDir, { recursive: true });
  const files: string[] = [];
  for (const s of stacks) {
    const docs = manifestsYaml(s.file);
    if (!docs.length) continue;
    const file = path.join(manifestsDir, `${s.cell.replace(/\//g, "_")}_${s.name}.json`);
    // One object per file: JSON is YAML, and kube-score and checkov read one document per file.
    docs.forEach((d, i) => fs.writeFileSync(file.replace(/\.json$/, `_${i}.json`), d));
    files.push(...docs.map((_d, i) => file.replace(/\.json$/, `_${i}.json`)));
  }
  progress(`review: ${stacks.length} stacks, ${files.length} Kubernetes objects; kube-score`);
  const score = await runKubeScore(kubeScore, files);
  progress(`review: checkov (kubernetes) over ${files.length} objects`);
  const k8s = await runCheckovDir(checkovBin, manifestsDir, "kubernetes");
  progress(`review: checkov (terraform_json), ${stacks.length} stacks, ${jobs} at a time`);
  const tf = await runCheckovPerStack(checkovBin, stacks, { jobs, timeoutMs: options.checkovTimeoutMs ?? 900_000 });
  const summary = {
    stacks: stacks.length,
    objects: files.length,
    tools: REVIEW_TOOLS,
    seconds: Math.round((Date.now() - t0) / 1000),
    kubeScore: score,
    checkovKubernetes: k8s,
    checkovTerraform: { ...tf, timedOut: tf.stacks.filter((s) => s.timedOut).map((s) => `${s.cell} ${s.stack}`) },
  };
  fs.writeFileSync(path.join(out, "review.json"), JSON.stringify(summary, null, 2) + "\n");
  return summary;
}

/** The value after `--name` on the command line, if given. */
function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

if (require.main === module) {
  const out = path.resolve(flag("out") ?? path.join(os.tmpdir(), "stackwerk-review"));
  const jobs = Number(flag("jobs") ?? "2");
  const timeout = Number(flag("checkov-timeout") ?? "900");
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs ${flag("jobs")}: allowed: a whole number ≥ 1`);
  if (!(timeout > 0)) throw new Error(`--checkov-timeout ${flag("checkov-timeout")}: allowed: seconds > 0`);
  runReview(out, { jobs, checkovTimeoutMs: timeout * 1000 }).then(
    (summary) => process.stdout.write(JSON.stringify(summary, null, 2) + "\n"),
    (err) => {
      process.stderr.write(`review failed: ${(err as Error).message}\n`);
      process.exit(1);
    },
  );
}
