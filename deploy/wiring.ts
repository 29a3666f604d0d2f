/**
 * Wiring between stacks without hands (ADR 0012): every variable of a stack that an upstream
 * stack (one it depends on) declares as an output gets that output's value. Values travel only
 * as `TF_VAR_<name>` in the environment of the tofu process, in memory: never written to disk,
 * never printed when sensitive (the platform stack declares sensitive inputs ephemeral, ADR
 * 0020, so they stay out of its state and plans too). `stackwerk deploy` and the conformance
 * run (level 7) both wire through here.
 */
import { stackVariables, StackVariable, TfJson } from "./stack-json";

/** Variable holding the state passphrase: the operator's, never wired (ADR 0011/0020). */
export const PASSPHRASE_VARIABLE = "state_passphrase";

/** An output value as `tofu output -json` reports it. */
export interface OutputValue {
  readonly value: unknown;
  readonly sensitive: boolean;
}

/** An upstream stack: the outputs it declares and, once it is applied, their values. */
export interface Upstream {
  readonly stack: string;
  /** Output names its configuration declares (known at synth). */
  readonly declared: readonly string[];
  /** Values from its state; undefined while it is not applied (or not readable). */
  readonly values?: Readonly<Record<string, OutputValue>>;
}

/** Where one variable of a stack gets its value. */
export interface InputSource {
  readonly name: string;
  readonly sensitive: boolean;
  /** `stack`: an upstream output; `operator`: the environment (`TF_VAR_<name>`); `default`: the configuration's default. */
  readonly from: "stack" | "operator" | "default";
  /** The upstream stack, for `from: "stack"`. */
  readonly stack?: string;
}

/** The wired inputs of one stack. */
export interface StackInputs {
  /** `TF_VAR_*` for the tofu process; held in memory only. */
  readonly env: Record<string, string>;
  /** Every variable and where it comes from. */
  readonly sources: InputSource[];
  /** Inputs an upstream stack outputs but whose value is not known yet (that stack is not applied). */
  readonly pending: Array<{ name: string; stack: string }>;
  /** Required inputs nobody supplies: no upstream output, no default, not in the environment. */
  readonly missing: string[];
}

/** Output names a stack's configuration declares. */
export function declaredOutputs(tf: TfJson): string[] {
  return Object.keys(tf.output ?? {});
}

/** A value as OpenTofu reads it from `TF_VAR_<name>`: strings as they are, everything else as JSON. */
function asVariableText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * Wires the variables of `tf` from `upstream` outputs (the first upstream declaring a name wins);
 * `env` is the operator's environment, checked for the rest.
 */
export function wireInputs(tf: TfJson, upstream: readonly Upstream[], env: NodeJS.ProcessEnv = process.env): StackInputs {
  return wireVariables(stackVariables(tf), upstream, env);
}

/** `wireInputs` for a list of variables. */
export function wireVariables(variables: readonly StackVariable[], upstream: readonly Upstream[], env: NodeJS.ProcessEnv = process.env): StackInputs {
  const out: StackInputs = { env: {}, sources: [], pending: [], missing: [] };
  for (const v of variables) {
    const from = v.name === PASSPHRASE_VARIABLE ? undefined : upstream.find((u) => u.declared.includes(v.name));
    if (from) {
      const value = from.values?.[v.name];
      out.sources.push({ name: v.name, sensitive: v.sensitive || value?.sensitive === true, from: "stack", stack: from.stack });
      if (value === undefined) out.pending.push({ name: v.name, stack: from.stack });
      else out.env[`TF_VAR_${v.name}`] = asVariableText(value.value);
      continue;
    }
    const given = env[`TF_VAR_${v.name}`] !== undefined;
    out.sources.push({ name: v.name, sensitive: v.sensitive, from: given || !v.hasDefault ? "operator" : "default" });
    if (!given && !v.hasDefault) out.missing.push(v.name);
  }
  return out;
}

/** A stack's variable that a stack depending on it outputs: taken from that stack once it is applied, then this one is applied again. */
export interface FeedbackInput {
  readonly name: string;
  /** The dependant stack that outputs it. */
  readonly stack: string;
}

/**
 * Inputs of `stack` known only after a later stack's apply (e.g. the infra stack's `ingress_ip`,
 * the address the add-ons stack's Gateway gets): variables with a default (so the first apply
 * runs without them) that a stack depending on `stack` declares as an output. `deploy` applies
 * `stack`, then that stack, then `stack` again with the value, in the same run.
 */
export function feedbackInputs(
  stack: { readonly name: string; readonly tf: TfJson },
  others: ReadonlyArray<{ readonly name: string; readonly tf: TfJson; readonly dependencies: readonly string[] }>,
): FeedbackInput[] {
  const out: FeedbackInput[] = [];
  for (const v of stackVariables(stack.tf)) {
    if (!v.hasDefault || v.name === PASSPHRASE_VARIABLE) continue;
    const from = others.find((o) => o.dependencies.includes(stack.name) && declaredOutputs(o.tf).includes(v.name));
    if (from) out.push({ name: v.name, stack: from.name });
  }
  return out;
}
