/**
 * In-cluster RabbitMQ (on-prem, IONOS AMQP): a StatefulSet that imports the topology as a
 * definitions document at boot (an init container fills each user's password hash from the
 * client Secrets), AMQPS with client certificates on 5671. Split from
 * providers/shared/in-cluster-broker.ts (issue 22) without changes.
 */
import { createHash } from "node:crypto";
import type { ConfigMap, Container, EnvVar } from "kubernetes-types/core/v1";
import type { Construct } from "constructs";
import { KubeManifest } from "../../../constructs/kube/manifest";
import { KubeSecret } from "../../../constructs/kube/secret";
import { typed } from "../../../constructs/kube/typed";
import { appSelector } from "../../../constructs/kube/labels";
import { NetworkPeer, policyName, writeNetworkPolicy } from "../../../constructs/network";
import { containerSecurityContext } from "../../../constructs/security";
import { STAGE_DEFAULTS } from "../../../core/profile";
import type { DeploymentContext } from "../../../core/context";
import type { BrokerClientPlacement, BrokerConnection, IMessageBroker } from "../../../core/capabilities/message-broker";
import type { MessageBrokerRequest } from "../../../core/target";
import { renderRabbitDefinitions } from "../../../core/messaging/rabbitmq-definitions";
import {
  BrokerShape,
  brokerScaffold,
  brokerStatefulSet,
  BrokerTls,
  ClientCredentials,
  InClusterBrokerOptions,
  podHost,
  requireGranted,
  tlsVolume,
} from "./common";
import { imagesOf } from "../../../core/images/map";

/** AMQP over TLS (RabbitMQ's `listeners.ssl`). */
export const AMQPS_PORT = 5671;
/** Where RabbitMQ reads its server certificate (not under the read-only config mount). */
const RABBITMQ_TLS_DIR = "/etc/rabbitmq-tls";
/** The definitions document the init container writes and RabbitMQ imports at boot. */
export const DEFINITIONS_FILE = "/definitions/definitions.json";
/** UID of the rabbitmq alpine image's own user. */
const RABBITMQ_UID = 100;

/** Resources every broker init/admin container gets. */
const SMALL = { requests: { cpu: "50m", memory: "64Mi" }, limits: { cpu: "250m", memory: "256Mi" } };

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
      // definitions.skip_if_unchanged sets the `definitions` source, which needs its backend: with the
      // classic `load_definitions` key instead, RabbitMQ refuses to boot ("definition import source is
      // configured but definitions.import_backend is not set"; found by the runtime run, issue 27).
      "definitions.import_backend = local_filesystem",
      `definitions.local.path = ${DEFINITIONS_FILE}`,
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
  const image = imagesOf(options).ref("rabbitmq", options.rabbitmqImage);
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
        DEFINITIONS_FILE,
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
