/**
 * The monitoring pattern's Alertmanager in the cluster (targets without managed alerting): its
 * receivers' configuration Secret, the Alertmanager resource, and the policies between it,
 * Prometheus and the receivers.
 */
import type { Secret } from "kubernetes-types/core/v1";
import { KubeManifest } from "../../constructs/kube/manifest";
import { typed } from "../../constructs/kube/typed";
import { MANAGED_BY } from "../../constructs/kube/labels";
import { writeNetworkPolicy } from "../../constructs/network";
import { withRegistryMirror } from "../../constructs/security";
import type { Pattern } from "../../constructs/pattern";
import type { AlertReceiver } from "../../core/capabilities/observability";
import { STAGE_DEFAULTS } from "../../core/profile";
import { MONITORING_IMAGES } from "./images";
import { writePinnedEgress } from "./egress";
import { PROMETHEUS_POD_LABELS } from "./labels";
import type { MonitoringSmtp } from "./types";

/** Alertmanager in the cluster with the receivers (on targets without managed alerting). */
export function writeAlertmanager(
  pattern: Pattern,
  receivers: readonly AlertReceiver[],
  smtp: MonitoringSmtp | undefined,
  receiverCidrs: readonly string[] | undefined,
): void {
  const ns = pattern.namespace.name;
  const labels = { "stackwerk.dev/role": "alertmanager" };
  const config = {
    global: smtp ? { smtp_smarthost: smtp.smarthost, smtp_from: smtp.from, smtp_require_tls: true } : {},
    route: { receiver: "default", group_by: ["alertname", "namespace"], group_wait: "30s", group_interval: "5m", repeat_interval: "4h" },
    receivers: [
      {
        name: "default",
        ...(receivers.some((r) => r.type === "email")
          ? { email_configs: receivers.flatMap((r) => (r.type === "email" ? [{ to: r.to, send_resolved: true }] : [])) }
          : {}),
        ...(receivers.some((r) => r.type === "webhook")
          ? { webhook_configs: receivers.flatMap((r) => (r.type === "webhook" ? [{ url: r.url, send_resolved: true }] : [])) }
          : {}),
      },
    ],
  };
  // Alertmanager reads its configuration from a Secret only. It holds receiver addresses (no credentials:
  // SMTP relays without authentication, webhook URLs without user info), so it is written like any manifest.
  new KubeManifest(pattern.platformStack, "alertmanager-config", {
    object: typed<Secret>({
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "alertmanager-receivers", namespace: ns, labels: { ...MANAGED_BY } },
      type: "Opaque",
      // `data`, not `stringData`: the API server turns stringData into data, which reads back as drift.
      data: { "alertmanager.yaml": Buffer.from(JSON.stringify(config, null, 2)).toString("base64") },
    }),
  });
  new KubeManifest(pattern.platformStack, "alertmanager", {
    object: {
      apiVersion: "monitoring.coreos.com/v1",
      kind: "Alertmanager",
      metadata: { name: "alertmanager", namespace: ns, labels: { ...MANAGED_BY } },
      spec: {
        image: withRegistryMirror(MONITORING_IMAGES.alertmanager, pattern.target.registryMirror),
        version: "v0.28.1",
        replicas: STAGE_DEFAULTS[pattern.stage].highAvailability ? 2 : 1,
        podMetadata: { labels },
        configSecret: "alertmanager-receivers",
        securityContext: { runAsNonRoot: true, runAsUser: 65534, runAsGroup: 65534, fsGroup: 65534, seccompProfile: { type: "RuntimeDefault" } },
        resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { cpu: "200m", memory: "256Mi" } },
      },
    },
  });
  const alertmanager = { description: "alertmanager", podLabels: labels, ports: [{ port: 9093 }] };
  writeNetworkPolicy(pattern.platformStack, {
    namespace: ns,
    name: "prometheus-allow-to-alertmanager",
    podLabels: PROMETHEUS_POD_LABELS,
    direction: "Egress",
    peer: alertmanager,
    ports: [{ port: 9093 }],
  });
  writeNetworkPolicy(pattern.platformStack, {
    namespace: ns,
    name: "alertmanager-allow-from-prometheus",
    podLabels: labels,
    direction: "Ingress",
    peer: { description: "prometheus", podLabels: PROMETHEUS_POD_LABELS, ports: [] },
    ports: [{ port: 9093 }],
  });
  if (receivers.length) {
    // Webhooks over HTTPS (their URL's port), e-mail over the relay's port; to receiverCidrs (or the hosts' own addresses).
    const ports = [
      ...new Set([
        ...receivers.flatMap((r) => (r.type === "webhook" ? [Number(new URL(r.url).port || 443)] : [])),
        ...(smtp ? [Number(smtp.smarthost.split(":")[1])] : []),
      ]),
    ].map((port) => ({ port }));
    if (ports.length)
      writePinnedEgress(pattern.platformStack, {
        namespace: ns,
        name: "alertmanager-allow-to-receivers",
        podLabels: labels,
        cidrs: receiverCidrs,
        ports,
        pinWith: "the monitoring stack's receiverCidrs",
      });
  }
}
