/**
 * The monitoring pattern's Prometheus (a prometheus-operator `Prometheus` resource): scrapes every
 * member's ServiceMonitors, evaluates the rules where alerting runs in the cluster, stores locally
 * or remote-writes to the target's metrics store; with its egress policies.
 */
import type { ServiceAccount } from "kubernetes-types/core/v1";
import { KubeManifest } from "../../constructs/kube/manifest";
import { typed } from "../../constructs/kube/typed";
import { MANAGED_BY } from "../../constructs/kube/labels";
import { writeNetworkPolicy } from "../../constructs/network";
import { withRegistryMirror } from "../../constructs/security";
import type { Pattern } from "../../constructs/pattern";
import type { IObservability, PushAuth } from "../../core/capabilities/observability";
import { STAGE_DEFAULTS } from "../../core/profile";
import { MONITORING_IMAGES } from "./images";
import { KUBERNETES_API_PORTS, writePinnedEgress } from "./egress";
import { KUBELET_SCRAPE_CLASS, SCRAPE_CONFIG_LABEL, type KubeletCertificates } from "./cluster-metrics";
import { PROMETHEUS_POD_LABELS, RELAY_PORT } from "./labels";

/** What the Prometheus of a monitoring stack is built from. */
export interface PrometheusOptions {
  /** The target's backends. */
  readonly observability: IObservability;
  /** Local retention when there is no remote store. */
  readonly metricsRetentionDays: number;
  /** Whether the pattern scrapes the kubelets itself (in-cluster cluster metrics). */
  readonly scrapesKubelets: boolean;
  /** Whether rules are evaluated here (alerting in the cluster). */
  readonly evaluateRules: boolean;
  /** How the kubelets' serving certificates are verified. */
  readonly kubeletCertificates: KubeletCertificates;
}

/** The Prometheus resource: scrapes every member's ServiceMonitors; stores locally or remote-writes. */
export function writePrometheus(
  pattern: Pattern,
  { observability, metricsRetentionDays, scrapesKubelets, evaluateRules, kubeletCertificates }: PrometheusOptions,
): void {
  const ns = pattern.namespace.name;
  const { highAvailability, fullCapacity } = STAGE_DEFAULTS[pattern.stage];
  const remote = observability.metrics;
  const memberNamespaces = { matchLabels: { "stackwerk.dev/tenant": pattern.tenant, "stackwerk.dev/stage": pattern.stage } };
  new KubeManifest(pattern.platformStack, "prometheus-service-account", {
    object: typed<ServiceAccount>({
      apiVersion: "v1",
      kind: "ServiceAccount",
      metadata: { name: "prometheus", namespace: ns, labels: { ...MANAGED_BY } },
      automountServiceAccountToken: true,
    }),
  });
  new KubeManifest(pattern.platformStack, "prometheus", {
    object: {
      apiVersion: "monitoring.coreos.com/v1",
      kind: "Prometheus",
      metadata: { name: "prometheus", namespace: ns, labels: { ...MANAGED_BY } },
      spec: {
        image: withRegistryMirror(MONITORING_IMAGES.prometheus, pattern.target.registryMirror),
        version: "v3.5.0",
        replicas: highAvailability ? 2 : 1,
        serviceAccountName: "prometheus",
        podMetadata: { labels: { ...PROMETHEUS_POD_LABELS } },
        // Local storage is the store on-prem; with a remote store one day suffices for rule evaluation.
        retention: remote ? "1d" : `${metricsRetentionDays}d`,
        serviceMonitorSelector: {},
        serviceMonitorNamespaceSelector: memberNamespaces,
        podMonitorSelector: { matchLabels: { "stackwerk.dev/none": "none" } },
        probeSelector: { matchLabels: { "stackwerk.dev/none": "none" } },
        ...(scrapesKubelets
          ? {
              // The pattern's own ScrapeConfigs (kubelets), from its own namespace only.
              scrapeConfigSelector: { matchLabels: { ...SCRAPE_CONFIG_LABEL } },
              scrapeConfigNamespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": ns } },
              scrapeClasses: [
                {
                  name: KUBELET_SCRAPE_CLASS,
                  tlsConfig: {
                    caFile: "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt",
                    ...(kubeletCertificates === "self-signed" ? { insecureSkipVerify: true } : {}),
                  },
                  authorization: { type: "Bearer", credentialsFile: "/var/run/secrets/kubernetes.io/serviceaccount/token" },
                },
              ],
            }
          : { scrapeConfigSelector: { matchLabels: { "stackwerk.dev/none": "none" } } }),
        ...(evaluateRules
          ? {
              ruleSelector: {},
              ruleNamespaceSelector: memberNamespaces,
              alerting: { alertmanagers: [{ namespace: ns, name: "alertmanager-operated", port: "web", apiVersion: "v2" }] },
            }
          : {}),
        ...(remote
          ? {
              remoteWrite: [
                // A key header (IONOS `APIKEY`) is not something remote write sends from a Secret: the log shipper relays and adds it.
                remote.auth.kind === "header"
                  ? { url: `http://log-shipper.${ns}.svc.cluster.local:${RELAY_PORT}/api/v1/metrics/write` }
                  : { url: remote.url, ...remoteWriteAuth(remote.auth) },
              ],
            }
          : {}),
        securityContext: { runAsNonRoot: true, runAsUser: 65534, runAsGroup: 65534, fsGroup: 65534, seccompProfile: { type: "RuntimeDefault" } },
        resources: fullCapacity
          ? { requests: { cpu: "500m", memory: "2Gi" }, limits: { cpu: "2", memory: "4Gi" } }
          : { requests: { cpu: "100m", memory: "512Mi" }, limits: { cpu: "1", memory: "1Gi" } },
        ...(remote
          ? {}
          : {
              storage: {
                volumeClaimTemplate: { spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: fullCapacity ? "50Gi" : "10Gi" } } } },
              },
            }),
      },
    },
  });
  // Service discovery through the Kubernetes API; the remote store when there is one.
  writePinnedEgress(pattern.platformStack, {
    namespace: ns,
    name: "prometheus-allow-to-kubernetes-api",
    podLabels: PROMETHEUS_POD_LABELS,
    cidrs: pattern.landingZone.clusterAccess.apiServerCidrs,
    ports: KUBERNETES_API_PORTS,
    pinWith: "the target's apiServerCidrs",
  });
  if (remote && remote.auth.kind !== "header") {
    writeNetworkPolicy(pattern.platformStack, {
      namespace: ns,
      name: "prometheus-allow-to-metrics-store",
      podLabels: PROMETHEUS_POD_LABELS,
      direction: "Egress",
      peer: remote.peer,
      ports: remote.peer.ports,
    });
  }
}

/** The remote-write authentication fields of the Prometheus resource (Secret references only). */
function remoteWriteAuth(auth: PushAuth): Record<string, unknown> {
  switch (auth.kind) {
    case "basic":
      return { basicAuth: { username: { ...auth.username }, password: { ...auth.password } } };
    case "bearer":
      return { authorization: { type: "Bearer", credentials: { ...auth.token } } };
    case "header":
      // A key header from a Secret (IONOS `APIKEY`): the operator's authorization with the header's scheme.
      return { authorization: { type: auth.header, credentials: { ...auth.value } } };
    default:
      return {};
  }
}
