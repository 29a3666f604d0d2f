/**
 * The stage policy (core/profile.ts): one check of a stage a user wrote per construct tree, with
 * an error naming the construct path, the property `stage` and the allowed stages; everything
 * built below a landing zone or pattern inherits the resolved stage unchecked (a private zone,
 * a realm, the event bus's topology), and the defaults come from DEFAULT_STAGE / STRICTEST_STAGE.
 */
import { App } from "cdktf";
import { Construct } from "constructs";
import "../../patterns";
import { EventBusStack, IdentityStack, LandingZone, WebAppStack } from "../../index";
import { targets } from "../../providers";
import { Realm } from "../../patterns/iam/realm";
import { AmqpTopology } from "../../patterns/event-bus/topology/amqp";
import { KafkaTopology } from "../../patterns/event-bus/topology/kafka";
import { DEFAULT_STAGE, inheritedStage, resolveStage, STRICTEST_STAGE } from "../../core/profile";

const ALLOWED = "Allowed: test, acceptance, training, production";
const onprem = () => targets.onprem({ kubeconfigCheckedAtSynth: false });
const app = () => new App({ outdir: "/tmp/unused" });

test("a bad stage fails once, naming the construct path, the property and the allowed stages", () => {
  expect(() => new WebAppStack(app(), "shop", { target: onprem(), image: "nginx:1.27", stage: "prod" as never })).toThrow(
    `[WebAppStack shop] stage: "prod" is not allowed. ${ALLOWED}`,
  );
  expect(() => new LandingZone(app(), "amt", { target: onprem(), stage: "staging" as never })).toThrow(
    `[LandingZone amt] stage: "staging" is not allowed. ${ALLOWED}`,
  );
  expect(() => new AmqpTopology("EventBusStack orders", { vhost: "orders", stage: 3 as never })).toThrow(
    `[EventBusStack orders] stage: 3 is not allowed. ${ALLOWED}`,
  );
  expect(() => new Realm(app(), "citizens", { stage: "PRODUCTION" as never })).toThrow(`[Realm citizens] stage: "PRODUCTION" is not allowed. ${ALLOWED}`);
});

test("a pattern inherits its landing zone's stage, and its private zone the pattern's", () => {
  const a = app();
  const zone = new LandingZone(a, "amt", { target: onprem(), stage: "production" });
  const shop = new WebAppStack(a, "shop", { landingZone: zone, image: "nginx:1.27" });
  expect(shop.stage).toBe("production");
  const alone = new WebAppStack(a, "blog", { target: onprem(), image: "nginx:1.27", stage: "training" });
  expect(alone.landingZone.stage).toBe("training");
  expect(new WebAppStack(a, "wiki", { target: onprem(), image: "nginx:1.27" }).stage).toBe(DEFAULT_STAGE);
  expect(() => new WebAppStack(a, "news", { landingZone: zone, image: "nginx:1.27", stage: "test" })).toThrow(
    `[WebAppStack news] stage: "test" differs from the landing zone's ("production")`,
  );
});

test("a realm takes its IdentityStack's stage unless it names one; alone it defaults to the strictest stage", () => {
  const a = app();
  const identity = new IdentityStack(a, "identity", { target: onprem(), hostName: "id.example.de", stage: "acceptance" });
  expect(identity.realm.stage).toBe("acceptance");
  expect(identity.addRealm("staff", { stage: "production" }).stage).toBe("production");
  expect(identity.addRealm("partners").stage).toBe("acceptance");
  expect(new Realm(a, "alone").stage).toBe(STRICTEST_STAGE);
});

test("the event bus hands its resolved stage to its topology; a topology on its own resolves its own", () => {
  const bus = new EventBusStack(app(), "orders", { target: onprem(), stage: "production", protocol: "kafka", topics: [{ name: "orders" }] });
  expect(bus.kafka?.stage).toBe("production");
  expect(bus.kafka?.brokers).toBe(3);
  expect(new KafkaTopology("Kafka alone", {}).stage).toBe(DEFAULT_STAGE);
  expect(new KafkaTopology("Kafka alone", {}, { stage: "production" }).stage).toBe("production");
  expect(new AmqpTopology("AMQP alone", { vhost: "v", stage: "training" }, { stage: "production" }).stage).toBe("training");
});

test("resolveStage records the stage on the construct, so constructs below inherit it", () => {
  const root = new Construct(app(), "root");
  expect(inheritedStage(root)).toBeUndefined();
  expect(resolveStage(root, "production")).toBe("production");
  const child = new Construct(new Construct(root, "a"), "b");
  expect(inheritedStage(child)).toBe("production");
  expect(resolveStage(child, undefined)).toBe("production");
  expect(() => resolveStage(new Construct(root, "c"), "prod")).toThrow(`[Construct root/c] stage: "prod" is not allowed. ${ALLOWED}`);
  expect(resolveStage(new Construct(root, "d"), undefined, { fallback: STRICTEST_STAGE })).toBe("production");
  expect(resolveStage(new Construct(app(), "e"), undefined)).toBe(DEFAULT_STAGE);
});
