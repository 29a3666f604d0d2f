/**
 * The messageBroker capability: an AMQP (RabbitMQ) or Kafka broker provisioned with a typed
 * topology, and one least-privileged credential per client. A target implements it managed
 * (STACKIT RabbitMQ, IONOS Event Streams for Kafka) or in the cluster; a target that cannot
 * offer a protocol says so in `capabilities()` and the pattern fails at synth naming what it
 * offers. Clients may run in other namespaces (another pattern's workload): the broker writes
 * their credentials into the client's own namespace and platform layer.
 */
import type { SecretKeyRef } from "../secret-ref";
import type { AmqpTopologyView, KafkaTopologyView } from "../messaging/topology";
import type { PlatformLayer } from "../layers";
import type { CapabilityRequest, IConnectable } from "./connectable";
import { boundedName } from "../naming";

/** Wire protocols a broker speaks; clients of one are not clients of the other. */
export const BROKER_PROTOCOLS = ["amqp", "kafka"] as const;
/** `amqp` (RabbitMQ, AMQP 0-9-1) or `kafka`. */
export type BrokerProtocol = (typeof BROKER_PROTOCOLS)[number];

/** What a pattern asks for: a protocol and its validated topology (grants are read when clients are added). */
export type MessageBrokerRequest = CapabilityRequest & {
  /**
   * cert-manager ClusterIssuer (CA or Vault) that signs an in-cluster broker's server certificate
   * and its clients' certificates. @default "stackwerk-internal-ca"
   */
  readonly tlsIssuer?: string;
} & (
    | { readonly protocol: "amqp"; /** exchanges, queues, bindings, grants */ readonly topology: AmqpTopologyView }
    | { readonly protocol: "kafka"; /** topics and grants */ readonly topology: KafkaTopologyView }
  );

/** Where a client runs: its name in the topology, its namespace and the layer its objects belong to. */
export interface BrokerClientPlacement {
  /** Client name as granted in the topology (RabbitMQ user, Kafka principal `User:<name>`). */
  readonly name: string;
  /** Namespace the client's pods run in (its credentials Secret is written there). */
  readonly namespace: string;
  /** Platform layer holding the client's objects. */
  readonly platform: PlatformLayer;
}

/** How one client connects: plain env, env from its credentials Secret, and that Secret's name. */
export interface BrokerConnection {
  /** Non-secret settings, e.g. `KAFKA_BOOTSTRAP_SERVERS`, `AMQP_HOST`. */
  readonly env: Readonly<Record<string, string>>;
  /** Secret settings as references, e.g. `AMQP_URL`, `KAFKA_SASL_PASSWORD`. */
  readonly secretEnv: Readonly<Record<string, SecretKeyRef>>;
  /** The credentials Secret in the client's namespace (one per client). */
  readonly secretName: string;
}

/** A message broker as its clients see it. */
export interface IMessageBroker extends IConnectable {
  readonly protocol: BrokerProtocol;
  /** The concrete service, e.g. `STACKIT RabbitMQ` or `in-cluster RabbitMQ StatefulSet`. */
  readonly detail: string;
  /**
   * The connection of one client, creating its credential on first call (later calls return the
   * same connection and re-read the topology's grants, so grants may be added in any order).
   */
  client(placement: BrokerClientPlacement): BrokerConnection;
}

/** The Secret (in the broker's namespace) a client's password lives in when the broker needs it there. */
export function brokerClientSecretName(brokerId: string, client: string): string {
  return boundedName(`${brokerId}-client-${client}`);
}
