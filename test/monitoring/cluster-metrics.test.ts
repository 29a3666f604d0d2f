/**
 * Cluster metrics where the platform does not ship them (on-prem, IONOS): kube-state-metrics and
 * the kubelet/cAdvisor scrape give the default rules and dashboards their series. Every series
 * the rules read is traced to the exporter's source (Go module cache); the kube-state-metrics
 * role is a read-only subset of upstream's example role; the pod is restricted; its series keep
 * their own labels (honorLabels); on STACKIT nothing of it is deployed (SKE's extension ships them).
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as yaml from "js-yaml";
import { App, LandingZone } from "../../index";
import { MonitoringStack, WebAppStack } from "../../patterns";
import { targets } from "../../providers";
import { defaultLogRules, defaultRules, workloadDashboard } from "../../patterns/monitoring/defaults";
import { CADVISOR_SERIES, KUBE_STATE_METRICS_RESOURCES, METRIC_SOURCES } from "../../patterns/monitoring/cluster-metrics";
import { vendorDir } from "../../patterns/monitoring/operator";
import { MONITORING_IMAGES } from "../../patterns/monitoring/images";
import { manifestsOf, synthApp } from "../support/synth";

const gomodcache = process.env.GOMODCACHE ?? path.join(process.env.GOPATH ?? path.join(os.homedir(), "go"), "pkg", "mod");
const sha256 = (data: Buffer | string): string => createHash("sha256").update(data).digest("hex");

/** The `kube_*` and `container_*` series a PromQL expression reads. */
function seriesOf(expr: string): string[] {
  return [...expr.matchAll(/\b((?:kube|container)_[a-z_]+)\b/g)].map((m) => m[1]);
}

describe("every series of the default rules and dashboards has a known exporter", () => {
  const exprs = [
    ...defaultRules('namespace="x"', 'namespace="x-test-gateway",name="x-example-de-tls"').map((r) => r.expr),
    ...defaultLogRules('namespace="x"').map((r) => r.expr),
    ...workloadDashboard("app", "x").panels.map((p) => p.expr),
  ];
  const used = [...new Set(exprs.flatMap(seriesOf))].sort();

  test("the rules read kube-state-metrics and cAdvisor series, each listed with its source", () => {
    expect(used).toEqual(expect.arrayContaining(["kube_deployment_status_replicas_available", "kube_pod_container_status_restarts_total"]));
    expect(used).toEqual(expect.arrayContaining(["container_memory_working_set_bytes", "container_cpu_usage_seconds_total"]));
    for (const name of used) expect({ name, source: METRIC_SOURCES[name] }).toEqual({ name, source: expect.objectContaining({ module: expect.any(String) }) });
    // The kubelet scrape keeps every container_* series the rules read (and drops the rest).
    for (const name of used.filter((n) => n.startsWith("container_"))) expect(CADVISOR_SERIES).toContain(name);
  });

  const cached = Object.entries(METRIC_SOURCES).filter(([, s]) => fs.existsSync(path.join(gomodcache, s.module)));
  (cached.length ? test.each(cached) : test.skip.each([["(exporter modules not in the Go module cache)", undefined]]))(
    "%s is defined in the exporter's source",
    (name, source) => {
      if (!source) return;
      expect(fs.readFileSync(path.join(gomodcache, source.module, source.file), "utf8")).toContain(`"${name}"`);
    },
  );
});

describe("vendored kube-state-metrics reference", () => {
  const dir = path.join(vendorDir(), "kube-state-metrics");
  const provenance = JSON.parse(fs.readFileSync(path.join(dir, "provenance.json"), "utf8")) as {
    module: string;
    version: string;
    files: Array<{ file: string; modulePath: string; sha256: string }>;
  };

  test("provenance names every vendored file and the image's version", () => {
    expect(provenance.module).toBe("k8s.io/kube-state-metrics/v2");
    expect(provenance.files.map((f) => f.file).sort()).toEqual(
      fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".yaml"))
        .sort(),
    );
    expect(MONITORING_IMAGES.kubeStateMetrics).toContain(`:${provenance.version}@sha256:`);
  });

  test.each(provenance.files.map((f) => [f.file, f] as const))("%s matches its sha256 (and the module's file when cached)", (_, entry) => {
    const vendored = fs.readFileSync(path.join(dir, entry.file));
    expect(sha256(vendored)).toBe(entry.sha256);
    const upstream = path.join(gomodcache, `${provenance.module}@${provenance.version}`, entry.modulePath);
    if (fs.existsSync(upstream)) expect(fs.readFileSync(upstream).equals(vendored)).toBe(true);
  });

  test("the pattern's role is a read-only subset of upstream's (no Secrets, no ConfigMaps)", () => {
    const upstream = yaml.load(fs.readFileSync(path.join(dir, "cluster-role.yaml"), "utf8")) as {
      rules: Array<{ apiGroups: string[]; resources: string[]; verbs: string[] }>;
    };
    for (const { apiGroup, resource } of KUBE_STATE_METRICS_RESOURCES) {
      const rule = upstream.rules.find((r) => r.apiGroups.includes(apiGroup) && r.resources.includes(resource));
      expect({ resource, verbs: rule?.verbs }).toEqual({ resource, verbs: ["list", "watch"] });
    }
    expect(KUBE_STATE_METRICS_RESOURCES.map((r) => r.resource)).not.toContain("secrets");
  });
});

function zone(target: "onprem" | "stackit" | "ionos", props: Record<string, unknown> = {}) {
  return synthApp((app: App) => {
    const z = new LandingZone(app, "amt", { target: targets[target](), stage: "test" });
    new MonitoringStack(app, "mon", { landingZone: z, ...props });
    new WebAppStack(app, "portal", { landingZone: z, image: "registry.example.de/amt/portal:2.3.1" });
  });
}

describe.each(["onprem", "ionos"] as const)("cluster metrics on %s", (target) => {
  const out = zone(target);
  const objects = manifestsOf(out.json["mon-platform"]);
  const find = (kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);

  test("kube-state-metrics runs restricted, pinned by digest, exporting the zone's namespaces only", () => {
    const deployment = find("Deployment", "kube-state-metrics");
    const pod = deployment.spec.template.spec;
    const container = pod.containers[0];
    expect(container.image).toBe(MONITORING_IMAGES.kubeStateMetrics);
    expect(container.image).toMatch(/@sha256:[0-9a-f]{64}$/);
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } });
    expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } });
    expect(container.resources.requests).toBeDefined();
    expect(container.resources.limits).toBeDefined();
    expect(container.args).toContain("--resources=pods,daemonsets,deployments,statefulsets");
    expect(container.args).toContain("--namespaces=amt-test-mon,amt-test-portal");
    // A Role in each exported namespace (issue 26: no cluster-wide list of pods), nothing cluster-wide.
    expect(find("ClusterRole", "amt-test-mon-kube-state-metrics")).toBeUndefined();
    for (const [stack, ns] of [
      ["mon-platform", "amt-test-mon"],
      ["portal-platform", "amt-test-portal"],
    ]) {
      const role = manifestsOf(out.json[stack]).find((o) => o.kind === "Role" && o.metadata.name === "stackwerk-kube-state-metrics");
      expect(role.metadata.namespace).toBe(ns);
      for (const rule of role.rules) expect(rule.verbs).toEqual(["list", "watch"]);
      expect(role.rules.flatMap((r: { resources: string[] }) => r.resources).sort()).toEqual(["daemonsets", "deployments", "pods", "statefulsets"]);
    }
  });

  test("its Service is scraped with honorLabels, and only Prometheus may reach it", () => {
    const monitor = find("ServiceMonitor", "kube-state-metrics");
    expect(monitor.metadata.namespace).toBe("amt-test-mon");
    expect(monitor.spec.endpoints).toEqual([expect.objectContaining({ port: "http-metrics", path: "/metrics", honorLabels: true })]);
    const service = find("Service", "kube-state-metrics");
    for (const [k, v] of Object.entries(monitor.spec.selector.matchLabels)) expect(service.metadata.labels[k]).toBe(v);
    const ingress = find("NetworkPolicy", "kube-state-metrics-allow-from-prometheus");
    expect(ingress.spec.ingress).toEqual([
      {
        from: [
          {
            namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "amt-test-mon" } },
            podSelector: { matchLabels: { "stackwerk.dev/role": "prometheus" } },
          },
        ],
        ports: [{ port: "http-metrics", protocol: "TCP" }],
      },
    ]);
    // A member's ServiceMonitor does not honour labels (it could not spoof another namespace's series).
    const portal = manifestsOf(out.json["portal-platform"]).find((o) => o.kind === "ServiceMonitor");
    expect(portal.spec.endpoints[0].honorLabels).toBeUndefined();
  });

  test("the kubelets' cAdvisor is scraped through a ScrapeConfig with Prometheus' own token, zone series only", () => {
    const scrape = find("ScrapeConfig", "kubelet-cadvisor");
    expect(scrape.apiVersion).toBe("monitoring.coreos.com/v1alpha1");
    expect(scrape.spec).toMatchObject({
      scrapeClass: "kubelet",
      kubernetesSDConfigs: [{ role: "Node" }],
      scheme: "HTTPS",
      metricsPath: "/metrics/cadvisor",
      honorLabels: true,
    });
    expect(scrape.spec.metricRelabelings).toEqual(expect.arrayContaining([{ sourceLabels: ["namespace"], regex: "amt-test(-.*)?", action: "keep" }]));
    const prometheus = objects.find((o) => o.kind === "Prometheus");
    expect(prometheus.spec.scrapeConfigSelector).toEqual({ matchLabels: { "stackwerk.dev/scrape-config": "cluster" } });
    expect(scrape.metadata.labels["stackwerk.dev/scrape-config"]).toBe("cluster");
    expect(prometheus.spec.scrapeConfigNamespaceSelector).toEqual({ matchLabels: { "kubernetes.io/metadata.name": "amt-test-mon" } });
    expect(prometheus.spec.scrapeClasses).toEqual([
      {
        name: "kubelet",
        tlsConfig: { caFile: "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt" },
        authorization: { type: "Bearer", credentialsFile: "/var/run/secrets/kubernetes.io/serviceaccount/token" },
      },
    ]);
    // nodes/metrics, not nodes/proxy (which would reach the kubelet's exec and log endpoints).
    const role = find("ClusterRole", "amt-test-mon-prometheus-kubelet");
    expect(role.rules).toEqual([
      { apiGroups: [""], resources: ["nodes"], verbs: ["list", "watch"] },
      { apiGroups: [""], resources: ["nodes/metrics"], verbs: ["get"] },
    ]);
    const egress = find("NetworkPolicy", "prometheus-allow-to-kubelets");
    expect(egress.spec.egress[0].ports).toEqual([{ port: 10250, protocol: "TCP" }]);
  });

  test("self-signed kubelet certificates are a stated choice, not the default", () => {
    const prometheus = manifestsOf(zone(target, { kubeletCertificates: "self-signed" }).json["mon-platform"]).find((o) => o.kind === "Prometheus");
    expect(prometheus.spec.scrapeClasses[0].tlsConfig).toEqual({ caFile: "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt", insecureSkipVerify: true });
  });
});

test("STACKIT: no kube-state-metrics or kubelet scrape in the cluster (SKE's observability extension ships them)", () => {
  const objects = manifestsOf(zone("stackit").json["mon-platform"]);
  expect(objects.filter((o) => o.metadata.name === "kube-state-metrics")).toEqual([]);
  expect(objects.some((o) => o.kind === "ScrapeConfig")).toBe(false);
  const prometheus = objects.find((o) => o.kind === "Prometheus");
  expect(prometheus.spec.scrapeClasses).toBeUndefined();
  expect(prometheus.spec.scrapeConfigSelector).toEqual({ matchLabels: { "stackwerk.dev/none": "none" } });
});
