/**
 * The base of an instance's Kustomize overlays (ADR 0400): its registered pattern's reference
 * instance on the same target at the first stage, built in a model of its own, so every stage
 * and tenant of a pattern shares one base (`bases/<pattern>/<target>/<layer>`).
 *
 *   synthGitOps([shop], { …, base: (p) => referenceBase(p) });
 */
import type { Construct } from "constructs";
import type { Pattern } from "../../constructs/pattern";
import { STAGES } from "../../core/profile";
import { registeredPatterns } from "../../patterns/registry";
import { GitOpsModel } from "./model";

/**
 * The reference instance of `instance`'s pattern on its target at the first stage, under a root
 * `newRoot` makes (a cloud target's infra layer needs the Terraform engine's App: the CLI passes one). Undefined
 * for a pattern that is not registered: its folders hold the full rendering.
 */
export function referenceBase(instance: Pattern, newRoot: () => Construct = () => new GitOpsModel()): Pattern | undefined {
  const definition = registeredPatterns().find((d) => d.name === instance.patternName);
  if (!definition) return undefined;
  return definition.create(newRoot(), definition.name, { target: instance.target, stage: STAGES[0] });
}
