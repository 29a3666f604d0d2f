/**
 * Who owns what on a cluster, within one program: a namespace belongs to one pattern instance and
 * a cluster-wide add-on (CRDs) to one landing zone per cluster. The cluster is known by its
 * identity (the target's `clusterIdentity`: API server + CA of a local kubeconfig, or the cloud
 * cluster resource), not by a kubeconfig path's text (issue 26). A second owner fails at synth,
 * naming both.
 */
import type { IConstruct } from "constructs";
import { describe, fail } from "../core/errors";
import type { LandingZone } from "../core/landing-zone";

/**
 * The key ownership checks use for the cluster of `zone`, and how messages name it: the target's
 * cluster identity; else the kubeconfig path; a cluster the zone creates is the zone's; one named at
 * apply is one cluster for all.
 */
export function clusterKey(zone: LandingZone): { readonly key: string; readonly label: string } {
  const access = zone.clusterAccess;
  if (access.clusterIdentity !== undefined) return { key: `id:${access.clusterIdentity}`, label: access.clusterIdentity };
  if (access.kubeconfigPath !== undefined) return { key: `${access.kubeconfigPath}#${access.kubeContext ?? ""}`, label: access.kubeconfigPath };
  if (access.kubeconfigInput !== undefined) return { key: `zone:${zone.node.path}`, label: zone.node.path };
  return { key: `apply-time kubeconfig#${access.kubeContext ?? ""}`, label: "the kubeconfig given at apply" };
}

/** Cluster-wide add-ons claimed per program (construct root): `<cluster>|<add-on>` → owning zone and claimant. */
const ADDON_OWNERS = new WeakMap<IConstruct, Map<string, { zone: LandingZone; by: IConstruct }>>();

/**
 * Makes `zone` the one owner of the cluster-wide add-on `addon` (e.g. the monitoring CRDs) on its
 * cluster; `claimant` (the pattern asking) is named in the error when another zone of the program
 * owns it there already. The same zone may claim again (a no-op). `allowed` says what to do instead.
 */
export function claimClusterAddon(
  claimant: IConstruct,
  zone: LandingZone,
  addon: string,
  property: string,
  allowed = "place the patterns in the zone that owns them, or use another cluster",
): void {
  const { key, label } = clusterKey(zone);
  const owners = ADDON_OWNERS.get(zone.node.root) ?? new Map<string, { zone: LandingZone; by: IConstruct }>();
  ADDON_OWNERS.set(zone.node.root, owners);
  const owner = owners.get(`${key}|${addon}`);
  if (owner && owner.zone !== zone) {
    fail(
      claimant,
      property,
      `landing zone ${zone.node.path} would own the ${addon}, which are already owned by landing zone ${owner.zone.node.path} (for ${describe(owner.by)}) on the same cluster (${label}): destroying either zone's add-ons would delete the other's. Allowed: ${allowed}`,
    );
  }
  if (!owner) owners.set(`${key}|${addon}`, { zone, by: claimant });
}
