/**
 * Pattern registry: the one registration point of a pattern. The CLI (`list`, `synth`), fleet
 * catalogues, the conformance runner, the examples and the docs checks all read it, so a new
 * pattern joins every one of them by registering itself (its `register.ts`, imported from
 * `patterns/index.ts`); nothing else changes. `stackwerk new pattern <name>` writes both.
 */
import { Construct } from "constructs";
import type { Pattern } from "../constructs/pattern";
import type { Stage } from "../core/profile";
import type { ITarget } from "../core/target";
import type { SmokeCheck, SmokeProbe } from "../core/smoke";

/** A pattern class: built with its props; `patternName` is the name it registers under. */
export interface PatternClass {
  /** Registered name, e.g. `web-app`. */
  readonly patternName: string;
  /**
   * Builds an instance from its props (`<Class>Props`, extending PatternProps). Typed `never` so
   * every pattern class fits; callers hand untyped input (a fleet entry), which the Pattern base
   * checks against the props' generated shape first.
   */
  new (scope: Construct, id: string, props: never): Pattern;
}

/** A registered pattern: its CLI name, class, summary, reference instance and smoke checks. */
export interface PatternDefinition {
  /** CLI name, e.g. `web-app` (the class's `patternName` when `pattern` is given). */
  readonly name: string;
  /**
   * The pattern's class. Fleet catalogues (`stackwerk deploy-fleet`) build instances of it with
   * the entry's own props; a registration without it offers only its reference instance.
   * @default none (not usable in a fleet)
   */
  readonly pattern?: PatternClass;
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
  if (definition.pattern && definition.pattern.patternName !== definition.name) {
    throw new Error(
      `pattern ${definition.name}: name differs from its class's patternName (${definition.pattern.patternName}). Allowed: name = ${definition.pattern.name}.patternName`,
    );
  }
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
