/**
 * CloudEvents convention: binary-mode headers for AMQP (`cloudEvents_` by default, `cloudEvents:`
 * on request; datacontenttype as the content-type property) and Kafka (`ce_` string headers,
 * content-type header, partitionkey as record key); invalid events are refused.
 */
import { amqpCloudEventHeaders, kafkaCloudEventHeaders, type CloudEventAttributes } from "../../patterns/event-bus/topology";
import type { Untyped } from "./fixtures";

const event: CloudEventAttributes = {
  specversion: "1.0",
  id: "4711",
  source: "/services/orders",
  type: "de.example.orders.created",
  time: "2026-01-31T12:00:00Z",
  datacontenttype: "application/json",
  subject: "order/4711",
  partitionkey: "customer-42",
  attempt: 2,
  urgent: true,
};

test("AMQP: attributes become cloudEvents_ application properties with their types; datacontenttype is the content-type", () => {
  expect(amqpCloudEventHeaders(event)).toEqual({
    contentType: "application/json",
    headers: {
      cloudEvents_specversion: "1.0",
      cloudEvents_id: "4711",
      cloudEvents_source: "/services/orders",
      cloudEvents_type: "de.example.orders.created",
      cloudEvents_time: "2026-01-31T12:00:00Z",
      cloudEvents_subject: "order/4711",
      cloudEvents_partitionkey: "customer-42",
      cloudEvents_attempt: 2,
      cloudEvents_urgent: true,
    },
  });
  expect(Object.keys(amqpCloudEventHeaders(event, ":").headers).every((k) => k.startsWith("cloudEvents:"))).toBe(true);
});

test("Kafka: attributes become ce_ string headers, datacontenttype the content-type header, partitionkey the record key", () => {
  const message = kafkaCloudEventHeaders(event);
  expect(message.key).toBe("customer-42");
  expect(message.headers).toEqual({
    ce_specversion: "1.0",
    ce_id: "4711",
    ce_source: "/services/orders",
    ce_type: "de.example.orders.created",
    ce_time: "2026-01-31T12:00:00Z",
    "content-type": "application/json",
    ce_subject: "order/4711",
    ce_partitionkey: "customer-42",
    ce_attempt: "2",
    ce_urgent: "true",
  });
  expect(kafkaCloudEventHeaders({ ...event, partitionkey: undefined }).key).toBeUndefined();
});

test.each([
  ["a missing id", { ...event, id: undefined }, "[CloudEvent] id: undefined is not allowed. Allowed: a non-empty string (required attribute)"],
  ["spec version 0.3", { ...event, specversion: "0.3" }, '[CloudEvent] specversion: "0.3" is not allowed. Allowed: "1.0"'],
  ["a time that is not RFC 3339", { ...event, time: "31.01.2026" }, "[CloudEvent] time: "],
  ["an upper-case extension name", { ...event, traceParent: "x" }, "[CloudEvent] traceParent: is not a valid attribute name"],
  ["an object value", { ...event, extra: { a: 1 } }, "[CloudEvent] extra: "],
  ["a fractional number", { ...event, weight: 1.5 }, "Allowed: a string, an integer or a boolean"],
])("refuses %s", (_, bad, message) => {
  expect(() => amqpCloudEventHeaders(bad as Untyped)).toThrow(message);
  expect(() => kafkaCloudEventHeaders(bad as Untyped)).toThrow(message);
});
