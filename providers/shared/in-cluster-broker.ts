/**
 * In-cluster message brokers for targets without a managed offer of the asked protocol: RabbitMQ
 * (on-prem, IONOS AMQP) and Kafka in KRaft mode (on-prem, STACKIT Kafka). Each is a StatefulSet
 * of 1 (3 in production, spread over zones, with a PodDisruptionBudget) behind a headless Service
 * for peer discovery and a client Service. The topology is provisioned by the broker itself, never
 * by clients: RabbitMQ imports a definitions document at boot (an init container fills each
 * user's password hash from the client Secrets), Kafka gets its topics and ACLs from an admin Job.
 * Clients get one credential each, written into their own namespace; the broker admits them by
 * NetworkPolicy. Client traffic is TLS with client certificates (AMQPS on 5671; Kafka SASL_SSL on
 * 9092): cert-manager signs the broker's server certificate and one certificate per client (in
 * the client's namespace, so it carries the CA there too) with the zone's internal ClusterIssuer.
 * Peer traffic (Erlang distribution, the KRaft controller listener) stays plain between the broker
 * pods only (docs/patterns/event-bus.md).
 */
import { createHash } from "node:crypto";
import type { ConfigMap, Container, EnvVar, Service, ServiceAccount, Volume } from "kubernetes-types/core/v1";
import type { StatefulSet } from "kubernetes-types/apps/v1";
import type { PodDisruptionBudget } from "kubernetes-types/policy/v1";
import type { Job } from "kubernetes-types/batch/v1";
import type { Construct } from "constructs";
import { fail } from "../../core/errors";
import { KubeManifest } from "../../constructs/kube/manifest";
import { KubeSecret, SecretKeyRef } from "../../constructs/kube/secret";
import { DEFAULT_INTERNAL_ISSUER, ServiceCertificate } from "../../constructs/kube/cert-manager";
import { typed } from "../../constructs/kube/typed";
import { appSelector, MANAGED_BY } from "../../constructs/kube/labels";
import { NetworkPeer, policyName, writeNetworkPolicy } from "../../constructs/network";
import { containerSecurityContext, podSecurityContext, withRegistryMirror } from "../../constructs/security";
import { WORKLOAD_SIZING, type Size, STAGE_DEFAULTS } from "../../core/profile";
import type { DeploymentContext } from "../../core/context";
import { ensureInput } from "../../core/landing-zone";
import { rendersInfraLayers } from "../../core/layers";
import { brokerClientSecretName, type BrokerClientPlacement, type BrokerConnection, type IMessageBroker } from "../../core/capabilities/message-broker";
import type { MessageBrokerRequest } from "../../core/target";
import { renderRabbitDefinitions } from "../../core/messaging/rabbitmq-definitions";
import { renderKafkaPlan } from "../../core/messaging/kafka-plan";
import type { AmqpTopologyView, KafkaTopologyView } from "../../core/messaging/topology";
import { allowJobEgress, jobPeer, jobPodTemplate } from "./job-pod";
import { boundedName } from "../../core/naming";

/**
 * Upstream images, pinned by digest. Provenance (docs/adr/0051-event-bus-pattern.md): both pins
 * were found verbatim in public repositories that record them as the upstream images' digests
 * (Docker Official Image `rabbitmq:4-management-alpine`, Apache Kafka's `apache/kafka:3.9.0`).
 */
export const BROKER_IMAGES = {
  rabbitmq: "docker.io/library/rabbitmq:4-management-alpine@sha256:96827325bdd90cb6feecd35bd9e37276876359a092570550edc58ce234273c15",
  kafka: "docker.io/apache/kafka:3.9.0@sha256:fbc7d7c428e3755cf36518d4976596002477e4c052d1f80b5b9eafd06d0fff2f",
} as const;

/** What a target passes to the in-cluster brokers. */
export interface InClusterBrokerOptions {
  readonly registryMirror?: string;
  readonly storageClassName?: string;
  /** @default BROKER_IMAGES.rabbitmq */
  readonly rabbitmqImage?: string;
  /** @default BROKER_IMAGES.kafka */
  readonly kafkaImage?: string;
}

/** Broker resources per size: brokers need more memory than the generic workload sizing. */
export const BROKER_SIZING: Readonly<Record<Size, { cpuRequest: string; cpuLimit: string; memory: string; volume: string }>> = {
  S: { cpuRequest: "250m", cpuLimit: "500m", memory: "1Gi", volume: "5Gi" },
  M: { cpuRequest: "500m", cpuLimit: "1", memory: "2Gi", volume: "20Gi" },
  L: { cpuRequest: "1", cpuLimit: "2", memory: "4Gi", volume: "100Gi" },
  XL: { cpuRequest: "2", cpuLimit: "4", memory: "8Gi", volume: "500Gi" },
};

/** CPU cores of a Kubernetes quantity (`500m`, `2`). */
function cores(quantity: string): number {
  return quantity.endsWith("m") ? Number(quantity.slice(0, -1)) / 1000 : Number(quantity);
}

/** GiB of a Kubernetes quantity (`512Mi`, `8Gi`). */
function gibibytes(quantity: string): number {
  return quantity.endsWith("Mi") ? Number(quantity.slice(0, -2)) / 1024 : Number(quantity.replace(/Gi$/, ""));
}

/**
 * Fails at synth when the broker's replicas alone would take more than half of the namespace's
 * CPU or memory quota (they could not all start, or would leave nothing for the clients).
 */
function requireQuotaRoom(ctx: DeploymentContext, replicas: number): void {
  const sizing = BROKER_SIZING[ctx.size];
  const quota = WORKLOAD_SIZING[ctx.size];
  const cpu = replicas * cores(sizing.cpuLimit);
  const memory = replicas * gibibytes(sizing.memory);
  if (cpu > cores(quota.quotaCpu) / 2 || memory > gibibytes(quota.quotaMemory) / 2) {
    fail(
      ctx.scope,
      "size",
      `${ctx.size} is too small for ${replicas} broker replicas (${cpu} CPU, ${memory}Gi limits; namespace quota ${quota.quotaCpu} CPU, ${quota.quotaMemory}, half kept for clients). Allowed: a larger size, or fewer brokers`,
    );
  }
}

/** AMQP over TLS (RabbitMQ's `listeners.ssl`). */
export const AMQPS_PORT = 5671;
/** Where RabbitMQ reads its server certificate (not under the read-only config mount). */
const RABBITMQ_TLS_DIR = "/etc/rabbitmq-tls";
/** Where Kafka reads its server certificate. */
const KAFKA_TLS_DIR = "/etc/kafka-tls";

/** UIDs of the images' own users (rabbitmq's alpine image: 100; apache/kafka: appuser 1000). */
const RABBITMQ_UID = 100;
const KAFKA_UID = 1000;

interface BrokerShape {
  readonly ctx: DeploymentContext;
  /** Object name prefix, e.g. `bus`. */
  readonly name: string;
  readonly replicas: number;
  readonly clientPort: number;
  /** Ports the replicas talk to each other on. */
  readonly peerPorts: readonly number[];
  readonly storageClassName?: string;
}

/** `<name>-<ordinal>.<name>-headless.<ns>.svc.cluster.local` of replica `i`. */
function podHost(shape: BrokerShape, i: number | string): string {
  return `${shape.name}-${i}.${shape.name}-headless.${shape.ctx.namespace.name}.svc.cluster.local`;
}

/** ServiceAccount (no token), headless and client Services, PDB and the peer-to-peer policies of a broker. */
function brokerScaffold(scope: Construct, shape: BrokerShape): { selector: Readonly<Record<string, string>>; labels: Record<string, string> } {
  const ns = shape.ctx.namespace.name;
  const selector = appSelector(ns, shape.name);
  const labels = { ...selector, ...MANAGED_BY };
  requireQuotaRoom(shape.ctx, shape.replicas);
  shape.ctx.namespace.reservePods(shape.ctx.scope, "replicas", shape.replicas, `${shape.ctx.scope.node.path} ${shape.name}`);
  new KubeManifest(scope, "service-account", {
    object: typed<ServiceAccount>({
      apiVersion: "v1",
      kind: "ServiceAccount",
      metadata: { name: shape.name, namespace: ns, labels },
      automountServiceAccountToken: false,
    }),
  });
  new KubeManifest(scope, "service", {
    object: typed<Service>({
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: shape.name, namespace: ns, labels },
      spec: {
        type: "ClusterIP",
        selector: { ...selector },
        ports: [{ name: "client", port: shape.clientPort, targetPort: shape.clientPort, protocol: "TCP" }],
      },
    }),
  });
  new KubeManifest(scope, "headless", {
    object: typed<Service>({
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: `${shape.name}-headless`, namespace: ns, labels },
      spec: {
        clusterIP: "None",
        publishNotReadyAddresses: true,
        selector: { ...selector },
        ports: [shape.clientPort, ...shape.peerPorts].map((port) => ({ name: `tcp-${port}`, port, targetPort: port, protocol: "TCP" })),
      },
    }),
  });
  if (shape.replicas > 1) {
    new KubeManifest(scope, "pdb", {
      object: typed<PodDisruptionBudget>({
        apiVersion: "policy/v1",
        kind: "PodDisruptionBudget",
        metadata: { name: shape.name, namespace: ns, labels },
        // A quorum of the replicas stays up during voluntary disruptions.
        spec: { maxUnavailable: 1, selector: { matchLabels: { ...selector } } },
      }),
    });
  }
  // Replicas reach each other on the cluster ports only (default-deny otherwise).
  const self: NetworkPeer = { description: `${shape.name}-peers`, podLabels: selector, ports: shape.peerPorts.map((port) => ({ port })) };
  const peerPorts = shape.peerPorts.map((port) => ({ port }));
  writeNetworkPolicy(scope, { namespace: ns, name: `${shape.name}-allow-from-peers`, podLabels: selector, direction: "Ingress", peer: self, ports: peerPorts });
  writeNetworkPolicy(scope, { namespace: ns, name: `${shape.name}-allow-to-peers`, podLabels: selector, direction: "Egress", peer: self, ports: peerPorts });
  return { selector, labels };
}

/** The StatefulSet of a broker: restricted pods, data volume, zone spread with several replicas. */
function brokerStatefulSet(
  scope: Construct,
  shape: BrokerShape,
  labels: Record<string, string>,
  pod: {
    readonly runAsUser: number;
    readonly initContainers?: Container[];
    readonly container: Container;
    readonly volumes: Volume[];
    readonly dataPath: string;
    readonly annotations?: Record<string, string>;
  },
): KubeManifest {
  const ns = shape.ctx.namespace.name;
  const selector = appSelector(ns, shape.name);
  const sizing = BROKER_SIZING[shape.ctx.size];
  return new KubeManifest(scope, "statefulset", {
    wait: { rollout: true },
    object: typed<StatefulSet>({
      apiVersion: "apps/v1",
      kind: "StatefulSet",
      metadata: { name: shape.name, namespace: ns, labels },
      spec: {
        serviceName: `${shape.name}-headless`,
        replicas: shape.replicas,
        podManagementPolicy: "Parallel",
        selector: { matchLabels: { ...selector } },
        persistentVolumeClaimRetentionPolicy: { whenDeleted: "Retain", whenScaled: "Retain" },
        template: {
          metadata: { labels, ...(pod.annotations ? { annotations: pod.annotations } : {}) },
          spec: {
            serviceAccountName: shape.name,
            automountServiceAccountToken: false,
            securityContext: podSecurityContext(pod.runAsUser),
            ...(pod.initContainers?.length ? { initContainers: pod.initContainers } : {}),
            containers: [
              {
                ...pod.container,
                resources: {
                  requests: { cpu: sizing.cpuRequest, memory: sizing.memory },
                  limits: { cpu: sizing.cpuLimit, memory: sizing.memory },
                },
                securityContext: containerSecurityContext({ readOnlyRootFilesystem: true, runAsUser: pod.runAsUser }),
                volumeMounts: [{ name: "data", mountPath: pod.dataPath }, ...(pod.container.volumeMounts ?? [])],
              },
            ],
            volumes: pod.volumes,
            ...(shape.replicas > 1
              ? {
                  topologySpreadConstraints: [
                    {
                      maxSkew: 1,
                      topologyKey: "topology.kubernetes.io/zone",
                      whenUnsatisfiable: "DoNotSchedule",
                      labelSelector: { matchLabels: { ...selector } },
                    },
                  ],
                }
              : {}),
          },
        },
        volumeClaimTemplates: [
          {
            metadata: { name: "data" },
            spec: {
              accessModes: ["ReadWriteOnce"],
              ...(shape.storageClassName ? { storageClassName: shape.storageClassName } : {}),
              resources: { requests: { storage: sizing.volume } },
            },
          },
        ],
      },
    }),
  });
}

/** Resources every broker init/admin container gets. */
const SMALL = { requests: { cpu: "50m", memory: "64Mi" }, limits: { cpu: "250m", memory: "256Mi" } };

/** Keys of a client's TLS Secret (written by cert-manager) and the env each reaches the client as, per protocol. */
const TLS_ENV = {
  amqp: { AMQP_CA_PEM: "ca.crt", AMQP_CERTIFICATE_PEM: "tls.crt", AMQP_KEY_PEM: "tls.key" },
  kafka: { KAFKA_SSL_CA_PEM: "ca.crt", KAFKA_SSL_CERTIFICATE_PEM: "tls.crt", KAFKA_SSL_KEY_PEM: "tls.key" },
} as const;

/**
 * The broker's certificates: its server certificate (the client Service and every pod behind the
 * headless Service; also a client certificate, as brokers connect to each other) and, per client,
 * a client certificate in the client's own namespace and layer. cert-manager writes the Secrets.
 */
class BrokerTls {
  /** Secret of the server certificate (`ca.crt`, `tls.crt`, `tls.key`). */
  readonly serverSecret: string;
  private readonly issuer: string;

  constructor(
    private readonly shape: BrokerShape,
    issuer: string | undefined,
  ) {
    const { ctx, name } = shape;
    const ns = ctx.namespace.name;
    this.issuer = issuer ?? DEFAULT_INTERNAL_ISSUER;
    this.serverSecret = new ServiceCertificate(ctx.platform as unknown as Construct, `${name}-tls-certificate`, {
      namespace: ns,
      name: `${name}-tls`,
      issuer: this.issuer,
      commonName: `${name}.${ns}.svc.cluster.local`,
      dnsNames: [name, `${name}.${ns}`, `${name}.${ns}.svc`, `${name}.${ns}.svc.cluster.local`, `*.${name}-headless.${ns}.svc.cluster.local`],
      clientAuth: true,
    }).secretName;
  }

  /** A client certificate (common name = the client's name) in `namespace`, once per construct id. */
  client(scope: Construct, namespace: string, client: string): string {
    const id = `${this.shape.name}-tls-${client}`;
    const existing = scope.node.tryFindChild(id) as ServiceCertificate | undefined;
    if (existing) return existing.secretName;
    return new ServiceCertificate(scope, id, {
      namespace,
      name: boundedName(`${this.shape.name}-${client}-tls`),
      issuer: this.issuer,
      commonName: client,
    }).secretName;
  }

  /** Env of a client: the CA, its certificate and key as Secret references. */
  clientEnv(placement: BrokerClientPlacement, protocol: "amqp" | "kafka"): Record<string, SecretKeyRef> {
    const secret = this.client(placement.platform as unknown as Construct, placement.namespace, placement.name);
    return Object.fromEntries(Object.entries(TLS_ENV[protocol]).map(([env, key]) => [env, { name: secret, key }]));
  }
}

/** The volume of a TLS Secret, readable by the pod's group (fsGroup) only. */
function tlsVolume(secretName: string): Volume {
  return { name: "tls", secret: { secretName, defaultMode: 0o440 } };
}

/**
 * A client's password, once per client: a generated Secret in the broker's namespace when the
 * client runs there too; otherwise an infra-generated password (encrypted state) fed to a Secret in
 * the broker's namespace and one in the client's namespace.
 */
class ClientCredentials {
  private readonly made = new Map<string, { broker: SecretKeyRef; client: SecretKeyRef }>();

  constructor(
    private readonly ctx: DeploymentContext,
    private readonly brokerId: string,
  ) {}

  get(placement: BrokerClientPlacement): { broker: SecretKeyRef; client: SecretKeyRef } {
    const existing = this.made.get(placement.name);
    if (existing) return existing;
    const secretName = brokerClientSecretName(this.brokerId, placement.name);
    const ns = this.ctx.namespace.name;
    let made: { broker: SecretKeyRef; client: SecretKeyRef };
    if (placement.namespace === ns) {
      const secret = new KubeSecret(this.ctx.platform, `${this.brokerId}-client-${placement.name}`, {
        namespace: ns,
        name: secretName,
        values: { password: { kind: "generated", length: 32 } },
      });
      made = { broker: secret.ref("password"), client: secret.ref("password") };
    } else {
      // Another layer: both Secrets are fed by one infra-generated password (the only value two layers can share).
      if (!rendersInfraLayers(this.ctx.scope)) {
        fail(
          this.ctx.scope,
          "client",
          `${placement.name} runs in namespace ${placement.namespace}, outside the broker's namespace ${ns}: its password is generated once for both namespaces in an infra layer, which only the cdktf engine renders. Allowed: clients in namespace ${ns} under the Pulumi engine, or a cdktf App as the root`,
        );
      }
      const output = `${this.brokerId}_client_${placement.name.replace(/-/g, "_")}_password`;
      const value = this.ctx.infra().generatedPassword(this.ctx.infraName(output));
      this.ctx.fromInfra(output, value, { description: `password of event-bus client ${placement.name}`, sensitive: true });
      const input = this.ctx.infraName(output);
      ensureInput(placement.platform, input, { description: `password of event-bus client ${placement.name}`, sensitive: true });
      const brokerSide = new KubeSecret(this.ctx.platform, `${this.brokerId}-client-${placement.name}`, {
        namespace: ns,
        name: secretName,
        values: { password: { kind: "input", input } },
      });
      const clientSide = new KubeSecret(placement.platform as unknown as Construct, `${this.brokerId}-credentials-${placement.name}`, {
        namespace: placement.namespace,
        name: secretName,
        values: { password: { kind: "input", input } },
      });
      made = { broker: brokerSide.ref("password"), client: clientSide.ref("password") };
    }
    this.made.set(placement.name, made);
    return made;
  }
}

/** Fails unless `name` was granted something in the topology (a credential without rights is useless). */
function requireGranted(ctx: DeploymentContext, topology: AmqpTopologyView | KafkaTopologyView, name: string): void {
  if (!topology.clients().some((c) => c.client.name === name)) {
    fail(ctx.scope, "client", `${JSON.stringify(name)} has no grant. Allowed: a client granted publish or consume first`);
  }
}

/**
 * The shell function computing RabbitMQ's `rabbit_password_hashing_sha256` hash:
 * base64(salt ‖ SHA-256(salt ‖ password)), 4-byte random salt (busybox od/base64 and openssl of
 * the official image). Tested against `rabbitPasswordHash` in test/event-bus/broker-scripts.test.ts.
 */
export const RABBIT_HASH_FUNCTION = [
  "rabbit_hash() {",
  "  salt=$(od -An -N4 -to1 /dev/urandom | tr -s ' ' '\\\\')",
  '  { printf "$salt"; { printf "$salt"; printf \'%s\' "$1"; } | openssl dgst -sha256 -binary; } | base64 | tr -d \'\\n\'',
  "}",
].join("\n");

/** The init script that fills the definitions' password-hash placeholders from `CLIENT_<i>_PASSWORD`. */
export function rabbitDefinitionsScript(placeholders: readonly string[], source: string, target: string): string {
  const lines = ["set -eu", "umask 077", RABBIT_HASH_FUNCTION, `cp ${source} ${target}`];
  placeholders.forEach((placeholder, i) => {
    lines.push(`h=$(rabbit_hash "$CLIENT_${i}_PASSWORD")`, `sed -i "s#${placeholder}#$h#" ${target}`);
  });
  lines.push(`if grep -q '@@stackwerk-password-hash:' ${target}; then echo 'unfilled password hash placeholder' >&2; exit 1; fi`);
  lines.push('printf \'%s\' "$ERLANG_COOKIE" > "$HOME/.erlang.cookie"', 'chmod 600 "$HOME/.erlang.cookie"');
  return lines.join("\n");
}

/** In-cluster RabbitMQ with the topology imported at boot. */
export function inClusterRabbitmq(
  ctx: DeploymentContext,
  request: MessageBrokerRequest & { protocol: "amqp" },
  options: InClusterBrokerOptions,
): IMessageBroker {
  const id = request.id ?? "bus";
  const topology = request.topology;
  const scope = ctx.platform as unknown as Construct;
  const ns = ctx.namespace.name;
  const replicas = STAGE_DEFAULTS[ctx.stage].highAvailability ? 3 : 1;
  const shape: BrokerShape = { ctx, name: id, replicas, clientPort: AMQPS_PORT, peerPorts: [4369, 25672], storageClassName: options.storageClassName };
  const { labels } = brokerScaffold(scope, shape);
  const tls = new BrokerTls(shape, request.tlsIssuer);
  const cookie = new KubeSecret(ctx.platform, `${id}-erlang-cookie`, {
    namespace: ns,
    name: `${id}-erlang-cookie`,
    values: { cookie: { kind: "generated", length: 48 } },
  });
  const nodes = Array.from({ length: replicas }, (_, i) => `cluster_formation.classic_config.nodes.${i + 1} = rabbit@${podHost(shape, i)}`);
  const config: Record<string, string> = {
    "rabbitmq.conf": [
      // AMQP over TLS only; clients must present a certificate of the zone's internal CA (and their password).
      "listeners.tcp = none",
      `listeners.ssl.default = ${AMQPS_PORT}`,
      `ssl_options.cacertfile = ${RABBITMQ_TLS_DIR}/ca.crt`,
      `ssl_options.certfile = ${RABBITMQ_TLS_DIR}/tls.crt`,
      `ssl_options.keyfile = ${RABBITMQ_TLS_DIR}/tls.key`,
      "ssl_options.verify = verify_peer",
      "ssl_options.fail_if_no_peer_cert = true",
      "ssl_options.versions.1 = tlsv1.3",
      "ssl_options.versions.2 = tlsv1.2",
      "load_definitions = /definitions/definitions.json",
      "definitions.skip_if_unchanged = true",
      `default_queue_type = ${STAGE_DEFAULTS[ctx.stage].highAvailability ? "quorum" : "classic"}`,
      "cluster_formation.peer_discovery_backend = classic_config",
      ...nodes,
      "queue_leader_locator = balanced",
      "log.console = true",
      "log.file = false",
      "",
    ].join("\n"),
    // No management UI, no HTTP API: nothing but AMQP is served.
    enabled_plugins: "[].\n",
  };
  new KubeManifest(scope, "config", {
    object: typed<ConfigMap>({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: `${id}-config`, namespace: ns, labels }, data: config }),
  });
  const credentials = new ClientCredentials(ctx, id);
  const image = withRegistryMirror(options.rabbitmqImage ?? BROKER_IMAGES.rabbitmq, options.registryMirror);
  const nodeEnv: EnvVar[] = [
    { name: "POD_NAME", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } },
    { name: "RABBITMQ_USE_LONGNAME", value: "true" },
    { name: "RABBITMQ_NODENAME", value: `rabbit@$(POD_NAME).${id}-headless.${ns}.svc.cluster.local` },
    { name: "RABBITMQ_CONFIG_FILE", value: "/etc/rabbitmq/rabbitmq.conf" },
    { name: "RABBITMQ_ENABLED_PLUGINS_FILE", value: "/etc/rabbitmq/enabled_plugins" },
    { name: "HOME", value: "/var/lib/rabbitmq" },
  ];
  const init: Container = {
    name: "definitions",
    image,
    imagePullPolicy: "IfNotPresent",
    command: ["sh", "-c", ""],
    env: [],
    resources: SMALL,
    securityContext: containerSecurityContext({ readOnlyRootFilesystem: true, runAsUser: RABBITMQ_UID }),
    volumeMounts: [
      { name: "data", mountPath: "/var/lib/rabbitmq" },
      { name: "template", mountPath: "/template", readOnly: true },
      { name: "definitions", mountPath: "/definitions" },
    ],
  };
  const template = new KubeManifest(scope, "definitions-template", {
    object: typed<ConfigMap>({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: `${id}-definitions`, namespace: ns, labels }, data: {} }),
  });
  const annotations: Record<string, string> = {};
  brokerStatefulSet(scope, shape, labels, {
    runAsUser: RABBITMQ_UID,
    dataPath: "/var/lib/rabbitmq",
    annotations,
    initContainers: [init],
    container: {
      name: "rabbitmq",
      image,
      imagePullPolicy: "IfNotPresent",
      ports: [
        { name: "amqps", containerPort: AMQPS_PORT, protocol: "TCP" },
        { name: "epmd", containerPort: 4369, protocol: "TCP" },
        { name: "dist", containerPort: 25672, protocol: "TCP" },
      ],
      env: nodeEnv,
      readinessProbe: { tcpSocket: { port: AMQPS_PORT }, initialDelaySeconds: 10, periodSeconds: 10 },
      livenessProbe: {
        exec: { command: ["rabbitmq-diagnostics", "-q", "ping"] },
        initialDelaySeconds: 60,
        periodSeconds: 30,
        timeoutSeconds: 20,
        failureThreshold: 6,
      },
      volumeMounts: [
        { name: "config", mountPath: "/etc/rabbitmq", readOnly: true },
        { name: "definitions", mountPath: "/definitions", readOnly: true },
        { name: "tmp", mountPath: "/tmp" },
        { name: "tls", mountPath: RABBITMQ_TLS_DIR, readOnly: true },
      ],
    },
    volumes: [
      { name: "config", configMap: { name: `${id}-config`, defaultMode: 0o444 } },
      tlsVolume(tls.serverSecret),
      { name: "template", configMap: { name: `${id}-definitions`, defaultMode: 0o444 } },
      { name: "definitions", emptyDir: { medium: "Memory", sizeLimit: "16Mi" } },
      { name: "tmp", emptyDir: { sizeLimit: "256Mi" } },
    ],
  });

  /** Re-renders the definitions, the init script and the restart checksum from the topology's current grants. */
  const render = (): void => {
    const rendered = renderRabbitDefinitions(topology);
    const json = JSON.stringify(rendered.definitions, null, 2);
    (template.object as unknown as { data: Record<string, string> }).data = { "definitions.json": json };
    init.command = [
      "sh",
      "-c",
      rabbitDefinitionsScript(
        rendered.passwordHashes.map((s) => s.placeholder),
        "/template/definitions.json",
        "/definitions/definitions.json",
      ),
    ];
    init.env = [
      { name: "HOME", value: "/var/lib/rabbitmq" },
      { name: "ERLANG_COOKIE", valueFrom: { secretKeyRef: { name: cookie.secretName, key: "cookie" } } },
      ...rendered.passwordHashes.map((slot, i) => ({
        name: `CLIENT_${i}_PASSWORD`,
        valueFrom: { secretKeyRef: { name: slot.credentials.name, key: slot.credentials.key } },
      })),
    ];
    // Pods restart (one at a time) when the topology or the users change.
    annotations["stackwerk.dev/definitions-sha256"] = createHash("sha256").update(json).digest("hex");
  };
  render();

  const host = `${id}.${ns}.svc.cluster.local`;
  const peer: NetworkPeer = {
    description: `${ctx.instanceName}-${id}`,
    podLabels: appSelector(ns, id),
    namespaceLabels: ctx.namespace.selectorLabels,
    ports: [{ port: AMQPS_PORT }],
  };
  const vhost = encodeURIComponent(topology.vhost);
  return {
    implementation: "in-cluster",
    protocol: "amqp",
    detail: `in-cluster RabbitMQ StatefulSet (${replicas} replica${replicas > 1 ? "s" : ""})`,
    peer,
    admit: (client) =>
      writeNetworkPolicy(scope, {
        namespace: ns,
        name: policyName(id, "allow-from", client, ns),
        podLabels: appSelector(ns, id),
        direction: "Ingress",
        peer: client,
        ports: [{ port: AMQPS_PORT }],
      }),
    client(placement: BrokerClientPlacement): BrokerConnection {
      requireGranted(ctx, topology, placement.name);
      const creds = credentials.get(placement);
      render();
      return {
        env: {
          AMQP_HOST: host,
          AMQP_PORT: String(AMQPS_PORT),
          AMQP_VHOST: topology.vhost,
          AMQP_USERNAME: placement.name,
          // Kubernetes expands $(AMQP_PASSWORD) from the variable above it; the URL never appears in synth output.
          AMQP_URL: `amqps://${placement.name}:$(AMQP_PASSWORD)@${host}:${AMQPS_PORT}/${vhost}`,
        },
        secretEnv: { AMQP_PASSWORD: creds.client, ...tls.clientEnv(placement, "amqp") },
        secretName: creds.client.name,
      };
    },
  };
}

/** A stable KRaft cluster id (22 characters of URL-safe base64) for the broker in `namespace`. */
export function kraftClusterId(namespace: string, id: string): string {
  return createHash("sha256").update(`${namespace}/${id}`).digest("base64url").slice(0, 22);
}

/** Shell-quotes `value` for a POSIX shell. */
function shq(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The admin Job's script: topics (created if missing) and LITERAL ALLOW ACLs from the plan. */
export function kafkaAdminScript(topology: KafkaTopologyView): string {
  const plan = renderKafkaPlan(topology);
  const bin = "/opt/kafka/bin";
  const common = '--bootstrap-server "$BOOTSTRAP" --command-config /work/admin.properties';
  const lines = [
    "set -eu",
    "umask 077",
    // Kafka's PEM key store is one file: the PKCS#8 key, then the certificate chain.
    `cat ${KAFKA_TLS_DIR}/tls.key ${KAFKA_TLS_DIR}/tls.crt > /work/keystore.pem`,
    "cat > /work/admin.properties <<EOF",
    "security.protocol=SASL_SSL",
    "ssl.truststore.type=PEM",
    `ssl.truststore.location=${KAFKA_TLS_DIR}/ca.crt`,
    "ssl.keystore.type=PEM",
    "ssl.keystore.location=/work/keystore.pem",
    "sasl.mechanism=PLAIN",
    'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="$ADMIN_PASSWORD";',
    "EOF",
  ];
  for (const t of plan.topics) {
    const configs = Object.entries(t.config)
      .map(([k, v]) => `--config ${shq(`${k}=${v}`)}`)
      .join(" ");
    lines.push(
      `${bin}/kafka-topics.sh ${common} --create --if-not-exists --topic ${shq(t.name)} --partitions ${t.partitions} --replication-factor ${t.replicationFactor} ${configs}`,
    );
    lines.push(
      `${bin}/kafka-configs.sh ${common} --alter --entity-type topics --entity-name ${shq(t.name)} --add-config ${shq(
        Object.entries(t.config)
          .map(([k, v]) => `${k}=[${v}]`)
          .join(","),
      )}`,
    );
  }
  for (const a of plan.acls) {
    const resource = a.resourceType === "TOPIC" ? `--topic ${shq(a.resourceName)}` : `--group ${shq(a.resourceName)}`;
    lines.push(
      `${bin}/kafka-acls.sh ${common} --add --allow-principal ${shq(a.principal)} --operation ${a.operation} ${resource} --resource-pattern-type literal`,
    );
  }
  return lines.join("\n");
}

/** In-cluster Kafka in KRaft mode (combined controller+broker nodes), SASL/PLAIN per client, ACLs by an admin Job. */
export function inClusterKafka(ctx: DeploymentContext, request: MessageBrokerRequest & { protocol: "kafka" }, options: InClusterBrokerOptions): IMessageBroker {
  const id = request.id ?? "bus";
  const topology = request.topology;
  const scope = ctx.platform as unknown as Construct;
  const ns = ctx.namespace.name;
  const replicas = topology.brokers;
  const shape: BrokerShape = { ctx, name: id, replicas, clientPort: 9092, peerPorts: [9093], storageClassName: options.storageClassName };
  const { labels } = brokerScaffold(scope, shape);
  const tls = new BrokerTls(shape, request.tlsIssuer);
  const adminTls = tls.client(scope, ns, "admin");
  const admin = new KubeSecret(ctx.platform, `${id}-admin`, { namespace: ns, name: `${id}-admin`, values: { password: { kind: "generated", length: 32 } } });
  const credentials = new ClientCredentials(ctx, id);
  const image = withRegistryMirror(options.kafkaImage ?? BROKER_IMAGES.kafka, options.registryMirror);
  const voters = Array.from({ length: replicas }, (_, i) => `${i}@${podHost(shape, i)}:9093`).join(",");
  const rf = Math.min(3, replicas);
  const env: EnvVar[] = [];
  const container: Container = {
    name: "kafka",
    image,
    imagePullPolicy: "IfNotPresent",
    // Node id from the pod ordinal; advertised at the pod's stable DNS name.
    command: [
      "sh",
      "-c",
      // The key store is one PEM file (key, then chain) in the pod's tmp volume. The listener is named
      // CLIENT, not SASL_SSL: the image's configure script would otherwise demand JKS key store files.
      `umask 077; mkdir -p /tmp/tls; cat ${KAFKA_TLS_DIR}/tls.key ${KAFKA_TLS_DIR}/tls.crt > /tmp/tls/keystore.pem; export KAFKA_NODE_ID="\${HOSTNAME##*-}"; export KAFKA_ADVERTISED_LISTENERS="CLIENT://\${HOSTNAME}.${id}-headless.${ns}.svc.cluster.local:9092"; exec /etc/kafka/docker/run`,
    ],
    ports: [
      { name: "client", containerPort: 9092, protocol: "TCP" },
      { name: "controller", containerPort: 9093, protocol: "TCP" },
    ],
    env,
    readinessProbe: { tcpSocket: { port: 9092 }, initialDelaySeconds: 15, periodSeconds: 10 },
    livenessProbe: { tcpSocket: { port: 9093 }, initialDelaySeconds: 60, periodSeconds: 20, failureThreshold: 6 },
    volumeMounts: [
      { name: "config", mountPath: "/opt/kafka/config" },
      { name: "tmp", mountPath: "/tmp" },
      { name: "logs", mountPath: "/opt/kafka/logs" },
      { name: "tls", mountPath: KAFKA_TLS_DIR, readOnly: true },
    ],
  };
  brokerStatefulSet(scope, shape, labels, {
    runAsUser: KAFKA_UID,
    dataPath: "/var/lib/kafka/data",
    container,
    volumes: [
      { name: "config", emptyDir: { sizeLimit: "16Mi" } },
      { name: "tmp", emptyDir: { sizeLimit: "256Mi" } },
      { name: "logs", emptyDir: { sizeLimit: "256Mi" } },
      tlsVolume(tls.serverSecret),
    ],
  });
  const jobName = `${id}-admin`;
  const adminJob: Container[] = [];
  new KubeManifest(scope, "admin-job", {
    serverSetFields: ["spec.template.metadata.labels", "spec.selector", "spec.manualSelector"],
    object: typed<Job>({
      apiVersion: "batch/v1",
      kind: "Job",
      metadata: { name: jobName, namespace: ns, labels: { ...appSelector(ns, jobName), ...MANAGED_BY } },
      spec: { backoffLimit: 20, template: jobPodTemplate(ctx.namespace, jobName, [{ name: "admin", image, script: "", env: {} }]) },
    }),
  });
  ctx.namespace.reservePods(ctx.scope, "topics", 1, jobName);
  const jobPeerOf = jobPeer(ctx.namespace, jobName);
  const brokerPeer: NetworkPeer = {
    description: `${ctx.instanceName}-${id}`,
    podLabels: appSelector(ns, id),
    namespaceLabels: ctx.namespace.selectorLabels,
    ports: [{ port: 9092 }],
  };
  allowJobEgress(scope, ctx.namespace, jobName, [brokerPeer]);
  const admit = (client: NetworkPeer) =>
    writeNetworkPolicy(scope, {
      namespace: ns,
      name: policyName(id, "allow-from", client, ns),
      podLabels: appSelector(ns, id),
      direction: "Ingress",
      peer: client,
      ports: [{ port: 9092 }],
    });
  admit(jobPeerOf);
  const job = scope.node.findChild("admin-job") as KubeManifest;
  const jobPod = (job.object as unknown as Job).spec!.template.spec!;
  adminJob.push(...(jobPod.containers as Container[]));
  // The admin client's certificate (a client of the CLIENT listener like any other).
  jobPod.volumes = [...(jobPod.volumes ?? []), tlsVolume(adminTls)];
  adminJob[0].volumeMounts = [...(adminJob[0].volumeMounts ?? []), { name: "tls", mountPath: KAFKA_TLS_DIR, readOnly: true }];
  const bootstrap = `${id}.${ns}.svc.cluster.local:9092`;

  const render = (): void => {
    const clients = topology.clients();
    const users = [`user_admin="\${env:KAFKA_ADMIN_PASSWORD}"`, ...clients.map((c, i) => `user_${c.client.name}="\${env:KAFKA_CLIENT_${i}_PASSWORD}"`)];
    const jaas = `org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="\${env:KAFKA_ADMIN_PASSWORD}" ${users.join(" ")};`;
    const settings: Record<string, string> = {
      CLUSTER_ID: kraftClusterId(ns, id),
      KAFKA_PROCESS_ROLES: "broker,controller",
      KAFKA_CONTROLLER_QUORUM_VOTERS: voters,
      KAFKA_LISTENERS: "CLIENT://:9092,CONTROLLER://:9093",
      KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: "CONTROLLER:PLAINTEXT,CLIENT:SASL_SSL",
      KAFKA_CONTROLLER_LISTENER_NAMES: "CONTROLLER",
      KAFKA_INTER_BROKER_LISTENER_NAME: "CLIENT",
      KAFKA_SASL_ENABLED_MECHANISMS: "PLAIN",
      KAFKA_SASL_MECHANISM_INTER_BROKER_PROTOCOL: "PLAIN",
      KAFKA_LISTENER_NAME_CLIENT_PLAIN_SASL_JAAS_CONFIG: jaas,
      // TLS with client certificates of the zone's internal CA (PEM, PKCS#8 key; hostnames verified).
      KAFKA_SSL_KEYSTORE_TYPE: "PEM",
      KAFKA_SSL_KEYSTORE_LOCATION: "/tmp/tls/keystore.pem",
      KAFKA_SSL_TRUSTSTORE_TYPE: "PEM",
      KAFKA_SSL_TRUSTSTORE_LOCATION: `${KAFKA_TLS_DIR}/ca.crt`,
      KAFKA_SSL_CLIENT_AUTH: "required",
      KAFKA_CONFIG_PROVIDERS: "env",
      KAFKA_CONFIG_PROVIDERS_ENV_CLASS: "org.apache.kafka.common.config.provider.EnvVarConfigProvider",
      KAFKA_AUTHORIZER_CLASS_NAME: "org.apache.kafka.metadata.authorizer.StandardAuthorizer",
      // The controller listener is PLAINTEXT (principal ANONYMOUS) and admitted only from the broker pods.
      KAFKA_SUPER_USERS: "User:admin;User:ANONYMOUS",
      KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND: "false",
      KAFKA_AUTO_CREATE_TOPICS_ENABLE: "false",
      KAFKA_LOG_DIRS: "/var/lib/kafka/data/logs",
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: String(rf),
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: String(rf),
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: String(Math.max(1, rf - 1)),
      KAFKA_HEAP_OPTS: "-Xms256m -Xmx512m",
      LOG_DIR: "/opt/kafka/logs",
    };
    env.splice(
      0,
      env.length,
      ...Object.entries(settings).map(([name, value]) => ({ name, value })),
      { name: "KAFKA_ADMIN_PASSWORD", valueFrom: { secretKeyRef: { name: admin.secretName, key: "password" } } },
      ...clients.map((c, i) => ({
        name: `KAFKA_CLIENT_${i}_PASSWORD`,
        valueFrom: { secretKeyRef: { name: c.client.credentials.name, key: c.client.credentials.key } },
      })),
    );
    const step = adminJob[0];
    step.command = ["sh", "-c", kafkaAdminScript(topology)];
    step.env = [
      { name: "HOME", value: "/work" },
      { name: "LOG_DIR", value: "/work/logs" },
      { name: "BOOTSTRAP", value: bootstrap },
      { name: "ADMIN_PASSWORD", valueFrom: { secretKeyRef: { name: admin.secretName, key: "password" } } },
    ];
  };
  render();

  return {
    implementation: "in-cluster",
    protocol: "kafka",
    detail: `in-cluster Kafka (KRaft) StatefulSet (${replicas} node${replicas > 1 ? "s" : ""})`,
    peer: brokerPeer,
    admit,
    client(placement: BrokerClientPlacement): BrokerConnection {
      requireGranted(ctx, topology, placement.name);
      const creds = credentials.get(placement);
      render();
      return {
        env: {
          KAFKA_BOOTSTRAP_SERVERS: bootstrap,
          KAFKA_SECURITY_PROTOCOL: "SASL_SSL",
          KAFKA_SASL_MECHANISM: "PLAIN",
          KAFKA_SASL_USERNAME: placement.name,
        },
        secretEnv: { KAFKA_SASL_PASSWORD: creds.client, ...tls.clientEnv(placement, "kafka") },
        secretName: creds.client.name,
      };
    },
  };
}

/** The in-cluster broker for the request's protocol. */
export function inClusterBroker(ctx: DeploymentContext, request: MessageBrokerRequest, options: InClusterBrokerOptions): IMessageBroker {
  return request.protocol === "amqp" ? inClusterRabbitmq(ctx, request, options) : inClusterKafka(ctx, request, options);
}
