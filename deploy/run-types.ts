/**
 * The shapes of a `stackwerk plan | deploy | destroy | output` run (deploy/run.ts): its options,
 * the result per stack and of the run, the saved plan file's name, and a plan's change counts.
 * Split from deploy/run.ts (issue 22).
 */
import type { Diagnostic, Tofu, TofuOutcome } from "./tofu";
import type { Program } from "./program";
import type { StackInputs } from "./wiring";

/** What to do with the program's stacks. */
export type DeployAction = "plan" | "deploy" | "destroy" | "output";

/** Options of one run. */
export interface DeployRunOptions {
  readonly program: Program;
  readonly action: DeployAction;
  readonly tofu: Tofu;
  /** Which stacks (by name) to act on. @default all */
  readonly select?: (name: string) => boolean;
  /** Apply/destroy without asking. */
  readonly autoApprove?: boolean;
  /** Asks the operator once; resolves true for yes. Required for deploy/destroy without autoApprove. */
  readonly confirm?: (question: string) => Promise<boolean>;
  /** Progress lines (stderr). */
  readonly log: (line: string) => void;
  /** Results: plan summaries, outputs (stdout). */
  readonly print: (line: string) => void;
  /** The operator's environment (TF_VAR_* and credentials). @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Extra environment for every tofu process (e.g. placeholder credentials for an offline plan). */
  readonly extraEnv?: Readonly<Record<string, string>>;
  /** `-parallelism` of apply and destroy. @default OpenTofu's (10) */
  readonly parallelism?: number;
  /** Environment of one stack on top of `env` and `extraEnv` (e.g. the conformance run's stand-in inputs). */
  readonly stackEnv?: (stack: string) => Readonly<Record<string, string>>;
  /** Every stack was initialised already (`tofu init` is not run again). */
  readonly initialised?: boolean;
  /** Called when a stack's apply starts, with a function that stops it (e.g. on an admission denial). */
  readonly onApplySpawn?: (stack: string, stop: () => void) => void;
  /** Whether destroy reads every object first (`-refresh`). @default true for every stack */
  readonly destroyRefresh?: (stack: string) => boolean;
}

/**
 * The saved plan of a stack (in its folder, encrypted like its state): written by the plan a
 * deploy shows, applied as it is, removed after the apply or when the operator says no.
 */
export const PLAN_FILE = "stackwerk.tfplan";

/** Planned changes of one stack, by action. */
export interface PlanCounts {
  create: number;
  update: number;
  replace: number;
  delete: number;
}

/** How one stack fared. */
export interface StackResult {
  readonly name: string;
  readonly status: "no-changes" | "changes" | "pending" | "applied" | "destroyed" | "nothing" | "failed" | "skipped" | "read";
  readonly message: string;
  readonly counts?: PlanCounts;
  /** Addresses to be replaced or deleted, `address (action)`. */
  readonly destructive?: string[];
  /** Where every input came from (names only, never values). */
  readonly inputs?: StackInputs["sources"];
  /** Every planned change, `address (action)` (plans only). */
  readonly changes?: string[];
  /** OpenTofu's warnings (applies). */
  readonly warnings?: string[];
  /** The run was interrupted while this stack ran. */
  readonly interrupted?: boolean;
  /** OpenTofu's error diagnostics, when its command failed (e.g. to tell a cloud API lookup from a configuration error). */
  readonly errors?: Diagnostic[];
  /** OpenTofu's own change summary line (`Plan: 3 to add, 0 to change, 0 to destroy.`), when it printed one. */
  readonly summary?: string;
  readonly durationMs: number;
}

/** Outcome of a run. */
export interface DeployRunResult {
  readonly ok: boolean;
  /** Declined at the prompt: nothing was changed. */
  readonly declined?: boolean;
  readonly stacks: StackResult[];
}

/** Counts and destructive addresses of a plan's `planned_change` events. */
export function planCounts(plan: TofuOutcome): { counts: PlanCounts; destructive: string[] } {
  const counts: PlanCounts = { create: 0, update: 0, replace: 0, delete: 0 };
  const destructive: string[] = [];
  for (const change of plan.plannedChanges) {
    const action = /\(([a-z-]+)\)$/.exec(change)?.[1] ?? "";
    if (action === "create") counts.create++;
    else if (action === "update") counts.update++;
    else if (action === "replace") counts.replace++;
    else if (action === "delete") counts.delete++;
    if (action === "replace" || action === "delete") destructive.push(change);
  }
  return { counts, destructive };
}

/** `3 to create, 1 to update, 0 to replace, 2 to delete`. */
export function countsText(c: PlanCounts): string {
  return `${c.create} to create, ${c.update} to update, ${c.replace} to replace, ${c.delete} to delete`;
}
