/**
 * RabbitMQ definitions and the Kafka plan: the definitions document has the shape
 * `rabbitmqctl import_definitions` reads (vhost, users, permissions, exchanges, durable queues,
 * bindings, policies), users carry a Secret-named placeholder instead of a password or hash,
 * and queue settings land in policies or queue arguments as chosen.
 */
import { ionosTopicGaps, passwordHashPlaceholder, renderKafkaPlan, renderRabbitDefinitions } from "../../patterns/event-bus/topology";
import { ordersAmqp, ordersKafka } from "./fixtures";

test("definitions declare the vhost, durable exchanges and quorum queues, bindings and one policy per dead-lettering queue", () => {
  const { definitions } = renderRabbitDefinitions(ordersAmqp());
  expect(definitions.vhosts).toEqual([{ name: "orders" }]);
  expect(definitions.exchanges).toEqual([
    { name: "orders", vhost: "orders", type: "topic", durable: true, auto_delete: false, internal: false, arguments: {} },
    { name: "dead-letter", vhost: "orders", type: "direct", durable: true, auto_delete: false, internal: false, arguments: {} },
  ]);
  expect(definitions.queues.map((q) => [q.name, q.durable, q.auto_delete, q.arguments])).toEqual([
    ["billing.orders", true, false, { "x-queue-type": "quorum" }],
    ["shipping.orders", true, false, { "x-queue-type": "quorum" }],
    ["billing.orders.dlq", true, false, { "x-queue-type": "quorum" }],
    ["shipping.orders.dlq", true, false, { "x-queue-type": "quorum" }],
  ]);
  expect(definitions.bindings).toContainEqual({
    source: "orders",
    vhost: "orders",
    destination: "billing.orders",
    destination_type: "queue",
    routing_key: "order.*",
    arguments: {},
  });
  expect(definitions.bindings).toContainEqual({
    source: "dead-letter",
    vhost: "orders",
    destination: "shipping.orders.dlq",
    destination_type: "queue",
    routing_key: "shipping.orders",
    arguments: {},
  });
  expect(definitions.policies).toEqual([
    {
      vhost: "orders",
      name: "stackwerk-queue-billing.orders",
      pattern: "^(?:billing\\.orders)$(?!\\n)",
      "apply-to": "queues",
      definition: { "dead-letter-exchange": "dead-letter", "dead-letter-routing-key": "billing.orders" },
      priority: 0,
    },
    {
      vhost: "orders",
      name: "stackwerk-queue-shipping.orders",
      pattern: "^(?:shipping\\.orders)$(?!\\n)",
      "apply-to": "queues",
      definition: { "dead-letter-exchange": "dead-letter", "dead-letter-routing-key": "shipping.orders", "message-ttl": 86_400_000, "max-length": 10_000 },
      priority: 0,
    },
  ]);
  // Each policy pattern applies to its own queue only, not to the dead-letter queue next to it.
  for (const policy of definitions.policies) {
    expect(definitions.queues.filter((q) => new RegExp(policy.pattern).test(q.name)).map((q) => q.name)).toEqual([policy.name.replace("stackwerk-queue-", "")]);
  }
});

test("with settingsVia arguments, queue settings are x- arguments and there are no policies", () => {
  const { definitions } = renderRabbitDefinitions(ordersAmqp({ settingsVia: "arguments" }));
  expect(definitions.policies).toEqual([]);
  expect(definitions.queues.find((q) => q.name === "shipping.orders")!.arguments).toEqual({
    "x-queue-type": "quorum",
    "x-dead-letter-exchange": "dead-letter",
    "x-dead-letter-routing-key": "shipping.orders",
    "x-message-ttl": 86_400_000,
    "x-max-length": 10_000,
  });
});

test("users and permissions per client; passwords are Secret-named placeholders, never values", () => {
  const { definitions, passwordHashes } = renderRabbitDefinitions(ordersAmqp());
  expect(definitions.users).toEqual(
    ["shop", "billing", "shipping"].map((name) => ({
      name,
      password_hash: passwordHashPlaceholder({ name: `${name}-bus`, key: "password" }),
      hashing_algorithm: "rabbit_password_hashing_sha256",
      tags: [],
      limits: {},
    })),
  );
  expect(passwordHashes.map((s) => [s.user, s.placeholder])).toEqual([
    ["shop", "@@stackwerk-password-hash:shop-bus/password@@"],
    ["billing", "@@stackwerk-password-hash:billing-bus/password@@"],
    ["shipping", "@@stackwerk-password-hash:shipping-bus/password@@"],
  ]);
  expect(definitions.permissions).toEqual([
    { user: "shop", vhost: "orders", configure: "^$", write: "^(?:orders)$(?!\\n)", read: "^$" },
    { user: "billing", vhost: "orders", configure: "^$", write: "^$", read: "^(?:billing\\.orders)$(?!\\n)" },
    { user: "shipping", vhost: "orders", configure: "^$", write: "^$", read: "^(?:shipping\\.orders)$(?!\\n)" },
  ]);
  const text = JSON.stringify(definitions);
  expect(text).not.toMatch(/"password"\s*:/);
  // An unsubstituted placeholder is not base64, so an import that skipped the substitution cannot pass for a hash.
  for (const user of definitions.users) expect(Buffer.from(user.password_hash, "base64").toString("base64")).not.toBe(user.password_hash);
});

test("the Kafka plan lists topics with Kafka configs, ACLs and the principals' Secrets", () => {
  const plan = renderKafkaPlan(ordersKafka());
  expect(plan.topics).toEqual([
    {
      name: "orders.created",
      partitions: 3,
      replicationFactor: 3,
      config: { "cleanup.policy": "delete", "retention.ms": "604800000", "retention.bytes": "-1", "min.insync.replicas": "2" },
    },
    {
      name: "orders.snapshots",
      partitions: 3,
      replicationFactor: 3,
      config: { "cleanup.policy": "compact", "retention.ms": "-1", "retention.bytes": "-1", "min.insync.replicas": "2" },
    },
  ]);
  expect(plan.principals).toEqual([
    { principal: "User:shop", credentials: { name: "shop-bus", key: "password" } },
    { principal: "User:billing", credentials: { name: "billing-bus", key: "password" } },
  ]);
  expect(plan.acls).toHaveLength(7);
});

test("ionosTopicGaps names what ionoscloud_kafka_cluster_topic cannot express", () => {
  const [created, snapshots] = renderKafkaPlan(ordersKafka()).topics;
  expect(ionosTopicGaps(created)).toEqual([]);
  expect(ionosTopicGaps(snapshots)).toEqual(["cleanupPolicy compact: IONOS topics only delete old segments"]);
  const long = { ...created, name: "o".repeat(64), partitions: 1 };
  expect(ionosTopicGaps(long)).toEqual([
    `name "${"o".repeat(64)}": IONOS allows at most 63 characters, beginning and ending with a letter or digit`,
    "partitions 1: IONOS requires at least the replication factor (3)",
  ]);
});
