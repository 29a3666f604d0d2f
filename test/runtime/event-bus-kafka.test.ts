/**
 * A Kafka-flavoured event bus end to end on the real node (issue 27, ADR 0445): the cell
 * conformance/runtime-event-bus-kafka.ts (the event-bus pattern with `protocol: "kafka"`, a topic,
 * a producer, a consumer, a bystander) with the local stand-in of apache/kafka:3.9.0 (Kafka 3.9.0's
 * jars from Maven Central on Debian's JRE 17, KRaft) and the example client with Debian's kcat.
 * Level 4 waits for the broker, the admin Job's topics and ACLs and every client; level 5 sends
 * real SASL_SSL traffic: the producer's message reaches the consumer, the producer is refused
 * reading the topic (ACL), and the bystander's connects are turned away while the producer's pod
 * completes mutual TLS with the broker.
 */
import { runtimeCell } from "../support/runtime-cell";
import { expectEventBusCellRan, levelFiveChecks } from "../support/event-bus-runtime";
import { catalogueRef } from "../../core/images/catalogue";
import { kafkaEventBusCell } from "../../conformance/runtime-event-bus-kafka";

jest.setTimeout(1_800_000);

const runtime = runtimeCell("event-bus", { logEvidence: true, cell: kafkaEventBusCell() });
const cell = runtime.cell;

test("every pod of the Kafka event bus runs on the real node and levels 1-6 pass", () => {
  expectEventBusCellRan(cell());
});

test("level 5: the producer's message reaches the consumer, beyond-grant and ungranted clients are refused", () => {
  const checks = levelFiveChecks(cell());
  expect(checks["runtime: publisher → orders → consumer (Kafka)"]).toMatchObject({
    ok: true,
    message: expect.stringMatching(/produced (runtime-check-\d+) as publisher to orders .*consumed as consumer from orders: .*\1/),
  });
  expect(checks["runtime: granted client refused beyond its grant (Kafka)"]).toMatchObject({
    ok: true,
    message: expect.stringMatching(/→ refused: .*[Aa]uthoriz/),
  });
  // Mutual TLS is the broker's own: a handshake without a client certificate is refused with a TLS alert.
  expect(checks["runtime: broker refuses a client without a certificate (Kafka)"]).toMatchObject({
    ok: true,
    message: expect.stringContaining("certificate required"),
  });
  expect(checks["runtime: ungranted client refused (Kafka)"]).toMatchObject({
    ok: true,
    message: expect.stringMatching(/^bystander: 4\/4 broker connects turned away at TCP, credentials none; control: verified TLS on 9092 at 2\/2 addresses; /),
  });
});

test("the report lists Kafka's substitution: the same release from Maven Central", () => {
  const subs = Object.fromEntries(cell().imageSubstitutions!.map((s) => [s.upstream, s]));
  expect(subs[catalogueRef("kafka")]).toMatchObject({
    local: "stackwerk.local/kafka:3.9.0",
    sameVersion: true,
    digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    inputs: expect.arrayContaining([expect.stringMatching(/^maven:org\.apache\.kafka:kafka_2\.13:3\.9\.0 /)]),
  });
  expect(subs["registry.example.de/stackwerk/hello-events:1.0.0"]).toMatchObject({ local: "stackwerk.local/hello-events:1.0.0" });
});
