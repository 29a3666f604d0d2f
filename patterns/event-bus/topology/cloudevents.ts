/**
 * CloudEvents convention of the event bus: events travel in *binary* content mode, the payload is
 * the event data and every other attribute is a message header.
 *
 * AMQP (CloudEvents AMQP protocol binding, cloudevents/spec cloudevents/bindings/amqp-protocol-binding.md
 * §3.1): `datacontenttype` maps to the AMQP `content-type` property; every other attribute is an
 * application property named with the prefix `cloudEvents_` or `cloudEvents:`. Binding versions up
 * to 1.0.1 knew only `cloudEvents:`; the current text says the `_` separator SHOULD be preferred
 * (JMS 2.0 selectors cannot use `:`), receivers SHOULD understand both, and one message uses one
 * separator. Stackwerk defaults to `_` and offers `:` for consumers that only know the old form.
 * Values keep their AMQP types (string, long, boolean), timestamps in canonical string form.
 * (RabbitMQ maps AMQP 1.0 application properties to AMQP 0-9-1 message headers.)
 *
 * Kafka (kafka-protocol-binding.md §3.2): `datacontenttype` maps to the `content-type` header;
 * every other attribute is a header `ce_<name>`, keys and values UTF-8 strings. The `partitionkey`
 * extension, when present, also becomes the record key (the binding's opt-in key mapper).
 */
import { fail } from "../../../core/errors";

/** Attribute values CloudEvents allows here (String, Integer, Boolean; URIs and timestamps as strings). */
export type CloudEventValue = string | number | boolean;

/** A CloudEvent's context attributes (data travels as the message body, not here). */
export interface CloudEventAttributes {
  /** Unique per source. */
  readonly id: string;
  /** URI-reference of the producer context, e.g. `/services/orders`. */
  readonly source: string;
  /** Spec version; only "1.0". */
  readonly specversion: "1.0";
  /** Reverse-DNS event type, e.g. `de.example.orders.created`. */
  readonly type: string;
  /** Media type of the data, e.g. `application/json`. */
  readonly datacontenttype?: string;
  readonly dataschema?: string;
  readonly subject?: string;
  /** RFC 3339 timestamp. */
  readonly time?: string;
  /** Extension attributes (lower-case letters and digits). */
  readonly [extension: string]: CloudEventValue | undefined;
}

/** Separator after `cloudEvents` in AMQP property names. */
export type AmqpCloudEventSeparator = "_" | ":";

/** Headers and properties for one protocol. */
export interface CloudEventMessage {
  /** AMQP application properties / Kafka headers. */
  readonly headers: Readonly<Record<string, CloudEventValue>>;
  /** AMQP `content-type` property / Kafka `content-type` header value. */
  readonly contentType?: string;
  /** Kafka record key (from `partitionkey`). */
  readonly key?: string;
}

const SCOPE = "CloudEvent";
const REQUIRED = ["id", "source", "specversion", "type"] as const;
const ATTRIBUTE_NAME = /^[a-z0-9]+$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Checks the attributes against the CloudEvents 1.0 core rules; returns the defined ones. */
export function requireCloudEvent(event: CloudEventAttributes): [string, CloudEventValue][] {
  if (typeof event !== "object" || event === null)
    fail(SCOPE, "event", `${JSON.stringify(event)} is not allowed. Allowed: an object with ${REQUIRED.join(", ")}`);
  for (const name of REQUIRED) {
    if (typeof event[name] !== "string" || event[name] === "")
      fail(SCOPE, name, `${JSON.stringify(event[name])} is not allowed. Allowed: a non-empty string (required attribute)`);
  }
  if (event.specversion !== "1.0") fail(SCOPE, "specversion", `${JSON.stringify(event.specversion)} is not allowed. Allowed: "1.0"`);
  if (event.time !== undefined && (typeof event.time !== "string" || !RFC3339.test(event.time))) {
    fail(SCOPE, "time", `${JSON.stringify(event.time)} is not allowed. Allowed: an RFC 3339 timestamp such as 2026-01-31T12:00:00Z`);
  }
  const entries = Object.entries(event).filter((entry): entry is [string, CloudEventValue] => entry[1] !== undefined);
  for (const [name, value] of entries) {
    if (!ATTRIBUTE_NAME.test(name)) fail(SCOPE, name, "is not a valid attribute name. Allowed: lower-case letters a-z and digits (CloudEvents 1.0)");
    const ok = typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isSafeInteger(value));
    if (!ok) fail(SCOPE, name, `${JSON.stringify(value)} is not allowed. Allowed: a string, an integer or a boolean`);
  }
  return entries;
}

/** AMQP binary-mode mapping: `content-type` property plus `cloudEvents_<name>` (or `cloudEvents:<name>`) properties. */
export function amqpCloudEventHeaders(event: CloudEventAttributes, separator: AmqpCloudEventSeparator = "_"): CloudEventMessage {
  if (separator !== "_" && separator !== ":") fail(SCOPE, "separator", `${JSON.stringify(separator)} is not allowed. Allowed: _, :`);
  const headers: Record<string, CloudEventValue> = {};
  for (const [name, value] of requireCloudEvent(event)) {
    if (name !== "datacontenttype") headers[`cloudEvents${separator}${name}`] = value;
  }
  return { headers, contentType: event.datacontenttype };
}

/** Kafka binary-mode mapping: `content-type` header plus `ce_<name>` string headers; `partitionkey` also keys the record. */
export function kafkaCloudEventHeaders(event: CloudEventAttributes): CloudEventMessage {
  const headers: Record<string, string> = {};
  for (const [name, value] of requireCloudEvent(event)) {
    if (name === "datacontenttype") headers["content-type"] = String(value);
    else headers[`ce_${name}`] = String(value);
  }
  const key = event.partitionkey === undefined ? undefined : String(event.partitionkey);
  return { headers, contentType: event.datacontenttype, key };
}
