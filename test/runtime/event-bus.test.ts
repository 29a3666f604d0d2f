/**
 * The event-bus pattern end to end on the real node (issue 27, ADR 0420): `conformance --targets
 * onprem --patterns event-bus --runtime` with the local stand-ins of RabbitMQ (Debian's 3.10.8) and
 * the example client app (Debian's amqp-tools), and cert-manager v1.21.2's controllers as a host
 * process issuing the broker's and the clients' certificates from a CA ClusterIssuer. Level 4
 * waits for every pod to run Ready; level 5 sends real AMQPS traffic: the publisher's message
 * reaches the consumer through the exchange and its binding, the publisher is refused on the
 * consumer's queue, and the bystander (granted nothing) has no credentials and its TCP connects to
 * the broker are turned away while the publisher's pod completes mutual TLS with it (the control).
 */
import * as fs from "node:fs";
import { runtimeCell } from "../support/runtime-cell";
import { expectEventBusCellRan, levelFiveChecks } from "../support/event-bus-runtime";
import { catalogueRef } from "../../core/images/catalogue";

jest.setTimeout(1_800_000);

const runtime = runtimeCell("event-bus", { logEvidence: true });
const cell = runtime.cell;

test("every pod of the event bus runs on the real node and levels 1-6 pass", () => {
  expectEventBusCellRan(cell());
});

test("level 5: a granted client's message reaches another, beyond-grant and ungranted clients are refused", () => {
  const checks = levelFiveChecks(cell());
  expect(checks["runtime: publisher → orders → consumer"]).toMatchObject({
    ok: true,
    message: expect.stringMatching(/published (runtime-check-\d+) as publisher .*got as consumer from billing\.orders: \1/),
  });
  expect(checks["runtime: granted client refused beyond its grant"]).toMatchObject({ ok: true, message: expect.stringMatching(/→ refused: .*ACCESS_REFUSED/) });
  // Mutual TLS is the broker's own: a handshake without a client certificate is refused with a TLS alert.
  expect(checks["runtime: broker refuses a client without a certificate"]).toMatchObject({
    ok: true,
    message: expect.stringContaining("certificate required"),
  });
  expect(checks["runtime: ungranted client refused"]).toMatchObject({
    ok: true,
    // The bystander's 4 connects (Service and pod address, 5671 and 5672) are turned away; the
    // publisher's pod completes verified mutual TLS at both addresses in the same run.
    message: expect.stringMatching(
      /^bystander: 4\/4 broker connects turned away at TCP, credentials none; control: verified TLS on 5671 at 2\/2 addresses; from .*\/bystander-.*credentials in env: 0 .*:5671 (refused \(Connection refused|no answer).*control from .*\/publisher-.*:5671 connected \(TLS TLSv1\.[23], verification 0 \(ok\)/,
    ),
  });
});

test("the report lists the substitutions and what did not run as upstream ships it", () => {
  const c = cell();
  const subs = Object.fromEntries(c.imageSubstitutions!.map((s) => [s.upstream, s]));
  expect(subs[catalogueRef("rabbitmq")]).toMatchObject({
    local: "stackwerk.local/rabbitmq:3.10.8",
    sameVersion: false,
    digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    inputs: expect.arrayContaining(["deb:rabbitmq-server=3.10.8-1.1+deb12u1"]),
    note: expect.stringContaining("default_queue_type"),
  });
  expect(subs["registry.example.de/stackwerk/hello-events:1.0.0"]).toMatchObject({ local: "stackwerk.local/hello-events:1.0.0" });
  expect(c.runtime!.notRun).toEqual([
    expect.stringMatching(/^cert-manager .*host process built here from the cert-manager v1\.21\.2 Go module/),
    expect.stringMatching(/^Kafka broker .*not run in the AMQP reference instance's cell .*own cell, event-bus\/onprem\/kafka/),
  ]);
  const md = fs.readFileSync(runtime.run().files.markdown, "utf8");
  expect(md).toContain("### Runtime: event-bus/onprem");
  expect(md).toContain("`stackwerk.local/rabbitmq:3.10.8`");
});
