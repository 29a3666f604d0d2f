/**
 * The context of one `runDeployment` (deploy/run.ts) and the steps every action shares: the stacks'
 * JSON and state, the environment each tofu process gets, `tofu init`, reading a stack's outputs
 * and wiring a stack's inputs from the stacks it depends on (and the later stacks that feed it
 * back). Split from deploy/run.ts (issue 22).
 */
import * as fs from "node:fs";
import { TofuOutcome } from "./tofu";
import type { TfJson } from "./stack-json";
import type { ProgramStack } from "./program";
import type { DeployRunOptions, StackResult } from "./run-types";
import { declaredOutputs, FeedbackInput, feedbackInputs, OutputValue, PASSPHRASE_VARIABLE, StackInputs, Upstream } from "./wiring";

/** `12.3s`. */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
/** Whether a stack of the run was interrupted. */
export const interruptedRun = (results: readonly StackResult[]) => results.some((r) => r.interrupted);

/** One stack of the program during a run. */
export interface StackState {
  readonly stack: ProgramStack;
  readonly tf: TfJson;
  initialised: boolean;
  /** Output values from the state (undefined until read). */
  outputs?: Record<string, OutputValue>;
}

/** What the steps of one run share (built once by `runContext`). */
export interface RunContext {
  readonly o: DeployRunOptions;
  /** Every stack of the program, by name. */
  readonly states: Map<string, StackState>;
  /** The stacks to act on, in dependency order. */
  readonly selected: ProgramStack[];
  /** The operator's environment with the stack's own on top. */
  readonly envOf: (name: string) => NodeJS.ProcessEnv;
  /** The environment of a tofu process of the stack (with its wired inputs, when given). */
  readonly tofuEnv: (name: string, inputs?: StackInputs) => Record<string, string>;
  /** Every stack's name, JSON and dependencies (to find the inputs a later stack feeds back). */
  readonly stackList: { name: string; tf: TfJson; dependencies: readonly string[] }[];
  /** The wired input values each saved plan was made with (in memory only), to see when an upstream apply changed them. */
  readonly plannedWith: Map<string, string>;
}

/** Reads the program's stacks and checks the selection and the passphrase (throws with the allowed values). */
export function runContext(o: DeployRunOptions): RunContext {
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
  const stackList = [...states.values()].map((x) => ({ name: x.stack.name, tf: x.tf, dependencies: x.stack.dependencies }));
  return { o, states, selected, envOf, tofuEnv, stackList, plannedWith: new Map<string, string>() };
}

/** `tofu init` of a stack not initialised yet; the failed outcome, or undefined when it is ready. */
export async function init(ctx: RunContext, st: StackState): Promise<TofuOutcome | undefined> {
  const { o, tofuEnv } = ctx;
  if (st.initialised) return undefined;
  o.log(`${st.stack.name}: init ...`);
  const r = await o.tofu.init(st.stack.dir, tofuEnv(st.stack.name));
  if (r.ok) st.initialised = true;
  return r.ok ? undefined : r;
}

/** The stack's output values from its state (none before its first apply). */
export async function readOutputs(ctx: RunContext, st: StackState): Promise<Record<string, OutputValue>> {
  if (st.outputs) return st.outputs;
  if ((await init(ctx, st)) !== undefined) return {};
  try {
    st.outputs = await ctx.o.tofu.outputs(st.stack.dir);
  } catch {
    st.outputs = {}; // no state yet
  }
  return st.outputs;
}

/** The inputs a later stack outputs for this one (applied again with them in the same run). */
export function feedbackOf(ctx: RunContext, st: StackState): FeedbackInput[] {
  return feedbackInputs({ name: st.stack.name, tf: st.tf }, ctx.stackList);
}

/** The output values of the stacks this one takes inputs from, for `wireInputs`. */
export async function upstreamOf(ctx: RunContext, st: StackState): Promise<Upstream[]> {
  const list: Upstream[] = [];
  // Values a later stack outputs for this one, once it has them (until then the variable's default applies).
  for (const f of feedbackOf(ctx, st)) {
    const value = (await readOutputs(ctx, ctx.states.get(f.stack)!))[f.name];
    if (value !== undefined && value.value !== "" && value.value !== null) list.push({ stack: f.stack, declared: [f.name], values: { [f.name]: value } });
  }
  for (const name of st.stack.dependencies) {
    const up = ctx.states.get(name)!;
    const declared = declaredOutputs(up.tf);
    if (declared.length === 0) continue; // nothing to wire (e.g. an add-ons stack): no need to read its state
    const values = await readOutputs(ctx, up);
    // Not applied yet: no output values at all.
    list.push({ stack: name, declared, ...(declared.some((d) => values[d] !== undefined) ? { values } : {}) });
  }
  return list;
}

/** The wired inputs' values as one comparable key. */
export const inputsKey = (inputs: StackInputs) => JSON.stringify(Object.entries(inputs.env).sort(([x], [y]) => x.localeCompare(y)));
