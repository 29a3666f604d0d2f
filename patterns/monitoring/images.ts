/**
 * Upstream images of the monitoring pattern, from the image catalogue (core/images/catalogue.ts:
 * tag, digest and provenance per image; ADR 0061). The operator and its config reloader are pinned
 * by tag only (no published digest record of the v0.85.0 index), said plainly there.
 */
import { catalogueRef, TAG_ONLY_CATALOGUE_KEYS, type ImageKey } from "../../core/images/catalogue";

/** Images the monitoring pattern runs (official upstream repositories). */
export const MONITORING_IMAGES = {
  operator: catalogueRef("prometheusOperator"),
  configReloader: catalogueRef("prometheusConfigReloader"),
  prometheus: catalogueRef("prometheus"),
  alertmanager: catalogueRef("alertmanager"),
  alloy: catalogueRef("alloy"),
  /** The dashboard import Job's client (curl + sh): the on-prem Grafana's image. */
  grafanaClient: catalogueRef("grafana"),
  kubeStateMetrics: catalogueRef("kubeStateMetrics"),
} as const;

const KEYS: Record<keyof typeof MONITORING_IMAGES, ImageKey> = {
  operator: "prometheusOperator",
  configReloader: "prometheusConfigReloader",
  prometheus: "prometheus",
  alertmanager: "alertmanager",
  alloy: "alloy",
  grafanaClient: "grafana",
  kubeStateMetrics: "kubeStateMetrics",
};

/** Which of them are pinned by tag only (reports, docs). */
export const TAG_ONLY_IMAGES = (Object.keys(KEYS) as Array<keyof typeof MONITORING_IMAGES>).filter((name) => TAG_ONLY_CATALOGUE_KEYS.includes(KEYS[name]));
