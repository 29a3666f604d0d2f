/**
 * Event bus on IONOS: Kafka on IONOS Event Streams in the landing zone's private LAN (the node
 * pools' LAN), one managed topic per topic; a shop produces, an analytics service consumes.
 */
import { App, EventBusStack, LandingZone, WebAppStack, targets } from "../../index"; // in your repository: from "stackwerk"

const app = new App({ outdir: process.env.STACKWERK_OUTDIR ?? "cdktf.out" });
const zone = new LandingZone(app, "amt", { target: targets.ionos(), stage: "production", tenant: "amt" });
const bus = new EventBusStack(app, "events", {
  landingZone: zone,
  protocol: "kafka",
  topics: [{ name: "orders.created", partitions: 6, retention: { ms: 1_209_600_000 } }],
});
const shop = new WebAppStack(app, "shop", { landingZone: zone, image: "registry.example.de/shop/web:1.4.2" });
const analytics = new WebAppStack(app, "analytics", { landingZone: zone, image: "registry.example.de/analytics/worker:3.1.0" });
bus.grantPublish(shop.workload, { topic: "orders.created" });
bus.grantConsume(analytics.workload, { topic: "orders.created", group: "analytics" });
app.synth();
