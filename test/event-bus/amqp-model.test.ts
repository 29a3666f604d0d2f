/**
 * AMQP topology model: stage defaults (quorum queues and dead-lettering in production) and bad
 * input refused with the path, the property and what is allowed, including RabbitMQ's own name
 * rules (255 bytes of UTF-8, the reserved amq. prefix) and unknown properties from plain JavaScript.
 */
import { AmqpTopology } from "../../patterns/event-bus/topology";
import { StackwerkValidationError } from "../../core/errors";
import { billing, ordersAmqp, ordersAmqpProps, shop, Untyped } from "./fixtures";

function build(overrides: Untyped): AmqpTopology {
  return new AmqpTopology("EventBusStack orders", ordersAmqpProps(overrides));
}

test("production queues are quorum queues with a dead-letter queue each; test stage queues are classic", () => {
  const production = ordersAmqp();
  expect(production.queues.map((q) => [q.name, q.type, q.deadLetterFor ?? null])).toEqual([
    ["billing.orders", "quorum", null],
    ["shipping.orders", "quorum", null],
    ["billing.orders.dlq", "quorum", "billing.orders"],
    ["shipping.orders.dlq", "quorum", "shipping.orders"],
  ]);
  expect(production.exchanges).toContainEqual({ name: "dead-letter", type: "direct", internal: false });
  expect(production.bindings).toContainEqual({ exchange: "dead-letter", queue: "billing.orders.dlq", routingKey: "billing.orders", arguments: {} });
  expect(build({ stage: "test" }).queues.map((q) => q.type)).toEqual(["classic", "classic", "classic", "classic"]);
});

test("a queue without dead-lettering gets no dead-letter queue, and no queue needs no dead-letter exchange", () => {
  const topology = build({ queues: [{ name: "audit", deadLetter: false }], bindings: [] });
  expect(topology.queues.map((q) => q.name)).toEqual(["audit"]);
  expect(topology.deadLetterExchange).toBeUndefined();
  expect(topology.exchanges.map((e) => e.name)).toEqual(["orders"]);
});

test.each([
  [
    "a queue name over 255 bytes (counted in UTF-8, not characters)",
    { queues: [{ name: "ä".repeat(128) }] },
    "queues[0].name",
    "is 256 bytes long. Allowed: 1 to 255 bytes of UTF-8",
  ],
  ["an amq.-prefixed queue", { queues: [{ name: "amq.orders" }] }, "queues[0].name", "starts with amq., which RabbitMQ reserves"],
  ["an amq.-prefixed exchange", { exchanges: [{ name: "amq.topic" }], bindings: [] }, "exchanges[0].name", "starts with amq., which RabbitMQ reserves"],
  ["an empty exchange name (the default exchange)", { exchanges: [{ name: "" }], bindings: [] }, "exchanges[0].name", "is not a valid exchange name"],
  ["a control character in a queue name", { queues: [{ name: "orders\n" }], bindings: [] }, "queues[0].name", "contains a control character"],
  ["an unknown exchange type", { exchanges: [{ name: "orders", type: "x-delayed-message" }] }, "exchanges[0].type", "Allowed: direct, topic, fanout, headers"],
  ["an unknown queue type", { queues: [{ name: "q", type: "stream" }], bindings: [] }, "queues[0].type", "Allowed: quorum, classic"],
  ["a negative TTL", { queues: [{ name: "q", messageTtlMs: -1 }], bindings: [] }, "queues[0].messageTtlMs", "Allowed: an integer from 0 to 4294967295"],
  ["a TTL as text", { queues: [{ name: "q", messageTtlMs: "1d" }], bindings: [] }, "queues[0].messageTtlMs", "1d is not allowed"],
  ["max length 0", { queues: [{ name: "q", maxLength: 0 }], bindings: [] }, "queues[0].maxLength", "Allowed: an integer from 1 to"],
  ["a duplicate queue", { queues: [{ name: "q" }, { name: "q" }], bindings: [] }, "queues[1].name", "already defined at queues[0].name"],
  [
    "a queue named like another queue's dead-letter queue",
    { queues: [{ name: "q" }, { name: "q.dlq" }], bindings: [] },
    "queues[0].deadLetter",
    "already defined at queues[1].name",
  ],
  [
    "a user exchange named like the dead-letter exchange",
    { exchanges: [{ name: "dead-letter" }], bindings: [] },
    "deadLetterExchange",
    "already defined at exchanges[0].name",
  ],
  [
    "a queue named like an exchange (permissions match by name only)",
    { queues: [{ name: "orders" }], bindings: [] },
    "queues[0].name",
    '"orders" is already the name of the exchange at exchanges[0].name',
  ],
  [
    "a queue named like the dead-letter exchange",
    { queues: [{ name: "dead-letter" }], bindings: [] },
    "deadLetterExchange",
    "is already the name of the queue at queues[0].name",
  ],
  [
    "an exchange named like a dead-letter queue",
    { exchanges: [{ name: "q.dlq" }], queues: [{ name: "q" }], bindings: [] },
    "queues[0].deadLetter",
    "is already the name of the exchange at exchanges[0].name",
  ],
  ["a binding to an undefined queue", { bindings: [{ exchange: "orders", queue: "nope" }] }, "bindings[0].queue", "Allowed: billing.orders, shipping.orders"],
  ["a binding from an undefined exchange", { bindings: [{ exchange: "payments", queue: "billing.orders" }] }, "bindings[0].exchange", "Allowed: orders"],
  [
    "header arguments on a topic exchange",
    { bindings: [{ exchange: "orders", queue: "billing.orders", headers: { a: "b" } }] },
    "bindings[0].headers",
    "only allowed for headers exchanges",
  ],
  [
    "a headers binding without headers",
    { exchanges: [{ name: "orders", type: "headers" }], bindings: [{ exchange: "orders", queue: "billing.orders" }] },
    "bindings[0].headers",
    "at least one header",
  ],
  [
    "a routing key over 255 bytes",
    { bindings: [{ exchange: "orders", queue: "billing.orders", routingKey: "k".repeat(256) }] },
    "bindings[0].routingKey",
    "Allowed: 0 to 255 bytes",
  ],
  ["an unknown stage", { stage: "prod" }, "stage", "Allowed: test, acceptance, training, production"],
  ["an unknown settingsVia", { settingsVia: "operator-policy" }, "settingsVia", "Allowed: policy, arguments"],
  ["an unknown topology property (plain JavaScript)", { vhosts: ["orders"] }, "vhosts", "did you mean vhost?"],
  [
    "an unknown queue property (plain JavaScript)",
    { queues: [{ name: "q", durable: false }], bindings: [] },
    "queues[0].durable",
    "Allowed: name, type, messageTtlMs, maxLength, deadLetter",
  ],
  [
    "an unknown binding property (plain JavaScript)",
    { bindings: [{ exchange: "orders", queue: "billing.orders", bindingKey: "x" }] },
    "bindings[0].bindingKey",
    "Allowed: exchange, queue, routingKey, headers, match",
  ],
])("refuses %s", (_, overrides, property, message) => {
  let error: unknown;
  try {
    build(overrides);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(StackwerkValidationError);
  expect((error as StackwerkValidationError).message).toContain(`[EventBusStack orders] ${property}: `);
  expect((error as StackwerkValidationError).message).toContain(message);
});

test("a 255-byte name is accepted: the limit is inclusive", () => {
  const name = "ä".repeat(127) + "x"; // 255 bytes
  expect(build({ queues: [{ name, deadLetter: false }], bindings: [] }).queues[0].name).toBe(name);
});

test("headers bindings carry x-match and the header values as binding arguments", () => {
  const topology = build({
    exchanges: [{ name: "orders", type: "headers" }],
    bindings: [{ exchange: "orders", queue: "billing.orders", headers: { region: "de" }, match: "any" }],
  });
  expect(topology.bindings[0]).toEqual({ exchange: "orders", queue: "billing.orders", routingKey: "", arguments: { "x-match": "any", region: "de" } });
});

describe("grants", () => {
  const topology = () => build({ exchanges: [{ name: "orders" }, { name: "fanin", internal: true }] });

  test("refuse exchanges and queues the topology does not define, naming those it does", () => {
    expect(() => topology().grantPublish(shop, { exchanges: ["payments"] })).toThrow(
      '[EventBusStack orders] grantPublish.exchanges[0]: "payments" is not a publishable exchange of this topology. Allowed: orders',
    );
    expect(() => topology().grantConsume(billing, { queues: ["billing"] })).toThrow(
      "Allowed: billing.orders, shipping.orders, billing.orders.dlq, shipping.orders.dlq",
    );
  });

  test("refuse publishing to internal exchanges and to the dead-letter exchange", () => {
    expect(() => topology().grantPublish(shop, { exchanges: ["fanin"] })).toThrow("Allowed: orders");
    expect(() => topology().grantPublish(shop, { exchanges: ["dead-letter"] })).toThrow("Allowed: orders");
  });

  test("refuse literal credentials and unknown client properties", () => {
    expect(() => topology().grantPublish({ name: "shop", credentials: "s3cret" } as Untyped, { exchanges: ["orders"] })).toThrow(
      "grantPublish.client.credentials: a literal credential is not allowed. Allowed: a Secret reference { name, key }",
    );
    expect(() => topology().grantPublish({ ...shop, password: "s3cret" } as Untyped, { exchanges: ["orders"] })).toThrow(
      "grantPublish.client.password: is not a known property",
    );
    expect(() => topology().grantPublish(shop, { exchanges: [] })).toThrow("grantPublish.exchanges: [] is not allowed. Allowed: a non-empty list");
  });

  test("refuse one client name with two credentials", () => {
    const t = topology().grantPublish(shop, { exchanges: ["orders"] });
    expect(() => t.grantConsume({ name: "shop", credentials: { name: "other", key: "password" } }, { queues: ["billing.orders"] })).toThrow(
      "client shop was granted before with credentials shop-bus/password. Allowed: one credential per client",
    );
  });

  test("accumulate per client", () => {
    const t = topology()
      .grantPublish(shop, { exchanges: ["orders"] })
      .grantConsume(shop, { queues: ["billing.orders.dlq"] });
    expect(t.clients()).toHaveLength(1);
    expect([...t.clients()[0].rights.publish]).toEqual(["orders"]);
    expect([...t.clients()[0].rights.consume]).toEqual(["billing.orders.dlq"]);
  });
});
