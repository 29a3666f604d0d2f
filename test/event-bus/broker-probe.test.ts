/**
 * The event bus's broker probe (conformance/runtime-broker-probe.ts, issue 27): its shell
 * function `tcptls` run with the host's OpenSSL against real `openssl s_server` listeners, one
 * requiring a client certificate like the pattern's RabbitMQ (`fail_if_no_peer_cert`), one that
 * does not, and a closed port; then the ungranted-client verdict on outputs that differ in one line
 * each. The probe must tell a completed mutual-TLS handshake, a broker's TLS refusal, a session
 * held open and a rejected connect apart: the old probe (amqp-get) printed the same
 * "opening socket" error for all of them.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { brokerProbe, certlessRefused, ungrantedVerdict } from "../../conformance/runtime-broker-probe";

let dir = "";
const servers: ChildProcess[] = [];
const ports = { mtls: 0, open: 0, closed: 0 };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function listening(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const c = net.connect(port, "127.0.0.1", () => (c.destroy(), resolve(true))).on("error", () => resolve(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`openssl s_server on ${port} did not listen`);
}

function openssl(...args: string[]): void {
  execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
}

/** A TLS listener; stdin stays open (s_server stops at its EOF). */
async function server(port: number, extra: string[]): Promise<void> {
  const p = spawn("openssl", ["s_server", "-accept", `127.0.0.1:${port}`, "-cert", "server.pem", "-key", "server.key", ...extra], {
    cwd: dir,
    stdio: ["pipe", "ignore", "ignore"],
  });
  servers.push(p);
  // Probe connects of listening() are answered with errors; s_server keeps accepting.
  await listening(port);
}

/** Runs `tcptls` with its arguments in sh, with the probe's functions defined. */
function tcptls(...args: string[]): string {
  return execFileSync("sh", ["-c", `${brokerProbe("ns", [5671, 5672])}\ntcptls ${args.join(" ")}`], { encoding: "utf8" }).trim();
}

/** `openssl req` arguments for a new unencrypted EC P-256 key, as cert-manager issues them. */
const NEW_P256_KEY = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-broker-probe-"));
  // One CA, the server's certificate and a client's, as cert-manager issues them.
  openssl("req", "-x509", ...NEW_P256_KEY, "-keyout", "ca.key", "-out", "ca.pem", "-subj", "/CN=zone-ca", "-days", "1");
  for (const name of ["server", "client"]) {
    openssl("req", ...NEW_P256_KEY, "-keyout", `${name}.key`, "-out", `${name}.csr`, "-subj", `/CN=${name === "server" ? "bus" : "publisher"}`);
    openssl("x509", "-req", "-in", `${name}.csr`, "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", `${name}.pem`, "-days", "1");
  }
  fs.mkdirSync(path.join(dir, "creds"));
  fs.copyFileSync(path.join(dir, "ca.pem"), path.join(dir, "creds", "ca.pem"));
  fs.copyFileSync(path.join(dir, "client.pem"), path.join(dir, "creds", "cert.pem"));
  fs.copyFileSync(path.join(dir, "client.key"), path.join(dir, "creds", "key.pem"));
  [ports.mtls, ports.open, ports.closed] = [await freePort(), await freePort(), await freePort()];
  await server(ports.mtls, ["-Verify", "1", "-CAfile", "ca.pem"]);
  await server(ports.open, []);
});

afterAll(() => {
  for (const s of servers) s.kill();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test("the granted control completes mutual TLS and verifies the broker against the CA", () => {
  expect(tcptls("127.0.0.1", String(ports.mtls), path.join(dir, "creds"))).toBe(
    `127.0.0.1:${ports.mtls} connected (TLS TLSv1.3, verification 0 (ok), server CN = bus)`,
  );
});

test("a client without a certificate that reaches the broker is refused by it, and says so", () => {
  const out = tcptls("127.0.0.1", String(ports.mtls));
  expect(out).toMatch(new RegExp(`^127\\.0\\.0\\.1:${ports.mtls} connected \\(TLS refused by the broker: .*certificate required`));
  expect(certlessRefused(out, ports.mtls)).toBe(true);
  // A listener that does not require one (Kafka's SASL_SSL listener with only the broker-wide ssl.client.auth) is no refusal.
  expect(certlessRefused(tcptls("127.0.0.1", String(ports.open)), ports.open)).toBe(false);
}, 20_000);

test("a listener that does not refuse the uncertified client is reported held open, not refused", () => {
  expect(tcptls("127.0.0.1", String(ports.open))).toBe(`127.0.0.1:${ports.open} connected (held open for 8 s, not refused)`);
}, 20_000);

test("a rejected connect is reported refused with the connect error", () => {
  expect(tcptls("127.0.0.1", String(ports.closed))).toBe(`127.0.0.1:${ports.closed} refused (Connection refused, errno=111)`);
});

test("a probe that cannot start (a missing certificate folder) is not reported as a refusal", () => {
  expect(tcptls("127.0.0.1", String(ports.mtls), path.join(dir, "no-such-folder"))).toMatch(
    new RegExp(`^127\\.0\\.0\\.1:${ports.mtls} probe failed before connecting \\(exit 1: `),
  );
});

describe("ungranted-client verdict", () => {
  const dns = "dns: bus.ns.svc.cluster.local=10.96.0.20 bus-0=10.244.0.9";
  const control = [
    dns,
    "10.96.0.20:5671 connected (TLS TLSv1.3, verification 0 (ok), server CN = bus)",
    "10.96.0.20:5672 refused (Connection refused, errno=111)",
    "10.244.0.9:5671 connected (TLS TLSv1.3, verification 0 (ok), server CN = bus)",
    "10.244.0.9:5672 refused (Connection refused, errno=111)",
  ].join("\n");
  const bystander = [
    dns,
    "credentials in env: 0",
    "10.96.0.20:5671 refused (Connection refused, errno=111)",
    "10.96.0.20:5672 no answer within 8 s",
    "10.244.0.9:5671 refused (Connection refused, errno=111)",
    "10.244.0.9:5672 refused (Connection refused, errno=111)",
  ].join("\n");

  test("turned away at TCP while the control's mutual TLS completes: pass", () => {
    expect(ungrantedVerdict(bystander, control, [5671, 5672])).toEqual({
      ok: true,
      summary: "bystander: 4/4 broker connects turned away at TCP, credentials none; control: verified TLS on 5671 at 2/2 addresses",
    });
  });

  test("reached, but the broker refuses its TLS: pass, named as such", () => {
    const reached = bystander.replace(
      "10.244.0.9:5671 refused (Connection refused, errno=111)",
      "10.244.0.9:5671 connected (TLS refused by the broker: SSL3 alert read:fatal:unknown error:0A00045C:SSL routines:ssl3_read_bytes:tlsv13 alert certificate required)",
    );
    expect(ungrantedVerdict(reached, control, [5671, 5672])).toMatchObject({
      ok: true,
      summary: expect.stringContaining("3/4 broker connects turned away at TCP, 1 reached the broker and its TLS was refused"),
    });
  });

  test("the same outputs judged for the Kafka ports: fail (no probe line of 9092/9093)", () => {
    expect(ungrantedVerdict(bystander, control, [9092, 9093])).toMatchObject({ ok: false, summary: expect.stringContaining("0/4 broker connects") });
  });

  test.each([
    [
      "a bystander session held open",
      bystander.replace("10.96.0.20:5672 no answer within 8 s", "10.96.0.20:5672 connected (held open for 8 s, not refused)"),
      control,
    ],
    [
      "a bystander handshake that completed",
      bystander.replace(
        /^10\.96\.0\.20:5671 .*$/m,
        "10.96.0.20:5671 connected (TLS TLSv1.3, verification 21 (unable to verify the first certificate), server CN = bus)",
      ),
      control,
    ],
    ["credentials in the bystander's env", bystander.replace("credentials in env: 0", "credentials in env: 3"), control],
    ["a control that is refused like the bystander", bystander, bystander.replace("credentials in env: 0\n", "")],
    [
      "a control whose verification failed",
      bystander,
      control.replace(/verification 0 \(ok\)/, "verification 19 (self-signed certificate in certificate chain)"),
    ],
    [
      "a bystander that could not resolve the broker",
      bystander.replace(dns, "dns: bus.ns.svc.cluster.local=FAILED bus-0=FAILED").replace(/^10\..*$/gm, ""),
      control,
    ],
  ])("%s: fail", (_what, b, c) => {
    expect(ungrantedVerdict(b, c, [5671, 5672]).ok).toBe(false);
  });
});
