/**
 * What every monitored workload gets without its author writing it: default alert rules
 * (availability, restarts, saturation, certificate expiry) and a dashboard, both as code
 * (typed props → PromQL rules and Grafana dashboard JSON).
 */
import type { AlertRule } from "../../core/capabilities/observability";
import { fail, requireNonEmpty } from "../../core/errors";
import type { IConstruct } from "constructs";

/** A dashboard panel: one PromQL (or LogQL) query shown as a time series. */
export interface DashboardPanel {
  /** Panel title. */
  readonly title: string;
  /** Query. */
  readonly expr: string;
  /** Unit of the values. @default "short" */
  readonly unit?: "short" | "percent" | "percentunit" | "bytes" | "s" | "reqps";
  /** Data source: metrics (Prometheus) or logs (Loki). @default "metrics" */
  readonly source?: "metrics" | "logs";
}

/** A dashboard as code. */
export interface DashboardProps {
  /** Dashboard title (unique in the zone). */
  readonly title: string;
  /** Panels, laid out two per row. */
  readonly panels: readonly DashboardPanel[];
}

const UNITS = ["short", "percent", "percentunit", "bytes", "s", "reqps"];

/** Grafana dashboard JSON (schema 39) from typed props. */
export function dashboardJson(scope: IConstruct | string, property: string, props: DashboardProps): string {
  const title = requireNonEmpty(scope, `${property}.title`, props.title);
  if (!Array.isArray(props.panels) || props.panels.length === 0) fail(scope, `${property}.panels`, "needs at least one panel");
  const panels = props.panels.map((p, i) => {
    requireNonEmpty(scope, `${property}.panels[${i}].title`, p.title);
    requireNonEmpty(scope, `${property}.panels[${i}].expr`, p.expr);
    if (p.unit !== undefined && !UNITS.includes(p.unit))
      fail(scope, `${property}.panels[${i}].unit`, `${JSON.stringify(p.unit)} is not allowed. Allowed: ${UNITS.join(", ")}`);
    const logs = p.source === "logs";
    // Data sources by template variable: any Grafana's default data source of the type (managed Grafanas name theirs differently).
    const datasource = { type: logs ? "loki" : "prometheus", uid: logs ? "${logs}" : "${metrics}" };
    return {
      id: i + 1,
      type: logs ? "logs" : "timeseries",
      title: p.title,
      gridPos: { h: 8, w: 12, x: (i % 2) * 12, y: Math.floor(i / 2) * 8 },
      datasource,
      fieldConfig: { defaults: { unit: p.unit ?? "short" }, overrides: [] },
      targets: [{ refId: "A", expr: p.expr, datasource }],
    };
  });
  const uid = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  const templating = {
    list: [
      { name: "metrics", label: "Metrics", type: "datasource", query: "prometheus", hide: 0 },
      { name: "logs", label: "Logs", type: "datasource", query: "loki", hide: 0 },
    ],
  };
  return JSON.stringify(
    { uid, title, schemaVersion: 39, editable: false, time: { from: "now-6h", to: "now" }, templating, panels, tags: ["stackwerk"] },
    null,
    2,
  );
}

/** The default dashboard of one monitored namespace. */
export function workloadDashboard(member: string, namespace: string): DashboardProps {
  const ns = `namespace="${namespace}"`;
  return {
    title: `${member} (${namespace})`,
    panels: [
      { title: "Available replicas", expr: `sum by (deployment) (kube_deployment_status_replicas_available{${ns}})` },
      { title: "Container restarts (15m)", expr: `sum by (pod) (increase(kube_pod_container_status_restarts_total{${ns}}[15m]))` },
      { title: "Memory of limit", unit: "percentunit", expr: memoryRatio(ns) },
      { title: "CPU used (cores)", expr: `sum by (pod) (rate(container_cpu_usage_seconds_total{${ns},container!=""}[5m]))` },
      { title: "CPU throttled", unit: "percentunit", expr: throttled(ns) },
      { title: "Scrape targets up", expr: `sum by (job) (up{${ns}})` },
      { title: "Logs", source: "logs", expr: `{namespace="${namespace}"}` },
    ],
  };
}

function memoryRatio(selector: string): string {
  return `max by (pod, container) (container_memory_working_set_bytes{${selector},container!=""} / on (pod, container) kube_pod_container_resource_limits{${selector},resource="memory"})`;
}

function throttled(selector: string): string {
  return `max by (pod, container) (rate(container_cpu_cfs_throttled_periods_total{${selector},container!=""}[5m]) / rate(container_cpu_cfs_periods_total{${selector},container!=""}[5m]))`;
}

/**
 * Default rules for the namespaces `selector` matches (a PromQL label matcher such as
 * `namespace="shop"` or `namespace=~"amt-a-test(-.*)?"`). `certificates`: a label matcher for
 * the cert-manager Certificates whose expiry is watched (`CertificateExpiresSoon`); they live
 * where the zone's Gateway is (its HTTPS listeners' certificates), not in the app's namespace.
 * No rule when unset (nothing served over TLS).
 */
export function defaultRules(selector: string, certificates?: string): AlertRule[] {
  return [
    {
      alert: "WorkloadUnavailable",
      expr: `sum by (namespace, deployment) (kube_deployment_status_replicas_available{${selector}}) == 0`,
      for: "5m",
      severity: "critical",
      summary: "A Deployment has no available replica",
    },
    { alert: "ScrapeTargetDown", expr: `up{${selector}} == 0`, for: "5m", severity: "warning", summary: "A monitored endpoint does not answer scrapes" },
    {
      alert: "ContainerRestarting",
      expr: `increase(kube_pod_container_status_restarts_total{${selector}}[15m]) > 3`,
      for: "0m",
      severity: "warning",
      summary: "A container restarted more than 3 times in 15 minutes",
    },
    {
      alert: "MemorySaturation",
      expr: `${memoryRatio(selector)} > 0.9`,
      for: "10m",
      severity: "warning",
      summary: "A container uses over 90% of its memory limit",
    },
    {
      alert: "CpuThrottling",
      expr: `${throttled(selector)} > 0.5`,
      for: "15m",
      severity: "warning",
      summary: "A container is CPU-throttled over half of the time",
    },
    ...(certificates !== undefined
      ? [
          {
            alert: "CertificateExpiresSoon",
            expr: `(certmanager_certificate_expiration_timestamp_seconds{${certificates}} - time()) < 14 * 24 * 3600`,
            for: "1h",
            severity: "warning" as const,
            summary: "A TLS certificate expires within 14 days (renewal is failing)",
          },
        ]
      : []),
  ];
}

/**
 * Label matcher of the certificates a member's routes use: the zone Gateway's namespace and the
 * TLS Secrets (cert-manager names the Certificate after the Secret) of the HTTPS listeners.
 */
export function certificateMatcher(certificates: ReadonlyArray<{ readonly namespace: string; readonly name: string }>): string | undefined {
  if (certificates.length === 0) return undefined;
  const namespaces = [...new Set(certificates.map((c) => c.namespace))].sort();
  const names = [...new Set(certificates.map((c) => c.name))].sort();
  const one = (label: string, values: string[]) => (values.length === 1 ? `${label}="${values[0]}"` : `${label}=~"${values.join("|")}"`);
  return `${one("namespace", namespaces)},${one("name", names)}`;
}

/** Default log rules (LogQL) for the namespaces `selector` matches. */
export function defaultLogRules(selector: string): AlertRule[] {
  return [
    {
      alert: "ErrorLogBurst",
      expr: `sum by (namespace) (count_over_time({${selector}} |~ "(?i)error|panic|fatal" [5m])) > 100`,
      for: "5m",
      severity: "warning",
      summary: "More than 100 error lines in 5 minutes",
    },
  ];
}
