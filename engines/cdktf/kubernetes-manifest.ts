/**
 * `kubernetes_manifest` as a plain cdktf resource. The generated binding (`Manifest` of
 * @cdktf/provider-kubernetes) builds four output-reference objects and their tokens in its
 * constructor (wait, wait_for, field_manager, timeouts) for attribute getters the engine never
 * reads; that construction was about a fifth of a platform stack's synth time and kept a few
 * hundred objects per manifest on the heap. This class writes the same JSON (the arguments
 * below, in the provider's snake_case) and nothing else. See docs/adr/0030-synth-without-creation-stacks.md.
 */
import { TerraformResource, type ITerraformDependable, type TerraformResourceLifecycle } from "./cdk";
import { Construct } from "constructs";

/** The arguments of `kubernetes_manifest` the engine sets. The body is written by the stack (toTerraform). */
export interface KubernetesManifestConfig {
  /** `wait { rollout = true }`: apply waits until the workload has rolled out. */
  readonly waitForRollout?: boolean;
  /** `timeouts { create, update }`. */
  readonly timeouts?: { readonly create?: string; readonly update?: string };
  /** `field_manager { force_conflicts }`. */
  readonly forceConflicts?: boolean;
  /** `computed_fields`. */
  readonly computedFields?: readonly string[];
  readonly dependsOn?: ITerraformDependable[];
  readonly lifecycle?: TerraformResourceLifecycle;
}

/** One `kubernetes_manifest` resource; `manifest` is filled in by the stack that owns it. */
export class KubernetesManifest extends TerraformResource {
  constructor(
    scope: Construct,
    id: string,
    private readonly config: KubernetesManifestConfig,
  ) {
    super(scope, id, {
      terraformResourceType: "kubernetes_manifest",
      terraformGeneratorMetadata: { providerName: "kubernetes" },
      dependsOn: config.dependsOn,
      lifecycle: config.lifecycle,
    });
  }

  protected override synthesizeAttributes(): Record<string, unknown> {
    const c = this.config;
    return {
      computed_fields: c.computedFields ? [...c.computedFields] : undefined,
      manifest: {},
      field_manager: c.forceConflicts !== undefined ? { force_conflicts: c.forceConflicts } : undefined,
      timeouts: c.timeouts ? { create: c.timeouts.create, update: c.timeouts.update } : undefined,
      wait: c.waitForRollout !== undefined ? { rollout: c.waitForRollout } : undefined,
    };
  }
}
