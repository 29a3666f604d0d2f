/**
 * Two web-apps in one monitored landing zone, on every target: each carries its ServiceMonitor
 * (selecting its own Service by labels and port), its default rules (availability, restarts,
 * saturation, certificate expiry), the policy admitting Prometheus and the discovery Role — none
 * written by the web-app. A zone without monitoring gets none of it; Pulumi renders the same.
 */
import { App, LandingZone } from "../../index";
import { MonitoringStack, WebAppStack } from "../../patterns";
import { targets } from "../../providers";
import { manifestsOf, synthApp } from "../support/synth";
import { runPulumi } from "../support/pulumi";

const TARGETS = ["onprem", "stackit", "ionos"] as const;
const IMAGE = "registry.example.de/amt/portal:2.3.1";

function zoneWithTwoApps(app: App, target: (typeof TARGETS)[number], monitored = true): { portal: WebAppStack; forms: WebAppStack } {
  const zone = new LandingZone(app, "amt", { target: targets[target](), stage: "production" });
  if (monitored) new MonitoringStack(app, "mon", { landingZone: zone, receivers: [{ type: "webhook", url: "https://alerts.example.de/hook" }] });
  const portal = new WebAppStack(app, "portal", { landingZone: zone, image: IMAGE, hostName: "portal.example.de" });
  const forms = new WebAppStack(app, "forms", { landingZone: zone, image: IMAGE });
  return { portal, forms };
}

describe.each(TARGETS)("a monitored zone on %s", (target) => {
  const out = synthApp((app) => zoneWithTwoApps(app, target));

  test.each(["portal", "forms"])("%s carries its ServiceMonitor, rules, Prometheus policy and discovery Role", (id) => {
    const objects = manifestsOf(out.json[`${id}-platform`]);
    const ns = `amt-production-${id}`;
    const service = objects.find((o) => o.kind === "Service" && o.metadata.name === "web");
    const monitor = objects.find((o) => o.kind === "ServiceMonitor");
    expect(monitor.metadata.namespace).toBe(ns);
    // Selects its own Service by the Service's labels, on the Service's named port.
    for (const [k, v] of Object.entries(monitor.spec.selector.matchLabels)) expect(service.metadata.labels[k]).toBe(v);
    expect(monitor.spec.endpoints[0].port).toBe(service.spec.ports[0].name);
    expect(monitor.spec.namespaceSelector).toEqual({ matchNames: [ns] });

    const rules = objects.find((o) => o.kind === "PrometheusRule");
    const alerts = rules.spec.groups.flatMap((g: { rules: Array<{ alert: string; expr: string }> }) => g.rules);
    const names = alerts.map((r: { alert: string }) => r.alert);
    expect(names).toEqual(expect.arrayContaining(["WorkloadUnavailable", "ContainerRestarting", "MemorySaturation", "CpuThrottling"]));
    // Certificate expiry only where the app serves TLS (portal has a host name).
    expect(names.includes("CertificateExpiresSoon")).toBe(id === "portal");
    for (const r of alerts.filter((a: { alert: string }) => a.alert !== "CertificateExpiresSoon")) expect(r.expr).toContain(`namespace="${ns}"`);

    const policy = objects.find((o) => o.kind === "NetworkPolicy" && o.metadata.name === "web-allow-from-prometheus");
    expect(policy.spec.podSelector.matchLabels).toEqual(service.spec.selector);
    expect(policy.spec.ingress[0].from[0]).toEqual({
      namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "amt-production-mon" } },
      podSelector: { matchLabels: { "stackwerk.dev/role": "prometheus" } },
    });
    const binding = objects.find((o) => o.kind === "RoleBinding" && o.metadata.name === "stackwerk-monitoring");
    expect(binding.subjects.map((s: { name: string; namespace: string }) => `${s.namespace}/${s.name}`)).toEqual([
      "amt-production-mon/prometheus",
      "amt-production-mon/log-shipper",
    ]);
  });

  test("CertificateExpiresSoon watches the certificate of the portal's HTTPS listener on the zone's Gateway (its namespace, its Secret)", () => {
    const addons = out.stacks.find((s) => s.role === "addons")!;
    const gateway = manifestsOf(out.json[addons.name]).find((o) => o.kind === "Gateway");
    expect(gateway.metadata.namespace).toBe("amt-production-gateway");
    const listener = gateway.spec.listeners.find((l: { hostname?: string }) => l.hostname === "portal.example.de");
    const secret = listener.tls.certificateRefs[0].name;
    const rules = manifestsOf(out.json["portal-platform"]).find((o) => o.kind === "PrometheusRule");
    const cert = rules.spec.groups
      .flatMap((g: { rules: Array<{ alert: string; expr: string }> }) => g.rules)
      .find((r: { alert: string }) => r.alert === "CertificateExpiresSoon");
    expect(cert.expr).toBe(
      `(certmanager_certificate_expiration_timestamp_seconds{namespace="${gateway.metadata.namespace}",name="${secret}"} - time()) < 14 * 24 * 3600`,
    );
  });

  test("the zone's Prometheus selects the members' namespaces and reaches their scraped ports", () => {
    const objects = manifestsOf(out.json["mon-platform"]);
    const prometheus = objects.find((o) => o.kind === "Prometheus");
    expect(prometheus.spec.serviceMonitorNamespaceSelector).toEqual({ matchLabels: { "stackwerk.dev/tenant": "amt", "stackwerk.dev/stage": "production" } });
    const egress = objects.find((o) => o.metadata.name === "prometheus-allow-to-members");
    expect(egress.spec.egress[0].ports).toEqual(expect.arrayContaining([{ port: "http", protocol: "TCP" }]));
    // One dashboard per monitored namespace (as code, JSON), the log shipper tails exactly those namespaces.
    const dashboards = objects.find((o) => o.kind === "ConfigMap" && o.metadata.name === "dashboards");
    const titles = Object.values(dashboards.data as Record<string, string>).map((j) => JSON.parse(j).title);
    expect(titles).toEqual(expect.arrayContaining(["portal (amt-production-portal)", "forms (amt-production-forms)"]));
    const alloy = objects.find((o) => o.kind === "ConfigMap" && o.metadata.name === "log-shipper-config").data["config.alloy"];
    expect(alloy).toContain('"amt-production-forms","amt-production-mon","amt-production-portal"');
  });

  test("the CRDs are in the zone's add-ons layer, applied before every platform layer", () => {
    const addons = out.stacks.find((s) => s.role === "addons")!;
    const crds = manifestsOf(out.json[addons.name]).filter((o) => o.kind === "CustomResourceDefinition" && o.spec.group === "monitoring.coreos.com");
    expect(crds.map((c) => c.metadata.name).sort()).toEqual([
      "alertmanagerconfigs.monitoring.coreos.com",
      "alertmanagers.monitoring.coreos.com",
      "podmonitors.monitoring.coreos.com",
      "probes.monitoring.coreos.com",
      "prometheuses.monitoring.coreos.com",
      "prometheusrules.monitoring.coreos.com",
      "scrapeconfigs.monitoring.coreos.com",
      "servicemonitors.monitoring.coreos.com",
    ]);
    const order = out.stacks.map((s) => s.role);
    expect(order.indexOf("addons")).toBeLessThan(order.indexOf("platform"));
  });
});

test.each(TARGETS)("a zone without monitoring gets no monitors (%s)", (target) => {
  const out = synthApp((app) => zoneWithTwoApps(app, target, false));
  const kinds = ["portal", "forms"].flatMap((id) => manifestsOf(out.json[`${id}-platform`]).map((o) => o.kind));
  expect(kinds).not.toContain("ServiceMonitor");
  expect(kinds).not.toContain("PrometheusRule");
  // The add-ons layer holds only the zone's Gateway (the apps have host names), no monitoring add-on.
  const addons = out.stacks.filter((s) => s.role === "addons").flatMap((s) => manifestsOf(out.json[s.name]));
  expect(addons.filter((o) => JSON.stringify(o).includes("monitoring.coreos.com") || o.metadata.name === "prometheus-operator")).toEqual([]);
});

test("Pulumi renders a member's monitors too (the hook runs in both engines)", async () => {
  let portal: WebAppStack | undefined;
  const registered = await runPulumi((app) => {
    portal = zoneWithTwoApps(app, "onprem").portal;
    return portal;
  });
  const kinds = registered.filter((r) => r.type.startsWith("kubernetes:")).map((r) => r.inputs.kind);
  expect(kinds).toEqual(expect.arrayContaining(["ServiceMonitor", "PrometheusRule", "Role", "RoleBinding"]));
});

test("STACKIT's zone-wide CertificateExpiresSoon also watches the zone Gateway's namespace when it does not start with <tenant>-<stage>", () => {
  const out = synthApp((app) => {
    const zone = new LandingZone(app, "amt-a", { target: targets.stackit(), stage: "test", tenant: "amt" });
    new MonitoringStack(app, "mon", { landingZone: zone, receivers: [{ type: "webhook", url: "https://alerts.example.de/hook" }] });
    new WebAppStack(app, "portal", { landingZone: zone, image: IMAGE, hostName: "portal.example.de" });
  });
  const gateway = manifestsOf(out.json[out.stacks.find((s) => s.role === "addons")!.name]).find((o) => o.kind === "Gateway");
  expect(gateway.metadata.namespace).toBe("amt-a-test-gateway");
  const text = JSON.stringify(out.json);
  const zoneRule = [...text.matchAll(/certmanager_certificate_expiration_timestamp_seconds\{namespace=~\\"([^\\]*)\\"\}/g)].map((m) => m[1]);
  expect(zoneRule).toEqual(["amt-test(-.*)?|amt-a-test-gateway"]);
  const pattern = new RegExp(`^(?:${zoneRule[0]})$`);
  expect(pattern.test("amt-a-test-gateway")).toBe(true);
  expect(pattern.test("amt-test-portal")).toBe(true);
  expect(pattern.test("amt-a-production-gateway")).toBe(false);
});
