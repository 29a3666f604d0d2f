/**
 * The zone extension: every pattern placed in a monitored landing zone gets, just before its
 * platform layer is rendered, a ServiceMonitor per Service, a PrometheusRule with the default
 * rules per namespace, the NetworkPolicy admitting Prometheus to the scraped ports, and a Role
 * letting Prometheus and the log shipper discover (and read the logs of) its pods. Nothing is
 * written by the member's author; the objects come from its Services and Deployments (ADR 0060).
 */
import { Construct } from "constructs";
import type { NetworkPolicy } from "kubernetes-types/networking/v1";
import type { Role, RoleBinding } from "kubernetes-types/rbac/v1";
import { KubeManifest, KubeObject } from "../../constructs/kube/manifest";
import { typed } from "../../constructs/kube/typed";
import { MANAGED_BY } from "../../constructs/kube/labels";
import { beforeRender } from "../../constructs/kube/render-order";
import type { LandingZone, ZoneMember } from "../../core/landing-zone";
import type { AlertRule } from "../../core/capabilities/observability";
import { certificateMatcher, defaultRules } from "./defaults";
import { listenerCertificateName } from "../../constructs/kube/gateway";
import { HONOR_LABELS_ANNOTATION, kubeStateMetricsRules } from "./cluster-metrics";
import { boundedName } from "../../core/naming";

/** Where the zone's collectors run (the monitoring pattern's namespace and identities). */
export interface Collectors {
  /** The monitoring namespace. */
  readonly namespace: string;
  /** Pod labels of the Prometheus pods (set through the Prometheus resource's podMetadata). */
  readonly prometheusPodLabels: Readonly<Record<string, string>>;
  /** ServiceAccounts that discover pods in member namespaces: Prometheus, the log shipper. */
  readonly serviceAccounts: readonly string[];
  /** Label every generated object carries (`stackwerk.dev/monitored-by`). */
  readonly monitoredBy: string;
  /** kube-state-metrics' ServiceAccount (in `namespace`), where it runs: it lists the zone's workloads through a Role per namespace. */
  readonly kubeStateMetrics?: string;
}

/** The zone's namespaces: every Namespace object of its members' platform layers, sorted. */
export function zoneNamespaces(zone: LandingZone): string[] {
  return [
    ...new Set(
      zone.memberPatterns.flatMap((m) =>
        KubeManifest.all(m.platform as unknown as Construct)
          .filter((o) => o.object.kind === "Namespace")
          .map((o) => o.object.metadata.name),
      ),
    ),
  ].sort();
}

/** A Service found in a member's layer, as monitors need it. */
export interface ScrapedService {
  readonly namespace: string;
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly podSelector: Readonly<Record<string, string>>;
  /** Name of the Service port scraped. */
  readonly port: string;
  /** The pods' port behind it (name or number), for NetworkPolicies. */
  readonly targetPort: string | number;
  /** Keep the scraped series' own labels (an exporter of other objects' state, e.g. kube-state-metrics). */
  readonly honorLabels: boolean;
}

/** Services below `layer` that can be scraped (a named port and labels to select them by). */
export function scrapedServices(layer: Construct): ScrapedService[] {
  const out: ScrapedService[] = [];
  for (const m of KubeManifest.all(layer)) {
    const o = m.object as KubeObject & {
      spec?: { selector?: Record<string, string>; ports?: Array<{ name?: string; port: number; targetPort?: string | number }> };
    };
    if (o.kind !== "Service" || !o.metadata.namespace) continue;
    const port = o.spec?.ports?.find((p) => p.name);
    const labels = o.metadata.labels ?? {};
    if (!port?.name || Object.keys(labels).length === 0 || !o.spec?.selector) continue;
    out.push({
      namespace: o.metadata.namespace,
      name: o.metadata.name,
      labels,
      podSelector: o.spec.selector,
      port: port.name,
      targetPort: port.targetPort ?? port.port,
      honorLabels: o.metadata.annotations?.[HONOR_LABELS_ANNOTATION] === "true",
    });
  }
  return out;
}

/** Namespaces of the objects below `layer` (where Deployments, StatefulSets or Services live). */
function workloadNamespaces(layer: Construct): string[] {
  const kinds = new Set(["Deployment", "StatefulSet", "DaemonSet", "Service"]);
  return [
    ...new Set(
      KubeManifest.all(layer)
        .filter((m) => kinds.has(m.object.kind) && m.object.metadata.namespace)
        .map((m) => m.object.metadata.namespace!),
    ),
  ];
}

/**
 * The certificates the HTTPRoutes in `namespace` of a member's layer use: for each parent on an
 * HTTPS listener of the zone's Gateway, the Gateway's namespace and the listener's TLS Secret.
 */
function routeCertificates(layer: Construct, namespace: string): Array<{ namespace: string; name: string }> {
  return KubeManifest.all(layer)
    .filter((m) => m.object.kind === "HTTPRoute" && m.object.metadata.namespace === namespace)
    .flatMap((m) => (m.object as { spec?: { parentRefs?: Array<{ namespace?: string; sectionName?: string }> } }).spec?.parentRefs ?? [])
    .filter((p) => p.sectionName?.startsWith("https-"))
    .map((p) => ({ namespace: p.namespace ?? namespace, name: listenerCertificateName(p.sectionName!) }));
}

/** Prometheus rule groups as the PrometheusRule resource writes them. */
export function ruleGroup(name: string, rules: readonly AlertRule[]): Record<string, unknown> {
  return {
    name,
    rules: rules.map((r) => ({
      alert: r.alert,
      expr: r.expr,
      for: r.for ?? "5m",
      labels: { severity: r.severity },
      annotations: { summary: r.summary },
    })),
  };
}

/** Adds the monitors, rules, policies and discovery Roles of `member` (once, before it is rendered). */
export function monitorMember(member: ZoneMember, collectors: Collectors): void {
  beforeRender(member.platform, () => addMonitors(member, collectors));
}

function addMonitors(member: ZoneMember, collectors: Collectors): void {
  const layer = member.platform as unknown as Construct;
  const scope = new Construct(layer, "monitoring");
  const labels = { ...MANAGED_BY, "stackwerk.dev/monitored-by": collectors.monitoredBy };
  for (const svc of scrapedServices(layer)) {
    new KubeManifest(scope, `service-monitor-${svc.namespace}-${svc.name}`, {
      object: {
        apiVersion: "monitoring.coreos.com/v1",
        kind: "ServiceMonitor",
        metadata: { name: svc.name, namespace: svc.namespace, labels },
        spec: {
          selector: { matchLabels: { ...svc.labels } },
          namespaceSelector: { matchNames: [svc.namespace] },
          endpoints: [{ port: svc.port, path: "/metrics", interval: "30s", scrapeTimeout: "10s", ...(svc.honorLabels ? { honorLabels: true } : {}) }],
        },
      },
    });
    // The member's default-deny admits Prometheus to the scraped port only.
    new KubeManifest(scope, `policy-${svc.namespace}-${svc.name}`, {
      object: typed<NetworkPolicy>({
        apiVersion: "networking.k8s.io/v1",
        kind: "NetworkPolicy",
        metadata: { name: boundedName(`${svc.name}-allow-from-prometheus`), namespace: svc.namespace, labels },
        spec: {
          podSelector: { matchLabels: { ...svc.podSelector } },
          policyTypes: ["Ingress"],
          ingress: [
            {
              from: [
                {
                  namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": collectors.namespace } },
                  podSelector: { matchLabels: { ...collectors.prometheusPodLabels } },
                },
              ],
              ports: [{ port: svc.targetPort, protocol: "TCP" }],
            },
          ],
        },
      }),
    });
  }
  if (collectors.kubeStateMetrics) {
    // kube-state-metrics lists the workloads of the zone's namespaces through a Role in each (no cluster-wide read of pods).
    for (const ns of KubeManifest.all(layer).filter((m) => m.object.kind === "Namespace")) {
      const namespace = ns.object.metadata.name;
      new KubeManifest(scope, `ksm-role-${namespace}`, {
        object: typed<Role>({
          apiVersion: "rbac.authorization.k8s.io/v1",
          kind: "Role",
          metadata: { name: "stackwerk-kube-state-metrics", namespace, labels },
          rules: kubeStateMetricsRules(),
        }),
      });
      new KubeManifest(scope, `ksm-role-binding-${namespace}`, {
        object: typed<RoleBinding>({
          apiVersion: "rbac.authorization.k8s.io/v1",
          kind: "RoleBinding",
          metadata: { name: "stackwerk-kube-state-metrics", namespace, labels },
          roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "stackwerk-kube-state-metrics" },
          subjects: [{ kind: "ServiceAccount", name: collectors.kubeStateMetrics, namespace: collectors.namespace }],
        }),
      });
    }
  }
  for (const namespace of workloadNamespaces(layer)) {
    const certificates = certificateMatcher(routeCertificates(layer, namespace));
    new KubeManifest(scope, `rules-${namespace}`, {
      object: {
        apiVersion: "monitoring.coreos.com/v1",
        kind: "PrometheusRule",
        metadata: { name: "stackwerk-default-rules", namespace, labels },
        spec: { groups: [ruleGroup(`${namespace}.defaults`, defaultRules(`namespace="${namespace}"`, certificates))] },
      },
    });
    // Discovery (and log reading) in this namespace only: no cluster-wide read of pods.
    new KubeManifest(scope, `role-${namespace}`, {
      object: typed<Role>({
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "Role",
        metadata: { name: "stackwerk-monitoring", namespace, labels },
        rules: [
          { apiGroups: [""], resources: ["services", "endpoints", "pods", "pods/log"], verbs: ["get", "list", "watch"] },
          { apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: ["get", "list", "watch"] },
        ],
      }),
    });
    new KubeManifest(scope, `role-binding-${namespace}`, {
      object: typed<RoleBinding>({
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "RoleBinding",
        metadata: { name: "stackwerk-monitoring", namespace, labels },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "stackwerk-monitoring" },
        subjects: collectors.serviceAccounts.map((name) => ({ kind: "ServiceAccount", name, namespace: collectors.namespace })),
      }),
    });
  }
}
