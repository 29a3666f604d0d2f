/**
 * Pulumi engine: renders the platform layer of a pattern instance with @pulumi/kubernetes.
 * One ComponentResource per pattern instance; every Kubernetes object is a child of it, so
 * the Pulumi resource tree mirrors the construct tree. The objects are the same KubeManifest
 * and KubeSecret nodes the cdktf engine renders (the parity test proves the sets match).
 *
 * Usage inside a Pulumi program:
 *   const app = new App();                                  // cdktf App: the model's root
 *   const shop = new WebAppStack(app, "shop", { ... });
 *   renderPulumi(shop);                                     // no app.synth() needed
 *
 * Platform inputs (infra outputs on cloud targets) are read from Pulumi config namespace
 * `stackwerk` (sensitive ones with `requireSecret`). Generated secret values come from
 * @pulumi/random and are stored encrypted as Pulumi secrets.
 */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import * as random from "@pulumi/random";
import { Construct } from "constructs";
import { PlatformInput, substituteInputs } from "../../core/context";
import { KubeManifest } from "../../constructs/kube/manifest";
import { KubeSecret } from "../../constructs/kube/secret";
import type { HelmChart } from "../../constructs/kube/helm-chart";
import { renderInOrder } from "../../constructs/kube/render-order";
import { MANAGED_BY } from "../../constructs/kube/labels";
import { isProtected } from "../../constructs/kube/protection";
import type { Pattern } from "../../constructs/pattern";

/** Options of `renderPulumi`. */
export interface RenderPulumiOptions {
  /** Kubernetes provider to use. @default a provider from config `stackwerk:kubeconfig` when set, else Pulumi's default */
  readonly provider?: k8s.Provider;
}

/** The Pulumi component of one pattern instance. */
export class PatternComponent extends pulumi.ComponentResource {
  /** Pulumi resources by KubeManifest key (`kind/namespace/name`). */
  readonly objects = new Map<string, pulumi.CustomResource>();
  /** Per object key: protected from delete, and the keys it was ordered after (for parity checks). */
  readonly lifecycle = new Map<string, { readonly protect: boolean; readonly dependsOn: readonly string[] }>();

  constructor(pattern: Pattern, options: RenderPulumiOptions = {}, opts?: pulumi.ComponentResourceOptions) {
    super(`stackwerk:pattern:${pattern.patternName}`, pattern.node.id, {}, opts);
    const config = new pulumi.Config("stackwerk");
    const inputs = new Map<string, string | pulumi.Output<string>>();
    // The instance's private landing zone add-ons (CRDs, operators) render first; platform objects wait for them.
    const addons = pattern.layers.filter((l) => l.role === "addons").map((l) => l.layer);
    for (const input of [...addons.flatMap((layer) => PlatformInput.all(layer)), ...PlatformInput.all(pattern.platformStack)]) {
      inputs.set(
        input.inputName,
        input.sensitive ? config.requireSecret(input.inputName) : (config.get(input.inputName) ?? input.defaultValue ?? config.require(input.inputName)),
      );
    }
    const kubeconfig = config.getSecret("kubeconfig");
    const provider =
      options.provider ?? (kubeconfig && !inputs.has("kubeconfig") ? new k8s.Provider(`${pattern.node.id}-k8s`, { kubeconfig }, { parent: this }) : undefined);
    const keyOf = new Map<pulumi.Resource, string>();
    const childOpts = (key: string, kind: string, dependsOn: pulumi.Resource[] = []): pulumi.CustomResourceOptions => {
      const protect = isProtected(kind, pattern.preventDestroy);
      this.lifecycle.set(key, { protect, dependsOn: dependsOn.map((d) => keyOf.get(d) ?? "?") });
      return { parent: this, provider, dependsOn, protect };
    };

    const plainInput = (name: string): string => {
      const value = inputs.get(name);
      if (value === undefined) throw new Error(`[${pattern.node.path}] a manifest uses platform input '${name}', which no PlatformInput declares`);
      if (typeof value !== "string") throw new Error(`[${pattern.node.path}] input '${name}' is sensitive and may only feed secrets`);
      return value;
    };
    const render = (m: KubeManifest, dependsOn: pulumi.Resource[]): pulumi.CustomResource => {
      const object = substituteInputs(m.object as unknown as Record<string, unknown>, plainInput);
      const resource = new k8s.apiextensions.CustomResource(
        resourceName(m.object.kind, m.object.metadata.namespace, m.object.metadata.name),
        object as k8s.apiextensions.CustomResourceArgs,
        childOpts(m.key, m.object.kind, dependsOn),
      );
      this.objects.set(m.key, resource);
      keyOf.set(resource, m.key);
      return resource;
    };
    const renderSecret = (secret: KubeSecret, dependsOn: pulumi.Resource[]): pulumi.CustomResource => {
      const stringData: Record<string, pulumi.Input<string>> = {};
      for (const [key, value] of Object.entries(secret.values)) {
        if (value.kind === "input") {
          const v = inputs.get(value.input);
          if (v === undefined) throw new Error(`[${secret.node.path}] secret value ${key} uses undeclared input '${value.input}'`);
          stringData[key] = pulumi.secret(v);
        } else if (value.kind === "ephemeral") {
          // Pulumi has no ephemeral resources: the value would have to be read into its (encrypted) state.
          throw new Error(
            `[${secret.node.path}] values.${key}: comes from the ephemeral resource ${value.source.type} (${value.attribute}), which the Pulumi engine cannot render without storing it in state. Allowed: the cdktf engine (OpenTofu), or a Secret the operator supplies`,
          );
        } else {
          const name = `${secret.namespace}-${secret.secretName}-${key}`;
          stringData[key] = new random.RandomPassword(name, { length: value.length, special: false }, { parent: this }).result;
        }
      }
      const resource = new k8s.core.v1.Secret(
        resourceName("Secret", secret.namespace, secret.secretName),
        {
          metadata: { name: secret.secretName, namespace: secret.namespace, labels: { ...MANAGED_BY } },
          type: "Opaque",
          stringData,
        },
        childOpts(`Secret/${secret.namespace}/${secret.secretName}`, "Secret", dependsOn),
      );
      this.objects.set(`Secret/${secret.namespace}/${secret.secretName}`, resource);
      keyOf.set(resource, `Secret/${secret.namespace}/${secret.secretName}`);
      return resource;
    };
    const renderChart = (chart: HelmChart, dependsOn: pulumi.Resource[]): pulumi.CustomResource => {
      const resource = new k8s.helm.v3.Release(
        `helm-${chart.namespace}-${chart.releaseName}`,
        {
          name: chart.releaseName,
          namespace: chart.namespace,
          chart: chart.chartDir,
          values: substituteInputs(chart.values as Record<string, unknown>, plainInput),
          skipAwait: !chart.wait,
          timeout: chart.timeoutSeconds,
        },
        childOpts(chart.key, "HelmRelease", dependsOn),
      );
      this.objects.set(chart.key, resource);
      keyOf.set(resource, chart.key);
      return resource;
    };
    const addonResources: pulumi.CustomResource[] = [];
    for (const layer of addons) {
      const collect =
        <A extends unknown[]>(f: (...args: A) => pulumi.CustomResource) =>
        (...args: A) => {
          const r = f(...args);
          addonResources.push(r);
          return r;
        };
      renderInOrder<pulumi.CustomResource>(layer, { manifest: collect(render), secret: collect(renderSecret), chart: collect(renderChart) });
    }
    const afterAddons =
      <T>(f: (node: T, dependsOn: pulumi.CustomResource[]) => pulumi.CustomResource) =>
      (node: T, dependsOn: pulumi.CustomResource[]) =>
        f(node, [...dependsOn, ...addonResources]);
    renderInOrder<pulumi.CustomResource>(
      pattern.platformStack,
      addons.length
        ? { manifest: afterAddons(render), secret: afterAddons(renderSecret), chart: afterAddons(renderChart) }
        : { manifest: render, secret: renderSecret, chart: renderChart },
    );
    this.registerOutputs({ namespace: pattern.namespace.name, objects: this.objects.size });
  }
}

function resourceName(kind: string, namespace: string | undefined, name: string): string {
  return `${kind.toLowerCase()}-${namespace ?? "cluster"}-${name}`;
}

/**
 * The root of a model that only Pulumi renders: no cdktf App, so patterns get engine-neutral
 * layers (core/layers.ts) and the cdktf engine is never loaded. Targets that create cloud
 * resources (an infra layer) need a cdktf App and say so at synth.
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
