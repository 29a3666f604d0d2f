/**
 * Which objects hold data and are protected from destroy when a pattern asks for it
 * (`preventDestroy`), in one place for both engines: the Terraform engine writes `prevent_destroy`, Pulumi `protect`.
 */

/** Kinds whose loss loses data (a CustomResourceDefinition takes every object of its kind, in every namespace, with it). */
export const DATA_KINDS: ReadonlySet<string> = new Set(["Namespace", "StatefulSet", "PersistentVolumeClaim", "CustomResourceDefinition"]);

/** True when an object of `kind` (`Secret` for KubeSecrets) is protected under `preventDestroy`. */
export function isProtected(kind: string, preventDestroy: boolean): boolean {
  return preventDestroy && (DATA_KINDS.has(kind) || kind === "Secret");
}
