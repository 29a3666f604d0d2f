/**
 * Renders the objects of platform and add-ons layers (their KubeManifest, KubeSecret and HelmChart
 * nodes) to plain Kubernetes objects, through the same engine-neutral walk the other engines use
 * (constructs/kube/render-order.ts: namespaces, secrets, RBAC, then the rest) and the same input
 * substitution (core/context.ts). Secrets come out SOPS-encrypted (engines/gitops/sops.ts), never
 * in plaintext; generated values are derived from the operator's seed like the Pulumi engine's
 * (engines/shared/credential.ts).
 */
import type { IConstruct } from "constructs";
import { PlatformInput, substituteInputs } from "../../core/context";
import type { KubeManifest } from "../../constructs/kube/manifest";
import type { KubeSecret } from "../../constructs/kube/secret";
import type { HelmChart } from "../../constructs/kube/helm-chart";
import { renderInOrder } from "../../constructs/kube/render-order";
import { MANAGED_BY } from "../../constructs/kube/labels";
import { isProtected } from "../../constructs/kube/protection";
import { credentialLabel, deriveCredential } from "../shared/credential";

/** One rendered object. */
export interface GitOpsObject {
  /** `Kind/namespace/name` (or `Kind/name` cluster-wide), as the other engines key objects. */
  readonly key: string;
  /** The object, ready to write (a Secret still in plaintext: `secret` is true). */
  readonly object: Record<string, unknown> & { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } };
  /** True for a Secret: its values must be encrypted before it is written. */
  readonly secret: boolean;
}

/** What rendering needs besides the layers. */
export interface GitOpsRenderContext {
  /** Construct path for messages. */
  readonly where: string;
  /** Values of platform inputs (sensitive ones feed only Secrets). */
  readonly inputs: Readonly<Record<string, string>>;
  /** Seed of generated credentials (at least 32 characters); required when a layer has a generated value. */
  readonly seed?: string;
  /** Rotation counter of generated credentials. @default 1 */
  readonly rotation?: number;
  /** Protect stateful objects from pruning (Flux `prune: disabled`, Argo CD `Prune=false`). */
  readonly preventDestroy: boolean;
}

/** Annotations that keep Flux and Argo CD from deleting an object when it leaves Git. */
export const KEEP_ANNOTATIONS: Readonly<Record<string, string>> = {
  "kustomize.toolkit.fluxcd.io/prune": "disabled",
  "argocd.argoproj.io/sync-options": "Prune=false",
};

/** The minimum seed length (as the Pulumi engine's credentials seed). */
export const MIN_SEED_LENGTH = 32;

/** Renders the objects below `layers`, in apply order. */
export function renderGitOpsObjects(layers: readonly IConstruct[], ctx: GitOpsRenderContext): GitOpsObject[] {
  const declared = new Map<string, PlatformInput>(layers.flatMap((l) => PlatformInput.all(l)).map((i) => [i.inputName, i]));
  const inputValue = (name: string, forSecret: boolean, where: string): string => {
    const input = declared.get(name);
    if (!input) throw new Error(`[${where}] uses platform input '${name}', which no PlatformInput declares`);
    if (input.sensitive && !forSecret) throw new Error(`[${where}] input '${name}' is sensitive and may only feed secrets`);
    const value = ctx.inputs[name] ?? input.defaultValue;
    if (value === undefined)
      throw new Error(
        `[${input.node.path}] platform input '${name}' (${input.description}) has no value. Allowed: give it to the GitOps engine (inputs: { ${name}: "…" }, or STACKWERK_INPUT_${name.toUpperCase()} on the command line)`,
      );
    return value;
  };
  const out: GitOpsObject[] = [];
  const rotation = ctx.rotation ?? 1;
  const protect = (kind: string, metadata: Record<string, unknown>): Record<string, unknown> =>
    isProtected(kind, ctx.preventDestroy)
      ? { ...metadata, annotations: { ...((metadata.annotations as Record<string, string>) ?? {}), ...KEEP_ANNOTATIONS } }
      : metadata;

  const manifest = (m: KubeManifest): GitOpsObject => {
    const object = substituteInputs(m.object as unknown as Record<string, unknown>, (n) => inputValue(n, false, m.node.path)) as GitOpsObject["object"];
    const o: GitOpsObject = {
      key: m.key,
      object: { ...object, metadata: protect(object.kind, object.metadata) as GitOpsObject["object"]["metadata"] },
      secret: false,
    };
    out.push(o);
    return o;
  };
  const secret = (s: KubeSecret): GitOpsObject => {
    const stringData: Record<string, string> = {};
    for (const [key, value] of Object.entries(s.values).sort(([a], [b]) => a.localeCompare(b))) {
      if (value.kind === "input") stringData[key] = inputValue(value.input, true, `${s.node.path}/values.${key}`);
      else if (value.kind === "ephemeral") {
        throw new Error(
          `[${s.node.path}] values.${key}: comes from the ephemeral resource ${value.source.type} (${value.attribute}), which a GitOps controller cannot open. Allowed: the Terraform engine (OpenTofu), or a Secret the operator supplies`,
        );
      } else {
        if (!ctx.seed || ctx.seed.length < MIN_SEED_LENGTH)
          throw new Error(
            `[${s.node.path}] values.${key} is generated, so the GitOps engine needs a credentials seed of at least ${MIN_SEED_LENGTH} characters (${ctx.seed ? `got ${ctx.seed.length}` : "none given"}). Allowed: seed: "<secret>" (STACKWERK_CREDENTIALS_SEED on the command line), e.g. openssl rand -hex 32`,
          );
        stringData[key] = deriveCredential(ctx.seed, credentialLabel(s.namespace, s.secretName, key, rotation), value.length);
      }
    }
    const o: GitOpsObject = {
      key: `Secret/${s.namespace}/${s.secretName}`,
      object: {
        apiVersion: "v1",
        kind: "Secret",
        metadata: protect("Secret", { name: s.secretName, namespace: s.namespace, labels: { ...MANAGED_BY } }) as { name: string; namespace: string },
        type: "Opaque",
        stringData,
      },
      secret: true,
    };
    out.push(o);
    return o;
  };
  const chart = (c: HelmChart): GitOpsObject => {
    throw new Error(
      `[${c.node.path}] Helm release ${c.namespace}/${c.releaseName}: the GitOps engine renders plain manifests and has no Helm controller yet. Allowed: the Terraform or Pulumi engine for layers with Helm charts`,
    );
  };
  for (const layer of layers) renderInOrder<GitOpsObject>(layer, { manifest, secret, chart });
  return out;
}
