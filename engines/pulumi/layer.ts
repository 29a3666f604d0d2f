/**
 * Renders one platform or add-ons layer (its KubeManifest, KubeSecret and HelmChart nodes) as
 * Pulumi resources below a component, every one bound to the layer's explicit kubernetes Provider
 * and ordered like the Terraform engine (constructs/kube/render-order.ts), after `after` (the zone's
 * add-ons for a pattern's objects).
 */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import type { IConstruct } from "constructs";
import { PlatformInput, substituteInputs } from "../../core/context";
import type { ClusterAccess } from "../../core/capabilities/kubernetes-cluster";
import type { KubeManifest } from "../../constructs/kube/manifest";
import type { KubeSecret } from "../../constructs/kube/secret";
import type { HelmChart } from "../../constructs/kube/helm-chart";
import { renderInOrder } from "../../constructs/kube/render-order";
import { MANAGED_BY } from "../../constructs/kube/labels";
import { isProtected } from "../../constructs/kube/protection";
import { clusterProvider } from "./cluster";
import { CredentialSource } from "./credentials";
import { KubernetesObject } from "./kube-object";

/** Object key (`Kind/namespace/name`) of every resource rendered from a layer, across components. */
const KEYS = new WeakMap<pulumi.Resource, string>();

/** What rendering a layer produced. */
export interface RenderedLayer {
  /** Resources by object key (`Kind/namespace/name`; Helm releases by chart key). */
  readonly objects: Map<string, pulumi.CustomResource>;
  /** Per object key: protected from delete, and the keys it was ordered after. */
  readonly lifecycle: Map<string, { readonly protect: boolean; readonly dependsOn: readonly string[] }>;
  /** The kubernetes Provider every object of the layer is bound to. */
  readonly provider: k8s.Provider;
}

/** Everything `renderLayer` needs besides the layer. */
export interface LayerRenderContext {
  /** The component the resources are children of. */
  readonly parent: pulumi.ComponentResource;
  /** Name prefix of the layer's provider resource (unique in the program). */
  readonly providerName: string;
  readonly access: ClusterAccess;
  readonly preventDestroy: boolean;
  /** Resources every object of the layer is ordered after (a shared zone's add-ons). */
  readonly after?: readonly pulumi.Resource[];
  /** A provider the caller made instead of one from `access`. */
  readonly provider?: k8s.Provider;
}

/** Reads the layer's platform inputs from Pulumi config namespace `stackwerk` (sensitive ones as secrets). */
export function readInputs(config: pulumi.Config, layers: readonly IConstruct[]): Map<string, string | pulumi.Output<string>> {
  const inputs = new Map<string, string | pulumi.Output<string>>();
  for (const input of layers.flatMap((layer) => PlatformInput.all(layer))) {
    inputs.set(
      input.inputName,
      input.sensitive ? config.requireSecret(input.inputName) : (config.get(input.inputName) ?? input.defaultValue ?? config.require(input.inputName)),
    );
  }
  return inputs;
}

/** Pulumi resource name of an object: `<kind>-<namespace or cluster>-<name>`. */
export function resourceName(kind: string, namespace: string | undefined, name: string): string {
  return `${kind.toLowerCase()}-${namespace ?? "cluster"}-${name}`;
}

/** Renders the objects below `layers` (in order) into `ctx.parent`; see the file header. */
export function renderLayers(layers: readonly IConstruct[], ctx: LayerRenderContext): RenderedLayer {
  const where = layers[layers.length - 1]?.node.path ?? ctx.providerName;
  const config = new pulumi.Config("stackwerk");
  const inputs = readInputs(config, layers);
  const provider = ctx.provider ?? clusterProvider(ctx.providerName, { where, access: ctx.access, inputs, config }, ctx.parent);
  let credentials: CredentialSource | undefined;
  const objects = new Map<string, pulumi.CustomResource>();
  const lifecycle = new Map<string, { protect: boolean; dependsOn: string[] }>();
  const after = [...(ctx.after ?? [])];

  const register = (key: string, resource: pulumi.CustomResource): pulumi.CustomResource => {
    objects.set(key, resource);
    KEYS.set(resource, key);
    return resource;
  };
  const childOpts = (key: string, kind: string, dependsOn: pulumi.Resource[]): pulumi.CustomResourceOptions => {
    const protect = isProtected(kind, ctx.preventDestroy);
    const all = [...dependsOn, ...after];
    lifecycle.set(key, { protect, dependsOn: all.map((d) => KEYS.get(d) ?? "?") });
    return { parent: ctx.parent, provider, dependsOn: all, protect };
  };
  const plainInput = (name: string): string => {
    const value = inputs.get(name);
    if (value === undefined) throw new Error(`[${where}] a manifest uses platform input '${name}', which no PlatformInput declares`);
    if (typeof value !== "string") throw new Error(`[${where}] input '${name}' is sensitive and may only feed secrets`);
    return value;
  };

  const manifest = (m: KubeManifest, dependsOn: pulumi.Resource[]): pulumi.CustomResource => {
    const object = substituteInputs(m.object as unknown as Record<string, unknown>, plainInput) as { apiVersion: string; kind: string } & Record<
      string,
      unknown
    >;
    const name = resourceName(m.object.kind, m.object.metadata.namespace, m.object.metadata.name);
    return register(m.key, new KubernetesObject(name, object, childOpts(m.key, m.object.kind, dependsOn)));
  };
  const secret = (s: KubeSecret, dependsOn: pulumi.Resource[]): pulumi.CustomResource => {
    const stringData: Record<string, pulumi.Input<string>> = {};
    for (const [key, value] of Object.entries(s.values)) {
      if (value.kind === "input") {
        const v = inputs.get(value.input);
        if (v === undefined) throw new Error(`[${s.node.path}] secret value ${key} uses undeclared input '${value.input}'`);
        stringData[key] = pulumi.secret(v);
      } else if (value.kind === "ephemeral") {
        // Pulumi has no ephemeral resources: the value would have to be read into its (encrypted) state.
        throw new Error(
          `[${s.node.path}] values.${key}: comes from the ephemeral resource ${value.source.type} (${value.attribute}), which the Pulumi engine cannot render without storing it in state. Allowed: the Terraform engine (OpenTofu), or a Secret the operator supplies`,
        );
      } else {
        credentials ??= new CredentialSource(config, s.node.path);
        stringData[key] = credentials.value(s.namespace, s.secretName, key, value.length);
      }
    }
    const key = `Secret/${s.namespace}/${s.secretName}`;
    const resource = new k8s.core.v1.Secret(
      resourceName("Secret", s.namespace, s.secretName),
      { metadata: { name: s.secretName, namespace: s.namespace, labels: { ...MANAGED_BY } }, type: "Opaque", stringData },
      childOpts(key, "Secret", dependsOn),
    );
    return register(key, resource);
  };
  const chart = (c: HelmChart, dependsOn: pulumi.Resource[]): pulumi.CustomResource => {
    const resource = new k8s.helm.v3.Release(
      `helm-${c.namespace}-${c.releaseName}`,
      {
        name: c.releaseName,
        namespace: c.namespace,
        chart: c.chartDir,
        values: substituteInputs(c.values as Record<string, unknown>, plainInput),
        skipAwait: !c.wait,
        timeout: c.timeoutSeconds,
      },
      childOpts(c.key, "HelmRelease", dependsOn),
    );
    return register(c.key, resource);
  };

  // Layers in apply order: each one's objects after everything of the layers before it.
  for (const layer of layers) {
    const before = [...objects.values()];
    const withBefore =
      <T>(f: (node: T, dependsOn: pulumi.Resource[]) => pulumi.CustomResource) =>
      (node: T, dependsOn: pulumi.Resource[]) =>
        f(node, [...dependsOn, ...before]);
    renderInOrder<pulumi.Resource>(layer, { manifest: withBefore(manifest), secret: withBefore(secret), chart: withBefore(chart) });
  }
  return { objects, lifecycle, provider };
}
