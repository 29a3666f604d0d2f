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
import type { ConfigMap, EnvVar, Secret, Service, ServiceAccount } from "kubernetes-types/core/v1";
import type { DaemonSet } from "kubernetes-types/apps/v1";
import {
  fail,
  isIpv4,
  propNames,
  requireCidr,
  requireDnsLabel,
  requireHostName,
  requireHttpUrl,
  requireIntegerInRange,
  requireKnownProps,
  requireOneOf,
} from "../../core/errors";
import { KubeManifest } from "../../constructs/kube/manifest";
import { typed } from "../../constructs/kube/typed";
import { appSelector, MANAGED_BY } from "../../constructs/kube/labels";
import { beforeRender } from "../../constructs/kube/render-order";
import { NetworkPeer, writeNetworkPolicy } from "../../constructs/network";
import { containerSecurityContext, podSecurityContext, withRegistryMirror } from "../../constructs/security";
import type { Stage } from "../../core/profile";
import type { AlertReceiver, IObservability, PushAuth, PushEndpoint } from "../../core/capabilities/observability";
import type { IIdentityProvider } from "../../core/capabilities/identity-provider";
import type { LandingZone } from "../../core/landing-zone";
import { Pattern, PATTERN_PROPS, PatternProps } from "../../constructs/pattern";
import { dashboardJson, DashboardProps, defaultLogRules, defaultRules, workloadDashboard } from "./defaults";
import { MONITORING_IMAGES } from "./images";
import { Collectors, monitorMember, scrapedServices, zoneNamespaces } from "./members";
import { OperatorDeployment, PrometheusOperator } from "./operator";
import { KUBERNETES_API_PORTS, writePinnedEgress } from "./egress";
import { claimClusterAddon } from "../../constructs/cluster-ownership";
import { ClusterMetrics, KubeletCertificates, KUBELET_SCRAPE_CLASS, SCRAPE_CONFIG_LABEL } from "./cluster-metrics";
import { DashboardImport } from "./dashboard-import";
import type { SecretKeyRef } from "../../constructs/kube/secret";
import { STAGE_DEFAULTS } from "../../core/profile";

export type { DashboardProps, DashboardPanel } from "./defaults";
export type { AlertReceiver } from "../../core/capabilities/observability";
export type { KubeletCertificates } from "./cluster-metrics";

/** How long metrics and logs are kept, in days. */
export interface MonitoringRetention {
  /** Days metrics are kept. @default per stage: test 7, acceptance 14, training 14, production 30 @integer @minimum 1 @maximum 3650 */
  readonly metricsDays?: number;
  /** Days logs are kept (IONOS: 7, 14 or 30). @default per stage: test 7, acceptance 14, training 14, production 30 @integer @minimum 1 @maximum 3650 */
  readonly logsDays?: number;
}

/** E-mail delivery of the in-cluster Alertmanager (on-prem, IONOS). */
export interface MonitoringSmtp {
  /** SMTP relay `host:port`, e.g. `mail.rz.example.de:25` (no authentication; the relay admits the cluster). */
  readonly smarthost: string;
  /** Sender address. @format email */
  readonly from: string;
}

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
const RECEIVER_TYPES = ["email", "webhook"] as const;

/** Retention days per stage (metrics and logs). */
export const RETENTION_DAYS: Readonly<Record<Stage, number>> = { test: 7, acceptance: 14, training: 14, production: 30 };

/** Pod labels of the zone's Prometheus (NetworkPolicies select them). */
export const PROMETHEUS_POD_LABELS = { "stackwerk.dev/role": "prometheus" } as const;

/** Port of the log shipper's metrics relay (remote write in, remote write with a key header out). */
export const RELAY_PORT = 9999;

/** The stack of each landing zone that has one. */
const STACKS = new WeakMap<LandingZone, MonitoringStack>();

const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;

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
  /** kube-state-metrics and the kubelet scrape, where the platform does not ship cluster metrics. */
  private readonly clusterMetrics?: ClusterMetrics;
  private readonly dashboardImportToken?: SecretKeyRef;
  private readonly dashboardImportPeer?: NetworkPeer;
  /** Where Alertmanager may send (undefined: not known at synth). */
  private readonly receiverCidrs?: readonly string[];

  constructor(scope: Construct, id: string, props: MonitoringStackProps) {
    super(scope, id, props, MonitoringStack.patternName);
    requireKnownProps(this, props, MONITORING_STACK_PROPS);
    const existing = STACKS.get(this.landingZone);
    if (existing) {
      fail(this, "landingZone", `already has a monitoring stack (${existing.node.path}). Allowed: one MonitoringStack per landing zone`);
    }
    STACKS.set(this.landingZone, this);
    this.requireCapability("target", "observability");

    const retention = props.retention ?? {};
    if (typeof retention !== "object" || retention === null)
      fail(this, "retention", `${JSON.stringify(retention)} is not allowed. Allowed: { metricsDays, logsDays }`);
    requireKnownProps(this, retention, RETENTION_PROPS, "retention.");
    this.metricsRetentionDays = days(this, "retention.metricsDays", retention.metricsDays ?? RETENTION_DAYS[this.stage]);
    this.logsRetentionDays = days(this, "retention.logsDays", retention.logsDays ?? RETENTION_DAYS[this.stage]);
    const receivers = validateReceivers(this, props.receivers ?? []);
    if (props.smtp !== undefined) {
      requireKnownProps(this, props.smtp, propNames<MonitoringSmtp>()(["smarthost", "from"]), "smtp.");
      const [host, port] = String(props.smtp.smarthost).split(":");
      requireHostName(this, "smtp.smarthost", host);
      requireIntegerInRange(this, "smtp.smarthost", Number(port), 1, 65535);
      if (!EMAIL.test(props.smtp.from)) fail(this, "smtp.from", `${JSON.stringify(props.smtp.from)} is not an e-mail address`);
    }
    this.dashboards = (props.dashboards ?? []).map((d, i) => {
      dashboardJson(this, `dashboards[${i}]`, d);
      return d;
    });

    const ns = this.namespace.name;
    const selector = `namespace=~"${this.tenant}-${this.stage}(-.*)?"`;
    this.observability = this.target.observability(this.context, {
      metricsRetentionDays: this.metricsRetentionDays,
      logsRetentionDays: this.logsRetentionDays,
      receivers,
      rules: defaultRules(selector, true),
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
      requireKnownProps(this, props.dashboardImportToken, propNames<SecretKeyRef>()(["name", "key"]), "dashboardImportToken.");
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
    const operator = new PrometheusOperator(zone.addons(), "prometheus-operator", {
      namespace: this.operatorNamespace,
      zoneNamespaces: () => zoneNamespaces(zone),
    });
    // Its Deployment and Role in this layer: it starts once the monitoring namespace and its Role exist.
    new OperatorDeployment(this.platformStack, "prometheus-operator", {
      operator,
      monitoringNamespace: ns,
      zoneNamespaces: () => zoneNamespaces(zone),
      apiServerCidrs: zone.clusterAccess.apiServerCidrs,
      registryMirror: this.target.registryMirror,
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
        registryMirror: this.target.registryMirror,
        apiServerCidrs: zone.clusterAccess.apiServerCidrs,
        nodeCidrs: zone.clusterAccess.nodeCidrs,
      });
    }
    this.prometheus(inClusterAlerting, kubeletCertificates);
    if (inClusterAlerting) this.alertmanager(receivers, props.smtp);
    const metrics = this.observability.metrics;
    this.logShipper(this.observability.logs, metrics?.auth.kind === "header" ? metrics : undefined);
    // Dashboards (and the log shipper's namespaces) need every member of the zone: built just before rendering.
    beforeRender(this.platformStack, () => this.zoneWide());
  }

  /** The Prometheus resource: scrapes every member's ServiceMonitors; stores locally or remote-writes. */
  private prometheus(evaluateRules: boolean, kubeletCertificates: KubeletCertificates): void {
    const ns = this.namespace.name;
    const { highAvailability, fullCapacity } = STAGE_DEFAULTS[this.stage];
    const remote = this.observability.metrics;
    const memberNamespaces = { matchLabels: { "stackwerk.dev/tenant": this.tenant, "stackwerk.dev/stage": this.stage } };
    new KubeManifest(this.platformStack, "prometheus-service-account", {
      object: typed<ServiceAccount>({
        apiVersion: "v1",
        kind: "ServiceAccount",
        metadata: { name: "prometheus", namespace: ns, labels: { ...MANAGED_BY } },
        automountServiceAccountToken: true,
      }),
    });
    new KubeManifest(this.platformStack, "prometheus", {
      object: {
        apiVersion: "monitoring.coreos.com/v1",
        kind: "Prometheus",
        metadata: { name: "prometheus", namespace: ns, labels: { ...MANAGED_BY } },
        spec: {
          image: withRegistryMirror(MONITORING_IMAGES.prometheus, this.target.registryMirror),
          version: "v3.5.0",
          replicas: highAvailability ? 2 : 1,
          serviceAccountName: "prometheus",
          podMetadata: { labels: { ...PROMETHEUS_POD_LABELS } },
          // Local storage is the store on-prem; with a remote store one day suffices for rule evaluation.
          retention: remote ? "1d" : `${this.metricsRetentionDays}d`,
          serviceMonitorSelector: {},
          serviceMonitorNamespaceSelector: memberNamespaces,
          podMonitorSelector: { matchLabels: { "stackwerk.dev/none": "none" } },
          probeSelector: { matchLabels: { "stackwerk.dev/none": "none" } },
          ...(this.clusterMetrics
            ? {
                // The pattern's own ScrapeConfigs (kubelets), from its own namespace only.
                scrapeConfigSelector: { matchLabels: { ...SCRAPE_CONFIG_LABEL } },
                scrapeConfigNamespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": ns } },
                scrapeClasses: [
                  {
                    name: KUBELET_SCRAPE_CLASS,
                    tlsConfig: {
                      caFile: "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt",
                      ...(kubeletCertificates === "self-signed" ? { insecureSkipVerify: true } : {}),
                    },
                    authorization: { type: "Bearer", credentialsFile: "/var/run/secrets/kubernetes.io/serviceaccount/token" },
                  },
                ],
              }
            : { scrapeConfigSelector: { matchLabels: { "stackwerk.dev/none": "none" } } }),
          ...(evaluateRules
            ? {
                ruleSelector: {},
                ruleNamespaceSelector: memberNamespaces,
                alerting: { alertmanagers: [{ namespace: ns, name: "alertmanager-operated", port: "web", apiVersion: "v2" }] },
              }
            : {}),
          ...(remote
            ? {
                remoteWrite: [
                  // A key header (IONOS `APIKEY`) is not something remote write sends from a Secret: the log shipper relays and adds it.
                  remote.auth.kind === "header"
                    ? { url: `http://log-shipper.${ns}.svc.cluster.local:${RELAY_PORT}/api/v1/metrics/write` }
                    : { url: remote.url, ...remoteWriteAuth(remote.auth) },
                ],
              }
            : {}),
          securityContext: { runAsNonRoot: true, runAsUser: 65534, runAsGroup: 65534, fsGroup: 65534, seccompProfile: { type: "RuntimeDefault" } },
          resources: fullCapacity
            ? { requests: { cpu: "500m", memory: "2Gi" }, limits: { cpu: "2", memory: "4Gi" } }
            : { requests: { cpu: "100m", memory: "512Mi" }, limits: { cpu: "1", memory: "1Gi" } },
          ...(remote
            ? {}
            : {
                storage: {
                  volumeClaimTemplate: { spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: fullCapacity ? "50Gi" : "10Gi" } } } },
                },
              }),
        },
      },
    });
    // Service discovery through the Kubernetes API; the remote store when there is one.
    writePinnedEgress(this.platformStack, {
      namespace: ns,
      name: "prometheus-allow-to-kubernetes-api",
      podLabels: PROMETHEUS_POD_LABELS,
      cidrs: this.landingZone.clusterAccess.apiServerCidrs,
      ports: KUBERNETES_API_PORTS,
      pinWith: "the target's apiServerCidrs",
    });
    if (remote && remote.auth.kind !== "header") {
      writeNetworkPolicy(this.platformStack, {
        namespace: ns,
        name: "prometheus-allow-to-metrics-store",
        podLabels: PROMETHEUS_POD_LABELS,
        direction: "Egress",
        peer: remote.peer,
        ports: remote.peer.ports,
      });
    }
  }

  /** Alertmanager in the cluster with the receivers (on targets without managed alerting). */
  private alertmanager(receivers: readonly AlertReceiver[], smtp: MonitoringSmtp | undefined): void {
    const ns = this.namespace.name;
    const labels = { "stackwerk.dev/role": "alertmanager" };
    const config = {
      global: smtp ? { smtp_smarthost: smtp.smarthost, smtp_from: smtp.from, smtp_require_tls: true } : {},
      route: { receiver: "default", group_by: ["alertname", "namespace"], group_wait: "30s", group_interval: "5m", repeat_interval: "4h" },
      receivers: [
        {
          name: "default",
          ...(receivers.some((r) => r.type === "email")
            ? { email_configs: receivers.flatMap((r) => (r.type === "email" ? [{ to: r.to, send_resolved: true }] : [])) }
            : {}),
          ...(receivers.some((r) => r.type === "webhook")
            ? { webhook_configs: receivers.flatMap((r) => (r.type === "webhook" ? [{ url: r.url, send_resolved: true }] : [])) }
            : {}),
        },
      ],
    };
    // Alertmanager reads its configuration from a Secret only. It holds receiver addresses (no credentials:
    // SMTP relays without authentication, webhook URLs without user info), so it is written like any manifest.
    new KubeManifest(this.platformStack, "alertmanager-config", {
      object: typed<Secret>({
        apiVersion: "v1",
        kind: "Secret",
        metadata: { name: "alertmanager-receivers", namespace: ns, labels: { ...MANAGED_BY } },
        type: "Opaque",
        // `data`, not `stringData`: the API server turns stringData into data, which reads back as drift.
        data: { "alertmanager.yaml": Buffer.from(JSON.stringify(config, null, 2)).toString("base64") },
      }),
    });
    new KubeManifest(this.platformStack, "alertmanager", {
      object: {
        apiVersion: "monitoring.coreos.com/v1",
        kind: "Alertmanager",
        metadata: { name: "alertmanager", namespace: ns, labels: { ...MANAGED_BY } },
        spec: {
          image: withRegistryMirror(MONITORING_IMAGES.alertmanager, this.target.registryMirror),
          version: "v0.28.1",
          replicas: STAGE_DEFAULTS[this.stage].highAvailability ? 2 : 1,
          podMetadata: { labels },
          configSecret: "alertmanager-receivers",
          securityContext: { runAsNonRoot: true, runAsUser: 65534, runAsGroup: 65534, fsGroup: 65534, seccompProfile: { type: "RuntimeDefault" } },
          resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { cpu: "200m", memory: "256Mi" } },
        },
      },
    });
    const alertmanager = { description: "alertmanager", podLabels: labels, ports: [{ port: 9093 }] };
    writeNetworkPolicy(this.platformStack, {
      namespace: ns,
      name: "prometheus-allow-to-alertmanager",
      podLabels: PROMETHEUS_POD_LABELS,
      direction: "Egress",
      peer: alertmanager,
      ports: [{ port: 9093 }],
    });
    writeNetworkPolicy(this.platformStack, {
      namespace: ns,
      name: "alertmanager-allow-from-prometheus",
      podLabels: labels,
      direction: "Ingress",
      peer: { description: "prometheus", podLabels: PROMETHEUS_POD_LABELS, ports: [] },
      ports: [{ port: 9093 }],
    });
    if (receivers.length) {
      // Webhooks over HTTPS (their URL's port), e-mail over the relay's port; to receiverCidrs (or the hosts' own addresses).
      const ports = [
        ...new Set([
          ...receivers.flatMap((r) => (r.type === "webhook" ? [Number(new URL(r.url).port || 443)] : [])),
          ...(smtp ? [Number(smtp.smarthost.split(":")[1])] : []),
        ]),
      ].map((port) => ({ port }));
      if (ports.length)
        writePinnedEgress(this.platformStack, {
          namespace: ns,
          name: "alertmanager-allow-to-receivers",
          podLabels: labels,
          cidrs: this.receiverCidrs,
          ports,
          pinWith: "the monitoring stack's receiverCidrs",
        });
    }
  }

  /** The log shipper: a DaemonSet (Grafana Alloy) tailing member pods' logs through the API, pushing to Loki. */
  private logShipper(logs: PushEndpoint, relay?: PushEndpoint): void {
    const ns = this.namespace.name;
    const name = "log-shipper";
    const selector = appSelector(ns, name);
    const labels = { ...selector, ...MANAGED_BY };
    // One pod per node; three are booked against the namespace quota (more nodes need a larger size).
    this.namespace.reservePods(this, "logShipper", 3, "log-shipper DaemonSet");
    new KubeManifest(this.platformStack, "log-shipper-service-account", {
      object: typed<ServiceAccount>({
        apiVersion: "v1",
        kind: "ServiceAccount",
        metadata: { name, namespace: ns, labels },
        automountServiceAccountToken: true,
      }),
    });
    const env = [
      { name: "NODE_NAME", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } },
      { name: "LOKI_URL", value: logs.url },
      ...authEnv(logs.auth, "LOKI"),
      ...(relay ? [{ name: "METRICS_URL", value: relay.url }, ...authEnv(relay.auth, "METRICS")] : []),
    ];
    new KubeManifest(this.platformStack, "log-shipper", {
      wait: {},
      object: typed<DaemonSet>({
        apiVersion: "apps/v1",
        kind: "DaemonSet",
        metadata: { name, namespace: ns, labels },
        spec: {
          selector: { matchLabels: { ...selector } },
          updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1 } },
          template: {
            metadata: { labels },
            spec: {
              serviceAccountName: name,
              automountServiceAccountToken: true,
              securityContext: podSecurityContext(473),
              containers: [
                {
                  name: "alloy",
                  image: withRegistryMirror(MONITORING_IMAGES.alloy, this.target.registryMirror),
                  imagePullPolicy: "IfNotPresent",
                  args: [
                    "run",
                    "/etc/alloy/config.alloy",
                    "--server.http.listen-addr=0.0.0.0:12345",
                    "--storage.path=/tmp/alloy",
                    "--stability.level=generally-available",
                  ],
                  ports: [
                    { name: "http-metrics", containerPort: 12345, protocol: "TCP" },
                    ...(relay ? [{ name: "relay", containerPort: RELAY_PORT, protocol: "TCP" as const }] : []),
                  ],
                  env,
                  resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { cpu: "250m", memory: "256Mi" } },
                  securityContext: containerSecurityContext({ readOnlyRootFilesystem: true, runAsUser: 473 }),
                  readinessProbe: { httpGet: { path: "/-/ready", port: "http-metrics" }, periodSeconds: 10 },
                  livenessProbe: { tcpSocket: { port: "http-metrics" }, initialDelaySeconds: 10, periodSeconds: 20, failureThreshold: 6 },
                  volumeMounts: [
                    { name: "config", mountPath: "/etc/alloy", readOnly: true },
                    { name: "tmp", mountPath: "/tmp" },
                  ],
                },
              ],
              volumes: [
                { name: "config", configMap: { name: "log-shipper-config", defaultMode: 0o444 } },
                { name: "tmp", emptyDir: { sizeLimit: "256Mi" } },
              ],
            },
          },
        },
      }),
    });
    new KubeManifest(this.platformStack, "log-shipper-service", {
      object: typed<Service>({
        apiVersion: "v1",
        kind: "Service",
        metadata: { name, namespace: ns, labels },
        spec: {
          type: "ClusterIP",
          selector: { ...selector },
          ports: [
            { name: "http-metrics", port: 12345, targetPort: "http-metrics", protocol: "TCP" },
            ...(relay ? [{ name: "relay", port: RELAY_PORT, targetPort: "relay", protocol: "TCP" }] : []),
          ],
        },
      }),
    });
    writePinnedEgress(this.platformStack, {
      namespace: ns,
      name: "log-shipper-allow-to-kubernetes-api",
      podLabels: selector,
      cidrs: this.landingZone.clusterAccess.apiServerCidrs,
      ports: KUBERNETES_API_PORTS,
      pinWith: "the target's apiServerCidrs",
    });
    writeNetworkPolicy(this.platformStack, {
      namespace: ns,
      name: "log-shipper-allow-to-logs-store",
      podLabels: selector,
      direction: "Egress",
      peer: logs.peer,
      ports: logs.peer.ports,
    });
    if (relay) {
      writeNetworkPolicy(this.platformStack, {
        namespace: ns,
        name: "log-shipper-allow-to-metrics-store",
        podLabels: selector,
        direction: "Egress",
        peer: relay.peer,
        ports: relay.peer.ports,
      });
      const shipper = { description: "log-shipper", podLabels: selector, ports: [{ port: RELAY_PORT }] };
      writeNetworkPolicy(this.platformStack, {
        namespace: ns,
        name: "prometheus-allow-to-relay",
        podLabels: PROMETHEUS_POD_LABELS,
        direction: "Egress",
        peer: shipper,
        ports: [{ port: RELAY_PORT }],
      });
      writeNetworkPolicy(this.platformStack, {
        namespace: ns,
        name: "log-shipper-relay-allow-from-prometheus",
        podLabels: selector,
        direction: "Ingress",
        peer: { description: "prometheus", podLabels: PROMETHEUS_POD_LABELS, ports: [] },
        ports: [{ port: RELAY_PORT }],
      });
    }
    this.relay = relay;
  }

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
      dashboards.map((d, i) => [`${JSON.parse(dashboardJson(this, `dashboards[${i}]`, d)).uid}.json`, dashboardJson(this, `dashboards[${i}]`, d)]),
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
        registryMirror: this.target.registryMirror,
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

/** Retention in days: an integer from 1 to 3650. */
function days(scope: Construct, property: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 3650) {
    fail(
      scope,
      property,
      `${JSON.stringify(value)} is not allowed. Allowed: a whole number of days from 1 to 3650 (e.g. 30); "forever" is not offered, keep long-term evidence in an archive`,
    );
  }
  return value;
}

/**
 * Where the in-cluster Alertmanager may send: `receiverCidrs` as given, else the receivers' and the
 * SMTP relay's own addresses when every one is an IPv4 address, else unknown (undefined).
 */
function receiverCidrs(
  scope: Construct,
  given: unknown,
  receivers: readonly AlertReceiver[],
  smtp: MonitoringSmtp | undefined,
  inClusterAlerting: boolean,
): readonly string[] | undefined {
  if (given !== undefined) {
    if (!inClusterAlerting)
      fail(scope, "receiverCidrs", "has no effect here: alerts are sent by the target's managed alerting, not from the cluster. Allowed: leave it unset");
    if (!Array.isArray(given) || given.length === 0)
      fail(scope, "receiverCidrs", `${JSON.stringify(given)} is not allowed. Allowed: a non-empty list of IPv4 CIDRs, e.g. ["198.51.100.7/32"]`);
    return given.map((c, i) => requireCidr(scope, `receiverCidrs[${i}]`, c));
  }
  const hosts = [
    ...receivers.flatMap((r) => (r.type === "webhook" ? [new URL(r.url).hostname] : [])),
    ...(smtp && receivers.some((r) => r.type === "email") ? [String(smtp.smarthost).split(":")[0]] : []),
  ];
  return hosts.length && hosts.every(isIpv4) ? [...new Set(hosts)].map((h) => `${h}/32`) : undefined;
}

function validateReceivers(scope: Construct, receivers: unknown): AlertReceiver[] {
  if (!Array.isArray(receivers))
    fail(scope, "receivers", `${JSON.stringify(receivers)} is not allowed. Allowed: a list of { type: "email", to } or { type: "webhook", url }`);
  return receivers.map((r, i) => {
    const where = `receivers[${i}]`;
    if (typeof r !== "object" || r === null)
      fail(scope, where, `${JSON.stringify(r)} is not allowed. Allowed: { type: "email", to } or { type: "webhook", url }`);
    const type = requireOneOf(scope, `${where}.type`, (r as { type?: unknown }).type, RECEIVER_TYPES);
    if (type === "email") {
      requireKnownProps(scope, r, ["type", "to"], `${where}.`);
      const to = (r as { to?: unknown }).to;
      if (typeof to !== "string" || !EMAIL.test(to)) fail(scope, `${where}.to`, `${JSON.stringify(to)} is not an e-mail address. Allowed: name@example.de`);
      return { type, to };
    }
    requireKnownProps(scope, r, ["type", "url"], `${where}.`);
    const url = requireHttpUrl(scope, `${where}.url`, (r as { url?: unknown }).url);
    if (url.username || url.password)
      fail(
        scope,
        `${where}.url`,
        "carries credentials (user info), which would be written into the synth output. Allowed: an https:// URL without user:password@",
      );
    if (url.protocol !== "https:")
      fail(scope, `${where}.url`, `${JSON.stringify(url.href)} is not allowed. Allowed: an https:// URL (alerts leave the cluster)`);
    return { type, url: url.href };
  });
}

/** The remote-write authentication fields of the Prometheus resource (Secret references only). */
function remoteWriteAuth(auth: PushAuth): Record<string, unknown> {
  switch (auth.kind) {
    case "basic":
      return { basicAuth: { username: { ...auth.username }, password: { ...auth.password } } };
    case "bearer":
      return { authorization: { type: "Bearer", credentials: { ...auth.token } } };
    case "header":
      // A key header from a Secret (IONOS `APIKEY`): the operator's authorization with the header's scheme.
      return { authorization: { type: auth.header, credentials: { ...auth.value } } };
    default:
      return {};
  }
}

/** Environment of the log shipper: credentials by Secret reference only. */
function authEnv(auth: PushAuth, prefix: string): EnvVar[] {
  const ref = (name: string, key: { name: string; key: string }) => ({ name, valueFrom: { secretKeyRef: { name: key.name, key: key.key } } });
  switch (auth.kind) {
    case "basic":
      return [ref(`${prefix}_USERNAME`, auth.username), ref(`${prefix}_PASSWORD`, auth.password)];
    case "bearer":
      return [ref(`${prefix}_TOKEN`, auth.token)];
    case "header":
      return [ref(`${prefix}_KEY`, auth.value)];
    default:
      return [];
  }
}

/** Grafana Alloy configuration: each node's pods of the zone's namespaces, tailed through the API, to Loki. */
export function alloyConfig(namespaces: readonly string[], auth: PushAuth, zone: string, relay?: PushAuth): string {
  const authBlock = (a: PushAuth, prefix: string): string =>
    a.kind === "basic"
      ? `    basic_auth {\n      username = sys.env("${prefix}_USERNAME")\n      password = sys.env("${prefix}_PASSWORD")\n    }`
      : a.kind === "bearer"
        ? `    bearer_token = sys.env("${prefix}_TOKEN")`
        : a.kind === "header"
          ? `    headers = { ${JSON.stringify(a.header)} = sys.env("${prefix}_KEY") }`
          : "";
  return [
    `discovery.kubernetes "pods" {`,
    `  role = "pod"`,
    `  namespaces {`,
    `    names = ${JSON.stringify(namespaces)}`,
    `  }`,
    `  selectors {`,
    `    role  = "pod"`,
    `    field = "spec.nodeName=" + sys.env("NODE_NAME")`,
    `  }`,
    `}`,
    ``,
    `discovery.relabel "pods" {`,
    `  targets = discovery.kubernetes.pods.targets`,
    `  rule {`,
    `    source_labels = ["__meta_kubernetes_namespace"]`,
    `    target_label  = "namespace"`,
    `  }`,
    `  rule {`,
    `    source_labels = ["__meta_kubernetes_pod_name"]`,
    `    target_label  = "pod"`,
    `  }`,
    `  rule {`,
    `    source_labels = ["__meta_kubernetes_pod_container_name"]`,
    `    target_label  = "container"`,
    `  }`,
    `}`,
    ``,
    `loki.source.kubernetes "pods" {`,
    `  targets    = discovery.relabel.pods.output`,
    `  forward_to = [loki.write.store.receiver]`,
    `}`,
    ``,
    `loki.write "store" {`,
    `  external_labels = { zone = ${JSON.stringify(zone)} }`,
    `  endpoint {`,
    `    url = sys.env("LOKI_URL")`,
    authBlock(auth, "LOKI"),
    `  }`,
    `}`,
    ``,
    ...(relay
      ? [
          `prometheus.receive_http "relay" {`,
          `  http {`,
          `    listen_address = "0.0.0.0"`,
          `    listen_port    = ${RELAY_PORT}`,
          `  }`,
          `  forward_to = [prometheus.remote_write.store.receiver]`,
          `}`,
          ``,
          `prometheus.remote_write "store" {`,
          `  endpoint {`,
          `    url = sys.env("METRICS_URL")`,
          authBlock(relay, "METRICS"),
          `  }`,
          `}`,
          ``,
        ]
      : []),
  ].join("\n");
}
