/**
 * What prometheus-operator v0.85.0 may do, scoped to one landing zone (issue 26). The operator is
 * started with `--namespaces=<the zone's namespaces>` and `--*-instance-namespaces=<the monitoring
 * namespace>`; it writes (StatefulSets, Secrets, ConfigMaps, Services) only through a Role in the
 * monitoring namespace. Cluster-wide, read-only, it keeps only what its start-up checks need
 * (cmd/operator/main.go `checkPrerequisites`, pkg/listwatch `NewNamespaceListWatchFromClient`):
 * - get/list/watch of the monitoring *configuration* kinds (ServiceMonitor, PodMonitor, Probe,
 *   PrometheusRule, ScrapeConfig, AlertmanagerConfig): the operator checks these per allowed
 *   namespace once at start and disables a kind it may not read; member namespaces (and their
 *   RoleBindings) appear after the operator starts, so a namespaced grant would switch ScrapeConfig
 *   support off until a restart. These objects hold scrape settings, not credentials.
 * - get on the zone's namespaces by name (no list/watch of namespaces: without it the operator
 *   polls the allowed namespaces one by one).
 * - get on StorageClasses (validates the Prometheus volume's class).
 * Dropped from the upstream ClusterRole: nodes (only for `--kubelet-service`, not used),
 * ingresses (Probe ingress discovery, not used), events (namespaced in the Role instead),
 * and every write outside the monitoring namespace.
 */
import type { PolicyRule } from "kubernetes-types/rbac/v1";

/** The monitoring configuration kinds the operator reads in every zone namespace. */
export const OPERATOR_CONFIG_KINDS = ["servicemonitors", "podmonitors", "probes", "prometheusrules", "scrapeconfigs", "alertmanagerconfigs"] as const;

/** The operator's cluster-wide rules: read-only, see the header. */
export function operatorClusterRules(zoneNamespaces: readonly string[]): PolicyRule[] {
  return [
    { apiGroups: ["monitoring.coreos.com"], resources: [...OPERATOR_CONFIG_KINDS], verbs: ["get", "list", "watch"] },
    { apiGroups: [""], resources: ["namespaces"], resourceNames: [...zoneNamespaces].sort(), verbs: ["get"] },
    { apiGroups: ["storage.k8s.io"], resources: ["storageclasses"], verbs: ["get"] },
  ];
}

/** The operator's rules in the monitoring namespace (where Prometheus and Alertmanager run), as upstream's ClusterRole had them. */
export const OPERATOR_NAMESPACE_RULES: PolicyRule[] = [
  {
    apiGroups: ["monitoring.coreos.com"],
    resources: [
      "prometheuses",
      "prometheuses/finalizers",
      "prometheuses/status",
      "alertmanagers",
      "alertmanagers/finalizers",
      "alertmanagers/status",
    ],
    verbs: ["get", "list", "watch", "update", "patch"],
  },
  { apiGroups: ["apps"], resources: ["statefulsets"], verbs: ["*"] },
  { apiGroups: [""], resources: ["configmaps", "secrets"], verbs: ["*"] },
  { apiGroups: [""], resources: ["pods"], verbs: ["list", "delete"] },
  { apiGroups: [""], resources: ["services", "services/finalizers", "endpoints"], verbs: ["get", "create", "update", "delete"] },
  { apiGroups: [""], resources: ["events"], verbs: ["create", "patch"] },
];

/** The operator's namespace flags: watch the zone, run instances in the monitoring namespace only. */
export function operatorNamespaceArgs(zoneNamespaces: readonly string[], monitoringNamespace: string): string[] {
  return [
    `--namespaces=${[...zoneNamespaces].sort().join(",")}`,
    `--prometheus-instance-namespaces=${monitoringNamespace}`,
    `--alertmanager-instance-namespaces=${monitoringNamespace}`,
    `--alertmanager-config-namespaces=${monitoringNamespace}`,
    `--thanos-ruler-instance-namespaces=${monitoringNamespace}`,
  ];
}
