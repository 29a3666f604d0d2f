/**
 * Registers the monitoring pattern with its reference instance (a webhook receiver, stage
 * retention) and its level-5 smoke checks: the CRDs established before the custom resources,
 * every ServiceMonitor selecting a Service with its port, the rules loaded as objects, the
 * cluster metrics (kube-state-metrics, kubelet ScrapeConfig) where the platform does not ship
 * them, and the dashboard import CronJob on managed Grafanas.
 */
import type { LiveObject, SmokeCheck, SmokeProbe } from "../../core/smoke";
import { registerPattern } from "../registry";
import { MonitoringStack } from "./index";
import { VENDORED_CRDS, vendoredDocuments } from "./operator";

/** Names of the vendored CRDs (`servicemonitors.monitoring.coreos.com`, ...). */
export const MONITORING_CRDS = VENDORED_CRDS.map((file) => vendoredDocuments(file)[0].metadata.name);

function established(crd: LiveObject | undefined): { ok: boolean; at?: string } {
  const condition = ((crd?.status?.conditions ?? []) as Array<{ type: string; status: string; lastTransitionTime?: string }>).find(
    (c) => c.type === "Established",
  );
  return { ok: condition?.status === "True", at: condition?.lastTransitionTime };
}

function matches(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  return Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v) && Object.keys(selector ?? {}).length > 0;
}

/** The monitoring smoke checks on a live cluster (exported for tests). */
export async function monitoringSmoke(probe: SmokeProbe, target?: string): Promise<SmokeCheck[]> {
  const checks: SmokeCheck[] = [];
  const establishedAt = new Map<string, string | undefined>();
  for (const name of MONITORING_CRDS) {
    const state = established(await probe.get("customresourcedefinitions", name));
    establishedAt.set(name.split(".")[0], state.at);
    checks.push({ name: `CRD ${name} established`, ok: state.ok, message: state.ok ? `established at ${state.at}` : "not established" });
  }
  const resources: Array<[string, string]> = [
    ["prometheuses", "Prometheus"],
    ["alertmanagers", "Alertmanager"],
    ["servicemonitors", "ServiceMonitor"],
    ["prometheusrules", "PrometheusRule"],
    ["scrapeconfigs", "ScrapeConfig"],
  ];
  let monitors = 0;
  let rules = 0;
  for (const namespace of probe.namespaces) {
    for (const [plural] of resources) {
      for (const cr of await probe.list(`${plural}.monitoring.coreos.com`, namespace)) {
        const at = establishedAt.get(plural);
        const created = (cr.metadata as { creationTimestamp?: string }).creationTimestamp;
        const ordered = at !== undefined && created !== undefined && Date.parse(at) <= Date.parse(created);
        checks.push({
          name: `${cr.kind} ${namespace}/${cr.metadata.name} after its CRD`,
          ok: ordered,
          message: ordered ? `CRD established ${at}, object created ${created}` : `CRD established ${at ?? "never"}, object created ${created ?? "?"}`,
        });
      }
    }
    const services = await probe.list("services", namespace);
    for (const monitor of await probe.list("servicemonitors.monitoring.coreos.com", namespace)) {
      monitors++;
      const port = monitor.spec?.endpoints?.[0]?.port as string | undefined;
      const selected = services.filter((s) => matches(monitor.spec?.selector?.matchLabels, s.metadata.labels));
      const withPort = selected.filter((s) => ((s.spec?.ports ?? []) as Array<{ name?: string }>).some((p) => p.name === port));
      checks.push({
        name: `ServiceMonitor ${namespace}/${monitor.metadata.name} selects its Service`,
        ok: withPort.length > 0,
        message: withPort.length ? `selects ${withPort.map((s) => s.metadata.name).join(", ")} (port ${port})` : `selects no Service with port ${port}`,
      });
    }
    for (const rule of await probe.list("prometheusrules.monitoring.coreos.com", namespace)) {
      const count = ((rule.spec?.groups ?? []) as Array<{ rules?: unknown[] }>).reduce((n, g) => n + (g.rules?.length ?? 0), 0);
      rules += count;
      checks.push({ name: `PrometheusRule ${namespace}/${rule.metadata.name} loaded`, ok: count > 0, message: `${count} rule(s)` });
    }
  }
  checks.push({ name: "ServiceMonitors present", ok: monitors > 0, message: `${monitors} ServiceMonitor(s)` });
  checks.push({ name: "alert rules loaded as objects", ok: rules > 0, message: `${rules} rule(s)` });
  if (target !== undefined) checks.push(...(await clusterMetricsSmoke(probe, target)), ...(await dashboardImportSmoke(probe, target)));
  return checks;
}

/** Targets whose platform ships the cluster's metrics (no kube-state-metrics or kubelet scrape in the cluster). */
const PLATFORM_CLUSTER_METRICS = ["stackit"];

/** kube-state-metrics and the kubelet scrape: present, read-only, labels honoured (on-prem, IONOS); absent on STACKIT. */
async function clusterMetricsSmoke(probe: SmokeProbe, target: string): Promise<SmokeCheck[]> {
  const checks: SmokeCheck[] = [];
  const found: Array<{ namespace: string; deployment: LiveObject; monitor?: LiveObject; scrape?: LiveObject }> = [];
  for (const namespace of probe.namespaces) {
    const deployment = await probe.get("deployments", "kube-state-metrics", namespace);
    if (deployment)
      found.push({
        namespace,
        deployment,
        monitor: await probe.get("servicemonitors.monitoring.coreos.com", "kube-state-metrics", namespace),
        scrape: await probe.get("scrapeconfigs.monitoring.coreos.com", "kubelet-cadvisor", namespace),
      });
  }
  if (PLATFORM_CLUSTER_METRICS.includes(target)) {
    checks.push({
      name: "no in-cluster kube-state-metrics (the platform ships cluster metrics)",
      ok: found.length === 0,
      message: found.length ? `found in ${found.map((f) => f.namespace).join(", ")}` : "none",
    });
    return checks;
  }
  checks.push({ name: "kube-state-metrics deployed", ok: found.length === 1, message: `${found.length} Deployment(s)` });
  for (const f of found) {
    const endpoint = f.monitor?.spec?.endpoints?.[0] as { honorLabels?: boolean } | undefined;
    checks.push({
      name: `ServiceMonitor ${f.namespace}/kube-state-metrics keeps the exported labels`,
      ok: endpoint?.honorLabels === true,
      message: f.monitor ? `honorLabels: ${String(endpoint?.honorLabels)}` : "no ServiceMonitor",
    });
    const args = ((f.deployment.spec?.template?.spec?.containers?.[0]?.args ?? []) as string[]).find((a) => a.startsWith("--namespaces="));
    checks.push({
      name: `kube-state-metrics ${f.namespace} exports the zone's namespaces only`,
      ok: args !== undefined && args.split("=")[1].split(",").includes(f.namespace),
      message: args ?? "no --namespaces argument",
    });
    // Read-only Roles in the exported namespaces, no ClusterRole (issue 26: no cluster-wide list of pods).
    const clusterRole = await probe.get("clusterroles", `${f.namespace}-kube-state-metrics`);
    const role = await probe.get("roles", "stackwerk-kube-state-metrics", f.namespace);
    const verbs = [...new Set(((role?.rules ?? []) as Array<{ verbs: string[] }>).flatMap((r) => r.verbs))].sort();
    checks.push({
      name: `kube-state-metrics ${f.namespace} reads through a read-only Role, nothing cluster-wide`,
      ok: role !== undefined && verbs.join(",") === "list,watch" && clusterRole === undefined,
      message: clusterRole
        ? `ClusterRole ${f.namespace}-kube-state-metrics exists`
        : role
          ? `Role verbs: ${verbs.join(", ")}`
          : "Role stackwerk-kube-state-metrics missing",
    });
    const spec = f.scrape?.spec as { kubernetesSDConfigs?: Array<{ role: string }>; metricsPath?: string } | undefined;
    checks.push({
      name: `ScrapeConfig ${f.namespace}/kubelet-cadvisor discovers nodes`,
      ok: spec?.kubernetesSDConfigs?.[0]?.role === "Node" && spec.metricsPath === "/metrics/cadvisor",
      message: spec ? `role ${spec.kubernetesSDConfigs?.[0]?.role}, path ${spec.metricsPath}` : "missing",
    });
  }
  return checks;
}

/** The dashboard import CronJob on managed Grafanas: present, reading the dashboards ConfigMap, token by Secret reference. */
async function dashboardImportSmoke(probe: SmokeProbe, target: string): Promise<SmokeCheck[]> {
  if (target === "onprem") return [];
  const checks: SmokeCheck[] = [];
  for (const namespace of probe.namespaces) {
    const cron = await probe.get("cronjobs", "grafana-dashboards", namespace);
    if (!cron) continue;
    const pod = cron.spec?.jobTemplate?.spec?.template?.spec as
      | { containers: Array<{ env?: Array<{ name: string; value?: string; valueFrom?: unknown }> }>; volumes?: Array<{ configMap?: { name: string } }> }
      | undefined;
    const token = pod?.containers[0].env?.find((e) => e.name === "GRAFANA_TOKEN");
    const configMap = pod?.volumes?.find((v) => v.configMap)?.configMap?.name;
    const dashboards = configMap ? await probe.get("configmaps", configMap, namespace) : undefined;
    const count = Object.keys((dashboards?.data ?? {}) as Record<string, string>).length;
    checks.push({
      name: `CronJob ${namespace}/grafana-dashboards imports the dashboards with a referenced token`,
      ok: token?.valueFrom !== undefined && token.value === undefined && count > 0,
      message: `${count} dashboard(s) from ConfigMap ${configMap ?? "?"}, schedule ${String(cron.spec?.schedule)}; token ${token?.valueFrom ? "by Secret reference" : "missing or inline"}`,
    });
  }
  if (checks.length === 0) checks.push({ name: "dashboard import CronJob present", ok: false, message: "no CronJob grafana-dashboards" });
  return checks;
}

registerPattern({
  name: MonitoringStack.patternName,
  pattern: MonitoringStack,
  summary: "metrics, logs, dashboards and alerting for a landing zone; every pattern in the zone monitored by default",
  uses: ["kubernetesCluster", "observability"],
  create: (scope, id, { target, stage }) =>
    new MonitoringStack(scope, id, {
      target,
      stage,
      receivers: [{ type: "webhook", url: "https://alerts.example.de/stackwerk" }],
      // Managed Grafanas: dashboards imported by a Job with a service-account token the operator stores in this Secret.
      ...(target.name === "onprem" ? {} : { dashboardImportToken: { name: "grafana-token", key: "token" } }),
    }),
  smoke: (probe, { target }) => monitoringSmoke(probe, target),
});
