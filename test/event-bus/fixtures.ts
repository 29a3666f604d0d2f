/**
 * Sample topologies shared by the event-bus tests: an orders bus on RabbitMQ (a topic exchange
 * with two queues, one of them with TTL and max length) and the same events on Kafka.
 */
import { AmqpTopology, AmqpTopologyProps, KafkaTopology, KafkaTopologyProps } from "../../patterns/event-bus/topology";

/** Clients: the shop publishes, billing and shipping consume. */
export const shop = { name: "shop", credentials: { name: "shop-bus", key: "password" } };
export const billing = { name: "billing", credentials: { name: "billing-bus", key: "password" } };
export const shipping = { name: "shipping", credentials: { name: "shipping-bus", key: "password" } };

/** Props of the orders bus; override per test. */
export function ordersAmqpProps(overrides: Partial<AmqpTopologyProps> = {}): AmqpTopologyProps {
  return {
    stage: "production",
    vhost: "orders",
    exchanges: [{ name: "orders", type: "topic" }],
    queues: [{ name: "billing.orders" }, { name: "shipping.orders", messageTtlMs: 86_400_000, maxLength: 10_000 }],
    bindings: [
      { exchange: "orders", queue: "billing.orders", routingKey: "order.*" },
      { exchange: "orders", queue: "shipping.orders", routingKey: "order.paid" },
    ],
    ...overrides,
  };
}

/** The orders bus with the shop publishing and billing/shipping consuming their queues. */
export function ordersAmqp(overrides: Partial<AmqpTopologyProps> = {}): AmqpTopology {
  return new AmqpTopology("EventBusStack orders", ordersAmqpProps(overrides))
    .grantPublish(shop, { exchanges: ["orders"] })
    .grantConsume(billing, { queues: ["billing.orders"] })
    .grantConsume(shipping, { queues: ["shipping.orders"] });
}

/** Props of the orders topics on Kafka; override per test. */
export function ordersKafkaProps(overrides: Partial<KafkaTopologyProps> = {}): KafkaTopologyProps {
  return {
    stage: "production",
    brokers: 3,
    topics: [{ name: "orders.created" }, { name: "orders.snapshots", cleanupPolicy: "compact", retention: { ms: -1 } }],
    ...overrides,
  };
}

/** Unknown-typed input, as plain JavaScript would pass it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Untyped = any;

/** The orders topics with the shop producing and billing consuming. */
export function ordersKafka(overrides: Partial<KafkaTopologyProps> = {}): KafkaTopology {
  return new KafkaTopology("EventBusStack orders", ordersKafkaProps(overrides))
    .grantPublish(shop, { topics: ["orders.created"] })
    .grantConsume(billing, { topics: ["orders.created", "orders.snapshots"] });
}
