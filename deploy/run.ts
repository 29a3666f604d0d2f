/**
 * `stackwerk plan | deploy | destroy | output` on a synthesised program: every stack in
 * dependency order (destroy in reverse), each one's inputs wired from the outputs of the stacks
 * it depends on (deploy/wiring.ts), values known only after an apply taken from that apply in
 * the same run. Without auto-approve, deploy and destroy first show a plan summary per stack
 * (create/update/replace/delete counts, every replace and delete by address) and ask once;
 * deploy then applies exactly the plans it showed (saved plan files, `tofu apply <plan>`), and
 * a stack planned only after its inputs' stack is applied is shown and asked for then.
 * A failed stack stops only the stacks that depend on it. Progress: one line per stack step.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Diagnostic, errorText, formatDiagnostic, isRevisionReadBack, Tofu, TofuOutcome } from "./tofu";
import type { TfJson } from "./stack-json";
import type { Program, ProgramStack } from "./program";
import { declaredOutputs, FeedbackInput, feedbackInputs, OutputValue, PASSPHRASE_VARIABLE, StackInputs, Upstream, wireInputs } from "./wiring";

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

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
const interruptedRun = (results: readonly StackResult[]) => results.some((r) => r.interrupted);

interface StackState {
  readonly stack: ProgramStack;
  readonly tf: TfJson;
  initialised: boolean;
  /** Output values from the state (undefined until read). */
  outputs?: Record<string, OutputValue>;
}

/** Runs `action` on the program's stacks; never throws for a tofu failure (it is a stack result). */
export async function runDeployment(o: DeployRunOptions): Promise<DeployRunResult> {
  const env = o.env ?? process.env;
  const states = new Map<string, StackState>();
  for (const stack of o.program.stacks)
    states.set(stack.name, { stack, tf: JSON.parse(fs.readFileSync(stack.file, "utf8")) as TfJson, initialised: o.initialised === true });
  const selected = o.program.stacks.filter((s) => (o.select ?? (() => true))(s.name));
  if (selected.length === 0) {
    const names = o.program.stacks.map((s) => s.name).join(", ");
    throw new Error(`--stacks matches no stack of the program. Allowed: ${names || "(the program has no stacks)"}`);
  }
  const envOf = (name: string): NodeJS.ProcessEnv => ({ ...env, ...(o.stackEnv?.(name) ?? {}) });
  const needsPassphrase = selected.filter((s) => states.get(s.name)!.tf.variable?.[PASSPHRASE_VARIABLE] !== undefined);
  if (needsPassphrase.some((s) => !envOf(s.name)[`TF_VAR_${PASSPHRASE_VARIABLE}`]))
    throw new Error(
      `TF_VAR_${PASSPHRASE_VARIABLE} is not set: every stack encrypts its state and plans with it (16+ characters; keep it in your secret store, it cannot be recovered)`,
    );
  // The operator's TF_VAR_* (from `env`, which may add to the process's), then extras, the stack's own, the wired inputs.
  const operatorVars = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[0].startsWith("TF_VAR_") && e[1] !== undefined));
  const tofuEnv = (name: string, inputs?: StackInputs): Record<string, string> => ({
    ...operatorVars,
    ...(o.extraEnv ?? {}),
    ...(o.stackEnv?.(name) ?? {}),
    ...(inputs?.env ?? {}),
  });

  const init = async (st: StackState): Promise<TofuOutcome | undefined> => {
    if (st.initialised) return undefined;
    o.log(`${st.stack.name}: init ...`);
    const r = await o.tofu.init(st.stack.dir, tofuEnv(st.stack.name));
    if (r.ok) st.initialised = true;
    return r.ok ? undefined : r;
  };
  /**
   * Runs `op` once more after a fresh init when OpenTofu lost the providers it was initialised
   * with (`.terraform/providers` links into the toolchain's mirror, which another process may
   * have republished meanwhile); before anything changed, so a retry is safe.
   */
  const retryOnLostProviders = async (st: StackState, op: () => Promise<TofuOutcome>): Promise<TofuOutcome> => {
    const first = await op();
    if (
      first.ok ||
      !/could not read package directory|Required plugins are not installed|\.terraform\/providers\/\S* no such file or directory|\.terraform\/providers\/\S*: no such file or directory/.test(
        errorText(first),
      )
    )
      return first;
    o.log(`${st.stack.name}: the providers it was initialised with are gone (mirror republished?); init again and retry`);
    st.initialised = false;
    return (await init(st)) ?? (await op());
  };
  /**
   * The kubernetes provider's known read-back bug (hashicorp/terraform-provider-kubernetes#1591,
   * open): after an in-place update of a Deployment or DaemonSet it waited for, it reports
   * "Provider produced inconsistent result after apply" because the controller bumped the revision
   * annotation meanwhile. The change is applied; a plan right after shows nothing to do (measured on
   * the embedded cluster with an image bump). When every error is that one, a plan with no changes
   * settles the apply; anything else stays the failure it was.
   */
  const settleRevisionReadBack = async (st: StackState, env: Readonly<Record<string, string>>, apply: TofuOutcome): Promise<TofuOutcome> => {
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
  };
  const readOutputs = async (st: StackState): Promise<Record<string, OutputValue>> => {
    if (st.outputs) return st.outputs;
    if ((await init(st)) !== undefined) return {};
    try {
      st.outputs = await o.tofu.outputs(st.stack.dir);
    } catch {
      st.outputs = {}; // no state yet
    }
    return st.outputs;
  };
  const stackList = [...states.values()].map((x) => ({ name: x.stack.name, tf: x.tf, dependencies: x.stack.dependencies }));
  const feedbackOf = (st: StackState): FeedbackInput[] => feedbackInputs({ name: st.stack.name, tf: st.tf }, stackList);
  const upstreamOf = async (st: StackState): Promise<Upstream[]> => {
    const list: Upstream[] = [];
    // Values a later stack outputs for this one, once it has them (until then the variable's default applies).
    for (const f of feedbackOf(st)) {
      const value = (await readOutputs(states.get(f.stack)!))[f.name];
      if (value !== undefined && value.value !== "" && value.value !== null) list.push({ stack: f.stack, declared: [f.name], values: { [f.name]: value } });
    }
    for (const name of st.stack.dependencies) {
      const up = states.get(name)!;
      const declared = declaredOutputs(up.tf);
      if (declared.length === 0) continue; // nothing to wire (e.g. an add-ons stack): no need to read its state
      const values = await readOutputs(up);
      // Not applied yet: no output values at all.
      list.push({ stack: name, declared, ...(declared.some((d) => values[d] !== undefined) ? { values } : {}) });
    }
    return list;
  };

  /** The wired input values each saved plan was made with (in memory only), to see when an upstream apply changed them. */
  const plannedWith = new Map<string, string>();
  const inputsKey = (inputs: StackInputs) => JSON.stringify(Object.entries(inputs.env).sort(([x], [y]) => x.localeCompare(y)));

  if (o.action === "output") return outputs();
  if (o.action === "destroy") return destroy();
  return planAndApply();

  async function outputs(): Promise<DeployRunResult> {
    const results: StackResult[] = [];
    for (const s of selected) {
      const started = Date.now();
      const values = await readOutputs(states.get(s.name)!);
      for (const [name, v] of Object.entries(values)) o.print(`${s.name}.${name} = ${v.sensitive ? "(sensitive)" : JSON.stringify(v.value)}`);
      results.push({ name: s.name, status: "read", message: `${Object.keys(values).length} output(s)`, durationMs: Date.now() - started });
    }
    return { ok: true, stacks: results };
  }

  /** Plans one stack with its wired inputs (a `pending` result when an upstream is not applied yet). */
  async function planOne(st: StackState, destroyPlan = false, save = false): Promise<StackResult> {
    const started = Date.now();
    const name = st.stack.name;
    const failedInit = await init(st);
    if (failedInit) return { name, status: "failed", message: `tofu init: ${errorText(failedInit)}`, durationMs: Date.now() - started };
    const inputs = wireInputs(st.tf, await upstreamOf(st), envOf(name));
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
    const plan = await retryOnLostProviders(st, () =>
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

  function printPlan(r: StackResult): void {
    const wired = (r.inputs ?? []).filter((i) => i.from === "stack");
    const later = feedbackOf(states.get(r.name)!).filter((f) => !wired.some((w) => w.name === f.name));
    o.print(`${r.name}: ${r.message}`);
    for (const d of r.destructive ?? []) o.print(`  ${/\(replace\)$/.test(d) ? "replace" : "delete "} ${d.replace(/ \([a-z-]+\)$/, "")}`);
    if (wired.length)
      o.print(
        `  inputs from ${[...new Set(wired.map((w) => w.stack))].join(", ")}: ${wired.map((w) => `${w.name}${w.sensitive ? " (sensitive)" : ""}`).join(", ")}`,
      );
    for (const f of later) o.print(`  then applied again in the same run with ${f.name} from ${f.stack}, known only after that stack is applied`);
  }

  async function planAndApply(): Promise<DeployRunResult> {
    const plans: StackResult[] = [];
    /** Stacks whose shown plan is saved and is what their apply runs. */
    const saved = new Set<string>();
    const dropPlan = (s: ProgramStack) => fs.rmSync(path.join(s.dir, PLAN_FILE), { force: true });
    if (o.action === "plan" || !o.autoApprove) {
      for (const s of selected) {
        const r = await planOne(states.get(s.name)!, false, o.action === "deploy");
        if (r.status === "changes" || r.status === "no-changes") saved.add(s.name);
        plans.push(r);
        o.log(`${s.name}: ${r.status === "failed" ? "FAILED" : r.message}${r.durationMs ? ` (${seconds(r.durationMs)})` : ""}`);
        printPlan(r);
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
      const failedInit = await init(st);
      const inputs = failedInit ? undefined : wireInputs(st.tf, await upstreamOf(st), envOf(s.name));
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
        const late = await planOne(st, false, true);
        o.log(`${s.name}: ${late.status === "failed" ? "FAILED" : late.message}${late.durationMs ? ` (${seconds(late.durationMs)})` : ""}`);
        printPlan(late);
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
        st,
        tofuEnv(s.name, inputs),
        await retryOnLostProviders(st, () =>
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
      o.log(
        `${s.name}: ${apply.summary ?? "applied"} (${seconds(apply.durationMs)})${warnings.length ? `; ${warnings.length} warning(s): ${warnings[0]}` : ""}`,
      );
    }
    // Values known only after a later stack's apply: the earlier stack is applied again with them, in this run.
    for (const s of selected) {
      const feedback = feedbackOf(states.get(s.name)!);
      if (feedback.length === 0 || !appliedWith.has(s.name) || interruptedRun(results)) continue;
      const st = states.get(s.name)!;
      const inputs = wireInputs(st.tf, await upstreamOf(st), envOf(s.name));
      const unknown = feedback.filter((f) => !inputs.sources.some((i) => i.name === f.name && i.from === "stack"));
      for (const f of unknown) o.log(`${s.name}: ${f.name} from ${f.stack} is not known yet (empty after its apply); run deploy again once it is`);
      if (inputsKey(inputs) === appliedWith.get(s.name)) continue;
      const names = feedback.filter((f) => !unknown.includes(f)).map((f) => `${f.name} from ${f.stack}`);
      o.log(`${s.name}: applying again with ${names.join(", ")}`);
      if (!o.autoApprove) {
        const again = await planOne(st, false, true);
        printPlan(again);
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
        st,
        tofuEnv(s.name, inputs),
        await o.tofu.apply(
          s.dir,
          tofuEnv(s.name, inputs),
          undefined,
          o.parallelism ? { parallelism: o.parallelism } : {},
          o.autoApprove ? undefined : PLAN_FILE,
        ),
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
    return { ok: results.every((r) => r.status === "applied"), ...(declined ? { declined } : {}), stacks: results };
  }

  async function destroy(): Promise<DeployRunResult> {
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
          : await planOne(st, true);
        plans.push(r);
        printPlan(r);
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
      const failedInit = await init(st);
      const inputs = failedInit ? undefined : wireInputs(st.tf, await upstreamOf(st), envOf(s.name));
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
      const r = await retryOnLostProviders(st, () =>
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
}
