/**
 * Level 5 protocol checks of the event bus on the real node (issue 27, ADR 0420): AMQP 0-9-1 over
 * TLS with client certificates between the reference instance's running clients and the running
 * broker. Each check runs inside a client's own pod (`kubectl exec`), so it uses that pod's
 * environment (AMQP_URL with the password from its Secret, the cert-manager-issued client
 * certificate) and its NetworkPolicies:
 *
 * - the publisher publishes a unique message to the `orders` exchange, the consumer gets exactly
 *   that message from `billing.orders` (routing key `order.*`);
 * - the publisher, granted publish only, is refused when it reads the consumer's queue;
 * - the bystander, granted nothing, has no credentials and its TCP connects to the broker (Service
 *   and pod address, 5671 and 5672) are turned away, while the publisher's pod, as the control,
 *   completes verified mutual TLS at the same addresses (runtime-broker-probe.ts);
 * - a handshake without a client certificate is refused by the broker itself.
 */
import { execInApp } from "./runtime-checks";
import { brokerAccessChecks } from "./runtime-broker-probe";
import { kafkaEventBusRuntimeChecks } from "./runtime-checks-event-bus-kafka";
import type { Kubectl } from "./runtime";
import type { CheckResult } from "./types";

const oneLine = (s: string, max = 400) => s.replace(/\s+/g, " ").trim().slice(0, max);

/**
 * Shell prelude for a client pod: the PEMs of its env written to files under /tmp (amqp-tools
 * reads files), and `amqp <command> ...` running an amqp-tools command over TLS with the client
 * certificate against the pod's AMQP_URL.
 */
const AMQP_CLIENT = [
  "umask 077",
  'printf "%s\\n" "$AMQP_CA_PEM" > /tmp/ca.pem',
  'printf "%s\\n" "$AMQP_CERTIFICATE_PEM" > /tmp/cert.pem',
  'printf "%s\\n" "$AMQP_KEY_PEM" > /tmp/key.pem',
  'amqp() { c="$1"; shift; timeout 20 "amqp-$c" --url="$AMQP_URL" --ssl --cacert=/tmp/ca.pem --cert=/tmp/cert.pem --key=/tmp/key.pem "$@"; }',
].join("\n");

/** The broker's AMQPS port (the client port) and AMQP's plain port (RabbitMQ's `listeners.tcp = none`). */
const AMQP_PORTS = [5671, 5672] as const;

/** The event bus's runtime checks for the cell's namespace (the broker and its clients share it): Kafka's when the broker runs Kafka, AMQP's otherwise. */
export async function eventBusRuntimeChecks(kubectl: Kubectl, namespace: string): Promise<CheckResult[]> {
  const broker = await kubectl(["get", "statefulset", "bus", "-n", namespace, "-o", "jsonpath={.spec.template.spec.containers[0].name}"], { check: false });
  if (broker.stdout.trim() === "kafka") return kafkaEventBusRuntimeChecks(kubectl, namespace);
  const checks: CheckResult[] = [];
  const token = `runtime-check-${Date.now()}`;
  // 1. publish (publisher) → exchange orders → queue billing.orders → get (consumer).
  const published = await execInApp(
    kubectl,
    namespace,
    "publisher",
    `${AMQP_CLIENT}\namqp publish --exchange=orders --routing-key=order.created --body="${token}" && echo "published ${token} as $AMQP_USERNAME to orders (order.created) at $AMQP_HOST:$AMQP_PORT"`,
  );
  const consumed = await execInApp(
    kubectl,
    namespace,
    "consumer",
    `${AMQP_CLIENT}\nfor i in 1 2 3 4 5; do got="$(amqp get --queue=billing.orders 2>&1)" && break; sleep 2; done\necho "got as $AMQP_USERNAME from billing.orders: $got"`,
  );
  checks.push({
    name: "runtime: publisher → orders → consumer",
    ok:
      published.code === 0 &&
      new RegExp(`^published ${token} `, "m").test(published.output) &&
      consumed.code === 0 &&
      consumed.output.includes(`from billing.orders: ${token}`),
    message:
      `amqp-publish in ${published.pod} → exit ${published.code}: "${oneLine(published.output)}"; ` +
      `amqp-get in ${consumed.pod} → exit ${consumed.code}: "${oneLine(consumed.output)}" (AMQPS with the clients' cert-manager certificates)`,
  });
  // 2. The publisher may publish only: reading the consumer's queue is refused by the broker.
  const beyond = await execInApp(kubectl, namespace, "publisher", `${AMQP_CLIENT}\namqp get --queue=billing.orders 2>&1; echo "exit=$?"`);
  const refused = /exit=[1-9]/.test(beyond.output) && /ACCESS_REFUSED|403/.test(beyond.output);
  checks.push({
    name: "runtime: granted client refused beyond its grant",
    ok: beyond.code === 0 && refused,
    message: `amqp-get billing.orders as the publisher (granted publish on orders only) in ${beyond.pod} → ${refused ? "refused" : "NOT refused"}: "${oneLine(beyond.output)}"`,
  });
  // 3. The bystander, granted nothing: no credentials, its connects to the broker (Service and pod
  // address, 5671 AMQPS and 5672 AMQP) turned away, the publisher's pod completing verified mutual
  // TLS as control; 4. a handshake without a client certificate is refused by the broker itself.
  checks.push(...(await brokerAccessChecks(kubectl, namespace, { ports: AMQP_PORTS, prelude: AMQP_CLIENT })));
  return checks;
}

/** What the event bus's runtime run does not start (or starts in place of the real thing), with why. */
export const EVENT_BUS_NOT_RUN: readonly string[] = [
  "cert-manager (a cluster prerequisite the pattern relies on): its release images not run: no local image; its controllers ran as a host process built here from the cert-manager v1.21.2 Go module with a Stackwerk main (cmd/controller is not served), no webhook, no cainjector",
  "Kafka broker (the pattern's kafka option): not run in the AMQP reference instance's cell (event-bus/onprem); a Kafka-flavoured bus runs in its own cell, event-bus/onprem/kafka (test/runtime/event-bus-kafka.test.ts, Kafka 3.9.0 stand-in from Maven Central)",
];
