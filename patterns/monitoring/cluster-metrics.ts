/**
 * The cluster's own metrics where the platform does not ship them (on-prem, IONOS): the series
 * the default rules and dashboards read — `kube_*` from kube-state-metrics, `container_*` from
 * the kubelets' cAdvisor endpoint. On STACKIT the SKE observability extension ships both.
 *
 * - kube-state-metrics v2.15.0 (upstream reference: its `examples/standard`, vendored in
 *   `vendor/kube-state-metrics/`): restricted pod, read-only Roles in the zone's namespaces (list/watch
 *   on the four kinds it exports; members.ts), exporting the zone's namespaces only; its Service is scraped by the zone
 *   extension (members.ts) with `honorLabels`, so the series keep the workload's namespace and pod.
 * - kubelet/cAdvisor: a `ScrapeConfig` (prometheus-operator v0.85.0, `monitoring.coreos.com/v1alpha1`)
 *   discovering nodes (role Node) and scraping `https://<node>:<kubelet port>/metrics/cadvisor` with
 *   Prometheus' own ServiceAccount token (scrape class `kubelet`); authorised by `nodes/metrics`
 *   only (not `nodes/proxy`); series outside the zone's namespaces are dropped at scrape time.
 */
import { Construct } from "constructs";
import type { Deployment } from "kubernetes-types/apps/v1";
import type { Service, ServiceAccount } from "kubernetes-types/core/v1";
import type { ClusterRole, ClusterRoleBinding, PolicyRule } from "kubernetes-types/rbac/v1";
import { KubeManifest } from "../../constructs/kube/manifest";
import { typed } from "../../constructs/kube/typed";
import { appSelector, MANAGED_BY } from "../../constructs/kube/labels";
import type { ZeroTrustNamespace } from "../../constructs/namespace";
import { containerSecurityContext, podSecurityContext } from "../../constructs/security";
import { KUBERNETES_API_PORTS, writePinnedEgress } from "./egress";
import type { ImageResolver } from "../../core/images/map";

/** Annotation on a Service whose ServiceMonitor keeps the scraped series' own labels (exporters of other objects' state). */
export const HONOR_LABELS_ANNOTATION = "stackwerk.dev/honor-labels";

/** Label on the ScrapeConfigs the zone's Prometheus selects (in its own namespace only). */
export const SCRAPE_CONFIG_LABEL = { "stackwerk.dev/scrape-config": "cluster" } as const;

/** The scrape class that authenticates at the kubelets with Prometheus' ServiceAccount token. */
export const KUBELET_SCRAPE_CLASS = "kubelet";

/** The resources kube-state-metrics exports (each a `--resources` collector and a list/watch rule). */
export const KUBE_STATE_METRICS_RESOURCES = [
  { apiGroup: "", resource: "pods" },
  { apiGroup: "apps", resource: "daemonsets" },
  { apiGroup: "apps", resource: "deployments" },
  { apiGroup: "apps", resource: "statefulsets" },
] as const;

/** The cAdvisor series kept (what the default rules and dashboards read); everything else is dropped at scrape time. */
export const CADVISOR_SERIES = [
  "container_cpu_usage_seconds_total",
  "container_cpu_cfs_periods_total",
  "container_cpu_cfs_throttled_periods_total",
  "container_memory_working_set_bytes",
] as const;

/**
 * Where each series the default rules and dashboards read comes from: the module and file of the
 * exporter's source that defines it (checked against the Go module cache by test/monitoring/cluster-metrics.test.ts).
 */
export const METRIC_SOURCES: Readonly<Record<string, { readonly module: string; readonly file: string }>> = {
  kube_deployment_status_replicas_available: { module: "k8s.io/kube-state-metrics/v2@v2.15.0", file: "internal/store/deployment.go" },
  kube_pod_container_status_restarts_total: { module: "k8s.io/kube-state-metrics/v2@v2.15.0", file: "internal/store/pod.go" },
  kube_pod_container_resource_limits: { module: "k8s.io/kube-state-metrics/v2@v2.15.0", file: "internal/store/pod.go" },
  // The kubelet (Kubernetes v1.34) embeds cAdvisor v0.52.1 and adds the pod's namespace, pod and container labels.
  container_cpu_usage_seconds_total: { module: "github.com/google/cadvisor@v0.52.1", file: "metrics/prometheus.go" },
  container_cpu_cfs_periods_total: { module: "github.com/google/cadvisor@v0.52.1", file: "metrics/prometheus.go" },
  container_cpu_cfs_throttled_periods_total: { module: "github.com/google/cadvisor@v0.52.1", file: "metrics/prometheus.go" },
  container_memory_working_set_bytes: { module: "github.com/google/cadvisor@v0.52.1", file: "metrics/prometheus.go" },
};

/** Where kube-state-metrics listens (metrics; its own telemetry with the readiness check). */
const KSM_PORTS = { metrics: 8080, telemetry: 8081 } as const;

/** Kubelet TLS: serving certificates signed by the cluster CA (verified), or self-signed (not verified). */
export type KubeletCertificates = "cluster-ca" | "self-signed";

/** Options of the cluster metrics. */
export interface ClusterMetricsProps {
  readonly namespace: ZeroTrustNamespace;
  /** PromQL/relabel regex of the zone's namespaces, e.g. `amt-test(-.*)?`. */
  readonly zoneNamespaces: string;
  /** Pod labels of the zone's Prometheus. */
  readonly prometheusPodLabels: Readonly<Record<string, string>>;
  /** Where images are pulled from (the target's image map). */
  readonly images: ImageResolver;
  /** The API server's address ranges (kube-state-metrics' egress). @default unknown: any address on the API ports */
  readonly apiServerCidrs?: readonly string[];
  /** The nodes' address ranges (Prometheus' egress to the kubelets). @default unknown: any address on 10250 */
  readonly nodeCidrs?: readonly string[];
}

/** kube-state-metrics' rules in each zone namespace: list/watch of the kinds it exports, nothing else. */
export function kubeStateMetricsRules(): PolicyRule[] {
  return [...new Set(KUBE_STATE_METRICS_RESOURCES.map((r) => r.apiGroup))].map((group) => ({
    apiGroups: [group],
    resources: KUBE_STATE_METRICS_RESOURCES.filter((r) => r.apiGroup === group).map((r) => r.resource),
    verbs: ["list", "watch"],
  }));
}

/** kube-state-metrics and the kubelet scrape of one monitoring stack. */
export class ClusterMetrics extends Construct {
  private readonly props: ClusterMetricsProps;
  private readonly selector: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: ClusterMetricsProps) {
    super(scope, id);
    this.props = props;
    const ns = props.namespace.name;
    const name = "kube-state-metrics";
    this.selector = appSelector(ns, name);
    const labels = { ...this.selector, ...MANAGED_BY };
    // One replica plus the rolling-update surge.
    props.namespace.reservePods(this, "kubeStateMetrics", 2, "kube-state-metrics");
    new KubeManifest(this, "ksm-service-account", {
      object: typed<ServiceAccount>({
        apiVersion: "v1",
        kind: "ServiceAccount",
        metadata: { name, namespace: ns, labels },
        automountServiceAccountToken: false,
      }),
    });
    // Read access comes from a Role in each zone namespace (members.ts): `--namespaces` makes it list per namespace.
    // Scraped by the zone extension like any member Service: ServiceMonitor, ingress from Prometheus, Prometheus' egress.
    new KubeManifest(this, "ksm-service", {
      object: typed<Service>({
        apiVersion: "v1",
        kind: "Service",
        metadata: { name, namespace: ns, labels, annotations: { [HONOR_LABELS_ANNOTATION]: "true" } },
        spec: {
          type: "ClusterIP",
          selector: { ...this.selector },
          ports: [{ name: "http-metrics", port: KSM_PORTS.metrics, targetPort: "http-metrics", protocol: "TCP" }],
        },
      }),
    });
    writePinnedEgress(this, {
      namespace: ns,
      name: `${name}-allow-to-kubernetes-api`,
      podLabels: this.selector,
      cidrs: props.apiServerCidrs,
      ports: KUBERNETES_API_PORTS,
      pinWith: "the target's apiServerCidrs",
    });
    this.kubelet(props);
  }

  /** The kube-state-metrics Deployment, exporting exactly `namespaces` (known once the zone is complete). */
  deployment(namespaces: readonly string[]): void {
    const ns = this.props.namespace.name;
    const name = "kube-state-metrics";
    const labels = { ...this.selector, ...MANAGED_BY };
    new KubeManifest(this, "ksm-deployment", {
      wait: { rollout: true },
      object: typed<Deployment>({
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name, namespace: ns, labels },
        spec: {
          replicas: 1,
          revisionHistoryLimit: 5,
          selector: { matchLabels: { ...this.selector } },
          strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
          template: {
            metadata: { labels },
            spec: {
              serviceAccountName: name,
              automountServiceAccountToken: true,
              securityContext: podSecurityContext(65534),
              containers: [
                {
                  name,
                  image: this.props.images.ref("kubeStateMetrics"),
                  imagePullPolicy: "IfNotPresent",
                  args: [
                    `--port=${KSM_PORTS.metrics}`,
                    `--telemetry-port=${KSM_PORTS.telemetry}`,
                    `--resources=${KUBE_STATE_METRICS_RESOURCES.map((r) => r.resource).join(",")}`,
                    `--namespaces=${[...namespaces].sort().join(",")}`,
                  ],
                  ports: [
                    { name: "http-metrics", containerPort: KSM_PORTS.metrics, protocol: "TCP" },
                    { name: "telemetry", containerPort: KSM_PORTS.telemetry, protocol: "TCP" },
                  ],
                  resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { cpu: "250m", memory: "256Mi" } },
                  securityContext: containerSecurityContext({ readOnlyRootFilesystem: true, runAsUser: 65534 }),
                  // As upstream: liveness on the metrics server, readiness on the telemetry server.
                  livenessProbe: { httpGet: { path: "/livez", port: "http-metrics" }, initialDelaySeconds: 5, timeoutSeconds: 5 },
                  readinessProbe: { httpGet: { path: "/readyz", port: "telemetry" }, initialDelaySeconds: 5, timeoutSeconds: 5 },
                },
              ],
            },
          },
        },
      }),
    });
  }

  /** Node discovery and the kubelet's `/metrics/cadvisor`, with Prometheus' identity. */
  private kubelet(props: ClusterMetricsProps): void {
    const ns = props.namespace.name;
    const role = `${ns}-prometheus-kubelet`.slice(0, 253);
    new KubeManifest(this, "kubelet-cluster-role", {
      object: typed<ClusterRole>({
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "ClusterRole",
        metadata: { name: role, labels: { ...MANAGED_BY } },
        rules: [
          // Node discovery, and the kubelet's metrics endpoints (the kubelet authorises `/metrics/*` as nodes/metrics).
          { apiGroups: [""], resources: ["nodes"], verbs: ["list", "watch"] },
          { apiGroups: [""], resources: ["nodes/metrics"], verbs: ["get"] },
        ],
      }),
    });
    new KubeManifest(this, "kubelet-cluster-role-binding", {
      object: typed<ClusterRoleBinding>({
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "ClusterRoleBinding",
        metadata: { name: role, labels: { ...MANAGED_BY } },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: role },
        subjects: [{ kind: "ServiceAccount", name: "prometheus", namespace: ns }],
      }),
    });
    new KubeManifest(this, "kubelet-scrape-config", {
      object: {
        apiVersion: "monitoring.coreos.com/v1alpha1",
        kind: "ScrapeConfig",
        metadata: { name: "kubelet-cadvisor", namespace: ns, labels: { ...MANAGED_BY, ...SCRAPE_CONFIG_LABEL } },
        spec: {
          scrapeClass: KUBELET_SCRAPE_CLASS,
          kubernetesSDConfigs: [{ role: "Node" }],
          scheme: "HTTPS",
          metricsPath: "/metrics/cadvisor",
          scrapeInterval: "30s",
          // The kubelet labels each container series with its pod's namespace, pod and container: keep them.
          honorLabels: true,
          relabelings: [
            { sourceLabels: ["__meta_kubernetes_node_name"], targetLabel: "node" },
            { targetLabel: "job", replacement: "kubelet" },
            // `up` of the kubelet targets belongs to the monitoring namespace (ScrapeTargetDown covers it).
            { targetLabel: "namespace", replacement: ns },
          ],
          metricRelabelings: [
            { sourceLabels: ["__name__"], regex: CADVISOR_SERIES.join("|"), action: "keep" },
            // Containers of the zone only: other tenants' workloads on the same nodes are not stored.
            { sourceLabels: ["container"], regex: ".+", action: "keep" },
            { sourceLabels: ["namespace"], regex: props.zoneNamespaces, action: "keep" },
          ],
        },
      },
    });
    // Kubelets listen on the nodes' addresses, on the kubelet port only.
    writePinnedEgress(this, {
      namespace: ns,
      name: "prometheus-allow-to-kubelets",
      podLabels: props.prometheusPodLabels,
      cidrs: props.nodeCidrs,
      ports: [{ port: 10250 }],
      pinWith: "targets.onprem({ nodeCidrs })",
    });
  }
}
