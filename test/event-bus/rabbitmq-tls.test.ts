/**
 * The in-cluster RabbitMQ's TLS settings against a real RabbitMQ node (Debian's 3.10, the same
 * `listeners.ssl` / `ssl_options` keys as the 4.x image): the `listeners.*` and `ssl_options.*`
 * lines of the synthesised rabbitmq.conf, with only the address, port and certificate folder
 * localised, and certificates shaped as cert-manager issues them (ECDSA P-256, PKCS#8 key, one CA
 * for server and clients). A client with a certificate of the CA completes the TLS handshake and
 * gets AMQP's Connection.Start; a client without one is refused; no plain AMQP listener runs.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, EventBusStack, targets } from "../../index";
import { manifestsOf, synthApp } from "../support/synth";
import { ensureRabbitmq, RabbitNode, startRabbitmq } from "./support/rabbitmq";

jest.setTimeout(600_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-rabbitmq-tls-"));
const openssl = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });

/** A CA, a server certificate for 127.0.0.1 and a client certificate, as cert-manager would write them. */
function certificates(): void {
  openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "ca.key");
  openssl("req", "-x509", "-new", "-key", "ca.key", "-subj", "/CN=stackwerk-internal-ca", "-days", "2", "-out", "ca.crt");
  for (const [name, ext] of [
    ["server", "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth,clientAuth"],
    ["client", "extendedKeyUsage=clientAuth"],
  ]) {
    // genpkey writes PKCS#8 ("BEGIN PRIVATE KEY"), the encoding the Certificates ask cert-manager for.
    openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", `${name}.key`);
    openssl("req", "-new", "-key", `${name}.key`, "-subj", `/CN=${name === "client" ? "shop-web" : "bus"}`, "-out", `${name}.csr`);
    fs.writeFileSync(path.join(dir, `${name}.ext`), ext + "\n");
    openssl(
      "x509",
      "-req",
      "-in",
      `${name}.csr`,
      "-CA",
      "ca.crt",
      "-CAkey",
      "ca.key",
      "-CAcreateserial",
      "-days",
      "2",
      "-extfile",
      `${name}.ext`,
      "-out",
      `${name}.crt`,
    );
  }
  fs.copyFileSync(path.join(dir, "server.crt"), path.join(dir, "tls.crt"));
  fs.copyFileSync(path.join(dir, "server.key"), path.join(dir, "tls.key"));
}

/** The TLS lines of the rabbitmq.conf the pattern renders. */
function renderedTlsLines(): string[] {
  const out = synthApp((app: App) => {
    new EventBusStack(app, "events", { target: targets.onprem(), exchanges: [{ name: "orders", type: "topic" }] });
  });
  const conf = manifestsOf(out.json["events-platform"]).find((o) => o.kind === "ConfigMap" && o.metadata.name === "bus-config").data["rabbitmq.conf"];
  return (conf as string).split("\n").filter((l) => /^(listeners|ssl_options)\./.test(l));
}

/** `openssl s_client` sending AMQP's protocol header; returns its exit code and output. */
function connect(port: number, withCertificate: boolean): { code: number; out: string } {
  const args = ["s_client", "-connect", `127.0.0.1:${port}`, "-CAfile", "ca.crt", "-verify_return_error", "-ign_eof"];
  if (withCertificate) args.push("-cert", "client.crt", "-key", "client.key");
  const r = spawnSync("openssl", args, { cwd: dir, input: Buffer.from("AMQP\x00\x00\x09\x01", "latin1"), timeout: 20_000 });
  return { code: r.status ?? -1, out: `${r.stdout.toString("latin1")}\n${r.stderr.toString("latin1")}` };
}

let node: RabbitNode;
let lines: string[];

beforeAll(async () => {
  certificates();
  lines = renderedTlsLines();
  node = await startRabbitmq(ensureRabbitmq(), 60_000, {
    config: (port) =>
      [
        ...lines.map((l) => l.replace(/^listeners\.ssl\.default = \d+$/, `listeners.ssl.1 = 127.0.0.1:${port}`).replace("/etc/rabbitmq-tls", dir)),
        "loopback_users = none",
        "",
      ].join("\n"),
  });
});

afterAll(async () => {
  await node?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("the rendered config has a TLS listener, demands client certificates and no plain listener", () => {
  expect(lines).toEqual(expect.arrayContaining(["listeners.tcp = none", "listeners.ssl.default = 5671", "ssl_options.fail_if_no_peer_cert = true"]));
});

test("a client with a certificate of the CA completes the handshake and gets AMQP Connection.Start", () => {
  const { code, out } = connect(node.amqpPort, true);
  expect(out).toMatch(/Verify return code: 0 \(ok\)/);
  // Connection.Start carries the server properties and the SASL mechanisms.
  expect(out).toContain("RabbitMQ");
  expect(out).toContain("PLAIN");
  expect(code).toBe(0);
});

test("a client without a certificate is refused", () => {
  const { out } = connect(node.amqpPort, false);
  expect(out).not.toContain("RabbitMQ");
  expect(out).toMatch(/alert certificate required/);
});

test("nothing listens for plain AMQP", async () => {
  const listeners = await node.ctl(["status"]);
  expect(listeners).toMatch(/amqp\/ssl/);
  expect(listeners).not.toMatch(/protocol: amqp,|amqp, purpose: AMQP 0-9-1 and AMQP 1.0\n/);
});
