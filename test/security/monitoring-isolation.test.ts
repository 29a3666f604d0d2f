/**
 * Issue 26, findings 1, 2 and 4: a zone's monitoring reaches its own tenant only.
 * 1. prometheus-operator watches the zone's namespaces only and writes Secrets, ConfigMaps and
 *    StatefulSets through a Role in the monitoring namespace; what stays cluster-wide is an
 *    explicit, read-only list. kube-state-metrics lists pods through Roles in the zone's namespaces.
 * 2. Two monitored zones on one cluster would co-own the same CRDs: refused at synth, naming
 *    both; CRDs are protected from destroy where the zone protects data.
 * 4. The collectors' egress to the API server, the kubelets and the receivers is pinned to known
 *    addresses, not "any address on 443/6443/10250".
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import { LandingZone } from "../../index";
import { MonitoringStack, WebAppStack } from "../../patterns";
import { targets } from "../../providers";
import { VENDORED_CRDS } from "../../patterns/monitoring/operator";
import { manifestsOf, synthApp } from "../support/synth";

const IMAGE = "registry.example.de/amt/portal:2.3.1";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-isolation-"));
const CA = Buffer.from("-----BEGIN CERTIFICATE-----\nQ0E=\n-----END CERTIFICATE-----\n").toString("base64");
const KUBECONFIG = path.join(dir, "kubeconfig");
fs.writeFileSync(
  KUBECONFIG,
  JSON.stringify({
    apiVersion: "v1",
    kind: "Config",
    "current-context": "rz",
    clusters: [{ name: "rz", cluster: { server: "https://192.0.2.10:6443", "certificate-authority-data": CA } }],
    users: [{ name: "u", user: { token: "not-a-real-token" } }],
    contexts: [{ name: "rz", context: { cluster: "rz", user: "u" } }],
  }),
);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = any;
const all = (out: ReturnType<typeof synthApp>): Obj[] => Object.values(out.json).flatMap((j) => manifestsOf(j));

function monitoredZone(app: App, stage: "test" | "production" = "production", nodeCidrs?: string[]) {
  const zone = new LandingZone(app, "amt", { target: targets.onprem({ kubeconfigPath: KUBECONFIG, ...(nodeCidrs ? { nodeCidrs } : {}) }), stage });
  new MonitoringStack(app, "mon", {
    landingZone: zone,
    receivers: [{ type: "webhook", url: "https://alerts.example.de/hook" }],
    receiverCidrs: ["198.51.100.7/32"],
  });
  new WebAppStack(app, "portal", { landingZone: zone, image: IMAGE, hostName: "portal.example.de" });
  new WebAppStack(app, "forms", { landingZone: zone, image: IMAGE });
  return zone;
}

const ZONE_NAMESPACES = ["amt-production-forms", "amt-production-mon", "amt-production-portal"];
/** What the operator watches: the zone's namespaces and its own (its ServiceMonitor and rules, issue 27). */
const WATCHED_NAMESPACES = [...ZONE_NAMESPACES, "amt-production-prom-operator"].sort();

describe("prometheus-operator and kube-state-metrics are scoped to the zone (finding 1)", () => {
  const out = synthApp((app) => monitoredZone(app, "production", ["192.0.2.0/24"]));
  const objects = all(out);
  const operator = objects.find((o) => o.kind === "Deployment" && o.metadata.name === "prometheus-operator");
  const subjectIs = (b: Obj, sa: string) => b.subjects?.some((s: Obj) => s.kind === "ServiceAccount" && s.name === sa);
  const rulesOf = (roleKind: "ClusterRole" | "Role", binding: Obj, ns?: string) =>
    objects.find((r) => r.kind === roleKind && r.metadata.name === binding.roleRef.name && (ns === undefined || r.metadata.namespace === ns))?.rules ?? [];

  test("the operator watches exactly the zone's namespaces (and its own) and runs Prometheus/Alertmanager only in the monitoring namespace", () => {
    const args: string[] = operator.spec.template.spec.containers[0].args;
    const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
    expect(flag("namespaces")?.split(",")).toEqual(WATCHED_NAMESPACES);
    for (const f of [
      "prometheus-instance-namespaces",
      "alertmanager-instance-namespaces",
      "alertmanager-config-namespaces",
      "thanos-ruler-instance-namespaces",
    ])
      expect(flag(f)).toBe("amt-production-mon");
  });

  test("no cluster-wide write, and no cluster-wide read of Secrets, ConfigMaps, StatefulSets or pods, for the operator", () => {
    const clusterBindings = objects.filter((o) => o.kind === "ClusterRoleBinding" && subjectIs(o, "prometheus-operator"));
    const clusterRules = clusterBindings.flatMap((b) => rulesOf("ClusterRole", b));
    expect(clusterRules.length).toBeGreaterThan(0);
    for (const rule of clusterRules) {
      expect(rule.verbs.filter((v: string) => !["get", "list", "watch"].includes(v))).toEqual([]);
      expect(rule.resources).not.toEqual(expect.arrayContaining(["secrets"]));
      for (const r of ["secrets", "configmaps", "statefulsets", "pods", "services", "endpoints", "*"]) expect(rule.resources).not.toContain(r);
    }
    // Namespaces: `get` by name only (the operator's poll-based lister), never list/watch of every namespace.
    const nsRule = clusterRules.find((r: Obj) => r.resources.includes("namespaces"));
    expect(nsRule.verbs).toEqual(["get"]);
    expect([...nsRule.resourceNames].sort()).toEqual(WATCHED_NAMESPACES);
    // Writes live in a Role of the monitoring namespace.
    const binding = objects.find((o) => o.kind === "RoleBinding" && o.metadata.namespace === "amt-production-mon" && subjectIs(o, "prometheus-operator"));
    const rules = rulesOf("Role", binding, "amt-production-mon");
    const resources = rules.flatMap((r: Obj) => r.resources);
    expect(resources).toEqual(expect.arrayContaining(["secrets", "configmaps", "statefulsets", "prometheuses", "alertmanagers"]));
  });

  test("the operator's Deployment waits for its Role and RoleBinding (it checks its permissions once at start)", () => {
    const resources = out.json["mon-platform"].resource.kubernetes_manifest as Record<string, Obj>;
    const address = (kind: string, name: string) =>
      `kubernetes_manifest.${Object.entries(resources).find(([, r]) => r.manifest.kind === kind && r.manifest.metadata.name === name)![0]}`;
    const deployment = Object.values(resources).find((r) => r.manifest.kind === "Deployment" && r.manifest.metadata.name === "prometheus-operator");
    expect(deployment.depends_on).toEqual(expect.arrayContaining([address("Role", "prometheus-operator"), address("RoleBinding", "prometheus-operator")]));
  });

  test("kube-state-metrics lists pods through Roles in the zone's namespaces, not cluster-wide", () => {
    const ksmCluster = objects.filter((o) => o.kind === "ClusterRoleBinding" && subjectIs(o, "kube-state-metrics"));
    expect(ksmCluster).toEqual([]);
    const bound = objects.filter((o) => o.kind === "RoleBinding" && subjectIs(o, "kube-state-metrics")).map((b) => b.metadata.namespace);
    expect([...new Set(bound)].sort()).toEqual(ZONE_NAMESPACES);
  });

  test("operator images are pinned by digest where a published record exists, otherwise the tag is listed as such", () => {
    const image: string = operator.spec.template.spec.containers[0].image;
    const { TAG_ONLY_IMAGES } = jest.requireActual("../../patterns/monitoring/images");
    expect(image.includes("@sha256:") || (TAG_ONLY_IMAGES as string[]).includes("operator")).toBe(true);
  });
});

describe("shared CRDs have one owner per cluster (finding 2)", () => {
  test("a second monitored zone on the same cluster is refused at synth, naming both zones", () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(dir, "out-")) });
    const a = new LandingZone(app, "tenant-a", { target: targets.onprem({ kubeconfigPath: KUBECONFIG }) });
    const b = new LandingZone(app, "tenant-b", { target: targets.onprem({ kubeconfigPath: KUBECONFIG }) });
    new MonitoringStack(app, "mon-a", { landingZone: a });
    expect(() => new MonitoringStack(app, "mon-b", { landingZone: b })).toThrow(
      /\[MonitoringStack mon-b\] landingZone: .*tenant-b.* would own the monitoring CRDs .*already owned by .*tenant-a.* on the same cluster \(https:\/\/192\.0\.2\.10:6443/,
    );
  });

  test("CRDs are protected from destroy in a zone that protects data", () => {
    const out = synthApp((app) => monitoredZone(app, "production"));
    const addons = out.stacks.find((s) => s.role === "addons")!;
    const crds = Object.values(out.json[addons.name].resource.kubernetes_manifest as Record<string, Obj>).filter(
      (r) => r.manifest.kind === "CustomResourceDefinition",
    );
    expect(crds.length).toBe(VENDORED_CRDS.length);
    expect(crds.length).toBe(8);
    for (const c of crds) expect(c.lifecycle?.prevent_destroy).toBe(true);
  });
});

describe("collectors' egress is pinned to the API server, the nodes and the receivers (finding 4)", () => {
  const out = synthApp((app) => monitoredZone(app, "production", ["192.0.2.0/24"]));
  const policies = all(out).filter((o) => o.kind === "NetworkPolicy" && o.spec.policyTypes.includes("Egress"));
  const peersOn = (port: number) =>
    policies.flatMap((p) =>
      (p.spec.egress ?? [])
        .filter((e: Obj) => (e.ports ?? []).some((x: Obj) => x.port === port))
        .flatMap((e: Obj) => (e.to ?? [{ ipBlock: { cidr: "0.0.0.0/0" } }]).map((t: Obj) => ({ policy: p.metadata.name, cidr: t.ipBlock?.cidr }))),
    );

  test("no egress policy of the zone opens 443, 6443 or 10250 to any address", () => {
    for (const port of [443, 6443, 10250]) {
      const open = peersOn(port).filter((p) => p.cidr === "0.0.0.0/0" || p.cidr === "::/0");
      expect(open).toEqual([]);
    }
  });

  test("the API server comes from the kubeconfig, the kubelets from nodeCidrs, the receivers from receiverCidrs", () => {
    expect(
      peersOn(6443)
        .filter((p) => p.cidr)
        .every((p) => p.cidr === "192.0.2.10/32"),
    ).toBe(true);
    expect(peersOn(6443).map((p) => p.policy)).toEqual(
      expect.arrayContaining([
        "prometheus-operator-allow-to-kubernetes-api",
        "prometheus-allow-to-kubernetes-api",
        "log-shipper-allow-to-kubernetes-api",
        "kube-state-metrics-allow-to-kubernetes-api",
      ]),
    );
    expect(peersOn(10250)).toEqual([{ policy: "prometheus-allow-to-kubelets", cidr: "192.0.2.0/24" }]);
    const receivers = policies.find((p) => p.metadata.name === "alertmanager-allow-to-receivers");
    expect(receivers.spec.egress[0].to).toEqual([{ ipBlock: { cidr: "198.51.100.7/32" } }]);
  });

  test("where an address is not known at synth, the fallback is the port alone and the zone says so (hardening.md)", () => {
    const fallback = synthApp((app) => monitoredZone(app, "production"));
    const kubelets = all(fallback).find((o) => o.kind === "NetworkPolicy" && o.metadata.name === "prometheus-allow-to-kubelets");
    expect(kubelets.spec.egress).toEqual([{ to: [{ ipBlock: { cidr: "0.0.0.0/0" } }], ports: [{ port: 10250, protocol: "TCP" }] }]);
    expect(kubelets.metadata.annotations["stackwerk.dev/egress-unpinned"]).toMatch(/nodeCidrs/);
  });
});
