/**
 * `stackwerk destroy` (deploy/run.ts): every selected stack in reverse dependency order, shown and
 * asked once unless auto-approved; a stack whose dependant could not be destroyed is kept, and a
 * stack with no local state has nothing to destroy. Split from deploy/run.ts (issue 22).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { errorText } from "./tofu";
import { wireInputs } from "./wiring";
import type { DeployRunResult, StackResult } from "./run-types";
import { init, RunContext, seconds, StackState, upstreamOf } from "./run-context";
import { planOne, printPlan } from "./run-plan";
import { retryOnLostProviders } from "./run-settle";

/** Destroys the selected stacks in reverse order; never throws for a tofu failure. */
export async function destroy(ctx: RunContext): Promise<DeployRunResult> {
  const { o, states, selected, envOf, tofuEnv } = ctx;
  const reverse = [...selected].reverse();
  // Nothing to destroy in a stack whose local state file does not exist (a remote backend is always asked).
  const hasLocalBackend = (st: StackState) => st.tf.terraform?.backend === undefined || st.tf.terraform?.backend?.local !== undefined;
  const neverApplied = (st: StackState) =>
    hasLocalBackend(st) && !fs.existsSync(path.join(st.stack.dir, st.tf.terraform?.backend?.local?.path ?? "terraform.tfstate"));
  if (!o.autoApprove) {
    const plans: StackResult[] = [];
    for (const s of reverse) {
      const st = states.get(s.name)!;
      const r = neverApplied(st)
        ? { name: s.name, status: "nothing" as const, message: "nothing to destroy (no state)", durationMs: 0 }
        : await planOne(ctx, st, true);
      plans.push(r);
      printPlan(ctx, r);
    }
    if (plans.some((p) => p.status === "failed")) return { ok: false, stacks: plans };
    const doomed = plans.filter((p) => p.status === "changes");
    if (doomed.length === 0) {
      o.print("Nothing to destroy.");
      return { ok: true, stacks: plans };
    }
    if (!o.confirm) throw new Error("destroy asks before it deletes anything: run it in a terminal, or pass --auto-approve");
    const total = doomed.reduce((a, p) => a + (p.counts?.delete ?? 0), 0);
    if (!(await o.confirm(`Destroy ${total} resource(s) in ${doomed.length} stack(s)? This cannot be undone.`)))
      return { ok: true, declined: true, stacks: plans };
  }
  const results: StackResult[] = [];
  const kept = new Set<string>();
  for (const s of reverse) {
    const st = states.get(s.name)!;
    const started = Date.now();
    // A stack whose dependant could not be destroyed keeps serving it.
    const dependants = reverse.filter((d) => d.dependencies.includes(s.name) && kept.has(d.name)).map((d) => d.name);
    if (dependants.length) {
      kept.add(s.name);
      results.push({ name: s.name, status: "skipped", message: `kept: ${dependants.join(", ")} still depend(s) on it`, durationMs: 0 });
      o.log(`${s.name}: kept (${dependants.join(", ")} could not be destroyed)`);
      continue;
    }
    if (neverApplied(st)) {
      results.push({ name: s.name, status: "nothing", message: "nothing to destroy (no state)", durationMs: 0 });
      o.log(`${s.name}: nothing to destroy (no state)`);
      continue;
    }
    const failedInit = await init(ctx, st);
    const inputs = failedInit ? undefined : wireInputs(st.tf, await upstreamOf(ctx, st), envOf(s.name));
    if (failedInit || inputs!.missing.length || inputs!.pending.length) {
      kept.add(s.name);
      const why = failedInit
        ? `tofu init: ${errorText(failedInit)}`
        : `inputs without value: ${[...inputs!.missing, ...inputs!.pending.map((p) => `${p.name} (from ${p.stack})`)].join(", ")}`;
      results.push({ name: s.name, status: "failed", message: why, durationMs: Date.now() - started });
      o.log(`${s.name}: FAILED ${why.split("\n")[0]}`);
      continue;
    }
    o.log(`${s.name}: destroy ...`);
    const r = await retryOnLostProviders(ctx, st, () =>
      o.tofu.destroy(s.dir, tofuEnv(s.name, inputs), {
        ...(o.parallelism ? { parallelism: o.parallelism } : {}),
        ...(o.destroyRefresh ? { refresh: o.destroyRefresh(s.name) } : {}),
      }),
    );
    if (!r.ok) {
      kept.add(s.name);
      results.push({ name: s.name, status: "failed", message: `tofu destroy: ${errorText(r)}`, durationMs: r.durationMs, interrupted: r.interrupted });
      o.log(`${s.name}: FAILED after ${seconds(r.durationMs)}: ${errorText(r).split("\n")[0]}`);
      if (r.interrupted) break;
      continue;
    }
    results.push({ name: s.name, status: "destroyed", message: r.summary ?? "destroyed", durationMs: r.durationMs });
    o.log(`${s.name}: ${r.summary ?? "destroyed"} (${seconds(r.durationMs)})`);
  }
  return { ok: results.every((r) => r.status === "destroyed" || r.status === "nothing"), stacks: results };
}
