/**
 * Name rules of the brokers, checked at synth so a bad name fails here and not at deploy time.
 *
 * RabbitMQ (AMQP 0-9-1): queue and exchange names are `shortstr`s of up to 255 bytes of UTF-8;
 * names starting with `amq.` are reserved for the broker (declaring one fails with 403
 * ACCESS_REFUSED). Sources: https://www.rabbitmq.com/docs/queues#names ("Queue names may be up to
 * 255 bytes of UTF-8 characters", "Queue names starting with amq. are reserved for internal use"),
 * the pre-declared `amq.direct`/`amq.fanout`/`amq.topic`/`amq.match`/`amq.headers` exchanges of
 * the AMQP 0-9-1 model (https://www.rabbitmq.com/tutorials/amqp-concepts). Routing keys are
 * shortstrs too (255 bytes). Stackwerk also refuses control characters, which no broker tool shows
 * readably and which PCRE's `$` treats specially (a trailing newline).
 *
 * Kafka: topic names match `[a-zA-Z0-9._-]`, are at most 249 characters and are not `.` or `..`
 * (apache/kafka clients/src/main/java/org/apache/kafka/common/internals/Topic.java: LEGAL_CHARS,
 * MAX_NAME_LENGTH = 249). Because metric names replace `.` with `_`, two topics that differ only
 * in `.` versus `_` collide and Kafka refuses the second (Topic.hasCollision); kafka-topics.sh
 * warns for any name using either. Names starting with `__` are Kafka's internal topics
 * (`__consumer_offsets`, `__transaction_state`, `__cluster_metadata`); Stackwerk refuses the prefix.
 */
import { fail } from "../../../core/errors";

/** Longest AMQP 0-9-1 shortstr (queue, exchange, routing key), in UTF-8 bytes. */
export const AMQP_MAX_NAME_BYTES = 255;
/** Longest Kafka topic name, in characters (Topic.MAX_NAME_LENGTH). */
export const KAFKA_MAX_TOPIC_LENGTH = 249;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const KAFKA_TOPIC = /^[a-zA-Z0-9._-]+$/;

/** A RabbitMQ queue, exchange or vhost name: 1-255 bytes of UTF-8, no control characters, not `amq.`-prefixed. */
export function requireAmqpName(scope: string, property: string, value: unknown, what: "queue" | "exchange" | "vhost"): string {
  const allowed = `Allowed: 1 to ${AMQP_MAX_NAME_BYTES} bytes of UTF-8 without control characters${what === "vhost" ? "" : ", not starting with amq. (reserved by RabbitMQ)"}`;
  if (typeof value !== "string" || value.length === 0) fail(scope, property, `${JSON.stringify(value)} is not a valid ${what} name. ${allowed}`);
  const bytes = Buffer.byteLength(value, "utf8");
  if (bytes > AMQP_MAX_NAME_BYTES) fail(scope, property, `${JSON.stringify(value.slice(0, 40))}… is ${bytes} bytes long. ${allowed}`);
  if (CONTROL.test(value)) fail(scope, property, `${JSON.stringify(value)} contains a control character. ${allowed}`);
  if (what !== "vhost" && value.startsWith("amq.")) fail(scope, property, `${JSON.stringify(value)} starts with amq., which RabbitMQ reserves. ${allowed}`);
  return value;
}

/** An AMQP routing key: up to 255 bytes of UTF-8, no control characters (may be empty). */
export function requireRoutingKey(scope: string, property: string, value: unknown): string {
  if (typeof value !== "string" || Buffer.byteLength(value, "utf8") > AMQP_MAX_NAME_BYTES || CONTROL.test(value)) {
    fail(
      scope,
      property,
      `${JSON.stringify(value)} is not a valid routing key. Allowed: 0 to ${AMQP_MAX_NAME_BYTES} bytes of UTF-8 without control characters`,
    );
  }
  return value;
}

/** A Kafka topic name by Kafka's own rules plus the reserved `__` prefix. */
export function requireKafkaTopicName(scope: string, property: string, value: unknown): string {
  const allowed = `Allowed: 1 to ${KAFKA_MAX_TOPIC_LENGTH} characters from a-z A-Z 0-9 . _ -, not "." or "..", not starting with __ (Kafka internal topics)`;
  if (typeof value !== "string" || !KAFKA_TOPIC.test(value)) fail(scope, property, `${JSON.stringify(value)} is not a valid topic name. ${allowed}`);
  if (value.length > KAFKA_MAX_TOPIC_LENGTH) fail(scope, property, `${JSON.stringify(value.slice(0, 40))}… is ${value.length} characters long. ${allowed}`);
  if (value === "." || value === "..") fail(scope, property, `${JSON.stringify(value)} is not a valid topic name. ${allowed}`);
  if (value.startsWith("__")) fail(scope, property, `${JSON.stringify(value)} starts with __, the prefix of Kafka's internal topics. ${allowed}`);
  return value;
}

/** The form Kafka compares names in for metric collisions: `.` and `_` are the same character. */
export function kafkaCollisionKey(topic: string): string {
  return topic.replace(/\./g, "_");
}

/** True when a topic name uses both `.` and `_`, which invites collisions with later topics. */
export function mixesKafkaSeparators(topic: string): boolean {
  return topic.includes(".") && topic.includes("_");
}

/** Refuses a second entry with the same name (`kind` names the collection in the message). */
export function requireUnique(scope: string, property: string, name: string, seen: Map<string, string>, kind: string): void {
  const earlier = seen.get(name);
  if (earlier !== undefined) fail(scope, property, `${JSON.stringify(name)} is already defined at ${earlier}. Allowed: each ${kind} name once`);
  seen.set(name, property);
}
