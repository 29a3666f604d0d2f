/**
 * On-prem observability: the backends run in the cluster, in the monitoring pattern's namespace.
 * Metrics stay in the zone's Prometheus (retention there); logs go to a single-binary Loki on a
 * volume (compactor retention); dashboards are a Grafana provisioned as code (data sources,
 * dashboards from the `dashboards` ConfigMap), admin password generated in a Secret, OIDC
 * sign-in when an identity provider is given. Alerting stays in the cluster (Alertmanager).
 */
import type { ConfigMap, Service } from "kubernetes-types/core/v1";
import type { Deployment } from "kubernetes-types/apps/v1";
import { Construct } from "constructs";
import { KubeManifest } from "../../constructs/kube/manifest";
import { KubeSecret } from "../../constructs/kube/secret";
import { typed } from "../../constructs/kube/typed";
import { appSelector, MANAGED_BY } from "../../constructs/kube/labels";
import { StatefulService } from "../../constructs/stateful-service";
import { policyName, writeNetworkPolicy } from "../../constructs/network";
import { containerSecurityContext, podSecurityContext } from "../../constructs/security";
import { containerResources, WORKLOAD_SIZING, STAGE_DEFAULTS } from "../../core/profile";
import type { DeploymentContext } from "../../core/context";
import type { IObservability, ObservabilityRequest } from "../../core/capabilities/observability";
import { connect } from "../../core/capabilities/connectable";
import { imagesOf, type ImageResolver } from "../../core/images/map";
import { catalogueRef } from "../../core/images/catalogue";

/** Upstream images of the in-cluster backends (catalogue keys `loki`, `grafana`; provenance in core/images/catalogue.ts, ADR 0061). */
export const ONPREM_OBSERVABILITY_IMAGES = {
  loki: catalogueRef("loki"),
  grafana: catalogueRef("grafana"),
} as const;

/** Pod labels of the zone's Prometheus (the monitoring pattern sets them). */
const PROMETHEUS = { "stackwerk.dev/role": "prometheus" };

/** Loki single-binary configuration: filesystem storage, retention by the compactor. */
export function lokiConfig(retentionDays: number): string {
  return [
    "auth_enabled: false",
    "server:",
    "  http_listen_port: 3100",
    "  grpc_listen_port: 9095",
    "common:",
    "  path_prefix: /loki",
    "  replication_factor: 1",
    "  ring:",
    "    kvstore:",
    "      store: inmemory",
    "  storage:",
    "    filesystem:",
    "      chunks_directory: /loki/chunks",
    "      rules_directory: /loki/rules",
    "schema_config:",
    "  configs:",
    '    - from: "2024-01-01"',
    "      store: tsdb",
    "      object_store: filesystem",
    "      schema: v13",
    "      index:",
    "        prefix: index_",
    "        period: 24h",
    "compactor:",
    "  working_directory: /loki/compactor",
    "  retention_enabled: true",
    "  delete_request_store: filesystem",
    "limits_config:",
    `  retention_period: ${retentionDays * 24}h`,
    "analytics:",
    "  reporting_enabled: false",
    "",
  ].join("\n");
}

/** The observability capability on-prem: Loki and Grafana in the pattern's namespace. */
export function onPremObservability(
  ctx: DeploymentContext,
  request: ObservabilityRequest,
  options: { registryMirror?: string; imageResolver?: ImageResolver; storageClassName?: string },
): IObservability {
  const ns = ctx.namespace.name;
  const sizing = WORKLOAD_SIZING[ctx.size];
  const loki = new StatefulService(ctx.platform as unknown as Construct, "loki", {
    namespace: ctx.namespace,
    name: "loki",
    image: imagesOf(options).ref("loki"),
    port: 3100,
    args: ["-config.file=/etc/loki/loki.yaml"],
    files: { mountPath: "/etc/loki", files: { "loki.yaml": lokiConfig(request.logsRetentionDays) } },
    dataPath: "/loki",
    volumeSize: STAGE_DEFAULTS[ctx.stage].fullCapacity ? "50Gi" : sizing.volumeSize,
    storageClassName: options.storageClassName,
    runAsUser: 10001,
    readinessProbe: { httpGet: { path: "/ready", port: 3100 }, periodSeconds: 10 },
    resources: containerResources(sizing),
  });
  // The log shipper (the monitoring pattern's DaemonSet) pushes here.
  loki.allowFrom({ description: "log-shipper", podLabels: appSelector(ns, "log-shipper"), ports: [] });

  const grafana = new Grafana(ctx, request, imagesOf(options).ref("grafana"));
  loki.allowFrom({ description: "grafana", podLabels: grafana.selector, ports: [] });
  writeNetworkPolicy(ctx.platform as unknown as Construct, {
    namespace: ns,
    name: "grafana-allow-to-loki",
    podLabels: grafana.selector,
    direction: "Egress",
    peer: loki.peer,
    ports: [{ port: 3100 }],
  });
  writeNetworkPolicy(ctx.platform as unknown as Construct, {
    namespace: ns,
    name: "grafana-allow-to-prometheus",
    podLabels: grafana.selector,
    direction: "Egress",
    peer: { description: "prometheus", podLabels: PROMETHEUS, ports: [{ port: 9090 }] },
    ports: [{ port: 9090 }],
  });
  writeNetworkPolicy(ctx.platform as unknown as Construct, {
    namespace: ns,
    name: "prometheus-allow-from-grafana",
    podLabels: PROMETHEUS,
    direction: "Ingress",
    peer: { description: "grafana", podLabels: grafana.selector, ports: [] },
    ports: [{ port: 9090 }],
  });
  return {
    implementation: "in-cluster",
    detail: "Prometheus storage, Loki and Grafana in the cluster",
    logs: { url: `http://${loki.host}:3100/loki/api/v1/push`, auth: { kind: "none" }, peer: { ...loki.peer, ports: [{ port: 3100 }] } },
    alerting: "in-cluster",
    clusterMetrics: "in-cluster",
    dashboards: { implementation: "in-cluster", url: `http://grafana.${ns}.svc.cluster.local` },
  };
}

/** Grafana provisioned as code: data sources and dashboards from ConfigMaps, no state worth keeping. */
class Grafana extends Construct {
  readonly selector: Readonly<Record<string, string>>;

  constructor(ctx: DeploymentContext, request: ObservabilityRequest, image: string) {
    super(ctx.platform as unknown as Construct, "grafana");
    const ns = ctx.namespace.name;
    const name = "grafana";
    this.selector = appSelector(ns, name);
    const labels = { ...this.selector, ...MANAGED_BY };
    const replicas = STAGE_DEFAULTS[ctx.stage].highAvailability ? 2 : 1;
    ctx.namespace.reservePods(this, "replicas", replicas + 1);
    // No default admin password: generated at deploy time, kept only in the Secret.
    const admin = new KubeSecret(this, "admin", { namespace: ns, name: "grafana-admin", values: { password: { kind: "generated", length: 32 } } });
    const idp = request.identityProvider;
    new KubeManifest(this, "provisioning", {
      object: typed<ConfigMap>({
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: "grafana-provisioning", namespace: ns, labels },
        data: {
          "datasources.yaml": [
            "apiVersion: 1",
            "datasources:",
            "  - name: Metrics",
            "    uid: metrics",
            "    type: prometheus",
            `    url: http://prometheus-operated.${ns}.svc.cluster.local:9090`,
            "    isDefault: true",
            "    editable: false",
            "  - name: Logs",
            "    uid: logs",
            "    type: loki",
            `    url: http://loki.${ns}.svc.cluster.local:3100`,
            "    editable: false",
            "",
          ].join("\n"),
          "dashboards.yaml": [
            "apiVersion: 1",
            "providers:",
            "  - name: stackwerk",
            "    type: file",
            "    disableDeletion: true",
            "    allowUiUpdates: false",
            "    options:",
            "      path: /var/lib/grafana-dashboards",
            "",
          ].join("\n"),
        },
      }),
    });
    const env = [
      { name: "GF_SECURITY_ADMIN_USER", value: "admin" },
      { name: "GF_SECURITY_ADMIN_PASSWORD", valueFrom: { secretKeyRef: { name: admin.secretName, key: "password" } } },
      { name: "GF_ANALYTICS_REPORTING_ENABLED", value: "false" },
      { name: "GF_ANALYTICS_CHECK_FOR_UPDATES", value: "false" },
      { name: "GF_USERS_ALLOW_SIGN_UP", value: "false" },
      ...(idp
        ? [
            { name: "GF_AUTH_GENERIC_OAUTH_ENABLED", value: "true" },
            { name: "GF_AUTH_GENERIC_OAUTH_NAME", value: "Single sign-on" },
            { name: "GF_AUTH_GENERIC_OAUTH_CLIENT_ID", value: idp.clientId },
            { name: "GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET", valueFrom: { secretKeyRef: { name: idp.clientSecret.name, key: idp.clientSecret.key } } },
            { name: "GF_AUTH_GENERIC_OAUTH_SCOPES", value: "openid profile email" },
            { name: "GF_AUTH_GENERIC_OAUTH_AUTH_URL", value: idp.endpoints.authorization },
            { name: "GF_AUTH_GENERIC_OAUTH_TOKEN_URL", value: idp.endpoints.token },
            { name: "GF_AUTH_GENERIC_OAUTH_API_URL", value: idp.endpoints.userinfo },
            { name: "GF_AUTH_GENERIC_OAUTH_USE_PKCE", value: "true" },
          ]
        : []),
    ];
    new KubeManifest(this, "service-account", {
      object: { apiVersion: "v1", kind: "ServiceAccount", metadata: { name, namespace: ns, labels }, automountServiceAccountToken: false },
    });
    new KubeManifest(this, "deployment", {
      wait: { rollout: true },
      object: typed<Deployment>({
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name, namespace: ns, labels },
        spec: {
          replicas,
          revisionHistoryLimit: 5,
          selector: { matchLabels: { ...this.selector } },
          strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
          template: {
            metadata: { labels },
            spec: {
              serviceAccountName: name,
              automountServiceAccountToken: false,
              securityContext: podSecurityContext(472),
              containers: [
                {
                  name,
                  image,
                  imagePullPolicy: "IfNotPresent",
                  ports: [{ name: "http", containerPort: 3000, protocol: "TCP" }],
                  env,
                  resources: containerResources(WORKLOAD_SIZING[ctx.size]),
                  securityContext: containerSecurityContext({ readOnlyRootFilesystem: true, runAsUser: 472 }),
                  readinessProbe: { httpGet: { path: "/api/health", port: "http" }, periodSeconds: 10 },
                  livenessProbe: { tcpSocket: { port: "http" }, initialDelaySeconds: 30, periodSeconds: 20, failureThreshold: 6 },
                  volumeMounts: [
                    { name: "data", mountPath: "/var/lib/grafana" },
                    { name: "tmp", mountPath: "/tmp" },
                    { name: "provisioning", mountPath: "/etc/grafana/provisioning/datasources/datasources.yaml", subPath: "datasources.yaml", readOnly: true },
                    { name: "provisioning", mountPath: "/etc/grafana/provisioning/dashboards/dashboards.yaml", subPath: "dashboards.yaml", readOnly: true },
                    { name: "dashboards", mountPath: "/var/lib/grafana-dashboards", readOnly: true },
                  ],
                },
              ],
              volumes: [
                // Everything Grafana keeps is provisioned from code (users come from OIDC): an emptyDir suffices.
                { name: "data", emptyDir: { sizeLimit: "1Gi" } },
                { name: "tmp", emptyDir: { sizeLimit: "256Mi" } },
                { name: "provisioning", configMap: { name: "grafana-provisioning", defaultMode: 0o444 } },
                { name: "dashboards", configMap: { name: "dashboards", defaultMode: 0o444 } },
              ],
            },
          },
        },
      }),
    });
    new KubeManifest(this, "service", {
      object: typed<Service>({
        apiVersion: "v1",
        kind: "Service",
        metadata: { name, namespace: ns, labels },
        spec: { type: "ClusterIP", selector: { ...this.selector }, ports: [{ name: "http", port: 80, targetPort: "http", protocol: "TCP" }] },
      }),
    });
    if (idp) {
      // Back channel to the identity provider (token, userinfo): egress here, admission on its side.
      connect(
        {
          asPeer: () => ({ description: "grafana", podLabels: this.selector, namespaceLabels: ctx.namespace.selectorLabels, ports: [{ port: 3000 }] }),
          allowTo: (peer) =>
            writeNetworkPolicy(this, {
              namespace: ns,
              name: policyName("grafana", "allow-to", peer, ns),
              podLabels: this.selector,
              direction: "Egress",
              peer,
              ports: peer.ports,
            }),
        },
        idp,
      );
    }
  }
}
