/**
 * EventBusStack at synth: what each target deploys for each protocol (managed RabbitMQ on STACKIT
 * with its ACL narrowed to the SKE egress, IONOS Kafka in the zone's LAN with its topics, in-cluster
 * brokers elsewhere, 3 replicas over zones in production), least-privileged clients in other
 * patterns' namespaces connected in one line (credentials Secret in the client's namespace, env,
 * NetworkPolicies both ways), no secret value in the synth output, and bad input refused with the
 * construct path, the property and what is allowed.
 */
import { App, EventBusStack, EventBusStackProps, LandingZone, WebAppStack, targets, TargetName } from "../../index";
import { Workload } from "../../constructs/workload";
import { manifestsOf, synthApp } from "../support/synth";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const AMQP: Partial<EventBusStackProps> = {
  exchanges: [{ name: "orders", type: "topic" }],
  queues: [{ name: "billing.orders" }],
  bindings: [{ exchange: "orders", queue: "billing.orders", routingKey: "order.*" }],
};
const KAFKA: Partial<EventBusStackProps> = { protocol: "kafka", topics: [{ name: "orders.created" }] };

/** A zone with a bus and two web-apps: the shop publishes, billing consumes. */
function zoneWithClients(app: App, target: TargetName, props: Partial<EventBusStackProps>, stage: "test" | "production" = "production") {
  const zone = new LandingZone(app, "amt", { target: targets[target](), stage, tenant: "amt" });
  const bus = new EventBusStack(app, "events", { landingZone: zone, ...props });
  const shop = new WebAppStack(app, "shop", { landingZone: zone, image: "registry.example.de/shop/web:1.4.2" });
  const billing = new WebAppStack(app, "billing", { landingZone: zone, image: "registry.example.de/billing/worker:2.0.1" });
  if (bus.protocol === "amqp") {
    bus.grantPublish(shop.workload, { exchange: "orders" });
    bus.grantConsume(billing.workload, { queue: "billing.orders" });
  } else {
    bus.grantPublish(shop.workload, { topic: "orders.created" });
    bus.grantConsume(billing.workload, { topic: "orders.created" });
  }
  return bus;
}

function kinds(objects: Json[]): string[] {
  return objects.map((o) => `${o.kind}/${o.metadata.name}`).sort();
}

function deployment(objects: Json[]): Json {
  return objects.find((o) => o.kind === "Deployment");
}

describe.each(["onprem", "ionos", "stackit"] as const)("%s", (target) => {
  test.each([
    ["amqp", AMQP],
    ["kafka", KAFKA],
  ] as const)("%s: clients in other namespaces get a credential, env and policies both ways", (protocol, props) => {
    const out = synthApp((app) => zoneWithClients(app, target, props));
    const shop = manifestsOf(out.json["shop-platform"]);
    const env = deployment(shop).spec.template.spec.containers[0].env as Json[];
    const names = env.map((e) => e.name);
    if (protocol === "amqp") expect(names).toEqual(expect.arrayContaining(["AMQP_URL", "AMQP_PASSWORD", "AMQP_HOST", "AMQP_VHOST"]));
    else expect(names).toEqual(expect.arrayContaining(["KAFKA_BOOTSTRAP_SERVERS", "KAFKA_SECURITY_PROTOCOL"]));
    // Egress from the shop towards the broker, nothing else added; an in-cluster broker's namespace is in the name (policyName).
    expect(shop.filter((o) => o.kind === "NetworkPolicy" && /^web-allow-to-(amt-production-events-)?events-bus$/.test(o.metadata.name))).toHaveLength(1);
    // Every secret env is a reference; no value is inlined.
    for (const e of env.filter((x) => /PASSWORD|URL|PEM/.test(x.name) && x.name !== "AMQP_URL")) expect(e.valueFrom?.secretKeyRef).toBeDefined();
    const managed = (target === "stackit" && protocol === "amqp") || (target === "ionos" && protocol === "kafka");
    const bus = manifestsOf(out.json["events-platform"]);
    if (!managed) {
      // In-cluster: 3 replicas in production spread over zones, a PDB, ingress only from the two clients.
      const sts = bus.find((o) => o.kind === "StatefulSet");
      expect(sts.spec.replicas).toBe(3);
      expect(sts.spec.template.spec.topologySpreadConstraints[0].topologyKey).toBe("topology.kubernetes.io/zone");
      expect(bus.some((o) => o.kind === "PodDisruptionBudget")).toBe(true);
      const admitted = bus
        .filter(
          (o) => o.kind === "NetworkPolicy" && o.spec.podSelector.matchLabels?.["app.kubernetes.io/name"] === "bus" && o.spec.policyTypes[0] === "Ingress",
        )
        .flatMap((o) => o.spec.ingress[0].from)
        .filter((p: Json) => p.namespaceSelector && p.namespaceSelector.matchLabels["kubernetes.io/metadata.name"] !== "amt-production-events")
        .map((p: Json) => p.namespaceSelector.matchLabels["kubernetes.io/metadata.name"])
        .sort();
      expect(admitted).toEqual(["amt-production-billing", "amt-production-shop"]);
      // The shop's credential Secret sits in its own namespace.
      expect(out.json["shop-platform"].resource.kubernetes_secret_v1).toBeDefined();
    }
  });
});

test("STACKIT: managed RabbitMQ, replica plan in production, ACL = the SKE cluster's egress ranges, one credential per client", () => {
  const out = synthApp((app) => zoneWithClients(app, "stackit", AMQP));
  const infra = out.json["amt-infra"].resource;
  const instance = Object.values(infra.stackit_rabbitmq_instance)[0] as Json;
  expect(instance.plan_name).toBe("stackit-rabbitmq-1.2.10-replica");
  expect(instance.parameters.sgw_acl).toContain("stackit_ske_cluster.cluster.egress_address_ranges");
  expect(instance.lifecycle.prevent_destroy).toBe(true);
  // The setup credential plus one per client.
  const credentials = Object.values(infra.stackit_rabbitmq_credential).map((c: Json) => c["//"].metadata.path.split("/").pop());
  expect(credentials.sort()).toEqual(["bus-credential-billing-web", "bus-credential-shop-web", "bus-setup-credential"]);
});

test("IONOS: Kafka in the zone's LAN (memoized per zone), one managed topic per topic, bootstrap servers from the LAN range", () => {
  const out = synthApp((app) => zoneWithClients(app, "ionos", KAFKA));
  const infra = out.json["amt-infra"];
  expect(Object.keys(infra.resource.ionoscloud_lan)).toHaveLength(1);
  const cluster = Object.values(infra.resource.ionoscloud_kafka_cluster)[0] as Json;
  expect(cluster.connections.lan_id).toContain("ionoscloud_lan.private-lan");
  expect(cluster.connections.broker_addresses).toHaveLength(3);
  const topics = Object.values(infra.resource.ionoscloud_kafka_cluster_topic) as Json[];
  expect(topics.map((t) => [t.name, t.number_of_partitions, t.replication_factor])).toEqual([["orders.created", 3, 3]]);
});

test("no secret value reaches the synth output; the broker's users come from Secrets", () => {
  const out = synthApp((app) => zoneWithClients(app, "onprem", AMQP));
  const text = JSON.stringify(out.json);
  expect(text).not.toMatch(/password_hash"\s*:\s*"[A-Za-z0-9+/]{40,}/);
  const defs = manifestsOf(out.json["events-platform"]).find((o) => o.kind === "ConfigMap" && o.metadata.name === "bus-definitions");
  const users = JSON.parse(defs.data["definitions.json"]).users;
  expect(users.map((u: Json) => [u.name, u.password_hash])).toEqual([
    ["shop-web", "@@stackwerk-password-hash:bus-client-shop-web/password@@"],
    ["billing-web", "@@stackwerk-password-hash:bus-client-billing-web/password@@"],
  ]);
  const perms = JSON.parse(defs.data["definitions.json"]).permissions;
  expect(perms).toEqual([
    { user: "shop-web", vhost: "events", configure: "^$", write: "^(?:orders)$(?!\\n)", read: "^$" },
    { user: "billing-web", vhost: "events", configure: "^$", write: "^$", read: "^(?:billing\\.orders)$(?!\\n)" },
  ]);
});

test("test stage: one broker replica, no PDB, classic queues", () => {
  const out = synthApp((app) => zoneWithClients(app, "onprem", AMQP, "test"));
  const bus = manifestsOf(out.json["events-platform"]);
  expect(bus.find((o) => o.kind === "StatefulSet").spec.replicas).toBe(1);
  expect(kinds(bus)).not.toContain("PodDisruptionBudget/bus");
});

describe("bad input fails at synth with path, property and what is allowed", () => {
  const make =
    (props: Record<string, unknown>, target: TargetName = "onprem") =>
    () =>
      new EventBusStack(new App({ outdir: "/tmp/unused" }), "events", { target: targets[target](), ...props } as EventBusStackProps);

  test.each([
    [{ protocol: "nats" }, /\[EventBusStack events\] protocol: "nats" is not offered by target onprem\. Allowed: amqp, kafka/],
    [{ protocol: "kafka", topics: [{ name: "bad topic" }] }, /topics\[0\]\.name: "bad topic" is not a valid topic name\. Allowed: 1 to 249 characters/],
    [{ protocol: "kafka", topics: [{ name: "__internal" }] }, /topics\[0\]\.name: "__internal" starts with __/],
    [{ protocol: "kafka", topics: [{ name: "orders", partitions: 0 }] }, /topics\[0\]\.partitions: .*0.*Allowed: an integer from 1 to 10000/],
    [{ exchanges: [{ name: "amq.orders" }] }, /exchanges\[0\]\.name: "amq\.orders" starts with amq\./],
    [{ topics: [{ name: "orders" }] }, /topics: is a Kafka property, but protocol is "amqp"\. Allowed: vhost, exchanges/],
    [
      { protocol: "kafka", stage: "production", brokers: 5, topics: [{ name: "orders" }] },
      /size: S is too small for 5 broker replicas \(2\.5 CPU, 5Gi limits; namespace quota 4 CPU, 8Gi, half kept for clients\)\. Allowed: a larger size, or fewer brokers/,
    ],
    [{ exchangez: [] }, /exchangez: is not a known property \(did you mean exchanges\?\)/],
    [
      { protocol: "kafka", topics: [{ name: "orders", partitons: 3 }] },
      /topics\[0\]\.partitons: is not a known property \(did you mean topics\[0\]\.partitions\?\)/,
    ],
  ])("%j", (props, message) => {
    expect(make(props)).toThrow(message);
  });

  test("IONOS Kafka refuses what Event Streams cannot express, naming the limit", () => {
    expect(make({ protocol: "kafka", topics: [{ name: "orders", cleanupPolicy: "compact" }] }, "ionos")).toThrow(
      /\[EventBusStack events\] topics\[0\]: cannot be created on IONOS Event Streams: cleanupPolicy compact/,
    );
  });

  test("grants name only what exists and only the protocol's own keys", () => {
    const app = new App({ outdir: "/tmp/unused" });
    const bus = new EventBusStack(app, "events", { target: targets.onprem(), ...AMQP });
    const w = new Workload(bus.platformStack as never, "w", { namespace: bus.namespace, name: "w", image: "registry.example.de/w:1.0.0" });
    expect(() => bus.grantPublish(w, { exchange: "nope" })).toThrow(
      /grantPublish\.exchanges\[0\]: "nope" is not a publishable exchange of this topology\. Allowed: orders/,
    );
    expect(() => bus.grantPublish(w, { topic: "orders" })).toThrow(/grantPublish\.topic: does not apply to protocol amqp\. Allowed: exchange, exchanges/);
    expect(() => bus.grantConsume(w, { queue: "billing.orders", group: "g" })).toThrow(/grantConsume\.group: is a Kafka setting/);
    expect(() => bus.grantPublish(w, { exchange: "orders", exchnge: "x" } as never)).toThrow(/grantPublish\.exchnge: is not a known property/);
    expect(() => bus.grantPublish({} as never, { exchange: "orders" })).toThrow(/grantPublish\.workload: .*is not a workload/);
  });
});
