/**
 * The messageBroker capability's view of a validated topology: what a target reads to provision
 * a broker (exchanges, queues, bindings, topics, per-client grants). The event-bus pattern's
 * model (patterns/event-bus/topology) validates user input and implements these views; targets
 * and the renderers beside this file read only the views, so core names no pattern.
 */
import type { Stage } from "../profile";
import type { SecretKeyRef } from "../secret-ref";

/** Exchange types of RabbitMQ's AMQP 0-9-1 model. */
export const EXCHANGE_TYPES = ["direct", "topic", "fanout", "headers"] as const;
/** An exchange type. */
export type ExchangeType = (typeof EXCHANGE_TYPES)[number];
/** How per-queue settings (dead-lettering, TTL, max length) reach the broker. */
export const AMQP_SETTINGS_VIA = ["policy", "arguments"] as const;
/** `policy` (changeable later without redeclaring the queue) or `arguments` (fixed at declaration). */
export type AmqpSettingsVia = (typeof AMQP_SETTINGS_VIA)[number];
/** RabbitMQ queue types Stackwerk declares (streams are not part of the model). */
export const AMQP_QUEUE_TYPES = ["quorum", "classic"] as const;
/** A RabbitMQ queue type. */
export type AmqpQueueType = (typeof AMQP_QUEUE_TYPES)[number];

/** A validated exchange. */
export interface AmqpExchange {
  readonly name: string;
  readonly type: ExchangeType;
  readonly internal: boolean;
}

/** A validated queue (user-defined or a dead-letter queue). */
export interface AmqpQueue {
  readonly name: string;
  readonly type: AmqpQueueType;
  readonly messageTtlMs?: number;
  readonly maxLength?: number;
  /** Where its dead letters go: exchange and routing key. */
  readonly deadLetterTo?: { readonly exchange: string; readonly routingKey: string };
  /** The queue this one collects dead letters for. */
  readonly deadLetterFor?: string;
}

/** A validated binding. */
export interface AmqpBinding {
  readonly exchange: string;
  readonly queue: string;
  readonly routingKey: string;
  readonly arguments: Readonly<Record<string, string>>;
}

/** Rights an AMQP client can be granted. */
export type AmqpRight = "publish" | "consume";

/** Kafka's `cleanup.policy` values (a list of `delete` and/or `compact`). */
export const CLEANUP_POLICIES = ["delete", "compact", "compact,delete"] as const;
/** A cleanup policy. */
export type CleanupPolicy = (typeof CLEANUP_POLICIES)[number];
/** A validated topic with every setting resolved. */
export interface KafkaTopic {
  readonly name: string;
  readonly partitions: number;
  readonly replicationFactor: number;
  readonly minInsyncReplicas: number;
  readonly retentionMs: number;
  readonly retentionBytes: number;
  readonly cleanupPolicy: CleanupPolicy;
}

/** Rights a Kafka client can be granted; consume also covers its consumer group. */
export type KafkaRight = "produce" | "consume" | "group";

/** A workload that talks to the bus. */
export interface BusClient {
  /** Client name: the RabbitMQ user name, the Kafka principal `User:<name>`. An RFC 1123 label, e.g. `billing`. */
  readonly name: string;
  /**
   * The Secret key that holds the client's credential (its password on RabbitMQ, its client
   * certificate or password on Kafka). Referenced, never copied: the value stays in the cluster.
   */
  readonly credentials: SecretKeyRef;
}

/** What one client was granted, by right (`publish`, `consume`, ...) and resource name. */
export interface ClientGrants<R extends string> {
  readonly client: BusClient;
  readonly rights: Readonly<Record<R, ReadonlySet<string>>>;
}

/** A validated AMQP topology as a broker provisions it. */
export interface AmqpTopologyView {
  /** Label used in error messages, e.g. `EventBusStack orders`. */
  readonly scope: string;
  readonly stage: Stage;
  readonly vhost: string;
  readonly settingsVia: AmqpSettingsVia;
  /** The dead-letter exchange, when any queue dead-letters. */
  readonly deadLetterExchange?: string;
  readonly exchanges: readonly AmqpExchange[];
  /** User queues followed by their dead-letter queues. */
  readonly queues: readonly AmqpQueue[];
  /** User bindings followed by the dead-letter bindings. */
  readonly bindings: readonly AmqpBinding[];
  /** Every client's grants, in grant order. */
  clients(): ClientGrants<AmqpRight>[];
}

/** A validated Kafka topology as a broker provisions it. */
export interface KafkaTopologyView {
  /** Label used in error messages, e.g. `EventBusStack orders`. */
  readonly scope: string;
  readonly stage: Stage;
  readonly brokers: number;
  readonly topics: readonly KafkaTopic[];
  /** Advice that does not stop synth (e.g. a name mixing `.` and `_`). */
  readonly warnings: readonly string[];
  /** Every client's grants, in grant order. */
  clients(): ClientGrants<KafkaRight>[];
}
