/**
 * IONOS Kafka client certificates: each client's platform stack opens the ephemeral
 * `ionoscloud_kafka_user_credentials` itself and writes CA, certificate and private key into its
 * TLS Secret through write-only `data_wo`, so no key lands in plan, state or synth output; the
 * cluster id and user id come from infra outputs. Checked at synth, with `tofu validate` and the
 * real ionoscloud provider, and for the Pulumi engine (which refuses, naming the alternative).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { TerraformStack } from "cdktf";
import { App, EventBusStack, LandingZone, WebAppStack, targets } from "../../index";
import { Workload } from "../../constructs/workload";
import { KubeSecret } from "../../constructs/kube/secret";
import type { Construct } from "constructs";
import { IONOS_KAFKA_TLS_KEYS, IONOS_PROVIDER } from "../../providers/ionos/message-broker";
import { ensureToolchain } from "../../tools/toolchain";
import { manifestsOf, synthApp } from "../support/synth";
import { validateStacks } from "../support/examples";
import { runPulumi } from "../support/pulumi";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

jest.setTimeout(300_000);

const TYPE = "ionoscloud_kafka_user_credentials";

function kafkaZone(app: App) {
  const zone = new LandingZone(app, "amt", { target: targets.ionos(), stage: "production", tenant: "amt" });
  const bus = new EventBusStack(app, "events", { landingZone: zone, protocol: "kafka", topics: [{ name: "orders.created" }] });
  const shop = new WebAppStack(app, "shop", { landingZone: zone, image: "registry.example.de/shop/web:1.4.2" });
  const billing = new WebAppStack(app, "billing", { landingZone: zone, image: "registry.example.de/billing/worker:2.0.1" });
  bus.grantPublish(shop.workload, { topic: "orders.created" });
  bus.grantConsume(billing.workload, { topic: "orders.created", group: "billing" });
  return bus;
}

/** Every string in `value` with its JSON path. */
function strings(value: Json, at = ""): Array<[string, string]> {
  if (typeof value === "string") return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
  return [];
}

const out = synthApp((app) => kafkaZone(app));

test("each client's platform stack opens the ephemeral credentials with the infra's cluster and user ids", () => {
  for (const [stack, client] of [
    ["shop-platform", "shop_web"],
    ["billing-platform", "billing_web"],
  ]) {
    const json = out.json[stack];
    expect(Object.keys(json.ephemeral[TYPE])).toEqual([`events_bus_${client}_credentials`]);
    expect(json.ephemeral[TYPE][`events_bus_${client}_credentials`]).toEqual({
      cluster_id: "${var.events_bus_cluster_id}",
      id: "${var.events_bus_user_id}",
      location: "de/fra",
    });
    expect(json.variable.events_bus_cluster_id.sensitive).toBeFalsy();
    // The shared zone's infra layer names every output after its pattern instance.
    // The same provider the infra stack pins (credentials from the environment, as there).
    expect(json.terraform.required_providers.ionoscloud).toEqual({ source: IONOS_PROVIDER.source, version: IONOS_PROVIDER.version });
    expect(out.json["amt-infra"].terraform.required_providers.ionoscloud).toEqual(json.terraform.required_providers.ionoscloud);
  }
  const infra = out.json["amt-infra"];
  const users = Object.values(infra.data.ionoscloud_kafka_users) as Json[];
  expect(users).toHaveLength(1);
  expect(users[0].cluster_id).toMatch(/^\$\{ionoscloud_kafka_cluster\.[^.]+\.id\}$/);
  expect(infra.output.events_bus_user_id.value).toMatch(/^\$\{data\.ionoscloud_kafka_users\.[^.]+\.users\[0\]\.id\}$/);
  expect(infra.output.events_bus_cluster_id.value).toBe(users[0].cluster_id);
});

test("the TLS Secret in the client's namespace gets CA, certificate and key through data_wo only, and the env refers to it", () => {
  const json = out.json["shop-platform"];
  const secrets = Object.values(json.resource.kubernetes_secret_v1) as Json[];
  const tls = secrets.find((s) => s.metadata.name === "bus-shop-web-kafka-tls");
  expect(tls.metadata.namespace).toBe("amt-production-shop");
  expect(tls.data).toBeUndefined();
  expect(tls.data_wo).toEqual(
    Object.fromEntries(Object.entries(IONOS_KAFKA_TLS_KEYS).map(([k, a]) => [k, `\${ephemeral.${TYPE}.events_bus_shop_web_credentials.${a}}`])),
  );
  expect(String(tls.data_wo_revision)).toContain("var.credentials_rotation");
  const env = (manifestsOf(json).find((o) => o.kind === "Deployment").spec.template.spec.containers[0].env as Json[]).filter((e) =>
    e.name.startsWith("KAFKA_SSL_"),
  );
  expect(env.map((e) => [e.name, e.valueFrom.secretKeyRef])).toEqual([
    ["KAFKA_SSL_CA_PEM", { name: "bus-shop-web-kafka-tls", key: "ca.crt" }],
    ["KAFKA_SSL_CERTIFICATE_PEM", { name: "bus-shop-web-kafka-tls", key: "tls.crt" }],
    ["KAFKA_SSL_KEY_PEM", { name: "bus-shop-web-kafka-tls", key: "tls.key" }],
  ]);
});

test("no certificate or private key is referenced anywhere but a write-only attribute", () => {
  let seen = 0;
  for (const [stack, json] of Object.entries(out.json)) {
    for (const [at, value] of strings(json)) {
      if (!/ephemeral\.|private_key|certificate_authority|kafka_user_credentials/.test(value)) continue;
      seen++;
      // Allowed: the write-only data of a Secret, and the ephemeral block's own body (which holds ids only).
      expect({ stack, at, ok: /^resource\.kubernetes_secret_v1\.[^.]+\.data_wo\./.test(at) }).toEqual({ stack, at, ok: true });
    }
    // No data source or output that would put the credentials into state.
    expect(Object.keys(json.data ?? {})).not.toContain(TYPE);
    for (const o of Object.values(json.output ?? {}) as Json[]) expect(JSON.stringify(o.value)).not.toMatch(/ephemeral\.|private_key/);
  }
  // Two clients, three keys each.
  expect(seen).toBe(6);
});

test("a client platform stack with the ephemeral credentials passes tofu validate with the real providers", async () => {
  const tc = await ensureToolchain();
  expect(fs.existsSync(path.join(out.outdir, "stacks", "shop-platform", "cdk.tf.json"))).toBe(true);
  await validateStacks(tc, out.outdir, ["shop-platform", "amt-infra"]);
});

test("the Pulumi engine refuses an ephemeral Secret value, naming the key and the alternative", async () => {
  await expect(
    runPulumi((app) => {
      const zone = new LandingZone(app, "amt", { target: targets.ionos(), stage: "test", tenant: "amt" });
      const bus = new EventBusStack(app, "events", { landingZone: zone, protocol: "kafka", topics: [{ name: "orders.created" }] });
      const client = new Workload(bus.platformStack as unknown as Construct, "reader", {
        namespace: bus.namespace,
        name: "reader",
        image: "registry.example.de/reader:1.0.0",
        size: bus.size,
      });
      bus.grantConsume(client, { topic: "orders.created" });
      return bus;
    }),
  ).rejects.toThrow(/values\.ca\.crt: comes from the ephemeral resource ionoscloud_kafka_user_credentials .*Allowed: the Terraform engine \(OpenTofu\)/);
});

test("a KubeSecret refuses an ephemeral source with a bad block name or a type of another provider", () => {
  const make = (name: string, type: string) => () =>
    synthApp((app) => {
      const stack = new TerraformStack(app, "s");
      new KubeSecret(stack, "tls", {
        namespace: "ns",
        name: "tls",
        values: { "tls.key": { kind: "ephemeral", source: { provider: IONOS_PROVIDER, type, name, config: {} }, attribute: "private_key" } },
      });
    });
  expect(make("Bad-Name", TYPE)).toThrow(/\[KubeSecret s\/tls\] values\.tls\.key\.source\.name: "Bad-Name" is not allowed\. Allowed: lower-case letters/);
  expect(make("ok", "random_password")).toThrow(
    /values\.tls\.key\.source\.type: "random_password" is not allowed\. Allowed: a resource type of provider ionoscloud/,
  );
});
