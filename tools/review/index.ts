/**
 * The outside review, re-run here (issue 26): synthesises 5 patterns × 3 targets × 2 stages
 * (the reference instances, test and production), then runs kube-score on every Kubernetes object
 * the stacks apply (the `kubernetes_manifest` objects, written out as YAML) and checkov on the
 * Terraform JSON and on the same objects. Both tools are installed by this file into the cache
 * (kube-score built from its Go module at a pinned version, checkov into a Python venv at a
 * pinned version), never by hand. Findings are counted per check so docs/security.md can list
 * what remains weaker than the tools ask, with reasons.
 *
 *   npx tsx tools/review/index.ts [--out <dir>]
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

/**
 * Synthesises every cell of the matrix into `outdir` through the CLI (`stackwerk synth`, the
 * reference instances), one process per cell (tools/ may not load the engines itself).
 */
export async function synthMatrix(outdir: string): Promise<ReviewStack[]> {
  const root = path.resolve(__dirname, "..", "..");
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const stacks: ReviewStack[] = [];
  for (const pattern of REVIEW_MATRIX.patterns)
    for (const target of REVIEW_MATRIX.targets)
      for (const stage of REVIEW_MATRIX.stages) {
        const cell = `${pattern}/${target}/${stage}`;
        progress(`review: synth ${cell}`);
        const dir = path.join(outdir, pattern, target, stage);
        // cdktf creates only the last folder of --out.
        fs.mkdirSync(dir, { recursive: true });
        await run(tsx, [path.join(root, "cli", "main.ts"), "synth", "--pattern", pattern, "--target", target, "--stage", stage, "--out", dir]);
        for (const name of fs.readdirSync(path.join(dir, "stacks"))) {
          const file = path.join(dir, "stacks", name, "cdk.tf.json");
          if (fs.existsSync(file)) stacks.push({ cell, name, file });
        }
      }
  return stacks;
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

/** checkov's failed checks over a folder with `framework`, by check id. */
export async function runCheckov(bin: string, dir: string, framework: string): Promise<FindingCounts> {
  const result = await run(bin, ["-m", "checkov.main", "-d", dir, "--framework", framework, "--output", "json", "--quiet", "--compact", "--skip-download"], {
    check: false,
  });
  const text = result.stdout.trim() || "[]";
  const parsed = JSON.parse(text) as unknown;
  const reports = (Array.isArray(parsed) ? parsed : [parsed]) as Array<{ results?: { failed_checks?: Array<{ check_id: string }> } }>;
  return count(reports.flatMap((r) => (r.results?.failed_checks ?? []).map((c) => c.check_id)));
}

/** Runs the whole review; returns the summary (also written to `<out>/review.json`). */
export async function runReview(out: string): Promise<Record<string, unknown>> {
  const [kubeScore, checkov] = [await ensureKubeScore(), await ensureCheckov()];
  fs.rmSync(out, { recursive: true, force: true });
  const stacks = await synthMatrix(path.join(out, "synth"));
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
  progress("review: checkov (terraform_json)");
  const tf = await runCheckov(checkov, path.join(out, "synth"), "terraform_json");
  progress("review: checkov (kubernetes)");
  const k8s = await runCheckov(checkov, manifestsDir, "kubernetes");
  const summary = { stacks: stacks.length, objects: files.length, tools: REVIEW_TOOLS, kubeScore: score, checkovTerraform: tf, checkovKubernetes: k8s };
  fs.writeFileSync(path.join(out, "review.json"), JSON.stringify(summary, null, 2) + "\n");
  return summary;
}

if (require.main === module) {
  const i = process.argv.indexOf("--out");
  const out = path.resolve(i > 0 ? process.argv[i + 1] : path.join(os.tmpdir(), "stackwerk-review"));
  runReview(out).then(
    (summary) => process.stdout.write(JSON.stringify(summary, null, 2) + "\n"),
    (err) => {
      process.stderr.write(`review failed: ${(err as Error).message}\n`);
      process.exit(1);
    },
  );
}
