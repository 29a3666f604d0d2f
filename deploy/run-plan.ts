/**
 * The read-only steps of a run (deploy/run.ts): `stackwerk output`, planning one stack with its
 * wired inputs, and printing a stack's plan summary (replaces and deletes by address, the inputs
 * wired from other stacks). Split from deploy/run.ts (issue 22).
 */
import { errorText } from "./tofu";
import { wireInputs } from "./wiring";
import { countsText, DeployRunResult, PLAN_FILE, planCounts, StackResult } from "./run-types";
import { feedbackOf, init, inputsKey, readOutputs, RunContext, StackState, upstreamOf } from "./run-context";
import { retryOnLostProviders } from "./run-settle";

/** `stackwerk output`: every selected stack's outputs (sensitive ones masked). */
export async function outputs(ctx: RunContext): Promise<DeployRunResult> {
  const { o, states, selected } = ctx;
  const results: StackResult[] = [];
  for (const s of selected) {
    const started = Date.now();
    const values = await readOutputs(ctx, states.get(s.name)!);
    for (const [name, v] of Object.entries(values)) o.print(`${s.name}.${name} = ${v.sensitive ? "(sensitive)" : JSON.stringify(v.value)}`);
    results.push({ name: s.name, status: "read", message: `${Object.keys(values).length} output(s)`, durationMs: Date.now() - started });
  }
  return { ok: true, stacks: results };
}

/** Plans one stack with its wired inputs (a `pending` result when an upstream is not applied yet). */
export async function planOne(ctx: RunContext, st: StackState, destroyPlan = false, save = false): Promise<StackResult> {
  const { o, envOf, tofuEnv, plannedWith } = ctx;
  const started = Date.now();
  const name = st.stack.name;
  const failedInit = await init(ctx, st);
  if (failedInit) return { name, status: "failed", message: `tofu init: ${errorText(failedInit)}`, durationMs: Date.now() - started };
  const inputs = wireInputs(st.tf, await upstreamOf(ctx, st), envOf(name));
  if (inputs.missing.length)
    return {
      name,
      status: "failed",
      inputs: inputs.sources,
      message: `needs ${inputs.missing.map((m) => `TF_VAR_${m}`).join(", ")}: no stack it depends on outputs ${inputs.missing.length > 1 ? "them" : "it"} and there is no default`,
      durationMs: Date.now() - started,
    };
  if (inputs.pending.length) {
    if (destroyPlan)
      return { name, status: "nothing", inputs: inputs.sources, message: "nothing to destroy (its inputs' stacks were never applied)", durationMs: 0 };
    const by = [...new Set(inputs.pending.map((p) => p.stack))];
    return {
      name,
      status: "pending",
      inputs: inputs.sources,
      message: `planned when ${by.join(", ")} ${by.length > 1 ? "are" : "is"} applied: its inputs ${inputs.pending.map((p) => p.name).join(", ")} are outputs known only after that apply`,
      durationMs: Date.now() - started,
    };
  }
  o.log(`${name}: plan${destroyPlan ? " -destroy" : ""} ...`);
  if (save) plannedWith.set(name, inputsKey(inputs));
  const plan = await retryOnLostProviders(ctx, st, () =>
    o.tofu.plan(st.stack.dir, tofuEnv(name, inputs), ["-detailed-exitcode", ...(destroyPlan ? ["-destroy"] : []), ...(save ? [`-out=${PLAN_FILE}`] : [])]),
  );
  if (!plan.ok)
    return {
      name,
      status: "failed",
      inputs: inputs.sources,
      message: `tofu plan: ${errorText(plan)}`,
      durationMs: plan.durationMs,
      interrupted: plan.interrupted,
      errors: plan.errors,
    };
  const { counts, destructive } = planCounts(plan);
  const changed = plan.code === 2;
  return {
    name,
    status: changed ? "changes" : destroyPlan ? "nothing" : "no-changes",
    inputs: inputs.sources,
    counts,
    destructive,
    changes: plan.plannedChanges,
    ...(plan.summary ? { summary: plan.summary } : {}),
    message: changed ? countsText(counts) : destroyPlan ? "nothing to destroy" : "no changes",
    durationMs: plan.durationMs,
  };
}

/** Prints a stack's plan summary: its message, every replace and delete, the inputs wired from other stacks. */
export function printPlan(ctx: RunContext, r: StackResult): void {
  const { o, states } = ctx;
  const wired = (r.inputs ?? []).filter((i) => i.from === "stack");
  const later = feedbackOf(ctx, states.get(r.name)!).filter((f) => !wired.some((w) => w.name === f.name));
  o.print(`${r.name}: ${r.message}`);
  for (const d of r.destructive ?? []) o.print(`  ${/\(replace\)$/.test(d) ? "replace" : "delete "} ${d.replace(/ \([a-z-]+\)$/, "")}`);
  if (wired.length)
    o.print(
      `  inputs from ${[...new Set(wired.map((w) => w.stack))].join(", ")}: ${wired.map((w) => `${w.name}${w.sensitive ? " (sensitive)" : ""}`).join(", ")}`,
    );
  for (const f of later) o.print(`  then applied again in the same run with ${f.name} from ${f.stack}, known only after that stack is applied`);
}
