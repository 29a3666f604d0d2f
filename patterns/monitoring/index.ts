/**
 * Monitoring stack, one per landing zone: metrics (Prometheus through prometheus-operator),
 * logs (a log-shipping DaemonSet to Loki), dashboards (Grafana, as code) and alerting (rules
 * and receivers), with retention per stage. The backends come from the target's
 * observability capability: STACKIT Observability, IONOS Monitoring/Logging pipelines, or
 * in-cluster Prometheus storage, Loki and Grafana on-prem. Every other pattern in the zone is
 * monitored without its author writing monitors or rules (members.ts, ADR 0060).
 */
import { declareLogRetention } from "../../core/governance/log-retention";
import { Construct } from "constructs";
import type { ConfigMap } from "kubernetes-types/core/v1";
import { fail, propNames, requireDnsLabel, requireHostName, requireIntegerInRange, requireOneOf } from "../../core/errors";
import { requireKnownPropsOnce } from "../../core/checked-once";
import { KubeManifest } from "../../constructs/kube/manifest";
import { zoneGatewayNamespace } from "../../constructs/kube/gateway";
import { typed } from "../../constructs/kube/typed";
import { MANAGED_BY } from "../../constructs/kube/labels";
import { beforeRender } from "../../constructs/kube/render-order";
import type { NetworkPeer } from "../../constructs/network";
import type { Stage } from "../../core/profile";
import type { AlertReceiver, IObservability, PushEndpoint } from "../../core/capabilities/observability";
import type { IIdentityProvider } from "../../core/capabilities/identity-provider";
import type { LandingZone } from "../../core/landing-zone";
import { Pattern, PATTERN_PROPS, PatternProps } from "../../constructs/pattern";
import { dashboardJson, DashboardProps, defaultLogRules, defaultRules, workloadDashboard } from "./defaults";
import { Collectors, monitorMember, scrapedServices, zoneNamespaces } from "./members";
import { OperatorDeployment, PrometheusOperator } from "./operator";
import { claimClusterAddon } from "../../constructs/cluster-ownership";
import { ClusterMetrics, type KubeletCertificates } from "./cluster-metrics";
import { DashboardImport } from "./dashboard-import";
import type { SecretKeyRef } from "../../constructs/kube/secret";
import { imagesOf } from "../../core/images/map";
import { writePrometheus } from "./prometheus";
import { writeAlertmanager } from "./alertmanager";
import { writeLogShipper, alloyConfig } from "./log-shipper";
import { PROMETHEUS_POD_LABELS } from "./labels";
import { days, EMAIL, receiverCidrs, validateReceivers } from "./validation";

export type { DashboardProps, DashboardPanel } from "./defaults";
export type { AlertReceiver } from "../../core/capabilities/observability";
export type { KubeletCertificates } from "./cluster-metrics";

export type { MonitoringRetention, MonitoringSmtp } from "./types";
import type { MonitoringRetention, MonitoringSmtp } from "./types";

/** Props of a MonitoringStack (plus the common pattern props). */
export interface MonitoringStackProps extends PatternProps {
  /** Retention of metrics and logs. @default per stage (see MonitoringRetention) */
  readonly retention?: MonitoringRetention;
  /** Who is alerted: `{ type: "email", to }` or `{ type: "webhook", url }` (HTTPS). @default none: alerts show in Alertmanager/Grafana only */
  readonly receivers?: readonly AlertReceiver[];
  /** SMTP relay for e-mail receivers where Alertmanager runs in the cluster (on-prem, IONOS). @default none (required with an e-mail receiver there) */
  readonly smtp?: MonitoringSmtp;
  /** Grafana sign-in through this OIDC client (the IAM pattern's `oidcClient(...)`). @default admin sign-in only, password generated in a Secret */
  readonly identityProvider?: IIdentityProvider;
  /** Further dashboards as code. @default one dashboard per monitored namespace */
  readonly dashboards?: readonly DashboardProps[];
  /**
   * A Grafana service-account token (role Editor), in a Secret of the monitoring namespace, with
   * which a Job imports the dashboards into the managed Grafana (STACKIT, IONOS). Not on-prem (that
   * Grafana is provisioned from the dashboards ConfigMap).
   * @default none: on STACKIT and IONOS the dashboards stay in the `dashboards` ConfigMap
   */
  readonly dashboardImportToken?: SecretKeyRef;
  /**
   * How the kubelets' serving certificates are signed, where the pattern scrapes them (on-prem,
   * IONOS): `cluster-ca` (verified against the cluster CA, e.g. kubeadm's `serverTLSBootstrap`) or
   * `self-signed` (kubeadm's default; not verified — Prometheus' token then goes to an unverified peer).
   * @default "cluster-ca"
   */
  readonly kubeletCertificates?: KubeletCertificates;
  /**
   * Address ranges of the alert receivers (webhook hosts, the SMTP relay) where Alertmanager runs
   * in the cluster (on-prem, IONOS): its egress goes there only.
   * @default the receivers' own addresses when every host is an IPv4 address; else any address on the receivers' ports (docs/hardening.md)
   * @format cidr
   */
  readonly receiverCidrs?: readonly string[];
}

const MONITORING_STACK_PROPS = propNames<MonitoringStackProps>()([
  ...PATTERN_PROPS,
  "retention",
  "receivers",
  "smtp",
  "identityProvider",
  "dashboards",
  "dashboardImportToken",
  "kubeletCertificates",
  "receiverCidrs",
]);
const KUBELET_CERTIFICATES = ["cluster-ca", "self-signed"] as const;
const RETENTION_PROPS = propNames<MonitoringRetention>()(["metricsDays", "logsDays"]);

/** Retention days per stage (metrics and logs). */
export const RETENTION_DAYS: Readonly<Record<Stage, number>> = { test: 7, acceptance: 14, training: 14, production: 30 };

export { PROMETHEUS_POD_LABELS, RELAY_PORT } from "./labels";
export { alloyConfig } from "./log-shipper";

/** The stack of each landing zone that has one. */
const STACKS = new WeakMap<LandingZone, MonitoringStack>();

/** The monitoring pattern. */
export class MonitoringStack extends Pattern {
  static readonly patternName = "monitoring";

  /** The target's backends (managed or in-cluster). */
  readonly observability: IObservability;
  readonly metricsRetentionDays: number;
  readonly logsRetentionDays: number;
  /** Namespace of prometheus-operator (in the zone's add-ons layer). */
  readonly operatorNamespace: string;
  private readonly dashboards: DashboardProps[];
  /** The dashboard files (JSON) of the user's dashboards, rendered and checked once in the constructor. */
  private readonly dashboardFiles = new Map<DashboardProps, string>();
  /** kube-state-metrics and the kubelet scrape, where the platform does not ship cluster metrics. */
  private readonly clusterMetrics?: ClusterMetrics;
  private readonly dashboardImportToken?: SecretKeyRef;
  private readonly dashboardImportPeer?: NetworkPeer;
  /** Where Alertmanager may send (undefined: not known at synth). */
  private readonly receiverCidrs?: readonly string[];

  constructor(scope: Construct, id: string, props: MonitoringStackProps) {
    super(scope, id, props, MonitoringStack.patternName);
    requireKnownPropsOnce(this, props, MONITORING_STACK_PROPS);
    const existing = STACKS.get(this.landingZone);
    if (existing) {
      fail(this, "landingZone", `already has a monitoring stack (${existing.node.path}). Allowed: one MonitoringStack per landing zone`);
    }
    STACKS.set(this.landingZone, this);
    this.requireCapability("target", "observability");

    const retention = props.retention ?? {};
    if (typeof retention !== "object" || retention === null)
      fail(this, "retention", `${JSON.stringify(retention)} is not allowed. Allowed: { metricsDays, logsDays }`);
    requireKnownPropsOnce(this, retention, RETENTION_PROPS, "retention.");
    this.metricsRetentionDays = days(this, "retention.metricsDays", retention.metricsDays ?? RETENTION_DAYS[this.stage]);
    this.logsRetentionDays = days(this, "retention.logsDays", retention.logsDays ?? RETENTION_DAYS[this.stage]);
    const receivers = validateReceivers(this, props.receivers ?? []);
    if (props.smtp !== undefined) {
      requireKnownPropsOnce(this, props.smtp, propNames<MonitoringSmtp>()(["smarthost", "from"]), "smtp.");
      const [host, port] = String(props.smtp.smarthost).split(":");
      requireHostName(this, "smtp.smarthost", host);
      requireIntegerInRange(this, "smtp.smarthost", Number(port), 1, 65535);
      if (!EMAIL.test(props.smtp.from)) fail(this, "smtp.from", `${JSON.stringify(props.smtp.from)} is not an e-mail address`);
    }
    // Each dashboard is checked (and rendered) once: here for the user's, at render for the generated ones.
    this.dashboards = (props.dashboards ?? []).map((d, i) => {
      this.dashboardFiles.set(d, dashboardJson(this, `dashboards[${i}]`, d));
      return d;
    });

    const ns = this.namespace.name;
    const selector = `namespace=~"${this.tenant}-${this.stage}(-.*)?"`;
    this.observability = this.target.observability(this.context, {
      metricsRetentionDays: this.metricsRetentionDays,
      logsRetentionDays: this.logsRetentionDays,
      receivers,
      // Certificates: the zone's namespaces and its Gateway's, where cert-manager keeps the listeners' certificates.
      rules: defaultRules(selector, `namespace=~"${this.tenant}-${this.stage}(-.*)?|${zoneGatewayNamespace(this.landingZone)}"`),
      logRules: defaultLogRules(selector),
      identityProvider: props.identityProvider,
    });
    // The zone's log retention, for patterns that promise to keep audit logs (the AI pattern).
    const cap = this.observability.logsRetentionMaxDays;
    declareLogRetention(this.landingZone, {
      scope: this,
      property: "retention.logsDays",
      days: this.logsRetentionDays,
      ...(cap !== undefined ? { cap: { days: cap, service: this.observability.detail } } : {}),
    });
    const inClusterAlerting = this.observability.alerting === "in-cluster";
    const kubeletCertificates =
      props.kubeletCertificates === undefined ? "cluster-ca" : requireOneOf(this, "kubeletCertificates", props.kubeletCertificates, KUBELET_CERTIFICATES);
    if (props.kubeletCertificates !== undefined && this.observability.clusterMetrics === "managed") {
      fail(
        this,
        "kubeletCertificates",
        `has no effect on ${this.target.name}: the platform ships the cluster's metrics (${this.observability.detail}), the pattern scrapes no kubelet. Allowed: leave it unset`,
      );
    }
    if (props.dashboardImportToken !== undefined) {
      if (!this.observability.dashboards.importPeer) {
        fail(
          this,
          "dashboardImportToken",
          `has no effect on ${this.target.name}: its Grafana is provisioned from the dashboards ConfigMap in the cluster. Allowed: leave it unset`,
        );
      }
      requireKnownPropsOnce(this, props.dashboardImportToken, propNames<SecretKeyRef>()(["name", "key"]), "dashboardImportToken.");
      requireDnsLabel(this, "dashboardImportToken.name", props.dashboardImportToken.name);
      if (typeof props.dashboardImportToken.key !== "string" || !/^[-._a-zA-Z0-9]+$/.test(props.dashboardImportToken.key))
        fail(
          this,
          "dashboardImportToken.key",
          `${JSON.stringify(props.dashboardImportToken.key)} is not a Secret key. Allowed: letters, digits, "-", "_", "."`,
        );
      this.dashboardImportToken = { name: props.dashboardImportToken.name, key: props.dashboardImportToken.key };
      // The peer's address range is an infra input: made now, not while the platform layer renders.
      this.dashboardImportPeer = this.observability.dashboards.importPeer!();
    }
    if (inClusterAlerting && receivers.some((r) => r.type === "email") && !props.smtp) {
      fail(
        this,
        "smtp",
        `is required for e-mail receivers on ${this.target.name} (Alertmanager runs in the cluster). Allowed: { smarthost: "host:port", from }`,
      );
    }

    this.receiverCidrs = receiverCidrs(this, props.receiverCidrs, receivers, props.smtp, inClusterAlerting);
    // prometheus-operator's CRDs, namespace and read-only ClusterRole in the zone's add-ons layer (applied before every
    // platform layer); the CRDs are cluster-wide, so one zone per cluster owns them (issue 26).
    claimClusterAddon(this, this.landingZone, "monitoring CRDs (monitoring.coreos.com)", "landingZone");
    this.operatorNamespace = `${this.landingZone.tenant}-${this.landingZone.stage}-prom-operator`.slice(0, 63).replace(/-+$/, "");
    const zone = this.landingZone;
    // The operator's own namespace carries its ServiceMonitor and rules: it watches it and Prometheus selects it (issue 27).
    const operatorNamespace = this.operatorNamespace;
    const watchedNamespaces = () => [...new Set([...zoneNamespaces(zone), operatorNamespace])].sort();
    const operator = new PrometheusOperator(zone.addons(), "prometheus-operator", {
      namespace: this.operatorNamespace,
      zoneNamespaces: watchedNamespaces,
      labels: { "stackwerk.dev/tenant": this.tenant, "stackwerk.dev/stage": this.stage },
    });
    // Its Deployment and Role in this layer: it starts once the monitoring namespace and its Role exist.
    new OperatorDeployment(this.platformStack, "prometheus-operator", {
      operator,
      monitoringNamespace: ns,
      zoneNamespaces: watchedNamespaces,
      apiServerCidrs: zone.clusterAccess.apiServerCidrs,
      images: imagesOf(this.target),
    });

    const collectors: Collectors = {
      namespace: ns,
      prometheusPodLabels: PROMETHEUS_POD_LABELS,
      serviceAccounts: ["prometheus", "log-shipper"],
      monitoredBy: `${this.tenant}-${this.stage}-${id}`.slice(0, 63).replace(/-+$/, ""),
      ...(this.observability.clusterMetrics === "in-cluster" ? { kubeStateMetrics: "kube-state-metrics" } : {}),
    };
    this.landingZone.onMember((member) => monitorMember(member, collectors));

    if (this.observability.clusterMetrics === "in-cluster") {
      this.clusterMetrics = new ClusterMetrics(this.platformStack, "cluster-metrics", {
        namespace: this.namespace,
        zoneNamespaces: `${this.tenant}-${this.stage}(-.*)?`,
        prometheusPodLabels: PROMETHEUS_POD_LABELS,
        images: imagesOf(this.target),
        apiServerCidrs: zone.clusterAccess.apiServerCidrs,
        nodeCidrs: zone.clusterAccess.nodeCidrs,
      });
    }
    writePrometheus(this, {
      observability: this.observability,
      metricsRetentionDays: this.metricsRetentionDays,
      scrapesKubelets: this.clusterMetrics !== undefined,
      evaluateRules: inClusterAlerting,
      kubeletCertificates,
    });
    if (inClusterAlerting) writeAlertmanager(this, receivers, props.smtp, this.receiverCidrs);
    const metrics = this.observability.metrics;
    this.relay = metrics?.auth.kind === "header" ? metrics : undefined;
    writeLogShipper(this, this.observability.logs, this.relay);
    // Dashboards (and the log shipper's namespaces) need every member of the zone: built just before rendering.
    beforeRender(this.platformStack, () => this.zoneWide());
  }

  /** The metrics store the log shipper relays remote write to (a key-header store), if any. */
  private relay?: PushEndpoint;

  /** What needs the whole zone: dashboards, the log shipper's configuration, Prometheus' egress to every scraped port. */
  private zoneWide(): void {
    const ns = this.namespace.name;
    const members = this.landingZone.memberPatterns;
    const namespaces = zoneNamespaces(this.landingZone);
    const dashboards = [
      ...namespaces.map((n) =>
        workloadDashboard(
          members.find((m) => KubeManifest.all(m.platform as unknown as Construct).some((o) => o.object.kind === "Namespace" && o.object.metadata.name === n))!
            .id,
          n,
        ),
      ),
      ...this.dashboards,
    ];
    const titles = new Set<string>();
    for (const d of dashboards) {
      if (titles.has(d.title)) fail(this, "dashboards", `title ${JSON.stringify(d.title)} is used twice. Allowed: a title no other dashboard of the zone has`);
      titles.add(d.title);
    }
    const data = Object.fromEntries(
      dashboards.map((d, i) => {
        const json = this.dashboardFiles.get(d) ?? dashboardJson(this, `dashboards[${i}]`, d);
        return [`${JSON.parse(json).uid}.json`, json];
      }),
    );
    new KubeManifest(this.platformStack, "dashboards", {
      object: typed<ConfigMap>({
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: "dashboards", namespace: ns, labels: { ...MANAGED_BY, "stackwerk.dev/dashboards": "true" } },
        data,
      }),
    });
    if (this.dashboardImportToken && this.dashboardImportPeer) {
      new DashboardImport(this.platformStack, "dashboard-import", {
        namespace: this.namespace,
        url: this.observability.dashboards.url,
        token: this.dashboardImportToken,
        configMap: "dashboards",
        peer: this.dashboardImportPeer,
        images: imagesOf(this.target),
      });
    }
    this.clusterMetrics?.deployment(namespaces);
    new KubeManifest(this.platformStack, "log-shipper-config", {
      object: typed<ConfigMap>({
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: "log-shipper-config", namespace: ns, labels: { ...MANAGED_BY } },
        data: { "config.alloy": alloyConfig(namespaces, this.observability.logs.auth, `${this.tenant}-${this.stage}`, this.relay?.auth) },
      }),
    });
    // Prometheus reaches the scraped ports of the zone's namespaces (each member admits it on its side).
    const ports = new Map<string, string | number>();
    for (const m of members) for (const s of scrapedServices(m.platform as unknown as Construct)) ports.set(String(s.targetPort), s.targetPort);
    if (ports.size) {
      new KubeManifest(this.platformStack, "prometheus-allow-to-members", {
        object: {
          apiVersion: "networking.k8s.io/v1",
          kind: "NetworkPolicy",
          metadata: { name: "prometheus-allow-to-members", namespace: ns },
          spec: {
            podSelector: { matchLabels: { ...PROMETHEUS_POD_LABELS } },
            policyTypes: ["Egress"],
            egress: [
              {
                to: [{ namespaceSelector: { matchLabels: { "stackwerk.dev/tenant": this.tenant, "stackwerk.dev/stage": this.stage } } }],
                ports: [...ports.values()].map((port) => ({ port, protocol: "TCP" })),
              },
            ],
          },
        },
      });
    }
  }
}
