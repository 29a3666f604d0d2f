/**
 * `stackwerk plan | deploy | destroy | output` on a synthesised program: every stack in
 * dependency order (destroy in reverse), each one's inputs wired from the outputs of the stacks
 * it depends on (deploy/wiring.ts), values known only after an apply taken from that apply in
 * the same run. Without auto-approve, deploy and destroy first show a plan summary per stack
 * (create/update/replace/delete counts, every replace and delete by address) and ask once;
 * deploy then applies exactly the plans it showed (saved plan files, `tofu apply <plan>`), and
 * a stack planned only after its inputs' stack is applied is shown and asked for then.
 * A failed stack stops only the stacks that depend on it. Progress: one line per stack step.
 * Split along its seams (issue 22): the shapes (run-types.ts), the shared context and input wiring (run-context.ts), OpenTofu quirk recoveries (run-settle.ts),
 * plan/output (run-plan.ts), plan-and-apply (run-apply.ts), the fed-back second apply
 * (run-feedback.ts) and destroy (run-destroy.ts).
 */
import type { DeployRunOptions, DeployRunResult } from "./run-types";
import { runContext } from "./run-context";
import { outputs } from "./run-plan";
import { planAndApply } from "./run-apply";
import { destroy } from "./run-destroy";

export { countsText, PLAN_FILE, planCounts } from "./run-types";
export type { DeployAction, DeployRunOptions, DeployRunResult, PlanCounts, StackResult } from "./run-types";

/** Runs `action` on the program's stacks; never throws for a tofu failure (it is a stack result). */
export async function runDeployment(o: DeployRunOptions): Promise<DeployRunResult> {
  const ctx = runContext(o);
  if (o.action === "output") return outputs(ctx);
  if (o.action === "destroy") return destroy(ctx);
  return planAndApply(ctx);
}
