/**
 * Pulumi engine: renders the platform layer of a pattern instance with @pulumi/kubernetes.
 * One ComponentResource per pattern instance; every Kubernetes object is a child of it, so
 * the Pulumi resource tree mirrors the construct tree. The objects are the same KubeManifest
 * and KubeSecret nodes the Terraform engine renders (the parity test proves the sets match).
 *
 * Usage inside a Pulumi program:
 *   const model = new PulumiModel();                        // or the Terraform engine's App
 *   const shop = new WebAppStack(model, "shop", { ... });
 *   renderPulumi(shop);                                     // no app.synth() needed
 *
 * Every object is bound to an explicit kubernetes Provider built from the target's kubeconfig
 * (./cluster.ts) and registered under the type token the provider accepts (./kube-object.ts).
 * A shared landing zone's add-ons (CRDs, operators) render once per program in a zone component,
 * before every member's objects (./zone.ts). Platform inputs (infra outputs on cloud targets) are
 * read from Pulumi config namespace `stackwerk` (sensitive ones with `requireSecret`); generated
 * secret values are derived from the stack's secret seed and rotation counter (./credentials.ts).
 */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { Construct } from "constructs";
import type { Pattern } from "../../constructs/pattern";
import { renderLayers } from "./layer";
import { zoneAddons, ZoneAddonsComponent } from "./zone";

export { ZoneAddonsComponent } from "./zone";
export { kubernetesTypeToken } from "./kube-object";
export { KUBERNETES_PLUGIN_VERSION } from "./cluster";

/** Options of `renderPulumi`. */
export interface RenderPulumiOptions {
  /** Kubernetes provider to use instead of one built from the target's kubeconfig. @default a provider from the target's kubeconfig (see ./cluster.ts) */
  readonly provider?: k8s.Provider;
}

/** The Pulumi component of one pattern instance. */
export class PatternComponent extends pulumi.ComponentResource {
  /** Pulumi resources by KubeManifest key (`kind/namespace/name`). */
  readonly objects: Map<string, pulumi.CustomResource>;
  /** Per object key: protected from delete, and the keys it was ordered after (for parity checks). */
  readonly lifecycle: Map<string, { readonly protect: boolean; readonly dependsOn: readonly string[] }>;
  /** The kubernetes Provider the instance's objects are bound to. */
  readonly provider: k8s.Provider;
  /** The shared landing zone's add-ons component the objects wait for, when the zone has add-ons. */
  readonly zoneAddons?: ZoneAddonsComponent;

  constructor(pattern: Pattern, options: RenderPulumiOptions = {}, opts?: pulumi.ComponentResourceOptions) {
    super(`stackwerk:pattern:${pattern.patternName}`, pattern.node.id, {}, opts);
    const zone = pattern.landingZone;
    // A private zone's add-ons are the instance's own first layer; a shared zone's render once per program.
    this.zoneAddons = zone.shared ? zoneAddons(zone) : undefined;
    const own = pattern.layers.filter((l) => l.role !== "infra").map((l) => l.layer);
    const rendered = renderLayers(own, {
      parent: this,
      providerName: `${pattern.node.id}-k8s`,
      access: zone.clusterAccess,
      preventDestroy: pattern.preventDestroy,
      after: this.zoneAddons ? [...this.zoneAddons.objects.values()] : [],
      provider: options.provider,
    });
    this.objects = rendered.objects;
    this.lifecycle = rendered.lifecycle;
    this.provider = rendered.provider;
    this.registerOutputs({ namespace: pattern.namespace.name, objects: this.objects.size });
  }
}

/**
 * The root of a model that only Pulumi renders: no App of the Terraform engine, so patterns get engine-neutral
 * layers (core/layers.ts) and the Terraform engine is never loaded. Targets that create cloud
 * resources (an infra layer) need the Terraform engine's App and say so at synth.
 *
 *   const model = new PulumiModel();
 *   renderPulumi(new WebAppStack(model, "shop", { target: targets.onprem(), image: "…" }));
 */
export class PulumiModel extends Construct {
  constructor() {
    super(undefined as unknown as Construct, "");
  }
}

/** Renders the platform layer of `pattern` into the running Pulumi program. */
export function renderPulumi(pattern: Pattern, options: RenderPulumiOptions = {}): PatternComponent {
  return new PatternComponent(pattern, options);
}
