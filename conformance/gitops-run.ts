/**
 * `stackwerk conformance --engine gitops`: the GitOps engine's cells (conformance/gitops-cell.ts)
 * for the selected patterns on-prem, one after the other on one embedded cluster with Stackwerk's
 * admission policies, one local Git repository and the real Flux controllers. Writes
 * `<reportDir>/report.json` (the cells in the report format of the other engines).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { admissionPolicyObjects } from "../constructs/admission-policies";
import type { Stage } from "../core/profile";
import { registeredPatterns } from "../patterns/registry";
import { ensureClusterBinaries, startCluster } from "../tools/cluster";
import { ProcessTracker } from "../deploy/exec";
import { GitOpsCellReport, runGitOpsCell } from "./gitops-cell";
import { GitOpsRepo } from "./gitops-repo";
import { Kube } from "./kube";
import { seconds } from "./levels";

/** Options of a GitOps conformance run. */
export interface GitOpsConformanceOptions {
  /** Patterns to run. @default every registered pattern */
  readonly patterns?: readonly string[];
  /** Targets: only `onprem` (the GitOps engine renders no cloud infra). @default ["onprem"] */
  readonly targets?: readonly string[];
  readonly stage: Stage;
  /** Where report.json goes. @default reports/gitops-<timestamp> */
  readonly reportDir?: string;
  log(line: string): void;
}

/** Runs the cells; resolves with them and the report path. */
export async function runGitOpsConformance(options: GitOpsConformanceOptions): Promise<{ cells: GitOpsCellReport[]; report: string }> {
  const known = registeredPatterns().map((p) => p.name);
  const patterns = options.patterns ?? known;
  const unknown = patterns.filter((p) => !known.includes(p));
  if (unknown.length) throw new Error(`--patterns: ${unknown.join(", ")} not registered. Allowed: ${known.join(", ")}`);
  const badTargets = (options.targets ?? ["onprem"]).filter((t) => t !== "onprem");
  if (badTargets.length) throw new Error(`--targets ${badTargets.join(",")}: the gitops engine renders no cloud infra. Allowed: onprem`);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-gitops-conformance-"));
  const t0 = Date.now();
  options.log(`conformance (gitops): starting the embedded cluster and Flux ...`);
  const cluster = await startCluster({ name: "conformance-gitops", timeoutMs: 180_000 });
  const cells: GitOpsCellReport[] = [];
  let repo: GitOpsRepo | undefined;
  try {
    const kube = new Kube((await ensureClusterBinaries()).kubectl, cluster.kubeconfig, new ProcessTracker());
    await kube.kubectl(["apply", "-f", "-"], { input: JSON.stringify({ apiVersion: "v1", kind: "List", items: admissionPolicyObjects() }) });
    repo = await GitOpsRepo.start(cluster, path.join(workDir, "repo"));
    options.log(`conformance (gitops): cluster and Flux ready in ${seconds(Date.now() - t0)}; Git at ${repo.gitUrl}`);
    for (const pattern of patterns) {
      cells.push(
        await runGitOpsCell({ pattern, stage: options.stage, workDir, repo, kube, rolloutTimeoutMs: 180_000, leftoverTimeoutMs: 120_000, log: options.log }),
      );
      options.log(`conformance (gitops): ${pattern} ${cells[cells.length - 1].verdict.toUpperCase()} in ${seconds(cells[cells.length - 1].durationMs)}`);
    }
  } finally {
    await repo?.stop();
    await cluster.stop();
  }
  const reportDir = path.resolve(options.reportDir ?? path.join("reports", `gitops-${new Date().toISOString().replace(/[:.]/g, "-")}`));
  fs.mkdirSync(reportDir, { recursive: true });
  const report = path.join(reportDir, "report.json");
  fs.writeFileSync(report, JSON.stringify({ engine: "gitops", stage: options.stage, durationMs: Date.now() - t0, cells }, null, 2) + "\n");
  fs.rmSync(workDir, { recursive: true, force: true });
  return { cells, report };
}
