/**
 * Renders a Kafka topology as a plan of plain objects: topics with their Kafka configs, the ACLs
 * per client and the credentials each principal uses. A target renderer turns the plan into
 * `ionoscloud_kafka_cluster_topic` resources (managed IONOS Event Streams) or a Kafka admin Job
 * (in-cluster Kafka); ionosTopicGaps() says what the IONOS resource cannot express.
 */
import type { SecretKeyRef } from "../secret-ref";
import type { KafkaTopologyView } from "./topology";
import { kafkaAcls, type KafkaAcl } from "./permissions";

/** A topic to create, with the topic-level configs Kafka takes (values are strings, as in kafka-configs.sh). */
export interface KafkaTopicPlan {
  readonly name: string;
  readonly partitions: number;
  readonly replicationFactor: number;
  readonly config: {
    readonly "cleanup.policy": string;
    readonly "retention.ms": string;
    readonly "retention.bytes": string;
    readonly "min.insync.replicas": string;
  };
}

/** The principal of a client and the Secret key holding its credential. */
export interface KafkaPrincipalPlan {
  readonly principal: string;
  readonly credentials: SecretKeyRef;
}

/** Everything a Kafka target needs to provision the topology. */
export interface KafkaPlan {
  readonly topics: readonly KafkaTopicPlan[];
  readonly acls: readonly KafkaAcl[];
  readonly principals: readonly KafkaPrincipalPlan[];
  readonly warnings: readonly string[];
}

/** Renders `topology` as a plan. */
export function renderKafkaPlan(topology: KafkaTopologyView): KafkaPlan {
  return {
    topics: topology.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions,
      replicationFactor: t.replicationFactor,
      config: {
        "cleanup.policy": t.cleanupPolicy,
        "retention.ms": String(t.retentionMs),
        "retention.bytes": String(t.retentionBytes),
        "min.insync.replicas": String(t.minInsyncReplicas),
      },
    })),
    acls: kafkaAcls(topology),
    principals: topology.clients().map(({ client }) => ({ principal: `User:${client.name}`, credentials: client.credentials })),
    warnings: topology.warnings,
  };
}

const IONOS_TOPIC_NAME = /^[a-zA-Z0-9]([a-zA-Z0-9._-]{0,61}[a-zA-Z0-9])?$/;

/**
 * What `ionoscloud_kafka_cluster_topic` (terraform-provider-ionoscloud 6.7.34 schema) cannot
 * express for `topic`: its name is at most 63 characters and begins and ends alphanumeric, its
 * partition count must be at least the replication factor, and it sets only `retention_time` and
 * `segment_bytes`. Empty when the managed resource fits; a target fails at synth otherwise.
 */
export function ionosTopicGaps(topic: KafkaTopicPlan): string[] {
  const gaps: string[] = [];
  if (!IONOS_TOPIC_NAME.test(topic.name))
    gaps.push(`name ${JSON.stringify(topic.name)}: IONOS allows at most 63 characters, beginning and ending with a letter or digit`);
  if (topic.partitions < topic.replicationFactor)
    gaps.push(`partitions ${topic.partitions}: IONOS requires at least the replication factor (${topic.replicationFactor})`);
  if (topic.config["cleanup.policy"] !== "delete") gaps.push(`cleanupPolicy ${topic.config["cleanup.policy"]}: IONOS topics only delete old segments`);
  if (topic.config["retention.bytes"] !== "-1") gaps.push(`retention.bytes ${topic.config["retention.bytes"]}: IONOS topics have no size-based retention`);
  return gaps;
}
