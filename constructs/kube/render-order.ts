/**
 * The order and dependencies every engine renders a platform layer with, in one place:
 * namespaces first; secrets after their namespace; every other object after its namespace,
 * and objects that run pods also after every secret (their env reads them) and every RBAC object
 * of the layer (a controller that checks its permissions once at start must find them).
 */
import type { IConstruct } from "constructs";
import { KubeManifest } from "./manifest";
import { KubeSecret } from "./secret";
import { HelmChart } from "./helm-chart";

/** Kinds whose pods read Secrets at start. */
const POD_OWNER_KINDS = new Set(["Deployment", "StatefulSet", "CronJob", "Job"]);

/** Permissions pods may check at start (prometheus-operator disables what it may not manage). */
const RBAC_KINDS = new Set(["Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding"]);

/** What an engine renders each node kind as; `dependsOn` holds what must exist first. */
export interface RenderCallbacks<R> {
  manifest(m: KubeManifest, dependsOn: R[]): R;
  secret(s: KubeSecret, dependsOn: R[]): R;
  /** Helm releases: after their namespace and every Secret (their pods read them). */
  chart(c: HelmChart, dependsOn: R[]): R;
}

const PREPARE = Symbol.for("stackwerk.beforeRender");
const CHECK = Symbol.for("stackwerk.checkBeforeRender");
type Preparable = IConstruct & { [PREPARE]?: Array<() => void>; [CHECK]?: Array<(layer: IConstruct) => void> };

/**
 * Runs `prepare` once, just before any engine renders the objects below `layer`: lazy additions
 * that need the finished construct tree (e.g. a monitoring extension's monitors for a zone's
 * members, ADR 0060). Engine-neutral: both engines render through `renderInOrder`.
 */
export function beforeRender(layer: IConstruct, prepare: () => void): void {
  ((layer as Preparable)[PREPARE] ??= []).push(prepare);
}

/**
 * Runs `check` with the layer being rendered, after every `beforeRender` addition, just before any
 * engine renders it: a check of the finished layer (e.g. a namespace's quota against its
 * workloads) that throws a clear error at synth. Runs for each render of the layer.
 */
export function checkBeforeRender(scope: IConstruct, check: (layer: IConstruct) => void): void {
  ((scope as Preparable)[CHECK] ??= []).push(check);
}

/**
 * Runs (and clears) the pending `beforeRender` callbacks of `scope` and every construct below it,
 * then the checks: what every engine does first. Exported for readers of a finished layer that do
 * not render it (e.g. the conformance's list of objects a Pulumi cell declares); running it again
 * adds nothing.
 */
export function runBeforeRender(scope: IConstruct): void {
  for (const node of scope.node.findAll()) {
    const pending = (node as Preparable)[PREPARE];
    while (pending?.length) pending.shift()!();
  }
  for (const node of scope.node.findAll()) for (const check of (node as Preparable)[CHECK] ?? []) check(scope);
}

/** Renders every KubeManifest, KubeSecret and HelmChart below `scope` through `render`, in dependency order. */
export function renderInOrder<R>(scope: IConstruct, render: RenderCallbacks<R>): void {
  runBeforeRender(scope);
  const manifests = KubeManifest.all(scope);
  const namespaces = new Map<string, R>();
  for (const m of manifests.filter((m) => m.object.kind === "Namespace")) namespaces.set(m.object.metadata.name, render.manifest(m, []));
  const inNamespace = (ns: string | undefined): R[] => {
    const found = ns ? namespaces.get(ns) : undefined;
    return found ? [found] : [];
  };
  const secrets = KubeSecret.all(scope).map((s) => render.secret(s, inNamespace(s.namespace)));
  const rbac = manifests.filter((m) => RBAC_KINDS.has(m.object.kind)).map((m) => render.manifest(m, inNamespace(m.object.metadata.namespace)));
  for (const m of manifests.filter((m) => m.object.kind !== "Namespace" && !RBAC_KINDS.has(m.object.kind))) {
    render.manifest(m, [...inNamespace(m.object.metadata.namespace), ...(POD_OWNER_KINDS.has(m.object.kind) ? [...secrets, ...rbac] : [])]);
  }
  for (const c of HelmChart.all(scope)) render.chart(c, [...inNamespace(c.namespace), ...secrets]);
}
