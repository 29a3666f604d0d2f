/**
 * The monitoring pattern's log shipper: a DaemonSet (Grafana Alloy) tailing the zone's pods' logs
 * through the Kubernetes API and pushing them to the logs store (and relaying remote write where
 * the metrics store wants a key header), its configuration (`alloyConfig`) and its policies.
 */
import type { EnvVar, Service, ServiceAccount } from "kubernetes-types/core/v1";
import type { DaemonSet } from "kubernetes-types/apps/v1";
import { KubeManifest } from "../../constructs/kube/manifest";
import { typed } from "../../constructs/kube/typed";
import { appSelector, MANAGED_BY } from "../../constructs/kube/labels";
import { writeNetworkPolicy } from "../../constructs/network";
import { containerSecurityContext, podSecurityContext, withRegistryMirror } from "../../constructs/security";
import type { Pattern } from "../../constructs/pattern";
import type { PushAuth, PushEndpoint } from "../../core/capabilities/observability";
import { MONITORING_IMAGES } from "./images";
import { KUBERNETES_API_PORTS, writePinnedEgress } from "./egress";
import { PROMETHEUS_POD_LABELS, RELAY_PORT } from "./labels";

/** The log shipper: a DaemonSet (Grafana Alloy) tailing member pods' logs through the API, pushing to Loki. */
export function writeLogShipper(pattern: Pattern, logs: PushEndpoint, relay?: PushEndpoint): void {
  const ns = pattern.namespace.name;
  const name = "log-shipper";
  const selector = appSelector(ns, name);
  const labels = { ...selector, ...MANAGED_BY };
  // One pod per node; three are booked against the namespace quota (more nodes need a larger size).
  pattern.namespace.reservePods(pattern, "logShipper", 3, "log-shipper DaemonSet");
  new KubeManifest(pattern.platformStack, "log-shipper-service-account", {
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
  new KubeManifest(pattern.platformStack, "log-shipper", {
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
                image: withRegistryMirror(MONITORING_IMAGES.alloy, pattern.target.registryMirror),
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
  new KubeManifest(pattern.platformStack, "log-shipper-service", {
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
  writePinnedEgress(pattern.platformStack, {
    namespace: ns,
    name: "log-shipper-allow-to-kubernetes-api",
    podLabels: selector,
    cidrs: pattern.landingZone.clusterAccess.apiServerCidrs,
    ports: KUBERNETES_API_PORTS,
    pinWith: "the target's apiServerCidrs",
  });
  writeNetworkPolicy(pattern.platformStack, {
    namespace: ns,
    name: "log-shipper-allow-to-logs-store",
    podLabels: selector,
    direction: "Egress",
    peer: logs.peer,
    ports: logs.peer.ports,
  });
  if (relay) {
    writeNetworkPolicy(pattern.platformStack, {
      namespace: ns,
      name: "log-shipper-allow-to-metrics-store",
      podLabels: selector,
      direction: "Egress",
      peer: relay.peer,
      ports: relay.peer.ports,
    });
    const shipper = { description: "log-shipper", podLabels: selector, ports: [{ port: RELAY_PORT }] };
    writeNetworkPolicy(pattern.platformStack, {
      namespace: ns,
      name: "prometheus-allow-to-relay",
      podLabels: PROMETHEUS_POD_LABELS,
      direction: "Egress",
      peer: shipper,
      ports: [{ port: RELAY_PORT }],
    });
    writeNetworkPolicy(pattern.platformStack, {
      namespace: ns,
      name: "log-shipper-relay-allow-from-prometheus",
      podLabels: selector,
      direction: "Ingress",
      peer: { description: "prometheus", podLabels: PROMETHEUS_POD_LABELS, ports: [] },
      ports: [{ port: RELAY_PORT }],
    });
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
