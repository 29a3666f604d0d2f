/**
 * cdktf engine: synthesises pattern instances to Terraform JSON for OpenTofu, one folder per
 * stack (`<outdir>/stacks/<stack>/cdk.tf.json`), infra stacks before platform stacks.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { App, TerraformStack } from "cdktf";
import { Pattern } from "../../constructs/pattern";
import { LandingZone } from "../../core/landing-zone";
import { registerLayerEngine } from "../../core/layers";
import type { Stage } from "../../core/profile";
import { getPattern } from "../../patterns/registry";
import type { ITarget } from "../../core/target";
import { withoutCreationStacks } from "./creation-stacks";
import { InfraStack, PlatformStack, StackRole } from "./stacks";

export { InfraStack, PlatformStack } from "./stacks";
export type { StackRole } from "./stacks";
export { stateBackend } from "./backend";
export type { StateBackend, LocalStateBackend, KubernetesStateBackend, S3StateBackend } from "./backend";

/** One stack cdktf wrote: its folder, role and the instance it belongs to. */
export interface SynthesizedStack {
  /** Stack name, e.g. `shop-platform`. */
  readonly name: string;
  readonly role: StackRole;
  /** Construct path of the pattern instance. */
  readonly instance: string;
  readonly pattern: string;
  readonly target: string;
  /** Folder to run `tofu` in. */
  readonly dir: string;
  /** The Terraform JSON file. */
  readonly file: string;
}

/**
 * The cdktf engine's layers: every tree under a cdktf App gets OpenTofu stacks (an InfraStack
 * for cloud resources, a PlatformStack for Kubernetes objects and add-ons).
 */
registerLayerEngine({
  name: "cdktf",
  claims: (root) => App.isApp(root),
  platform: (scope, id, props) => new PlatformStack(scope, id, props),
  infra: (scope, id) => new InfraStack(scope, id),
  rendersStateBackend: true,
});

/** Pattern name of a shared landing zone's stacks in the synth listing. */
export const LANDING_ZONE = "landing-zone";

/** Synthesises `app` and lists the stacks it wrote in apply order: shared zones' first, then per instance infra, add-ons, platform. */
export function synthesize(app: App): SynthesizedStack[] {
  withoutCreationStacks(() => app.synth());
  const result: SynthesizedStack[] = [];
  const add = (stack: TerraformStack, role: StackRole, instance: string, pattern: string, target: string): void => {
    const dir = path.join(app.outdir, "stacks", stack.node.id);
    const file = path.join(dir, "cdk.tf.json");
    if (!fs.existsSync(file)) throw new Error(`cdktf wrote no ${file} for stack ${stack.node.id}`);
    result.push({ name: stack.node.id, role, instance, pattern, target, dir, file });
  };
  const all = app.node.findAll();
  for (const zone of all.filter((c): c is LandingZone => c instanceof LandingZone && c.shared)) {
    for (const { role, layer } of zone.layers) add(layer as TerraformStack, role, zone.node.path, LANDING_ZONE, zone.target.name);
  }
  for (const instance of all.filter((c): c is Pattern => c instanceof Pattern)) {
    for (const { role, layer } of instance.layers) add(layer as TerraformStack, role, instance.node.path, instance.patternName, instance.target.name);
  }
  return result;
}

/** Options of `synthPattern`: which registered pattern, target and stage, and where to write. */
export interface SynthPatternOptions {
  readonly pattern: string;
  readonly target: ITarget;
  readonly stage: Stage;
  /** Output folder. */
  readonly outdir: string;
  /** Instance id. @default `<pattern>-<target>` */
  readonly id?: string;
}

/** Synthesises the reference instance of a registered pattern for one target. */
export function synthPattern(options: SynthPatternOptions): SynthesizedStack[] {
  const app = new App({ outdir: options.outdir, skipValidation: false });
  const definition = getPattern(options.pattern);
  definition.create(app, options.id ?? `${options.pattern}-${options.target.name}`, { target: options.target, stage: options.stage });
  return synthesize(app);
}
