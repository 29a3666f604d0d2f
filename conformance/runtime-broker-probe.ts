/**
 * The broker probe of the event bus's "ungranted client refused" runtime check (issue 27, ADR
 * 0420), for AMQP and Kafka alike: shell functions run in a client pod (busybox + `openssl
 * s_client`) that tell, per broker address and port, a rejected connect, a silent drop, a broker
 * that refused the TLS of a client without a certificate, a session held open, and a completed,
 * verified mutual-TLS handshake apart; and the verdict over a bystander's and a granted control's
 * outputs; `brokerAccessChecks` runs both checks built on it from the clients' pods.
 */
import { execInApp, oneLine } from "./runtime-checks";
import type { Kubectl } from "./runtime";
import type { CheckResult } from "./types";

/** Seconds a probe waits for a TCP connect and TLS handshake before it calls the port silent. */
const PROBE_TIMEOUT_S = 8;

/**
 * Shell functions of the broker probe (busybox + OpenSSL's s_client in the client image).
 * `tcptls <addr> <port> [dir]` prints one line `<addr>:<port> <verdict>`:
 * - `refused (<connect error>, errno=<n>)`: the TCP connect was rejected;
 * - `probe failed before connecting (...)`: s_client never tried (say, a missing certificate file);
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
 * both addresses on each of `ports`.
 */
export function brokerProbe(namespace: string, ports: readonly number[]): string {
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
       elif echo "$out" | grep -qE 'BIO_connect|errno='; then echo "$1:$2 refused ($(echo "$out" | sed -n 's/.*BIO_connect:\([^:]*\):.*/\1/p' | head -n 1), $(echo "$out" | grep -m 1 -o 'errno=[0-9]*'))"
       else echo "$1:$2 probe failed before connecting (exit $rc: $(echo "$out" | head -n 2 | nl2sp))"; fi;;
  esac
}
probe_all() {
  svc="$(resolve ${service})"; pod="$(resolve ${pod})"
  echo "dns: ${service}=${"$"}{svc:-FAILED} bus-0=${"$"}{pod:-FAILED}"
  for a in $svc $pod; do for p in ${ports.join(" ")}; do tcptls "$a" "$p" "$1"; done; done
}`;
}

/**
 * The ungranted-client verdict from the probe's outputs: the bystander resolves the broker, has no
 * broker credentials (`credentials in env: 0`), and none of its connects to the broker's addresses completes (or, where one
 * does, the broker refuses its login); the control (a granted client's pod) completes a verified TLS
 * handshake with the broker on the client port (`ports[0]`) at both addresses, which shows the addresses and the listener
 * were up when the bystander was turned away.
 */
export function ungrantedVerdict(bystander: string, control: string, ports: readonly number[]): { ok: boolean; summary: string } {
  const [clientPort] = ports;
  const probes = 2 * ports.length;
  const lines = (out: string, port: number) => out.split("\n").filter((l) => new RegExp(`^[0-9.]+:${port} `).test(l));
  const resolved = (out: string) => /^dns: \S+=[0-9.]+ bus-0=[0-9.]+$/m.test(out);
  const noCredentials = /^credentials in env: 0$/m.test(bystander);
  const controlTls = lines(control, clientPort).filter((l) => /connected \(TLS TLSv1\.[23], verification 0 \(ok\)/.test(l));
  const bystanderPorts = ports.flatMap((p) => lines(bystander, p));
  const turnedAway = bystanderPorts.filter((l) => / (refused \(|no answer within )/.test(l));
  const reachedButRefused = bystanderPorts.filter((l) => / connected \(TLS refused by the broker: /.test(l));
  const ok =
    resolved(bystander) &&
    resolved(control) &&
    noCredentials &&
    controlTls.length === 2 &&
    bystanderPorts.length === probes &&
    turnedAway.length + reachedButRefused.length === probes;
  const summary =
    `bystander: ${turnedAway.length}/${probes} broker connects turned away at TCP` +
    (reachedButRefused.length ? `, ${reachedButRefused.length} reached the broker and its TLS was refused` : "") +
    `, credentials ${noCredentials ? "none" : "PRESENT"}; control: verified TLS on ${clientPort} at ${controlTls.length}/2 addresses`;
  return { ok, summary };
}

/**
 * Script of the "client without a certificate" probe: from a pod the NetworkPolicies admit (a
 * granted client's), a TLS handshake with the broker's Service on `port` presenting no certificate.
 */
export function certlessProbe(namespace: string, port: number): string {
  return `${brokerProbe(namespace, [port])}\nsvc="$(resolve bus.${namespace}.svc.cluster.local)"\ntcptls "$svc" ${port}`;
}

/** The broker refused the certificate-less handshake itself (a TLS alert), after the TCP connect completed. */
export function certlessRefused(output: string, port: number): boolean {
  return new RegExp(`^[0-9.]+:${port} connected \\(TLS refused by the broker: .*certificate required`, "m").test(output);
}

/**
 * The two broker-access checks of an event bus (`label` suffixes their names, e.g. " (Kafka)"):
 * "ungranted client refused" (the bystander's probe against the publisher's as control; `prelude`
 * writes the publisher's ca.pem, cert.pem and key.pem to /tmp) and "broker refuses a client without
 * a certificate" (from the publisher's pod, which the policies admit).
 */
export async function brokerAccessChecks(
  kubectl: Kubectl,
  namespace: string,
  options: { readonly ports: readonly number[]; readonly prelude: string; readonly label?: string },
): Promise<CheckResult[]> {
  const { ports, prelude, label = "" } = options;
  const bystander = await execInApp(
    kubectl,
    namespace,
    "bystander",
    `${brokerProbe(namespace, ports)}\necho "credentials in env: $(env | grep -cE '^(AMQP|KAFKA)_')"\nprobe_all`,
  );
  const control = await execInApp(kubectl, namespace, "publisher", `${prelude}\n${brokerProbe(namespace, ports)}\nprobe_all /tmp`);
  const verdict = ungrantedVerdict(bystander.output, control.output, ports);
  const certless = await execInApp(kubectl, namespace, "publisher", certlessProbe(namespace, ports[0]));
  return [
    {
      name: `runtime: ungranted client refused${label}`,
      ok: bystander.code === 0 && control.code === 0 && verdict.ok,
      message: `${verdict.summary}; from ${bystander.pod} (granted nothing): "${oneLine(bystander.output, 700)}"; control from ${control.pod}: "${oneLine(control.output, 500)}"`,
    },
    {
      name: `runtime: broker refuses a client without a certificate${label}`,
      ok: certlessRefused(certless.output, ports[0]),
      message: `openssl s_client without a client certificate from ${certless.pod}: "${oneLine(certless.output, 400)}"`,
    },
  ];
}
