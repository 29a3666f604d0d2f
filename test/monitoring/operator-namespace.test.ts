/**
 * Found on the real node (issue 27): the ServiceMonitor and PrometheusRule the pattern writes in
 * prometheus-operator's own namespace were dead configuration: the operator did not watch that
 * namespace (`--namespaces`) and Prometheus' namespace selectors (zone tenant/stage labels) did not
 * match it, so the operator was never scraped and its rules never loaded. Every ServiceMonitor and
 * PrometheusRule of a monitored zone must be in a namespace the operator watches and Prometheus selects.
 */
import { App, LandingZone } from "../../index";
import { MonitoringStack, WebAppStack } from "../../patterns";
import { targets } from "../../providers";
import { manifestsOf, synthApp } from "../support/synth";

type Obj = { kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> }; spec?: Record<string, unknown> };

test("every ServiceMonitor and PrometheusRule of an on-prem zone is watched by the operator and selected by Prometheus", () => {
  const out = synthApp((app: App) => {
    const zone = new LandingZone(app, "amt", { target: targets.onprem(), stage: "test" });
    new MonitoringStack(app, "mon", { landingZone: zone });
    new WebAppStack(app, "portal", { landingZone: zone, image: "registry.example.de/amt/portal:2.3.1" });
  });
  const all = Object.values(out.json).flatMap((j) => manifestsOf(j) as Obj[]);
  const namespaces = new Map(all.filter((o) => o.kind === "Namespace").map((o) => [o.metadata.name, o.metadata.labels ?? {}]));
  const prometheus = all.find((o) => o.kind === "Prometheus")!;
  const operator = all.find((o) => o.kind === "Deployment" && o.metadata.name === "prometheus-operator")!;
  const args = (operator.spec as { template: { spec: { containers: Array<{ args: string[] }> } } }).template.spec.containers[0].args;
  const watched = args
    .find((a) => a.startsWith("--namespaces="))!
    .replace("--namespaces=", "")
    .split(",");
  const selects = (selector: unknown, ns: string) =>
    Object.entries((selector as { matchLabels: Record<string, string> }).matchLabels).every(([k, v]) => namespaces.get(ns)?.[k] === v);
  const problems: string[] = [];
  for (const o of all.filter((x) => x.kind === "ServiceMonitor" || x.kind === "PrometheusRule")) {
    const ns = o.metadata.namespace!;
    const selector = o.kind === "ServiceMonitor" ? prometheus.spec!.serviceMonitorNamespaceSelector : prometheus.spec!.ruleNamespaceSelector;
    if (!watched.includes(ns)) problems.push(`${o.kind} ${ns}/${o.metadata.name}: namespace not in the operator's --namespaces`);
    if (!selects(selector, ns)) problems.push(`${o.kind} ${ns}/${o.metadata.name}: namespace not selected by Prometheus`);
  }
  expect(problems).toEqual([]);
  expect(all.filter((o) => o.kind === "ServiceMonitor" && o.metadata.namespace === "amt-test-prom-operator")).toHaveLength(1);
});
