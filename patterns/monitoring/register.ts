/**
 * Registers the monitoring pattern with its reference instance (a webhook receiver, stage
 * retention) and its level-5 smoke checks: the CRDs established before the custom resources,
 * every ServiceMonitor selecting a Service with its port, the rules loaded as objects.
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
export async function monitoringSmoke(probe: SmokeProbe): Promise<SmokeCheck[]> {
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
  return checks;
}

registerPattern({
  name: MonitoringStack.patternName,
  summary: "metrics, logs, dashboards and alerting for a landing zone; every pattern in the zone monitored by default",
  uses: ["kubernetesCluster", "observability"],
  create: (scope, id, { target, stage }) =>
    new MonitoringStack(scope, id, {
      target,
      stage,
      receivers: [{ type: "webhook", url: "https://alerts.example.de/stackwerk" }],
    }),
  smoke: (probe) => monitoringSmoke(probe),
});
