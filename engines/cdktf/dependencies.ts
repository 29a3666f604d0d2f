/**
 * The order between a deployment's OpenTofu stacks, recorded where every tool reads it: cdktf's
 * `manifest.json` (`stacks.<name>.dependencies`). A platform stack depends on its landing zone's
 * infra stack (its inputs are that stack's outputs) and add-ons stack (CRDs its objects use);
 * an add-ons stack depends on the zone's infra stack. Infra stacks depend on nothing.
 */
import { TerraformStack } from "./cdk";
import type { IConstruct } from "constructs";
import { LandingZone } from "../../core/landing-zone";
import { Pattern } from "../../constructs/pattern";

/** The stacks `stack` must follow: its zone's infra and add-ons stacks (not itself). */
export function layerDependencies(stack: TerraformStack): TerraformStack[] {
  let owner: IConstruct | undefined = stack.node.scope;
  while (owner && !(owner instanceof Pattern) && !(owner instanceof LandingZone)) owner = owner.node.scope;
  if (!owner) return [];
  const zone = owner instanceof Pattern ? owner.landingZone : owner;
  const before = owner instanceof Pattern ? ["infra", "addons"] : ["infra"];
  return zone.layers.filter((l) => before.includes(l.role) && l.layer !== stack && TerraformStack.isStack(l.layer)).map((l) => l.layer as TerraformStack);
}

/** Records `layerDependencies(stack)` on the stack (cdktf writes them into manifest.json). */
export function recordLayerDependencies(stack: TerraformStack): void {
  for (const dependency of layerDependencies(stack)) stack.addDependency(dependency);
}
