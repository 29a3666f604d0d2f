/**
 * TLS of the in-cluster brokers: cert-manager signs the broker's server certificate and one client
 * certificate per client (in the client's namespace) with the zone's internal ClusterIssuer;
 * RabbitMQ serves AMQPS only and demands a client certificate, Kafka's client listener is SASL_SSL
 * with required client certificates; clients get `amqps://` / `SASL_SSL` and the CA, certificate
 * and key as Secret references; cert-manager's Certificate CRD, which the embedded cluster
 * carries, is vendored verbatim (checked against its provenance). What the embedded cluster
 * cannot show (no cert-manager controller, no container runs) is a handshake: these are checks of
 * the objects (test/event-bus/rabbitmq-tls.test.ts runs RabbitMQ's TLS settings for real).
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { App, EventBusStack, EventBusStackProps, LandingZone, LandingZoneProps, WebAppStack, targets, TargetName } from "../../index";
import { CERT_MANAGER_VERSION, certificateCrd, certManagerVendorDir } from "../../constructs/kube/cert-manager";
import { manifestsOf, synthApp } from "../support/synth";

/** The kinds in a zone's add-ons stack (sorted, each once); none when there is no such stack. */
const addonKinds = (json: Record<string, unknown> | undefined): string[] =>
  json ? [...new Set(manifestsOf(json).map((m: { kind: string }) => m.kind))].sort() : [];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const AMQP: Partial<EventBusStackProps> = {
  exchanges: [{ name: "orders", type: "topic" }],
  queues: [{ name: "billing.orders" }],
  bindings: [{ exchange: "orders", queue: "billing.orders", routingKey: "order.*" }],
};
const KAFKA: Partial<EventBusStackProps> = { protocol: "kafka", topics: [{ name: "orders.created" }] };

function zone(target: TargetName, props: Partial<EventBusStackProps>, zoneProps: Partial<LandingZoneProps> = {}) {
  return synthApp((app: App) => {
    const z = new LandingZone(app, "amt", { target: targets[target](), stage: "production", tenant: "amt", ...zoneProps });
    const bus = new EventBusStack(app, "events", { landingZone: z, ...props });
    const shop = new WebAppStack(app, "shop", { landingZone: z, image: "registry.example.de/shop/web:1.4.2" });
    if (bus.protocol === "amqp") bus.grantPublish(shop.workload, { exchange: "orders" });
    else bus.grantPublish(shop.workload, { topic: "orders.created" });
  });
}

const certificates = (objects: Json[]) => objects.filter((o) => o.kind === "Certificate");
const container = (objects: Json[], kind: string) => objects.find((o) => o.kind === kind).spec.template.spec.containers[0];
const envOf = (c: Json) => Object.fromEntries((c.env as Json[]).map((e) => [e.name, e.value ?? e.valueFrom?.secretKeyRef]));

describe("RabbitMQ in the cluster", () => {
  const out = zone("onprem", AMQP);
  const bus = manifestsOf(out.json["events-platform"]);
  const shop = manifestsOf(out.json["shop-platform"]);

  test("a server certificate for the Service and every pod, signed by the zone's internal ClusterIssuer", () => {
    const [server] = certificates(bus);
    expect(server.metadata).toMatchObject({ name: "bus-tls", namespace: "amt-production-events" });
    expect(server.spec.issuerRef).toEqual({ group: "cert-manager.io", kind: "ClusterIssuer", name: "stackwerk-internal-ca" });
    expect(server.spec.dnsNames).toEqual(
      expect.arrayContaining(["bus.amt-production-events.svc.cluster.local", "*.bus-headless.amt-production-events.svc.cluster.local"]),
    );
    expect(server.spec.privateKey).toMatchObject({ algorithm: "ECDSA", encoding: "PKCS8", rotationPolicy: "Always" });
  });

  test("AMQPS only, with a client certificate demanded; no plain AMQP port anywhere", () => {
    const conf = bus.find((o) => o.kind === "ConfigMap" && o.metadata.name === "bus-config").data["rabbitmq.conf"] as string;
    expect(conf).toContain("listeners.tcp = none\nlisteners.ssl.default = 5671\n");
    expect(conf).toContain("ssl_options.verify = verify_peer\nssl_options.fail_if_no_peer_cert = true\n");
    const rabbit = container(bus, "StatefulSet");
    expect(rabbit.ports.map((p: Json) => p.containerPort)).toEqual([5671, 4369, 25672]);
    expect(rabbit.volumeMounts).toContainEqual({ name: "tls", mountPath: "/etc/rabbitmq-tls", readOnly: true });
    const sts = bus.find((o) => o.kind === "StatefulSet");
    expect(sts.spec.template.spec.volumes).toContainEqual({ name: "tls", secret: { secretName: "bus-tls", defaultMode: 0o440 } });
    expect(JSON.stringify([...bus, ...shop])).not.toMatch(/"port":5672\b|amqp:\/\//);
    expect(bus.find((o) => o.kind === "Service" && o.metadata.name === "bus").spec.ports[0].port).toBe(5671);
  });

  test("the client gets its own certificate in its namespace, an amqps:// URL and the CA as a Secret reference", () => {
    const [cert] = certificates(shop);
    expect(cert.metadata).toMatchObject({ name: "bus-shop-web-tls", namespace: "amt-production-shop" });
    expect(cert.spec).toMatchObject({ commonName: "shop-web", usages: ["digital signature", "client auth"] });
    expect(cert.spec.dnsNames).toBeUndefined();
    const env = envOf(container(shop, "Deployment"));
    expect(env.AMQP_URL).toBe("amqps://shop-web:$(AMQP_PASSWORD)@bus.amt-production-events.svc.cluster.local:5671/events");
    expect(env.AMQP_CA_PEM).toEqual({ name: "bus-shop-web-tls", key: "ca.crt" });
    expect(env.AMQP_CERTIFICATE_PEM).toEqual({ name: "bus-shop-web-tls", key: "tls.crt" });
    expect(env.AMQP_KEY_PEM).toEqual({ name: "bus-shop-web-tls", key: "tls.key" });
  });

  test("no cert-manager add-on: cert-manager and its CRD are the cluster's, like the issuer", () => {
    // The zone's add-ons stack holds only its admission policies (ADR 0385).
    expect(addonKinds(out.json["amt-addons"])).toEqual(["ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding"]);
    expect(JSON.stringify(out.json)).not.toContain("CustomResourceDefinition");
  });
});

describe("Kafka in the cluster", () => {
  const out = zone("onprem", KAFKA);
  const bus = manifestsOf(out.json["events-platform"]);
  const shop = manifestsOf(out.json["shop-platform"]);

  test("the client listener is SASL_SSL with required client certificates, named so the image's configure script accepts PEM", () => {
    const kafka = container(bus, "StatefulSet");
    const env = envOf(kafka);
    expect(env.KAFKA_LISTENER_SECURITY_PROTOCOL_MAP).toBe("CONTROLLER:PLAINTEXT,CLIENT:SASL_SSL");
    expect(env).toMatchObject({ KAFKA_SSL_KEYSTORE_TYPE: "PEM", KAFKA_SSL_TRUSTSTORE_TYPE: "PEM", KAFKA_LISTENER_NAME_CLIENT_SSL_CLIENT_AUTH: "required" });
    expect(env.KAFKA_LISTENER_NAME_CLIENT_PLAIN_SASL_JAAS_CONFIG).toContain("PlainLoginModule");
    // apache/kafka's configure script demands JKS files for "SSL://" and KAFKA_OPTS for "SASL_" in the advertised listeners.
    const advertised = (kafka.command[2] as string).match(/KAFKA_ADVERTISED_LISTENERS="([^"]+)"/)![1];
    expect(advertised).toMatch(/^CLIENT:\/\//);
    expect(advertised).not.toMatch(/SSL:\/\/|SASL_/);
    expect(kafka.command[2]).toContain("cat /etc/kafka-tls/tls.key /etc/kafka-tls/tls.crt > /tmp/tls/keystore.pem");
  });

  test("the admin Job connects over SASL_SSL with a certificate of its own", () => {
    const job = bus.find((o) => o.kind === "Job");
    expect(job.spec.template.spec.volumes).toContainEqual({ name: "tls", secret: { secretName: "bus-admin-tls", defaultMode: 0o440 } });
    expect(job.spec.template.spec.containers[0].command[2]).toContain("security.protocol=SASL_SSL\nssl.truststore.type=PEM");
    expect(
      certificates(bus)
        .map((c) => [c.metadata.name, c.spec.commonName])
        .sort(),
    ).toEqual([
      ["bus-admin-tls", "admin"],
      ["bus-tls", "bus.amt-production-events.svc.cluster.local"],
    ]);
  });

  test("clients get SASL_SSL and their certificate's CA, certificate and key", () => {
    const env = envOf(container(shop, "Deployment"));
    expect(env.KAFKA_SECURITY_PROTOCOL).toBe("SASL_SSL");
    expect(env.KAFKA_SSL_CA_PEM).toEqual({ name: "bus-shop-web-tls", key: "ca.crt" });
    expect(env.KAFKA_SSL_KEY_PEM).toEqual({ name: "bus-shop-web-tls", key: "tls.key" });
  });
});

test("the zone's internalIssuer signs every broker and client certificate", () => {
  const out = zone("ionos", AMQP, { internalIssuer: "amt-ca" });
  const all = [...manifestsOf(out.json["events-platform"]), ...manifestsOf(out.json["shop-platform"])];
  expect(certificates(all).map((c) => c.spec.issuerRef.name)).toEqual(["amt-ca", "amt-ca"]);
});

test("a bad internalIssuer fails naming the property", () => {
  expect(() => zone("onprem", AMQP, { internalIssuer: "Not A Label" })).toThrow(/\[LandingZone amt\] internalIssuer: .*Not A Label/);
});

test("a managed broker needs no certificates and no CRD", () => {
  const out = zone("stackit", AMQP);
  for (const json of Object.values(out.json)) expect(certificates(manifestsOf(json))).toEqual([]);
  expect(addonKinds(out.json["amt-addons"])).toEqual(["ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding"]);
});

test(`the vendored Certificate CRD is cert-manager ${CERT_MANAGER_VERSION}'s file, byte for byte`, () => {
  const dir = certManagerVendorDir();
  const provenance = JSON.parse(fs.readFileSync(path.join(dir, "provenance.json"), "utf8"));
  expect(provenance.version).toBe(CERT_MANAGER_VERSION);
  for (const f of provenance.files) {
    expect(
      createHash("sha256")
        .update(fs.readFileSync(path.join(dir, f.file)))
        .digest("hex"),
    ).toBe(f.sha256);
  }
  expect(certificateCrd().spec).toMatchObject({ group: "cert-manager.io", names: { kind: "Certificate" }, scope: "Namespaced" });
});
