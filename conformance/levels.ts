/**
 * The conformance levels, which of them are required, and how a cell's verdict and the run's
 * exit code follow from the level results. One table, used by the runner and every writer.
 */
import type { CellReport, CellRuntime, CellVerdict, LevelDescription, LevelNumber, LevelResult, LevelStatus, ReportSummary } from "./types";
import { LEVEL_STATUSES } from "./types";

export const DEPLOYED_MEANS =
  "Deployed on the embedded cluster means: accepted by the API server (schema validation, Pod Security and " +
  "the other admission plugins), reconciled by kube-controller-manager, pods scheduled by kube-scheduler and " +
  "reported Running by kwok. No container runs and no image is pulled.";

/** What "deployed" means with `--runtime` (ADR 0310). */
export const RUNTIME_DEPLOYED_MEANS =
  "Deployed on the embedded cluster means: accepted by the API server (schema validation, Pod Security and " +
  "the other admission plugins), reconciled by kube-controller-manager and pods scheduled by kube-scheduler. " +
  "The cluster also had one real node (containerd, runc, kubelet, kube-proxy, CoreDNS, kube-router NetworkPolicy " +
  "enforcement). With placement 'onprem', the on-prem cells' pods were scheduled to that node, where containers really " +
  "start (images must have been built here: nothing is pulled); all other pods ran on kwok nodes, reported Running by kwok.";

export const LEVELS: readonly LevelDescription[] = [
  { level: 1, name: "synth", title: "Synth", description: "the pattern synthesises to Terraform JSON (the Terraform engine)", requiredWhen: "always" },
  {
    level: 2,
    name: "validate",
    title: "Validate",
    description: "`tofu init` from the offline provider mirror and `tofu validate` of every stack with the real providers",
    requiredWhen: "always (blocked when a provider cannot be built offline)",
  },
  {
    level: 3,
    name: "plan",
    title: "Plan infra",
    description: "`tofu plan` of the infra stack with the real cloud provider, offline, placeholder credentials",
    requiredWhen: "when the target has an infra stack and its provider is available",
  },
  {
    level: 4,
    name: "apply",
    title: "Apply platform",
    description: "`tofu apply` of the platform stack to the embedded cluster (cloud variants with stand-in infra inputs)",
    requiredWhen: "always",
  },
  {
    level: 5,
    name: "smoke",
    title: "Smoke",
    description:
      "rollouts Available, Services have ready endpoints, Pod Security and the zone's admission policies enforced, default-deny policy present, no drift in a plan after apply",
    requiredWhen: "always",
  },
  {
    level: 6,
    name: "destroy",
    title: "Destroy",
    description: "`tofu destroy` leaves no object of the cell on the cluster",
    requiredWhen: "always (not run with --keep)",
  },
  {
    level: 7,
    name: "cloud",
    title: "Real cloud",
    description: "apply and destroy on the real cloud; only when that cloud's credentials are in the environment",
    requiredWhen: "when credentials are given (otherwise not run, never passed)",
  },
];

export function levelName(level: LevelNumber): string {
  return LEVELS[level - 1].name;
}

/**
 * Whether a level's result decides the verdict. Levels 1, 2, 4, 5, 6 always; 3 when it ran or
 * should have run (it is `n/a` without an infra stack and `blocked` without its provider);
 * 7 when credentials were given (it then ran, so its status is not `not-run`).
 */
export function isRequired(level: LevelNumber, status: LevelStatus): boolean {
  switch (level) {
    case 3:
      return status !== "n/a" && status !== "blocked";
    case 7:
      return status !== "not-run" && status !== "n/a";
    default:
      return status !== "n/a";
  }
}

/**
 * Verdict of a cell:
 * - `fail`: a required level failed (or a required level was skipped because an earlier one failed);
 * - `interrupted`: the run was stopped before the cell finished;
 * - `blocked`: nothing failed, but a level is blocked (and required levels after it could not run);
 * - `incomplete`: nothing failed or is blocked, but a required level did not pass (e.g. L6 with --keep);
 * - `pass`: every required level passed.
 */
export function cellVerdict(levels: readonly LevelResult[]): CellVerdict {
  if (levels.some((l) => l.required && l.status === "fail")) return "fail";
  if (levels.some((l) => l.status === "interrupted")) return "interrupted";
  if (levels.some((l) => l.status === "blocked")) return "blocked";
  if (levels.some((l) => l.required && l.status !== "pass")) return "incomplete";
  return "pass";
}

/** Exit code of a run: 1 when a cell failed, 130 when interrupted, 0 otherwise (blocked and incomplete are listed, not failed). */
export function exitCodeFor(cells: readonly Pick<CellReport, "verdict">[], interrupted: boolean): number {
  if (interrupted || cells.some((c) => c.verdict === "interrupted")) return 130;
  if (cells.some((c) => c.verdict === "fail")) return 1;
  return 0;
}

export function summarize(cells: readonly CellReport[], interrupted: boolean): ReportSummary {
  const verdicts: Record<CellVerdict, number> = { pass: 0, fail: 0, blocked: 0, incomplete: 0, interrupted: 0 };
  const byLevel: Record<string, Partial<Record<LevelStatus, number>>> = {};
  const blocked: string[] = [];
  const failures: string[] = [];
  for (const l of LEVELS) byLevel[String(l.level)] = {};
  for (const cell of cells) {
    verdicts[cell.verdict]++;
    for (const l of cell.levels) {
      const counts = byLevel[String(l.level)];
      counts[l.status] = (counts[l.status] ?? 0) + 1;
      if (l.status === "blocked") blocked.push(`${cell.id} L${l.level}: ${l.message}`);
      if (l.required && l.status === "fail") failures.push(`${cell.id} L${l.level}: ${firstLine(l.message)}`);
    }
  }
  for (const counts of Object.values(byLevel)) {
    for (const s of LEVEL_STATUSES) if (counts[s] === 0) delete counts[s];
  }
  return { cells: cells.length, verdicts, byLevel, blocked, failures, exitCode: exitCodeFor(cells, interrupted) };
}

/**
 * One word for a whole run: `passed` (every cell passed), `failed` (a required level failed),
 * `interrupted`, or `incomplete` (nothing failed, but some cell is blocked or incomplete).
 */
export function reportHeadline(r: { run: { interrupted: boolean }; summary: ReportSummary }): "passed" | "failed" | "interrupted" | "incomplete" {
  if (r.run.interrupted || r.summary.verdicts.interrupted > 0) return "interrupted";
  if (r.summary.verdicts.fail > 0) return "failed";
  if (r.summary.verdicts.pass === r.summary.cells && r.summary.cells > 0) return "passed";
  return "incomplete";
}

export function firstLine(text: string, max = 240): string {
  const line = text.split("\n").find((l) => l.trim()) ?? "";
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Short symbol per status for terminal and Markdown tables. */
export const STATUS_SYMBOL: Readonly<Record<LevelStatus, string>> = {
  pass: "✔",
  fail: "✘",
  blocked: "■",
  skipped: "–",
  "not-run": "○",
  "n/a": "·",
  interrupted: "!",
};

/** Milliseconds as seconds with one decimal, e.g. `12.3s` (console, report.md, level messages). */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

/** The run's wait for the toolchain, stated apart from the level times (report.md, report.html). */
export function toolchainReady(ms: number): string {
  return `Toolchain ready after ${seconds(ms)} (built from source on a new machine, a cache check afterwards); not counted in any level's time.`;
}

/** Report line for a run that started further clusters (ClusterInfo.clusters). */
export function clustersNote(clusters: number): string {
  return `${clusters} embedded clusters: cells whose cluster-wide objects another cell held ran on a further one (see each cell's cluster)`;
}

/** One line on the real node a cell ran next to, e.g. `runtime-0, containerd://2.4.2, 4 workload(s) placed there`. */
export function runtimeText(r: CellRuntime): string {
  return `${r.node}, ${r.containerRuntimeVersion}, ${r.workloadsPlaced ? `${r.placedWorkloads} workload(s) placed there` : "workloads on kwok nodes"}`;
}
