/**
 * Typed Kafka topology: topics with partitions, replication factor, retention (time and size),
 * cleanup policy and min.insync.replicas, validated against Kafka's topic rules (names.ts,
 * https://kafka.apache.org/documentation/#topicconfigs) and the cluster's broker count. Clients
 * are granted produce/consume rights on named topics; permissions.ts turns those into ACLs.
 */
import { fail, propNames, requireIntegerInRange, requireKnownProps, requireOneOf } from "../../../core/errors";
import { stageOf, type Stage } from "../../../core/profile";
import {
  CLEANUP_POLICIES,
  type BusClient,
  type CleanupPolicy,
  type KafkaRight,
  type KafkaTopic,
  type KafkaTopologyView,
} from "../../../core/messaging/topology";
import { GrantBook, requireClient, requireKnownNames } from "./clients";
import { KAFKA_DEFAULT_RETENTION_MS, KAFKA_STAGE_DEFAULTS } from "./defaults";
import { kafkaCollisionKey, mixesKafkaSeparators, requireKafkaTopicName, requireUnique } from "./names";
import { optionalList } from "./validate";

/** Stackwerk's cap on partitions per topic (a sanity bound; Kafka's practical limit is per broker). */
export const KAFKA_MAX_PARTITIONS = 10_000;

/** Retention of a topic; `-1` means no limit, as in Kafka. */
export interface KafkaRetention {
  /** `retention.ms`. @default 604800000 (seven days, Kafka's default) */
  readonly ms?: number;
  /** `retention.bytes` per partition. @default -1 (no size limit) */
  readonly bytes?: number;
}

/** A topic. */
export interface KafkaTopicProps {
  /** Topic name ([a-zA-Z0-9._-], at most 249 characters). */
  readonly name: string;
  /** Partitions. @default 3 in production, 1 otherwise */
  readonly partitions?: number;
  /** Copies of each partition, at most the number of brokers. @default 3 in production, 1 otherwise */
  readonly replicationFactor?: number;
  /** Replicas that must acknowledge an `acks=all` write. @default 2 in production, 1 otherwise (never above replicationFactor) */
  readonly minInsyncReplicas?: number;
  /** Retention limits. @default seven days, no size limit */
  readonly retention?: KafkaRetention;
  /** `cleanup.policy`. @default "delete" */
  readonly cleanupPolicy?: CleanupPolicy;
}

/** A Kafka topology. */
export interface KafkaTopologyProps {
  /** Stage the defaults come from. @default "test" */
  readonly stage?: Stage;
  /** Brokers in the cluster (bounds the replication factor). @default 3 in production, 1 otherwise */
  readonly brokers?: number;
  /** Topics. @default none */
  readonly topics?: readonly KafkaTopicProps[];
}

const TOPOLOGY_PROPS = propNames<KafkaTopologyProps>()(["stage", "brokers", "topics"]);
const TOPIC_PROPS = propNames<KafkaTopicProps>()(["name", "partitions", "replicationFactor", "minInsyncReplicas", "retention", "cleanupPolicy"]);
const RETENTION_PROPS = propNames<KafkaRetention>()(["ms", "bytes"]);
const GROUP_ID = /^[a-zA-Z0-9._-]{1,249}$/;

/** `-1` (no limit) or a positive integer, as Kafka's retention settings take. */
function requireRetention(scope: string, property: string, value: unknown, unit: string): number {
  if (value === -1 || (typeof value === "number" && Number.isSafeInteger(value) && value > 0)) return value;
  return fail(scope, property, `${JSON.stringify(value)} is not allowed. Allowed: a positive integer number of ${unit}, or -1 for no limit`);
}

/** A validated Kafka topology with per-client grants. */
export class KafkaTopology implements KafkaTopologyView {
  readonly stage: Stage;
  readonly brokers: number;
  readonly topics: readonly KafkaTopic[];
  /** Advice that does not stop synth (e.g. a name mixing `.` and `_`). */
  readonly warnings: readonly string[];
  private readonly grants: GrantBook<KafkaRight>;

  /**
   * @param scope label used in error messages, e.g. `EventBusStack orders`
   * @param pattern the stage of the pattern that builds the topology, already resolved (checked once per tree)
   */
  constructor(
    readonly scope: string,
    props: KafkaTopologyProps,
    pattern?: { readonly stage: Stage },
  ) {
    requireKnownProps(scope, props, TOPOLOGY_PROPS);
    this.grants = new GrantBook<KafkaRight>(scope, ["produce", "consume", "group"]);
    this.stage = stageOf(scope, props.stage, pattern?.stage);
    const defaults = KAFKA_STAGE_DEFAULTS[this.stage];
    this.brokers = requireIntegerInRange(scope, "brokers", props.brokers ?? defaults.brokers, 1, 1000);
    const warnings: string[] = [];
    const names = new Map<string, string>();
    const collisions = new Map<string, string>();
    this.topics = optionalList(scope, "topics", props.topics).map((t, i): KafkaTopic => {
      const at = `topics[${i}]`;
      requireKnownProps(scope, t, TOPIC_PROPS, `${at}.`);
      const name = requireKafkaTopicName(scope, `${at}.name`, t.name);
      requireUnique(scope, `${at}.name`, name, names, "topic");
      const key = kafkaCollisionKey(name);
      const other = collisions.get(key);
      if (other !== undefined) {
        fail(
          scope,
          `${at}.name`,
          `${JSON.stringify(name)} collides with ${JSON.stringify(other)}: Kafka treats . and _ alike in metric names and refuses the second topic. Allowed: names that differ in more than . versus _`,
        );
      }
      collisions.set(key, name);
      if (mixesKafkaSeparators(name))
        warnings.push(`${at}.name: ${JSON.stringify(name)} mixes . and _; Kafka metric names cannot tell them apart, so pick one separator`);

      const replicationFactor = t.replicationFactor ?? Math.min(defaults.replicationFactor, this.brokers);
      if (typeof replicationFactor === "number" && replicationFactor > this.brokers) {
        fail(
          scope,
          `${at}.replicationFactor`,
          `${replicationFactor} is more than the cluster's ${this.brokers} broker(s). Allowed: an integer from ${defaults.minReplicationFactor} to ${this.brokers}, or more brokers`,
        );
      }
      requireIntegerInRange(scope, `${at}.replicationFactor`, replicationFactor, 1, this.brokers);
      if (replicationFactor < defaults.minReplicationFactor) {
        fail(
          scope,
          `${at}.replicationFactor`,
          `${replicationFactor} is not allowed in stage ${this.stage}. Allowed: an integer from ${defaults.minReplicationFactor} to ${this.brokers} (production data survives a broker loss)`,
        );
      }
      const minInsyncReplicas = requireIntegerInRange(
        scope,
        `${at}.minInsyncReplicas`,
        t.minInsyncReplicas ?? Math.min(defaults.minInsyncReplicas, replicationFactor),
        1,
        replicationFactor,
      );
      if (t.retention !== undefined && (typeof t.retention !== "object" || t.retention === null)) {
        fail(scope, `${at}.retention`, `${JSON.stringify(t.retention)} is not allowed. Allowed: { ms, bytes } with positive integers or -1 for no limit`);
      }
      requireKnownProps(scope, t.retention, RETENTION_PROPS, `${at}.retention.`);
      return {
        name,
        partitions: requireIntegerInRange(scope, `${at}.partitions`, t.partitions ?? defaults.partitions, 1, KAFKA_MAX_PARTITIONS),
        replicationFactor,
        minInsyncReplicas,
        retentionMs: requireRetention(scope, `${at}.retention.ms`, t.retention?.ms ?? KAFKA_DEFAULT_RETENTION_MS, "milliseconds"),
        retentionBytes: requireRetention(scope, `${at}.retention.bytes`, t.retention?.bytes ?? -1, "bytes"),
        cleanupPolicy: requireOneOf(scope, `${at}.cleanupPolicy`, t.cleanupPolicy ?? "delete", CLEANUP_POLICIES),
      };
    });
    this.warnings = warnings;
  }

  /** Lets `client` produce to exactly these topics. */
  grantPublish(client: BusClient, grant: { readonly topics: readonly string[] }): this {
    const c = requireClient(this.scope, "grantPublish.client", client);
    requireKnownProps(this.scope, grant, ["topics"], "grantPublish.");
    this.grants.add(c, "grantPublish.client", "produce", requireKnownNames(this.scope, "grantPublish.topics", grant?.topics, this.topicNames(), "topic"));
    return this;
  }

  /**
   * Lets `client` consume exactly these topics as a member of one consumer group.
   * `grant.group` is the consumer group id (default: the client name); Stackwerk restricts it to
   * the topic-name alphabet so it reads the same in ACLs, metrics and logs.
   */
  grantConsume(client: BusClient, grant: { readonly topics: readonly string[]; readonly group?: string }): this {
    const c = requireClient(this.scope, "grantConsume.client", client);
    requireKnownProps(this.scope, grant, ["topics", "group"], "grantConsume.");
    const topics = requireKnownNames(this.scope, "grantConsume.topics", grant?.topics, this.topicNames(), "topic");
    const group = grant.group ?? c.name;
    if (typeof group !== "string" || !GROUP_ID.test(group)) {
      fail(this.scope, "grantConsume.group", `${JSON.stringify(group)} is not a valid consumer group id. Allowed: 1 to 249 characters from a-z A-Z 0-9 . _ -`);
    }
    this.grants.add(c, "grantConsume.client", "consume", topics);
    this.grants.add(c, "grantConsume.client", "group", [group]);
    return this;
  }

  /** Every client's grants, in grant order. */
  clients() {
    return this.grants.all();
  }

  private topicNames(): string[] {
    return this.topics.map((t) => t.name);
  }
}
