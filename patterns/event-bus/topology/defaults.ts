/**
 * What each delivery stage implies for a topology when a property is left out. Production is HA:
 * quorum queues (replicated, Raft) on RabbitMQ, replication 3 with min.insync.replicas 2 on Kafka,
 * so one broker can fail without losing acknowledged messages or blocking producers.
 */
import type { Stage } from "../../../core/profile";
import type { AmqpQueueType } from "../../../core/messaging/topology";

/** Stage defaults of an AMQP topology. */
export interface AmqpStageDefaults {
  /** Queue type when a queue does not name one. */
  readonly queueType: AmqpQueueType;
  /** Whether queues get a dead-letter queue when they do not say. */
  readonly deadLetter: boolean;
}

/** AMQP defaults per stage: quorum queues in production, dead-lettering everywhere. */
export const AMQP_STAGE_DEFAULTS: Readonly<Record<Stage, AmqpStageDefaults>> = {
  test: { queueType: "classic", deadLetter: true },
  acceptance: { queueType: "classic", deadLetter: true },
  training: { queueType: "classic", deadLetter: true },
  production: { queueType: "quorum", deadLetter: true },
};

/** Stage defaults of a Kafka topology. */
export interface KafkaStageDefaults {
  /** Brokers in the cluster when the topology does not say. */
  readonly brokers: number;
  readonly partitions: number;
  readonly replicationFactor: number;
  readonly minInsyncReplicas: number;
  /** Smallest replication factor the stage accepts. */
  readonly minReplicationFactor: number;
}

/** Kafka defaults per stage: one broker outside production, 3 replicas / 2 in sync in production. */
export const KAFKA_STAGE_DEFAULTS: Readonly<Record<Stage, KafkaStageDefaults>> = {
  test: { brokers: 1, partitions: 1, replicationFactor: 1, minInsyncReplicas: 1, minReplicationFactor: 1 },
  acceptance: { brokers: 1, partitions: 1, replicationFactor: 1, minInsyncReplicas: 1, minReplicationFactor: 1 },
  training: { brokers: 1, partitions: 1, replicationFactor: 1, minInsyncReplicas: 1, minReplicationFactor: 1 },
  production: { brokers: 3, partitions: 3, replicationFactor: 3, minInsyncReplicas: 2, minReplicationFactor: 2 },
};

/** Kafka's own default retention (log.retention.hours = 168): seven days, in milliseconds. */
export const KAFKA_DEFAULT_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
