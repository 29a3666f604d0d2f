/**
 * Patterns a fleet catalogue can instantiate with its own props: every registered pattern that
 * registered its class (`PatternDefinition.pattern`, patterns/registry.ts). The registry is the
 * one list; this module only builds an instance from a fleet entry.
 */
import type { Construct } from "constructs";
import type { Pattern } from "../../constructs/pattern";
import type { Size, Stage } from "../../core/profile";
import "../../patterns";
import { registeredPatterns } from "../../patterns/registry";
import type { ITarget } from "../../providers";

/** What a fleet entry hands a pattern: target, stage and size from the entry, the rest as pattern props. */
export interface FleetPatternInput {
  readonly target: ITarget;
  readonly stage: Stage;
  readonly size: Size;
  readonly props: Readonly<Record<string, unknown>>;
}

/** Creates one pattern instance for a fleet entry. */
export type FleetPatternFactory = (scope: Construct, id: string, input: FleetPatternInput) => Pattern;

/** Names of the fleet-capable patterns (registered with their class), in registration order. */
export function fleetPatternNames(): string[] {
  return registeredPatterns()
    .filter((p) => p.pattern !== undefined)
    .map((p) => p.name);
}

/** The factory of fleet-capable pattern `name`, or undefined when there is none. */
export function fleetPattern(name: string): FleetPatternFactory | undefined {
  const cls = registeredPatterns().find((p) => p.name === name)?.pattern;
  if (!cls) return undefined;
  return (scope, id, { target, stage, size, props }) => new cls(scope, id, { ...props, target, stage, size } as never);
}
