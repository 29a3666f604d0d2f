/**
 * cdktf engine: synthesises pattern instances to Terraform JSON for OpenTofu, one folder per
 * stack (`<outdir>/stacks/<stack>/cdk.tf.json`), infra stacks before platform stacks.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { App, TerraformStack } from "cdktf";
import { Pattern } from "../../constructs/pattern";
import type { Stage } from "../../constructs/profile";
import { getPattern } from "../../patterns/registry";
import type { ITarget } from "../../providers/target";
import { withoutCreationStacks } from "./creation-stacks";
import { InfraStack, PlatformStack, StackRole } from "./stacks";

export { InfraStack, PlatformStack } from "./stacks";
export type { StackRole } from "./stacks";

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

function roleOf(stack: TerraformStack): StackRole | undefined {
  if (stack instanceof InfraStack) return "infra";
  if (stack instanceof PlatformStack) return "platform";
  return undefined;
}

/** Synthesises `app` and lists the pattern stacks it wrote, infra before platform per instance. */
export function synthesize(app: App): SynthesizedStack[] {
  withoutCreationStacks(() => app.synth());
  const result: SynthesizedStack[] = [];
  const instances = app.node.findAll().filter((c): c is Pattern => c instanceof Pattern);
  for (const instance of instances) {
    for (const stack of instance.stacks) {
      const dir = path.join(app.outdir, "stacks", stack.node.id);
      const file = path.join(dir, "cdk.tf.json");
      if (!fs.existsSync(file)) throw new Error(`cdktf wrote no ${file} for stack ${stack.node.id}`);
      result.push({
        name: stack.node.id,
        role: roleOf(stack)!,
        instance: instance.node.path,
        pattern: instance.patternName,
        target: instance.target.name,
        dir,
        file,
      });
    }
  }
  return result;
}

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
