/**
 * Upstream images of the monitoring pattern, pinned by digest where a published record of the
 * exact tag's digest was found (provenance per line, ADR 0061); by tag otherwise, said plainly.
 */

/** Images the monitoring pattern runs (official upstream repositories). */
export const MONITORING_IMAGES = {
  /** prometheus-operator v0.85.0 (the version of the vendored CRDs). Tag only: no published digest record found. */
  operator: "quay.io/prometheus-operator/prometheus-operator:v0.85.0",
  /** The operator's config reloader, same release. Tag only: no published digest record found. */
  configReloader: "quay.io/prometheus-operator/prometheus-config-reloader:v0.85.0",
  /** Prometheus v3.5.0 (LTS); digest as pinned in a public CI gate script (ADR 0061). */
  prometheus: "quay.io/prometheus/prometheus:v3.5.0@sha256:63805ebb8d2b3920190daf1cb14a60871b16fd38bed42b857a3182bc621f4996",
  /** Alertmanager v0.28.1; digest as pinned in a public deployment script (ADR 0061). */
  alertmanager: "quay.io/prometheus/alertmanager:v0.28.1@sha256:27c475db5fb156cab31d5c18a4251ac7ed567746a2483ff264516437a39b15ba",
  /** Grafana Alloy v1.10.2 (log shipper, metrics relay). Tag only: no published digest record found. */
  alloy: "docker.io/grafana/alloy:v1.10.2",
} as const;

/** Which images are pinned by tag only (reports, docs). */
export const TAG_ONLY_IMAGES = Object.entries(MONITORING_IMAGES)
  .filter(([, image]) => !image.includes("@sha256:"))
  .map(([name]) => name);
