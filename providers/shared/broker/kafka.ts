/**
 * In-cluster Kafka in KRaft mode (on-prem, STACKIT Kafka): a StatefulSet of combined
 * controller+broker nodes, SASL_SSL per client on 9092, topics and ACLs from an admin Job. Split
 * from providers/shared/in-cluster-broker.ts (issue 22) without changes.
 */
import { createHash } from "node:crypto";
import type { Container, EnvVar } from "kubernetes-types/core/v1";
import type { Job } from "kubernetes-types/batch/v1";
import type { Construct } from "constructs";
import { KubeManifest } from "../../../constructs/kube/manifest";
import { KubeSecret } from "../../../constructs/kube/secret";
import { typed } from "../../../constructs/kube/typed";
import { appSelector, MANAGED_BY } from "../../../constructs/kube/labels";
import { NetworkPeer, policyName, writeNetworkPolicy } from "../../../constructs/network";
import type { DeploymentContext } from "../../../core/context";
import type { BrokerClientPlacement, BrokerConnection, IMessageBroker } from "../../../core/capabilities/message-broker";
import type { MessageBrokerRequest } from "../../../core/target";
import { renderKafkaPlan } from "../../../core/messaging/kafka-plan";
import type { KafkaTopologyView } from "../../../core/messaging/topology";
import { allowJobEgress, jobPeer, jobPodTemplate } from "../job-pod";
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

/** Where Kafka reads its server certificate. */
const KAFKA_TLS_DIR = "/etc/kafka-tls";
/**
 * Prefix of the environment variables carrying the broker's SASL passwords. Not `KAFKA_`: the
 * apache/kafka image writes every `KAFKA_*` variable into /opt/kafka/config/server.properties
 * (KafkaDockerWrapper setup), which put the passwords in plain text into that file (found running
 * the image's code on the real node, issue 27). The JAAS config reads them with `${env:...}`.
 */
export const KAFKA_SECRET_ENV_PREFIX = "BROKER_";

/** UID of the apache/kafka image's own user (appuser). */
const KAFKA_UID = 1000;

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
  const image = imagesOf(options).ref("kafka", options.kafkaImage);
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
    const adminEnv = `${KAFKA_SECRET_ENV_PREFIX}ADMIN_PASSWORD`;
    const clientPasswordEnv = (i: number) => `${KAFKA_SECRET_ENV_PREFIX}CLIENT_${i}_PASSWORD`;
    const users = [`user_admin="\${env:${adminEnv}}"`, ...clients.map((c, i) => `user_${c.client.name}="\${env:${clientPasswordEnv(i)}}"`)];
    const jaas = `org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="\${env:${adminEnv}}" ${users.join(" ")};`;
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
      // Listener-prefixed: Kafka applies the broker-wide ssl.client.auth to SSL listeners only, never to
      // SASL_SSL ones (it warns and accepts clients without a certificate; seen on the real node, issue 27).
      KAFKA_LISTENER_NAME_CLIENT_SSL_CLIENT_AUTH: "required",
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
      { name: adminEnv, valueFrom: { secretKeyRef: { name: admin.secretName, key: "password" } } },
      ...clients.map((c, i) => ({
        name: clientPasswordEnv(i),
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
