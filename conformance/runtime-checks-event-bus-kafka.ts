/**
 * Level 5 protocol checks of a Kafka-flavoured event bus on the real node (issue 27, ADR 0445):
 * Kafka's SASL_SSL (PLAIN over TLS with the client's cert-manager certificate) between the running
 * clients and the running broker, with Debian's kcat (librdkafka) exec'd in each client's own pod,
 * so with that pod's environment (KAFKA_BOOTSTRAP_SERVERS, its password and certificate from its
 * Secrets) and its NetworkPolicies:
 *
 * - the publisher (granted produce on `orders`) produces a unique message, the consumer (granted
 *   consume on `orders`) reads it back from the topic;
 * - the publisher reading `orders` is refused by the broker's ACLs;
 * - the bystander, granted nothing, has no credentials and its connects to 9092/9093 are turned
 *   away while the publisher's pod completes verified mutual TLS on 9092 (runtime-broker-probe.ts);
 * - a handshake without a client certificate is refused by the broker itself.
 */
import { execInApp, oneLine } from "./runtime-checks";
import { brokerAccessChecks } from "./runtime-broker-probe";
import type { Kubectl } from "./runtime";
import type { CheckResult } from "./types";

/** The broker's SASL_SSL client port, then its controller port (admitted from the brokers only). */
export const KAFKA_PORTS = [9092, 9093] as const;

/** The topic of the Kafka checks (the Kafka reference instance's, conformance/runtime-event-bus-kafka.ts). */
export const KAFKA_CHECK_TOPIC = "orders";

/**
 * Shell prelude for a Kafka client pod: the PEMs of its env written to /tmp, and `kc <kcat args>`
 * running kcat with SASL_SSL/PLAIN as the pod's user, verifying the broker against the zone's CA
 * and presenting the client certificate.
 */
const KAFKA_CLIENT = [
  "umask 077",
  'printf "%s\\n" "$KAFKA_SSL_CA_PEM" > /tmp/ca.pem',
  'printf "%s\\n" "$KAFKA_SSL_CERTIFICATE_PEM" > /tmp/cert.pem',
  'printf "%s\\n" "$KAFKA_SSL_KEY_PEM" > /tmp/key.pem',
  'kc() { timeout 30 kcat -b "$KAFKA_BOOTSTRAP_SERVERS" -X security.protocol=SASL_SSL -X sasl.mechanisms=PLAIN -X sasl.username="$KAFKA_SASL_USERNAME" -X sasl.password="$KAFKA_SASL_PASSWORD" -X ssl.ca.location=/tmp/ca.pem -X ssl.certificate.location=/tmp/cert.pem -X ssl.key.location=/tmp/key.pem "$@"; }',
].join("\n");

/** The Kafka event bus's runtime checks for the cell's namespace (the broker and its clients share it). */
export async function kafkaEventBusRuntimeChecks(kubectl: Kubectl, namespace: string): Promise<CheckResult[]> {
  const checks: CheckResult[] = [];
  const token = `runtime-check-${Date.now()}`;
  const topic = KAFKA_CHECK_TOPIC;
  // 1. produce (publisher) → topic → consume (consumer), each as its own SASL user.
  const produced = await execInApp(
    kubectl,
    namespace,
    "publisher",
    `${KAFKA_CLIENT}\nfor i in 1 2 3 4 5; do out="$(echo "${token}" | kc -P -t ${topic} 2>&1)"; rc=$?; [ $rc -eq 0 ] && ! echo "$out" | grep -qiE 'error|fail' && break; sleep 3; done\necho "kcat -P exit $rc: $out"\n[ $rc -eq 0 ] && ! echo "$out" | grep -qiE 'error|fail' && echo "produced ${token} as $KAFKA_SASL_USERNAME to ${topic} at $KAFKA_BOOTSTRAP_SERVERS"`,
  );
  const consumed = await execInApp(
    kubectl,
    namespace,
    "consumer",
    `${KAFKA_CLIENT}\nfor i in 1 2 3 4 5; do got="$(kc -C -t ${topic} -o beginning -e -q 2>&1)"; case "$got" in *${token}*) break;; esac; sleep 3; done\necho "consumed as $KAFKA_SASL_USERNAME from ${topic}: $got"`,
  );
  checks.push({
    name: "runtime: publisher → orders → consumer (Kafka)",
    ok:
      new RegExp(`^produced ${token} `, "m").test(produced.output) &&
      new RegExp(`^consumed as \\S+ from ${topic}: (.*\\n)*.*${token}`, "m").test(consumed.output),
    message:
      `kcat -P in ${produced.pod} → exit ${produced.code}: "${oneLine(produced.output, 400)}"; ` +
      `kcat -C in ${consumed.pod} → exit ${consumed.code}: "${oneLine(consumed.output, 400)}" (SASL_SSL/PLAIN with the clients' cert-manager certificates)`,
  });
  // 2. The publisher may produce only: reading the topic is refused by the broker's ACLs.
  const beyond = await execInApp(kubectl, namespace, "publisher", `${KAFKA_CLIENT}\nkc -C -t ${topic} -o beginning -e 2>&1 | head -n 5`);
  const refused = /authoriz/i.test(beyond.output) && !beyond.output.includes(token);
  checks.push({
    name: "runtime: granted client refused beyond its grant (Kafka)",
    ok: refused,
    message: `kcat -C ${topic} as the publisher (granted produce only) in ${beyond.pod} → ${refused ? "refused" : "NOT refused"}: "${oneLine(beyond.output, 400)}"`,
  });
  // 3. The bystander turned away (the publisher as control); 4. no client certificate, no TLS.
  checks.push(...(await brokerAccessChecks(kubectl, namespace, { ports: KAFKA_PORTS, prelude: KAFKA_CLIENT, label: " (Kafka)" })));
  return checks;
}
