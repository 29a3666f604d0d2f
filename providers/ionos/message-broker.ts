/**
 * IONOS messageBroker: Kafka on IONOS Event Streams (`ionoscloud_kafka_cluster` in the landing
 * zone's datacenter LAN, the same private LAN the node pools join, broker addresses taken from the
 * LAN's assigned range; one `ionoscloud_kafka_cluster_topic` per topic, refusing what the resource
 * cannot express); AMQP in the cluster (IONOS has no managed RabbitMQ).
 *
 * Client certificates: IONOS issues them per Kafka user through the ephemeral
 * `ionoscloud_kafka_user_credentials`, which OpenTofu never writes to state or plan. An ephemeral
 * value can only reach a write-only attribute in the *same* stack, so the client's platform layer
 * opens the ephemeral resource itself (its own ionoscloud provider, credentials from the
 * environment) with the cluster id and the user id from infra outputs, and writes CA, certificate
 * and private key into the client's TLS Secret through `data_wo`. Provider 6.7.34 cannot create
 * Kafka users: the cluster's first user (data source `ionoscloud_kafka_users`, read in the infra
 * layer after the cluster exists) is the one every client gets (docs/patterns/event-bus.md).
 */
import type { Construct } from "constructs";
import { fail } from "../../core/errors";
import { KubeSecret, type EphemeralProvider, type EphemeralSource } from "../../constructs/kube/secret";
import { inputToken, type DeploymentContext, type ZoneContext } from "../../core/context";
import type { InfraLayer } from "../../core/layers";
import { ensureInput } from "../../core/landing-zone";
import type { BrokerClientPlacement, BrokerConnection, IMessageBroker, MessageBrokerRequest } from "../../core/target";
import { inClusterBroker, InClusterBrokerOptions } from "../shared/in-cluster-broker";
import { managedPeer } from "../shared/managed";
import { ionosTopicGaps, renderKafkaPlan } from "../../core/messaging/kafka-plan";
import type { Datacenter } from "./generated/datacenter";
import type { Lan } from "./generated/lan";
import { KafkaCluster } from "./generated/kafka-cluster";
import { KafkaClusterTopic } from "./generated/kafka-cluster-topic";
import { DataIonoscloudKafkaUsers } from "./generated/data-ionoscloud-kafka-users";
import { EphemeralKafkaUserCredentials } from "./generated/ephemeral";
import { boundedName } from "../../core/naming";

/** Kafka version IONOS Event Streams offers (provider 6.7.34 schema: "Supported versions: 3.9.0"). */
export const IONOS_KAFKA_VERSION = "3.9.0";
/** Brokers of an IONOS Event Streams cluster (one address each in the LAN). */
export const IONOS_KAFKA_BROKERS = 3;
/** Host number of the first Kafka broker in the private LAN's range (PostgreSQL clusters start at 100). */
export const IONOS_KAFKA_FIRST_HOST = 120;
/** Port clients reach IONOS Kafka brokers on (TLS, client certificates). */
export const IONOS_KAFKA_PORT = 9093;

/** The ionoscloud provider as a platform layer requires it to open the ephemeral credentials (the version the bindings were generated from). */
export const IONOS_PROVIDER: EphemeralProvider = { name: "ionoscloud", source: "ionos-cloud/ionoscloud", version: "6.7.34" };

/** Keys of a client's TLS Secret and the attributes of `ionoscloud_kafka_user_credentials` they are written from. */
export const IONOS_KAFKA_TLS_KEYS = { "ca.crt": "certificate_authority", "tls.crt": "certificate", "tls.key": "private_key" } as const;

/** The landing zone's network, as providers/ionos/index.ts memoizes it per zone. */
export interface IonosZoneNetwork {
  readonly stack: InfraLayer;
  readonly datacenter: Datacenter;
  readonly lan: Lan;
}

/** `stackwerk list` line of the IONOS broker. */
export const IONOS_BROKER_DETAIL = "IONOS Event Streams for Apache Kafka (kafka, managed); RabbitMQ in the cluster (amqp: StatefulSet)";

/** Kafka clusters per landing zone (each takes the next block of host numbers). */
const CLUSTERS_PER_ZONE = new WeakMap<ZoneContext, number>();

/** The IONOS broker for the request's protocol. */
export function ionosMessageBroker(
  ctx: DeploymentContext,
  request: MessageBrokerRequest,
  network: IonosZoneNetwork,
  options: { readonly location: string; readonly inCluster: InClusterBrokerOptions },
): IMessageBroker {
  if (request.protocol === "amqp") return inClusterBroker(ctx, request, options.inCluster);
  const id = request.id ?? "bus";
  const topology = request.topology;
  if (topology.brokers !== IONOS_KAFKA_BROKERS && topology.brokers !== 1) {
    fail(ctx.scope, "brokers", `${topology.brokers} is not what IONOS Event Streams runs. Allowed: ${IONOS_KAFKA_BROKERS} (or leave it unset)`);
  }
  const plan = renderKafkaPlan(topology);
  plan.topics.forEach((t, i) => {
    const gaps = ionosTopicGaps(t);
    if (gaps.length)
      fail(
        ctx.scope,
        `topics[${i}]`,
        `cannot be created on IONOS Event Streams: ${gaps.join("; ")}. Allowed: a topic within these limits, or protocol "kafka" on another target`,
      );
  });
  const index = CLUSTERS_PER_ZONE.get(ctx.zone) ?? 0;
  CLUSTERS_PER_ZONE.set(ctx.zone, index + 1);
  const fn = network.stack.functions;
  const prefix = fn.element(fn.split("/", network.lan.ipv4CidrBlock), 1);
  const hosts = Array.from({ length: IONOS_KAFKA_BROKERS }, (_, i) =>
    fn.cidrhost(network.lan.ipv4CidrBlock, IONOS_KAFKA_FIRST_HOST + index * IONOS_KAFKA_BROKERS + i),
  );
  const scope = ctx.infra();
  const cluster = new KafkaCluster(scope, id, {
    name: `${ctx.instanceName}-${ctx.stage}${id === "bus" ? "" : `-${id}`}`.slice(0, 63),
    version: IONOS_KAFKA_VERSION,
    size: ctx.size === "S" ? "XS" : "S",
    location: options.location,
    connections: { datacenterId: network.datacenter.id, lanId: network.lan.id, brokerAddresses: hosts.map((h) => fn.format("%s/%s", [h, prefix])) },
    lifecycle: { preventDestroy: ctx.preventDestroy },
  });
  plan.topics.forEach((t) => {
    new KafkaClusterTopic(scope, `${id}-topic-${t.name.replace(/[^a-zA-Z0-9-]/g, "-")}`, {
      clusterId: cluster.id,
      location: options.location,
      name: t.name,
      numberOfPartitions: t.partitions,
      replicationFactor: t.replicationFactor,
      retentionTime: Number(t.config["retention.ms"]),
      lifecycle: { preventDestroy: ctx.preventDestroy },
    });
  });
  const bootstrap = ctx.fromInfra(
    `${id}_bootstrap`,
    fn.join(
      ",",
      hosts.map((h) => fn.format(`%s:${IONOS_KAFKA_PORT}`, [h])),
    ),
    {
      description: "bootstrap servers of the IONOS Kafka cluster",
    },
  );
  // The Kafka user whose certificate clients get, and the cluster: non-secret infra outputs the clients' layers read.
  const users = new DataIonoscloudKafkaUsers(scope, `${id}-users`, { clusterId: cluster.id, location: options.location });
  ctx.fromInfra(`${id}_cluster_id`, cluster.id, { description: "id of the IONOS Kafka cluster (opens the clients' certificates)" });
  ctx.fromInfra(`${id}_user_id`, users.users.get(0).id, { description: "id of the IONOS Kafka user whose certificate the clients get" });
  const cidr = ctx.fromInfra(`${id}_cidr`, fn.format("%s/%s", [fn.cidrhost(network.lan.ipv4CidrBlock, 0), prefix]), {
    description: "private LAN range of the IONOS Kafka brokers (egress NetworkPolicy)",
  });
  return {
    implementation: "managed",
    protocol: "kafka",
    detail: "IONOS Event Streams for Apache Kafka",
    peer: managedPeer(`${ctx.instanceName}-${id}`, IONOS_KAFKA_PORT, cidr),
    admit: () => undefined, // the brokers listen only in the private LAN
    client(placement: BrokerClientPlacement): BrokerConnection {
      if (!topology.clients().some((c) => c.client.name === placement.name)) {
        fail(ctx.scope, "client", `${JSON.stringify(placement.name)} has no grant. Allowed: a client granted publish or consume first`);
      }
      const secretName = boundedName(`${id}-${placement.name}-kafka-tls`);
      clientCertificate(ctx, id, placement, secretName, options.location);
      return {
        env: { KAFKA_BOOTSTRAP_SERVERS: bootstrap, KAFKA_SECURITY_PROTOCOL: "SSL" },
        secretEnv: {
          KAFKA_SSL_CA_PEM: { name: secretName, key: "ca.crt" },
          KAFKA_SSL_CERTIFICATE_PEM: { name: secretName, key: "tls.crt" },
          KAFKA_SSL_KEY_PEM: { name: secretName, key: "tls.key" },
        },
        secretName,
      };
    },
  };
}

/**
 * The client's TLS Secret in its own layer: CA, certificate and private key read at deploy time
 * from the ephemeral `ionoscloud_kafka_user_credentials` (opened in that layer, never in state or
 * plan) and written through the write-only Secret data. Once per client and layer.
 */
function clientCertificate(ctx: DeploymentContext, id: string, placement: BrokerClientPlacement, secretName: string, location: string): void {
  const layer = placement.platform as unknown as Construct;
  const constructId = `${id}-tls-${placement.name}`;
  if (layer.node.tryFindChild(constructId)) return;
  const [clusterInput, userInput] = [`${id}_cluster_id`, `${id}_user_id`].map((name) => ctx.infraName(name));
  ensureInput(placement.platform, clusterInput, { description: "id of the IONOS Kafka cluster (opens the client's certificate)" });
  ensureInput(placement.platform, userInput, { description: "id of the IONOS Kafka user whose certificate the client gets" });
  const source: EphemeralSource = {
    provider: IONOS_PROVIDER,
    type: EphemeralKafkaUserCredentials.tfResourceType,
    name: ctx.infraName(`${id}_${placement.name.replace(/-/g, "_")}_credentials`),
    config: { cluster_id: inputToken(clusterInput), id: inputToken(userInput), location },
  };
  new KubeSecret(layer, constructId, {
    namespace: placement.namespace,
    name: secretName,
    values: Object.fromEntries(Object.entries(IONOS_KAFKA_TLS_KEYS).map(([key, attribute]) => [key, { kind: "ephemeral" as const, source, attribute }])),
  });
}
