/**
 * Values known only after a later stack's apply (deploy/wiring.ts `feedbackInputs`): after a
 * deploy, the earlier stack is applied again with them in the same run (shown and asked for
 * first, unless auto-approved). Split from deploy/run.ts (issue 22).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { errorText } from "./tofu";
import { wireInputs } from "./wiring";
import { countsText, PLAN_FILE, StackResult } from "./run-types";
import { feedbackOf, inputsKey, interruptedRun, RunContext, seconds, upstreamOf } from "./run-context";
import { planOne, printPlan } from "./run-plan";
import { settleRevisionReadBack } from "./run-settle";

/**
 * Applies again every applied stack whose fed-back inputs changed, replacing its result in
 * `results`; true when the operator declined one.
 */
export async function reapplyWithFeedback(ctx: RunContext, results: StackResult[], appliedWith: ReadonlyMap<string, string>): Promise<boolean> {
  const { o, states, selected, envOf, tofuEnv } = ctx;
  let declined = false;
  // Values known only after a later stack's apply: the earlier stack is applied again with them, in this run.
  for (const s of selected) {
    const feedback = feedbackOf(ctx, states.get(s.name)!);
    if (feedback.length === 0 || !appliedWith.has(s.name) || interruptedRun(results)) continue;
    const st = states.get(s.name)!;
    const inputs = wireInputs(st.tf, await upstreamOf(ctx, st), envOf(s.name));
    const unknown = feedback.filter((f) => !inputs.sources.some((i) => i.name === f.name && i.from === "stack"));
    for (const f of unknown) o.log(`${s.name}: ${f.name} from ${f.stack} is not known yet (empty after its apply); run deploy again once it is`);
    if (inputsKey(inputs) === appliedWith.get(s.name)) continue;
    const names = feedback.filter((f) => !unknown.includes(f)).map((f) => `${f.name} from ${f.stack}`);
    o.log(`${s.name}: applying again with ${names.join(", ")}`);
    if (!o.autoApprove) {
      const again = await planOne(ctx, st, false, true);
      printPlan(ctx, again);
      if (again.status === "failed") {
        results[results.findIndex((r) => r.name === s.name)] = again;
        continue;
      }
      if (again.status === "changes" && !(await o.confirm!(`Apply ${countsText(again.counts!)} in ${s.name}, with ${names.join(", ")}?`))) {
        declined = true;
        fs.rmSync(path.join(s.dir, PLAN_FILE), { force: true });
        results[results.findIndex((r) => r.name === s.name)] = { ...again, status: "skipped", message: "not applied again: the answer was not 'yes'" };
        continue;
      }
    }
    const apply = await settleRevisionReadBack(
      ctx,
      st,
      tofuEnv(s.name, inputs),
      await o.tofu.apply(s.dir, tofuEnv(s.name, inputs), undefined, o.parallelism ? { parallelism: o.parallelism } : {}, o.autoApprove ? undefined : PLAN_FILE),
    );
    fs.rmSync(path.join(s.dir, PLAN_FILE), { force: true });
    st.outputs = undefined;
    const result: StackResult = apply.ok
      ? {
          name: s.name,
          status: "applied",
          message: `${apply.summary ?? "applied"} (again, with ${names.join(", ")})`,
          inputs: inputs.sources,
          durationMs: apply.durationMs,
        }
      : {
          name: s.name,
          status: "failed",
          message: `tofu apply (again, with ${names.join(", ")}): ${errorText(apply)}`,
          durationMs: apply.durationMs,
          interrupted: apply.interrupted,
        };
    o.log(`${s.name}: ${result.message.split("\n")[0]} (${seconds(apply.durationMs)})`);
    // One result per stack: the second apply's stands for the stack.
    results[results.findIndex((r) => r.name === s.name)] = result;
  }
  return declined;
}
