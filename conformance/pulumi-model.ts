/**
 * The model half of a Pulumi conformance cell (conformance/pulumi-cell.ts runs it): the registered
 * pattern's reference instance built for the Pulumi engine, what level 1 learns from it (objects,
 * namespaces, tenant, platform inputs per layer), and the outputs the same instance's OpenTofu
 * infra stack declares (level 3 of the cloud targets).
 */
import * as fs from "node:fs";
import type { Construct } from "constructs";
import { runBeforeRender } from "../constructs/kube/render-order";
import { KubeManifest } from "../constructs/kube/manifest";
import { KubeSecret } from "../constructs/kube/secret";
import type { Pattern } from "../constructs/pattern";
import { PlatformInput } from "../core/context";
import type { Stage } from "../core/profile";
import { getPattern } from "../patterns/registry";
import { targetByName } from "../providers";
import type { PulumiInputSpec } from "../deploy/pulumi-config";
import type { DeclaredObject } from "./kube";
import type { CellSpec } from "./sources";
import { declaredNamespaces } from "./stack-json";

/** What level 1 learns from the model. */
export interface PulumiModelFacts {
  readonly declared: DeclaredObject[];
  readonly namespaces: string[];
  readonly tenant?: string;
  /** Platform inputs the program reads from `stackwerk:<name>` config. */
  readonly inputs: PulumiInputSpec[];
  /** The platform input holding the cluster's kubeconfig (cloud targets). */
  readonly kubeconfigInput?: string;
  /** Kubernetes objects per layer role, for the report's stacks line. */
  readonly layers: Array<{ role: "addons" | "platform"; objects: number }>;
}

/**
 * Builds the registered pattern's reference instance (id `<pattern>-<target>`, like the OpenTofu
 * cells). On-prem under a PulumiModel (the Terraform engine not loaded, the Pulumi user's path); a cloud target's
 * instance has an infra layer, which only a cdktf App can hold (the infra stays OpenTofu's).
 */
export async function pulumiCellModel(spec: Pick<CellSpec, "pattern" | "target" | "stage">, scratch: string): Promise<Pattern> {
  const target = targetByName(spec.target);
  let root: Construct;
  if (spec.target === "onprem") {
    const { PulumiModel } = await import("../engines/pulumi");
    root = new PulumiModel();
  } else {
    const { App } = await import("../engines/cdktf/cdk");
    // The App is only the infra layer's root (never synthesised here); it creates its outdir at once.
    root = new App({ outdir: scratch }) as unknown as Construct;
  }
  return getPattern(spec.pattern).create(root, `${spec.pattern}-${spec.target}`, { target, stage: spec.stage as Stage });
}

/** The objects, namespaces, tenant and inputs of a model's non-infra layers (platform layer first). */
export function modelFacts(pattern: Pattern): PulumiModelFacts {
  const layers = pattern.layers.filter((l) => l.role !== "infra") as Array<{ role: "addons" | "platform"; layer: Construct }>;
  const ordered = [...layers.filter((l) => l.role === "platform"), ...layers.filter((l) => l.role !== "platform")];
  const objectsOf = (layer: Construct): DeclaredObject[] => [
    ...KubeManifest.all(layer).map((m) => ({
      apiVersion: m.object.apiVersion,
      kind: m.object.kind,
      name: m.object.metadata.name,
      ...(m.object.metadata.namespace ? { namespace: m.object.metadata.namespace } : {}),
    })),
    ...KubeSecret.all(layer).map((s) => ({ apiVersion: "v1", kind: "Secret", name: s.secretName, namespace: s.namespace })),
  ];
  // The objects added just before rendering (a zone's admission policies, monitors) belong to the list.
  for (const l of ordered) runBeforeRender(l.layer);
  const declared = ordered.flatMap((l) => objectsOf(l.layer));
  const tenantNs = ordered
    .flatMap((l) => KubeManifest.all(l.layer))
    .find((m) => m.object.kind === "Namespace" && m.object.metadata.labels?.["stackwerk.dev/tenant"]);
  const inputs = new Map<string, PulumiInputSpec>();
  for (const l of layers)
    for (const i of PlatformInput.all(l.layer))
      inputs.set(i.inputName, { name: i.inputName, sensitive: i.sensitive, hasDefault: i.defaultValue !== undefined });
  return {
    declared,
    namespaces: declaredNamespaces(declared),
    ...(tenantNs ? { tenant: tenantNs.object.metadata.labels!["stackwerk.dev/tenant"] } : {}),
    inputs: [...inputs.values()],
    ...(pattern.landingZone.clusterAccess.kubeconfigInput ? { kubeconfigInput: pattern.landingZone.clusterAccess.kubeconfigInput } : {}),
    layers: ordered.map((l) => ({ role: l.role, objects: objectsOf(l.layer).length })),
  };
}

/** Output names the instance's OpenTofu infra stack declares (the Terraform engine's synth of the same instance). */
export async function infraOutputNames(spec: CellSpec, outdir: string): Promise<string[] | undefined> {
  const { synthPattern } = await import("../engines/cdktf");
  const stacks = synthPattern({ pattern: spec.pattern, target: targetByName(spec.target), stage: spec.stage as Stage, outdir });
  const infra = stacks.find((s) => s.role === "infra");
  if (!infra) return undefined;
  return Object.keys((JSON.parse(fs.readFileSync(infra.file, "utf8")) as { output?: Record<string, unknown> }).output ?? {});
}
