/**
 * The order and dependencies every engine renders a platform layer with, in one place:
 * namespaces first; secrets after their namespace; every other object after its namespace,
 * and objects that run pods also after every secret (their env reads them).
 */
import type { IConstruct } from "constructs";
import { KubeManifest } from "./manifest";
import { KubeSecret } from "./secret";

/** Kinds whose pods read Secrets at start. */
const POD_OWNER_KINDS = new Set(["Deployment", "StatefulSet", "CronJob", "Job"]);

export interface RenderCallbacks<R> {
  manifest(m: KubeManifest, dependsOn: R[]): R;
  secret(s: KubeSecret, dependsOn: R[]): R;
}

/** Renders every KubeManifest and KubeSecret below `scope` through `render`, in dependency order. */
export function renderInOrder<R>(scope: IConstruct, render: RenderCallbacks<R>): void {
  const manifests = KubeManifest.all(scope);
  const namespaces = new Map<string, R>();
  for (const m of manifests.filter((m) => m.object.kind === "Namespace")) namespaces.set(m.object.metadata.name, render.manifest(m, []));
  const inNamespace = (ns: string | undefined): R[] => {
    const found = ns ? namespaces.get(ns) : undefined;
    return found ? [found] : [];
  };
  const secrets = KubeSecret.all(scope).map((s) => render.secret(s, inNamespace(s.namespace)));
  for (const m of manifests.filter((m) => m.object.kind !== "Namespace")) {
    render.manifest(m, [...inNamespace(m.object.metadata.namespace), ...(POD_OWNER_KINDS.has(m.object.kind) ? secrets : [])]);
  }
}
