/**
 * `stackwerk plan` and `stackwerk deploy` (deploy/run.ts): every selected stack planned and shown,
 * asked once, then applied in dependency order with exactly the plan shown (a stack planned only
 * after its inputs' stack is applied is shown and asked for then); a failed stack stops only the
 * stacks that depend on it. Split from deploy/run.ts (issue 22).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { errorText, formatDiagnostic } from "./tofu";
import type { ProgramStack } from "./program";
import { wireInputs } from "./wiring";
import { countsText, DeployRunResult, PLAN_FILE, StackResult } from "./run-types";
import { init, inputsKey, RunContext, seconds, upstreamOf } from "./run-context";
import { planOne, printPlan } from "./run-plan";
import { retryOnLostProviders, settleRevisionReadBack } from "./run-settle";
import { reapplyWithFeedback } from "./run-feedback";

/** Removes the stack's saved plan (applied, declined or out of date). */
const dropPlan = (s: ProgramStack) => fs.rmSync(path.join(s.dir, PLAN_FILE), { force: true });

/** Plans (and, for deploy, applies) the selected stacks; never throws for a tofu failure. */
export async function planAndApply(ctx: RunContext): Promise<DeployRunResult> {
  const { o, states, selected, envOf, tofuEnv, plannedWith } = ctx;
  const plans: StackResult[] = [];
  /** Stacks whose shown plan is saved and is what their apply runs. */
  const saved = new Set<string>();
  if (o.action === "plan" || !o.autoApprove) {
    for (const s of selected) {
      const r = await planOne(ctx, states.get(s.name)!, false, o.action === "deploy");
      if (r.status === "changes" || r.status === "no-changes") saved.add(s.name);
      plans.push(r);
      o.log(`${s.name}: ${r.status === "failed" ? "FAILED" : r.message}${r.durationMs ? ` (${seconds(r.durationMs)})` : ""}`);
      printPlan(ctx, r);
    }
    if (o.action === "plan") return { ok: plans.every((p) => p.status !== "failed"), stacks: plans };
    if (plans.some((p) => p.status === "failed")) {
      selected.forEach(dropPlan);
      return { ok: false, stacks: plans };
    }
    if (plans.every((p) => p.status === "no-changes")) {
      selected.forEach(dropPlan);
      o.print("No changes: every stack matches its configuration.");
      return { ok: true, stacks: plans };
    }
    const total = plans.reduce((a, p) => a + (p.counts ? p.counts.create + p.counts.update + p.counts.replace + p.counts.delete : 0), 0);
    const pending = plans.filter((p) => p.status === "pending").length;
    if (!o.confirm) {
      selected.forEach(dropPlan);
      throw new Error("deploy asks before it changes anything: run it in a terminal, or pass --auto-approve");
    }
    const yes = await o.confirm(
      `Apply ${total} change(s) in ${plans.filter((p) => p.status === "changes").length} stack(s)${pending ? ` and then ${pending} stack(s) planned after their inputs are applied (each shown and asked for then)` : ""}?`,
    );
    if (!yes) {
      selected.forEach(dropPlan);
      return { ok: true, declined: true, stacks: plans };
    }
  }
  let declined = false;
  /** The wired inputs each stack was applied with in this run. */
  const appliedWith = new Map<string, string>();
  const results: StackResult[] = [];
  const broken = new Set<string>();
  for (const s of selected) {
    const st = states.get(s.name)!;
    const started = Date.now();
    const blockedBy = s.dependencies.filter((d) => broken.has(d));
    if (blockedBy.length) {
      broken.add(s.name);
      results.push({ name: s.name, status: "skipped", message: `not applied: ${blockedBy.join(", ")} failed`, durationMs: 0 });
      o.log(`${s.name}: skipped (${blockedBy.join(", ")} failed)`);
      continue;
    }
    const failedInit = await init(ctx, st);
    const inputs = failedInit ? undefined : wireInputs(st.tf, await upstreamOf(ctx, st), envOf(s.name));
    const problem = failedInit
      ? `tofu init: ${errorText(failedInit)}`
      : inputs!.missing.length
        ? `needs ${inputs!.missing.map((m) => `TF_VAR_${m}`).join(", ")}: no stack it depends on outputs them and there is no default`
        : inputs!.pending.length
          ? `inputs ${inputs!.pending.map((p) => `${p.name} (from ${p.stack})`).join(", ")} have no value: the stack they come from has no such output in its state`
          : undefined;
    if (problem) {
      broken.add(s.name);
      results.push({ name: s.name, status: "failed", message: problem, durationMs: Date.now() - started });
      o.log(`${s.name}: FAILED ${problem.split("\n")[0]}`);
      continue;
    }
    if (saved.has(s.name) && plannedWith.get(s.name) !== inputsKey(inputs!)) {
      // An upstream apply of this run changed its inputs: the shown plan is out of date.
      o.log(`${s.name}: its inputs changed with the apply of ${s.dependencies.join(", ")}; planning it again`);
      saved.delete(s.name);
      dropPlan(s);
    }
    if (!o.autoApprove && !saved.has(s.name)) {
      // Planned only now that the stacks it takes inputs from are applied: shown, and asked for, before it changes anything.
      const late = await planOne(ctx, st, false, true);
      o.log(`${s.name}: ${late.status === "failed" ? "FAILED" : late.message}${late.durationMs ? ` (${seconds(late.durationMs)})` : ""}`);
      printPlan(ctx, late);
      if (late.status === "failed") {
        broken.add(s.name);
        dropPlan(s);
        results.push(late);
        continue;
      }
      saved.add(s.name);
      if (late.status === "changes" && !(await o.confirm!(`Apply ${countsText(late.counts!)} in ${s.name}, planned now that its inputs are applied?`))) {
        declined = true;
        broken.add(s.name);
        dropPlan(s);
        results.push({ ...late, status: "skipped", message: "not applied: the answer was not 'yes'" });
        continue;
      }
    }
    o.log(`${s.name}: apply${saved.has(s.name) ? ` (the plan shown, ${PLAN_FILE})` : ""} ...`);
    const apply = await settleRevisionReadBack(
      ctx,
      st,
      tofuEnv(s.name, inputs),
      await retryOnLostProviders(ctx, st, () =>
        o.tofu.apply(
          s.dir,
          tofuEnv(s.name, inputs),
          o.onApplySpawn ? (stop) => o.onApplySpawn!(s.name, stop) : undefined,
          o.parallelism ? { parallelism: o.parallelism } : {},
          saved.has(s.name) ? PLAN_FILE : undefined,
        ),
      ),
    );
    if (saved.has(s.name)) dropPlan(s);
    st.outputs = undefined; // read again by its dependants
    const warnings = apply.warnings.map(formatDiagnostic);
    if (!apply.ok) {
      broken.add(s.name);
      results.push({
        name: s.name,
        status: "failed",
        message: `tofu apply: ${errorText(apply)}`,
        durationMs: apply.durationMs,
        interrupted: apply.interrupted,
        warnings,
      });
      o.log(`${s.name}: FAILED after ${seconds(apply.durationMs)}: ${errorText(apply).split("\n")[0]}`);
      if (apply.interrupted) break;
      continue;
    }
    appliedWith.set(s.name, inputsKey(inputs!));
    results.push({ name: s.name, status: "applied", message: apply.summary ?? "applied", inputs: inputs!.sources, durationMs: apply.durationMs, warnings });
    o.log(`${s.name}: ${apply.summary ?? "applied"} (${seconds(apply.durationMs)})${warnings.length ? `; ${warnings.length} warning(s): ${warnings[0]}` : ""}`);
  }
  if (await reapplyWithFeedback(ctx, results, appliedWith)) declined = true;
  return { ok: results.every((r) => r.status === "applied"), ...(declined ? { declined } : {}), stacks: results };
}
