/**
 * Upstream images of the monitoring pattern, pinned by digest where a published record of the
 * exact tag's digest was found (provenance per line, ADR 0061); by tag otherwise, said plainly.
 */

/** Images the monitoring pattern runs (official upstream repositories). */
export const MONITORING_IMAGES = {
  /** prometheus-operator v0.85.0 (the version of the vendored CRDs). Tag only: no published digest record found (ADR 0061 lists the searches). */
  operator: "quay.io/prometheus-operator/prometheus-operator:v0.85.0",
  /** The operator's config reloader, same release. Tag only: no published digest record found. */
  configReloader: "quay.io/prometheus-operator/prometheus-config-reloader:v0.85.0",
  /** Prometheus v3.5.0 (LTS); digest as pinned in a public CI gate script (ADR 0061). */
  prometheus: "quay.io/prometheus/prometheus:v3.5.0@sha256:63805ebb8d2b3920190daf1cb14a60871b16fd38bed42b857a3182bc621f4996",
  /** Alertmanager v0.28.1; digest as pinned in a public deployment script (ADR 0061). */
  alertmanager: "quay.io/prometheus/alertmanager:v0.28.1@sha256:27c475db5fb156cab31d5c18a4251ac7ed567746a2483ff264516437a39b15ba",
  /** Grafana Alloy v1.10.2 (log shipper, metrics relay); digest as pinned in three public repositories (ADR 0061). */
  alloy: "docker.io/grafana/alloy:v1.10.2@sha256:bcf27f18c4402869af112fb39e35e1db3804a404686f4caa20bdf77814219223",
  /** The dashboard import Job's client (curl + sh): the on-prem Grafana's image, Grafana 12.0.2 (ADR 0061). */
  grafanaClient: "docker.io/grafana/grafana:12.0.2@sha256:b5b59bfc7561634c2d7b136c4543d702ebcc94a3da477f21ff26f89ffd4214fa",
  /** kube-state-metrics v2.15.0 (on-prem, IONOS); digest as pinned in public repositories and seen as a running pod's image id (ADR 0061). */
  kubeStateMetrics: "registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.15.0@sha256:db384bf43222b066c378e77027a675d4cd9911107adba46c2922b3a55e10d6fb",
} as const;

/** Which images are pinned by tag only (reports, docs). */
export const TAG_ONLY_IMAGES = Object.entries(MONITORING_IMAGES)
  .filter(([, image]) => !image.includes("@sha256:"))
  .map(([name]) => name);
