/**
 * Patterns a fleet catalogue can instantiate with its own props. The pattern registry only
 * knows each pattern's reference instance; a fleet entry needs the pattern's constructor with
 * the entry's props, so each fleet-capable pattern is listed here by its registered name.
 */
import type { Construct } from "constructs";
import type { Pattern } from "../../constructs/pattern";
import type { Size, Stage } from "../../core/profile";
import {
  AiStack,
  type AiStackProps,
  EventBusStack,
  type EventBusStackProps,
  IdentityStack,
  type IdentityStackProps,
  MonitoringStack,
  type MonitoringStackProps,
  WebAppStack,
  type WebAppStackProps,
} from "../../patterns";
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

/** Fleet-capable patterns by registered name. */
export const FLEET_PATTERNS: Readonly<Record<string, FleetPatternFactory>> = {
  [WebAppStack.patternName]: (scope, id, { target, stage, size, props }) =>
    new WebAppStack(scope, id, { ...(props as unknown as WebAppStackProps), target, stage, size }),
  [EventBusStack.patternName]: (scope, id, { target, stage, size, props }) =>
    new EventBusStack(scope, id, { ...(props as unknown as EventBusStackProps), target, stage, size }),
  [IdentityStack.patternName]: (scope, id, { target, stage, size, props }) =>
    new IdentityStack(scope, id, { ...(props as unknown as IdentityStackProps), target, stage, size }),
  [MonitoringStack.patternName]: (scope, id, { target, stage, size, props }) =>
    new MonitoringStack(scope, id, { ...(props as unknown as MonitoringStackProps), target, stage, size }),
  [AiStack.patternName]: (scope, id, { target, stage, size, props }) => new AiStack(scope, id, { ...(props as unknown as AiStackProps), target, stage, size }),
};
