/**
 * Kafka topology model: stage defaults (3 replicas / 2 in sync in production) and bad input refused
 * with the path, the property and what is allowed: Kafka's topic-name rules (legal characters,
 * 249 characters, "." and "..", the . / _ metric collision), partitions 0, replication above the
 * broker count, unknown cleanup policies, retention "forever", unknown properties.
 */
import { KafkaTopology } from "../../patterns/event-bus/topology";
import { StackwerkValidationError } from "../../core/errors";
import { billing, ordersKafka, ordersKafkaProps, shop, Untyped } from "./fixtures";

function build(overrides: Untyped): KafkaTopology {
  return new KafkaTopology("EventBusStack orders", ordersKafkaProps(overrides));
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(StackwerkValidationError);
    return (e as Error).message;
  }
  throw new Error("expected a validation error");
}

test("production topics default to 3 partitions, 3 replicas, 2 in sync, seven days, delete", () => {
  expect(ordersKafka().topics[0]).toEqual({
    name: "orders.created",
    partitions: 3,
    replicationFactor: 3,
    minInsyncReplicas: 2,
    retentionMs: 604_800_000,
    retentionBytes: -1,
    cleanupPolicy: "delete",
  });
  const test = build({ stage: "test", brokers: undefined });
  expect(test.brokers).toBe(1);
  expect(test.topics[0]).toMatchObject({ partitions: 1, replicationFactor: 1, minInsyncReplicas: 1 });
});

test.each([
  ["a name with a slash", { topics: [{ name: "orders/created" }] }, "topics[0].name", "Allowed: 1 to 249 characters from a-z A-Z 0-9 . _ -"],
  ["a name with a space", { topics: [{ name: "orders created" }] }, "topics[0].name", "is not a valid topic name"],
  ["a name of 250 characters", { topics: [{ name: "o".repeat(250) }] }, "topics[0].name", "is 250 characters long"],
  ['the name "."', { topics: [{ name: "." }] }, "topics[0].name", 'not "." or ".."'],
  ['the name ".."', { topics: [{ name: ".." }] }, "topics[0].name", 'not "." or ".."'],
  ["an internal-topic prefix", { topics: [{ name: "__consumer_offsets" }] }, "topics[0].name", "starts with __"],
  ["names colliding on . versus _", { topics: [{ name: "orders.created" }, { name: "orders_created" }] }, "topics[1].name", 'collides with "orders.created"'],
  ["a duplicate name", { topics: [{ name: "orders" }, { name: "orders" }] }, "topics[1].name", "already defined at topics[0].name"],
  ["partitions 0", { topics: [{ name: "orders", partitions: 0 }] }, "topics[0].partitions", "0 is not allowed. Allowed: an integer from 1 to 10000"],
  ["fractional partitions", { topics: [{ name: "orders", partitions: 1.5 }] }, "topics[0].partitions", "Allowed: an integer from 1"],
  [
    "replication above the broker count",
    { topics: [{ name: "orders", replicationFactor: 5 }] },
    "topics[0].replicationFactor",
    "5 is more than the cluster's 3 broker(s). Allowed: an integer from 2 to 3",
  ],
  [
    "replication 1 in production",
    { topics: [{ name: "orders", replicationFactor: 1 }] },
    "topics[0].replicationFactor",
    "1 is not allowed in stage production. Allowed: an integer from 2 to 3",
  ],
  [
    "min.insync.replicas above the replication factor",
    { topics: [{ name: "orders", replicationFactor: 2, minInsyncReplicas: 3 }] },
    "topics[0].minInsyncReplicas",
    "Allowed: an integer from 1 to 2",
  ],
  [
    "an unknown cleanup policy",
    { topics: [{ name: "orders", cleanupPolicy: "archive" }] },
    "topics[0].cleanupPolicy",
    '"archive" is not allowed. Allowed: delete, compact, compact,delete',
  ],
  [
    'retention "forever"',
    { topics: [{ name: "orders", retention: { ms: "forever" } }] },
    "topics[0].retention.ms",
    '"forever" is not allowed. Allowed: a positive integer number of milliseconds, or -1 for no limit',
  ],
  [
    "retention 0 bytes",
    { topics: [{ name: "orders", retention: { bytes: 0 } }] },
    "topics[0].retention.bytes",
    "Allowed: a positive integer number of bytes, or -1",
  ],
  ["retention given as a number", { topics: [{ name: "orders", retention: 86_400_000 }] }, "topics[0].retention", "Allowed: { ms, bytes }"],
  ["an unknown retention property", { topics: [{ name: "orders", retention: { hours: 24 } }] }, "topics[0].retention.hours", "Allowed: ms, bytes"],
  ["an unknown topic property", { topics: [{ name: "orders", replication: 3 }] }, "topics[0].replication", "did you mean topics[0].replicationFactor?"],
  ["an unknown topology property", { broker: 3 }, "broker", "did you mean brokers?"],
  ["zero brokers", { brokers: 0 }, "brokers", "Allowed: an integer from 1 to 1000"],
])("refuses %s", (_, overrides, property, message) => {
  const text = errorOf(() => build(overrides));
  expect(text).toContain(`[EventBusStack orders] ${property}: `);
  expect(text).toContain(message);
});

test("a 249-character name is accepted; names mixing . and _ pass with a warning", () => {
  expect(build({ topics: [{ name: "o".repeat(249) }] }).topics[0].name).toHaveLength(249);
  const mixed = build({ topics: [{ name: "orders.created_v2" }, { name: "orders-paid" }] });
  expect(mixed.warnings).toEqual(['topics[0].name: "orders.created_v2" mixes . and _; Kafka metric names cannot tell them apart, so pick one separator']);
});

test("retention -1 means no limit, as in Kafka", () => {
  expect(ordersKafka().topics[1]).toMatchObject({ retentionMs: -1, cleanupPolicy: "compact" });
});

test("grants refuse unknown topics and invalid consumer groups", () => {
  expect(errorOf(() => build({}).grantPublish(shop, { topics: ["orders"] }))).toBe(
    '[EventBusStack orders] grantPublish.topics[0]: "orders" is not a topic of this topology. Allowed: orders.created, orders.snapshots',
  );
  expect(errorOf(() => build({}).grantConsume(billing, { topics: ["orders.created"], group: "billing group" }))).toContain("grantConsume.group");
  expect(errorOf(() => build({}).grantConsume(billing, { topics: ["orders.created"], groupId: "x" } as Untyped))).toContain(
    "grantConsume.groupId: is not a known property",
  );
});
