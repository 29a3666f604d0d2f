/**
 * Addresses removed on purpose, with the migration users see (ADR 0015: a change of addresses
 * needs a `moved` block or a documented migration). A `moved` block cannot cross state files, so
 * objects that change stack are listed here with the ADR that documents the migration.
 */

/** A deliberately removed address (pattern over `<cell>: <stack>: <address>`) and why. */
export interface RemovedAddress {
  readonly pattern: RegExp;
  readonly why: string;
}

/** Every deliberate removal. */
export const REMOVED_ADDRESSES: readonly RemovedAddress[] = [
  {
    pattern: /^monitoring\/[a-z]+\/[a-z]+: monitoring-[a-z]+-addons: kubernetes_manifest\.(deployment|service|serviceaccount|networkpolicy)-monitoring-[a-z]+-[a-z]+-prom-operator-prometheus-operator(-allow-to-kubernetes-api)?$/,
    why: "prometheus-operator's Deployment, Service, ServiceAccount and API egress moved to the monitoring platform layer (ADR 0062): stateless; the add-ons apply deletes them, the platform apply creates them again",
  },
  {
    pattern: /^monitoring\/[a-z]+\/[a-z]+: monitoring-[a-z]+-platform: kubernetes_manifest\.clusterrole(binding)?-cluster-monitoring-[a-z]+-[a-z]+-kube-state-metrics$/,
    why: "kube-state-metrics' ClusterRole replaced by Roles in the zone's namespaces (ADR 0062): the apply deletes the ClusterRole",
  },
];

/** True when `lost` (`<cell>: <stack>: <address>`) is a documented removal. */
export function isDocumentedRemoval(lost: string): boolean {
  return REMOVED_ADDRESSES.some((r) => r.pattern.test(lost));
}
