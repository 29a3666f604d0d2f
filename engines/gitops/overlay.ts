/**
 * Kustomize overlays of the GitOps engine (ADR 0400): an instance's folder holds only what differs
 * from its pattern's base (the pattern's reference instance at the first stage, `bases/…`):
 *
 *   - one JSON 6902 patch file per changed object (`patch-<kind>-<namespace>-<name>.yaml`), with
 *     the minimal operations (replace a leaf, add/remove a key; a list of another length is
 *     replaced whole), renaming the object where its name or namespace differ;
 *   - the objects the base does not have, as files (`<kind>-<namespace>-<name>.yaml`);
 *   - a `$patch: delete` for base objects the instance does not have;
 *   - every Secret of the instance as its own SOPS-encrypted file (Secrets are never in a base: a
 *     patch would break the SOPS MAC, and stages must not share credentials).
 *
 * `kustomize build` of the overlay gives exactly the instance's full rendering (tested with a real
 * kustomize, test/gitops/overlays.test.ts). Objects are matched between base and instance by key,
 * after the base's namespaces are renamed to the instance's (paired in render order).
 */
import type { GitOpsObject } from "./render";

/** How a base writes platform input `name` (overlays patch in the value). */
export const inputPlaceholder = (name: string): string => `<input:${name}>`;

/** One JSON 6902 operation. */
export interface PatchOp {
  readonly op: "add" | "remove" | "replace";
  readonly path: string;
  readonly value?: unknown;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const pointer = (key: string): string => key.replace(/~/g, "~0").replace(/\//g, "~1");

/** The minimal JSON 6902 operations that turn `from` into `to` (keys in sorted order: deterministic). */
export function jsonPatchOps(from: unknown, to: unknown, at = ""): PatchOp[] {
  if (isPlainObject(from) && isPlainObject(to)) {
    const ops: PatchOp[] = [];
    for (const key of [...new Set([...Object.keys(from), ...Object.keys(to)])].sort()) {
      const path = `${at}/${pointer(key)}`;
      if (!(key in to)) ops.push({ op: "remove", path });
      else if (!(key in from)) ops.push({ op: "add", path, value: to[key] });
      else ops.push(...jsonPatchOps(from[key], to[key], path));
    }
    return ops;
  }
  if (Array.isArray(from) && Array.isArray(to) && from.length === to.length) return from.flatMap((v, i) => jsonPatchOps(v, to[i], `${at}/${i}`));
  return JSON.stringify(from) === JSON.stringify(to) ? [] : [{ op: "replace", path: at, value: to }];
}

/** `group/version` of an apiVersion, as a kustomize patch target wants them. */
function groupVersion(apiVersion: string): { group?: string; version: string } {
  const [a, b] = apiVersion.split("/");
  return b === undefined ? { version: a } : { group: a, version: b };
}

/** A regular expression matching exactly `text` (kustomize target names and namespaces are regexes). */
const exactly = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A kustomize patch target selecting exactly `o`. */
export function patchTarget(o: GitOpsObject["object"]): Record<string, string> {
  return {
    ...groupVersion(o.apiVersion),
    kind: o.kind,
    name: exactly(o.metadata.name),
    ...(o.metadata.namespace !== undefined ? { namespace: exactly(o.metadata.namespace) } : {}),
  };
}

/** What an overlay folder holds besides the base. */
export interface OverlayPlan {
  /** Objects the base lacks (Secrets included): written as files of the overlay. */
  readonly added: readonly GitOpsObject[];
  /** Per changed base object: the target (the base object) and its operations. */
  readonly patched: ReadonlyArray<{ readonly base: GitOpsObject; readonly ops: readonly PatchOp[] }>;
  /** Base objects the instance does not have. */
  readonly deleted: readonly GitOpsObject[];
}

/** The base's namespaces renamed to the instance's, paired in render order (no pairing when the counts differ). */
function namespaceRenames(base: readonly GitOpsObject[], instance: readonly GitOpsObject[]): Array<[string, string]> {
  const names = (objects: readonly GitOpsObject[]) => objects.filter((o) => o.object.kind === "Namespace").map((o) => o.object.metadata.name);
  const [from, to] = [names(base), names(instance)];
  if (from.length !== to.length) return [];
  // Longest first, so `shop-test-gateway` is renamed before `shop-test`.
  return from.map((f, i) => [f, to[i]] as [string, string]).sort(([a], [b]) => b.length - a.length || a.localeCompare(b));
}

/** Plans the overlay that turns the base's non-secret objects into `instance`'s objects. */
export function planOverlay(base: readonly GitOpsObject[], instance: readonly GitOpsObject[]): OverlayPlan {
  const renames = namespaceRenames(base, instance);
  const rename = (key: string): string => {
    // One pass over the key, so a renamed part is never renamed again.
    if (!renames.length) return key;
    const pattern = new RegExp(renames.map(([f]) => exactly(f)).join("|"), "g");
    const to = new Map(renames);
    return key.replace(pattern, (m) => to.get(m) ?? m);
  };
  const byKey = new Map(instance.filter((o) => !o.secret).map((o) => [o.key, o]));
  const matched = new Set<string>();
  const patched: Array<{ base: GitOpsObject; ops: PatchOp[] }> = [];
  const deleted: GitOpsObject[] = [];
  for (const b of base.filter((o) => !o.secret)) {
    const target = byKey.get(rename(b.key)) ?? byKey.get(b.key);
    if (!target || matched.has(target.key)) {
      deleted.push(b);
      continue;
    }
    matched.add(target.key);
    const ops = jsonPatchOps(b.object, target.object);
    if (ops.length) patched.push({ base: b, ops });
  }
  const added = instance.filter((o) => o.secret || !matched.has(o.key));
  return { added, patched, deleted };
}
