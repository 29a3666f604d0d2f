/**
 * Pattern registry: the CLI, the examples and the conformance runner find patterns here.
 * A new pattern joins the conformance matrix by registering itself; nothing else changes.
 */
import { Construct } from "constructs";
import type { Pattern } from "../constructs/pattern";
import type { Stage } from "../core/profile";
import type { ITarget } from "../core/target";
import type { SmokeCheck, SmokeProbe } from "../core/smoke";

/** A registered pattern: its CLI name, summary, reference instance and smoke checks. */
export interface PatternDefinition {
  /** CLI name, e.g. `web-app`. */
  readonly name: string;
  /** One line for `stackwerk list`. */
  readonly summary: string;
  /** Capabilities the reference instance uses (for `stackwerk list`). */
  readonly uses: readonly string[];
  /** Creates the reference instance (examples, `stackwerk synth`, conformance). */
  create(scope: Construct, id: string, options: { readonly target: ITarget; readonly stage: Stage }): Pattern;
  /**
   * A record the conformance report shows for the pattern, e.g. the AI pattern's governance
   * record of its reference instance (risk class, purpose, model card, residency). @default none
   */
  readonly governance?: Readonly<Record<string, string | number>>;
  /**
   * Pattern-specific smoke checks at conformance level 5, after the generic ones (rollouts,
   * Pod Security, default-deny, plan after apply). `instance` is the reference instance's id.
   * @default none
   */
  smoke?(probe: SmokeProbe, context: { readonly instance: string; readonly target: string; readonly stage: Stage }): Promise<SmokeCheck[]>;
}

const registry = new Map<string, PatternDefinition>();

/** Registers a pattern for the CLI, the examples and the conformance matrix (once per name). */
export function registerPattern(definition: PatternDefinition): void {
  if (registry.has(definition.name)) throw new Error(`pattern ${definition.name} is registered twice`);
  registry.set(definition.name, definition);
}

/** Registered patterns in registration order. */
export function registeredPatterns(): PatternDefinition[] {
  return [...registry.values()];
}

/** The pattern called `name`; the error lists the allowed names. */
export function getPattern(name: string): PatternDefinition {
  const found = registry.get(name);
  if (!found) throw new Error(`unknown pattern '${name}'. Allowed: ${[...registry.keys()].join(", ")}`);
  return found;
}
