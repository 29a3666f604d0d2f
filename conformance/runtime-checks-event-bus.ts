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
 *   completes verified mutual TLS at the same addresses (`brokerProbe`, `ungrantedVerdict`).
 */
import { execInApp } from "./runtime-checks";
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

/** Seconds a probe waits for a TCP connect and TLS handshake before it calls the port silent. */
const PROBE_TIMEOUT_S = 8;

/**
 * Shell functions of the broker probe (busybox + OpenSSL's s_client in the client image).
 * `tcptls <addr> <port> [dir]` prints one line `<addr>:<port> <verdict>`:
 * - `refused (<connect error>)`: the TCP connect was rejected;
 * - `no answer within N s`: no TCP connect completed (s_client's `-state` writes "write client
 *   hello" to unbuffered stderr as soon as TCP connects, so a timeout without it is a silent drop);
 * - `connected (TLS <protocol>, verification <result>, server <subject>)`: TCP and TLS completed;
 * - `connected (TLS refused by the broker: <alert>)` / `connected (no TLS: ...)` / `connected
 *   (held open for N s, not refused)`.
 * With `dir` (holding ca.pem, cert.pem, key.pem) the handshake verifies the broker against the CA
 * and presents the client certificate (the granted control). Without it (the bystander) no
 * certificate is presented and s_client keeps reading after the handshake (`-ign_eof`), so a
 * broker that is reached answers with its refusal (TLS 1.3 checks the client certificate after
 * the client's Finished). `probe_all [dir]` resolves the Service and the broker pod and probes
 * both addresses on 5671 (AMQPS) and 5672 (AMQP).
 */
export function brokerProbe(namespace: string): string {
  const service = `bus.${namespace}.svc.cluster.local`;
  const pod = `bus-0.bus-headless.${namespace}.svc.cluster.local`;
  const t = PROBE_TIMEOUT_S;
  return String.raw`resolve() { nslookup "$1" 2>/dev/null | sed -n '/^Name:/,$ s/^Address: *//p' | sed '$!d'; }
nl2sp() { tr '\n' ' ' | sed 's/ *$//'; }
tcptls() {
  if [ -n "$3" ]; then opts="-CAfile $3/ca.pem -verify_return_error -cert $3/cert.pem -key $3/key.pem"; else opts="-ign_eof"; fi
  out="$(timeout ${t} openssl s_client -state -connect "$1:$2" -servername ${service} $opts </dev/null 2>&1)"; rc=$?
  case "$out" in
    *"CONNECTED("*|*"write client hello"*)
      tls="$(echo "$out" | sed -n 's/^New, \(TLSv[0-9.]*\), Cipher is.*/\1/p' | head -n 1)"
      alert="$(echo "$out" | grep -m 2 -iE 'alert (read|write):fatal|SSL routines:.*alert' | nl2sp)"
      if [ -n "$alert" ]; then echo "$1:$2 connected (TLS refused by the broker: $alert)"
      elif [ $rc -eq 124 ] || [ $rc -eq 143 ]; then echo "$1:$2 connected (held open for ${t} s, not refused)"
      elif [ -n "$tls" ]; then echo "$1:$2 connected (TLS $tls, verification $(echo "$out" | sed -n 's/^Verify return code: //p' | head -n 1), server $(echo "$out" | sed -n 's/^subject=//p' | head -n 1))"
      else echo "$1:$2 connected (no TLS: $(echo "$out" | grep -m 2 -iE 'error|errno' | nl2sp))"
      fi;;
    *) if [ $rc -eq 124 ] || [ $rc -eq 143 ]; then echo "$1:$2 no answer within ${t} s"
       else echo "$1:$2 refused ($(echo "$out" | grep -m 2 -E 'errno|refused|unreachable|BIO_connect' | nl2sp))"; fi;;
  esac
}
probe_all() {
  svc="$(resolve ${service})"; pod="$(resolve ${pod})"
  echo "dns: ${service}=${"$"}{svc:-FAILED} bus-0=${"$"}{pod:-FAILED}"
  for a in $svc $pod; do for p in 5671 5672; do tcptls "$a" "$p" "$1"; done; done
}`;
}

/**
 * The ungranted-client verdict from the probe's outputs: the bystander resolves the broker, has no
 * AMQP credentials, and none of its connects to the broker's addresses completes (or, where one
 * does, the broker refuses its login); the control (a granted client's pod) completes a verified TLS
 * handshake with the broker on 5671 at both addresses, which shows the addresses and the listener
 * were up when the bystander was turned away.
 */
export function ungrantedVerdict(bystander: string, control: string): { ok: boolean; summary: string } {
  const lines = (out: string, port: number) => out.split("\n").filter((l) => new RegExp(`^[0-9.]+:${port} `).test(l));
  const resolved = (out: string) => /^dns: \S+=[0-9.]+ bus-0=[0-9.]+$/m.test(out);
  const noCredentials = /^credentials in env: 0$/m.test(bystander);
  const controlTls = lines(control, 5671).filter((l) => /connected \(TLS TLSv1\.[23], verification 0 \(ok\)/.test(l));
  const bystanderPorts = [...lines(bystander, 5671), ...lines(bystander, 5672)];
  const turnedAway = bystanderPorts.filter((l) => / (refused \(|no answer within )/.test(l));
  const reachedButRefused = bystanderPorts.filter((l) => / connected \(TLS refused by the broker: /.test(l));
  const ok =
    resolved(bystander) &&
    resolved(control) &&
    noCredentials &&
    controlTls.length === 2 &&
    bystanderPorts.length === 4 &&
    turnedAway.length + reachedButRefused.length === 4;
  const summary =
    `bystander: ${turnedAway.length}/4 broker connects turned away at TCP` +
    (reachedButRefused.length ? `, ${reachedButRefused.length} reached the broker and its TLS was refused` : "") +
    `, credentials ${noCredentials ? "none" : "PRESENT"}; control: verified TLS on 5671 at ${controlTls.length}/2 addresses`;
  return { ok, summary };
}

/** The event bus's runtime checks for the cell's namespace (the broker and its clients share it). */
export async function eventBusRuntimeChecks(kubectl: Kubectl, namespace: string): Promise<CheckResult[]> {
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
  // 3. The bystander, granted nothing: no credentials in its environment, and its TCP connects to
  // the broker's ports do not complete (the pod and the headless pod address, 5671 AMQPS and 5672
  // AMQP); the publisher's pod is the control: from there the same addresses connect and complete
  // mutual TLS with the broker's cert-manager certificate.
  const bystander = await execInApp(
    kubectl,
    namespace,
    "bystander",
    `${brokerProbe(namespace)}
echo "credentials in env: $(env | grep -c '^AMQP_')"
probe_all`,
  );
  const control = await execInApp(kubectl, namespace, "publisher", `${AMQP_CLIENT}\n${brokerProbe(namespace)}\nprobe_all /tmp/ca.pem`);
  const verdict = ungrantedVerdict(bystander.output, control.output);
  checks.push({
    name: "runtime: ungranted client refused",
    ok: bystander.code === 0 && control.code === 0 && verdict.ok,
    message: `${verdict.summary}; from ${bystander.pod} (granted nothing): "${oneLine(bystander.output, 700)}"; control from ${control.pod}: "${oneLine(control.output, 500)}"`,
  });
  return checks;
}

/** What the event bus's runtime run does not start (or starts in place of the real thing), with why. */
export const EVENT_BUS_NOT_RUN: readonly string[] = [
  "cert-manager (a cluster prerequisite the pattern relies on): its release images not run: no local image; its controllers ran as a host process built here from the cert-manager v1.21.2 Go module with a Stackwerk main (cmd/controller is not served), no webhook, no cainjector",
  "Kafka broker (the pattern's kafka option): not run: only the AMQP reference instance runs here",
];
