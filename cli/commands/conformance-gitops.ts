/**
 * `stackwerk conformance --engine gitops`: runs conformance/gitops-run.ts and prints one line per
 * cell and level; exit code 1 when a required level failed.
 */
import { CliUsageError } from "../command";
import type { Stage } from "../../core/profile";
import { runGitOpsConformance } from "../../conformance/gitops-run";

/** Runs the GitOps cells for the parsed flags of `stackwerk conformance`. */
export async function runGitOpsCli(
  flags: Record<string, string | boolean>,
  list: (v: string | boolean | undefined) => string[] | undefined,
  stage: Stage,
): Promise<number> {
  for (const f of ["app", "kubeconfig", "keep", "jobs", "max-level"]) {
    if (flags[f] !== undefined) throw new CliUsageError(`--${f} is not supported with --engine gitops (one embedded cluster, levels 1-6)`);
  }
  let result;
  try {
    result = await runGitOpsConformance({
      patterns: list(flags.patterns),
      targets: list(flags.targets),
      stage,
      reportDir: typeof flags.report === "string" ? flags.report : undefined,
      log: (line) => process.stderr.write(`[stackwerk] ${line}\n`),
    });
  } catch (err) {
    if (/^--(patterns|targets)/.test((err as Error).message)) throw new CliUsageError((err as Error).message);
    throw err;
  }
  for (const c of result.cells) {
    process.stdout.write(`${c.id.padEnd(40)} ${c.verdict.toUpperCase().padEnd(6)} ${c.levels.map((l) => `L${l.level}:${l.status}`).join(" ")}\n`);
  }
  process.stdout.write(`report: ${result.report}\n`);
  return result.cells.some((c) => c.levels.some((l) => l.required && l.status !== "pass")) ? 1 : 0;
}
