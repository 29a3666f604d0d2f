/**
 * Recoveries from two known OpenTofu/provider quirks during a run (deploy/run.ts): providers lost
 * after a mirror republish (init again and retry) and the kubernetes provider's misread rollout
 * revision after an apply (a plan with no changes settles it). Split from deploy/run.ts (issue 22).
 */
import { errorText, isRevisionReadBack, TofuOutcome } from "./tofu";
import { init, RunContext, StackState } from "./run-context";

/**
 * Runs `op` once more after a fresh init when OpenTofu lost the providers it was initialised
 * with (`.terraform/providers` links into the toolchain's mirror, which another process may
 * have republished meanwhile); before anything changed, so a retry is safe.
 */
export async function retryOnLostProviders(ctx: RunContext, st: StackState, op: () => Promise<TofuOutcome>): Promise<TofuOutcome> {
  const first = await op();
  if (
    first.ok ||
    !/could not read package directory|Required plugins are not installed|\.terraform\/providers\/\S* no such file or directory|\.terraform\/providers\/\S*: no such file or directory/.test(
      errorText(first),
    )
  )
    return first;
  ctx.o.log(`${st.stack.name}: the providers it was initialised with are gone (mirror republished?); init again and retry`);
  st.initialised = false;
  return (await init(ctx, st)) ?? (await op());
}

/**
 * The kubernetes provider's known read-back bug (hashicorp/terraform-provider-kubernetes#1591,
 * open): after an in-place update of a Deployment or DaemonSet it waited for, it reports
 * "Provider produced inconsistent result after apply" because the controller bumped the revision
 * annotation meanwhile. The change is applied; a plan right after shows nothing to do (measured on
 * the embedded cluster with an image bump). When every error is that one, a plan with no changes
 * settles the apply; anything else stays the failure it was.
 */
export async function settleRevisionReadBack(ctx: RunContext, st: StackState, env: Readonly<Record<string, string>>, apply: TofuOutcome): Promise<TofuOutcome> {
  const { o } = ctx;
  const readBack = (d: { summary: string; detail: string }) => isRevisionReadBack(`${d.summary}\n${d.detail}`);
  if (apply.ok || apply.interrupted || apply.errors.length === 0 || !apply.errors.every(readBack)) return apply;
  o.log(
    `${st.stack.name}: the kubernetes provider misread a rollout's revision annotation after the apply (hashicorp/terraform-provider-kubernetes#1591); planning again to confirm the change is in`,
  );
  const check = await o.tofu.plan(st.stack.dir, env, ["-detailed-exitcode"]);
  if (check.ok && check.plannedChanges.length === 0 && !check.changes?.add && !check.changes?.change && !check.changes?.remove) {
    return {
      ...apply,
      ok: true,
      code: 0,
      errors: [],
      rawError: undefined,
      warnings: [...apply.warnings, ...apply.errors.map((e) => ({ ...e, severity: "warning" as const }))],
    };
  }
  return apply;
}
