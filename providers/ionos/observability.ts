/**
 * IONOS observability: a Monitoring pipeline (metrics, Prometheus remote write) and a Logging
 * pipeline (Loki, retention 7, 14 or 30 days) per landing zone; their keys reach the collectors
 * as a write-only Secret. IONOS offers no alerting on these pipelines, so rules and receivers
 * stay in the cluster (Prometheus rules, Alertmanager): `alerting: "in-cluster"`.
 */
import { fail } from "../../core/errors";
import type { DeploymentContext } from "../../core/context";
import type { InfraLayer } from "../../core/layers";
import type { IObservability, ObservabilityRequest } from "../../core/capabilities/observability";
import { MonitoringPipeline } from "./generated/monitoring-pipeline";
import { LoggingPipeline } from "./generated/logging-pipeline";
import { endpointCidr, ManagedAccessProps, managedPeer, secretFromInfra } from "../shared/managed";

/** Log retention the IONOS Logging pipeline offers (days). */
export const IONOS_LOG_RETENTION_DAYS = [7, 14, 30] as const;

/** The observability capability on IONOS. */
export function ionosObservability(
  target: { readonly stack: InfraLayer; readonly location: string; readonly props: ManagedAccessProps },
  ctx: DeploymentContext,
  request: ObservabilityRequest,
): IObservability {
  const { stack, location, props } = target;
  if (!(IONOS_LOG_RETENTION_DAYS as readonly number[]).includes(request.logsRetentionDays)) {
    fail(
      ctx.scope,
      "retention.logsDays",
      `${request.logsRetentionDays} is not offered by the IONOS Logging pipeline. Allowed: ${IONOS_LOG_RETENTION_DAYS.join(", ")}`,
    );
  }
  const scope = ctx.infra();
  const id = request.id ?? "observability";
  const name = `${ctx.instanceName}-${ctx.stage}`;
  const monitoring = new MonitoringPipeline(scope, `${id}-metrics`, { name, location });
  const logging = new LoggingPipeline(scope, `${id}-logs`, {
    name,
    location,
    log: [{ source: "kubernetes", protocol: "http", tag: "k8s", destinations: [{ type: "loki", retentionInDays: request.logsRetentionDays }] }],
  });
  const secret = secretFromInfra(ctx, `${id}-secret`, `${id}-credentials`, {
    "metrics-key": { output: `${id}_metrics_key`, value: monitoring.key, description: "key of the IONOS Monitoring pipeline" },
    "logs-key": { output: `${id}_logs_key`, value: logging.key, description: "key of the IONOS Logging pipeline" },
  });
  const metricsUrl = ctx.fromInfra(`${id}_metrics_url`, stack.functions.format("%s/api/v1/write", [monitoring.httpEndpoint]), {
    description: "remote-write URL of the IONOS Monitoring pipeline",
  });
  const logsUrl = ctx.fromInfra(`${id}_logs_url`, stack.functions.format("https://%s/loki/api/v1/push", [logging.httpAddress]), {
    description: "Loki push URL of the IONOS Logging pipeline",
  });
  return {
    implementation: "managed",
    detail: "IONOS Monitoring and Logging pipelines (alerting in the cluster)",
    logsRetentionMaxDays: Math.max(...IONOS_LOG_RETENTION_DAYS),
    metrics: {
      url: metricsUrl,
      auth: { kind: "header", header: "APIKEY", value: secret.ref("metrics-key") },
      peer: managedPeer("monitoring-pipeline", 443, endpointCidr(ctx, stack, `${id}_metrics`, "the IONOS Monitoring pipeline's endpoint", props)),
    },
    logs: {
      url: logsUrl,
      auth: { kind: "header", header: "APIKEY", value: secret.ref("logs-key") },
      peer: managedPeer("logging-pipeline", 443, endpointCidr(ctx, stack, `${id}_logs`, "the IONOS Logging pipeline's endpoint", props)),
    },
    alerting: "in-cluster",
    // IONOS ships no cluster metrics to the pipeline: kube-state-metrics and the kubelet scrape run in the cluster.
    clusterMetrics: "in-cluster",
    dashboards: {
      implementation: "managed",
      url: ctx.fromInfra(`${id}_grafana_url`, monitoring.grafanaEndpoint, { description: "Grafana of the IONOS Monitoring pipeline" }),
      // IONOS' Grafana has service accounts and tokens (docs.ionos.com, Logging Service, "Access Logs from the Platform").
      importPeer: () => managedPeer("grafana", 443, endpointCidr(ctx, stack, `${id}_grafana`, "the IONOS Grafana (dashboard import)", props)),
    },
  };
}
