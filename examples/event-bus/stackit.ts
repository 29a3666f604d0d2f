/**
 * Event bus on STACKIT: the managed STACKIT RabbitMQ (replica plan in production, ACL narrowed to
 * the SKE cluster's egress ranges), the topology imported by a setup Job, and one STACKIT
 * credential per client limited to its exchanges and queues. Set STACKIT_PROJECT_ID to your project.
 */
import { App, EventBusStack, LandingZone, WebAppStack, targets } from "../../index"; // in your repository: from "stackwerk"

const app = new App({ outdir: process.env.STACKWERK_OUTDIR ?? "cdktf.out" });
const zone = new LandingZone(app, "amt", { target: targets.stackit({ projectId: process.env.STACKIT_PROJECT_ID }), stage: "production", tenant: "amt" });
const bus = new EventBusStack(app, "events", {
  landingZone: zone,
  exchanges: [{ name: "orders", type: "topic" }],
  queues: [{ name: "billing.orders" }],
  bindings: [{ exchange: "orders", queue: "billing.orders", routingKey: "order.*" }],
});
const shop = new WebAppStack(app, "shop", { landingZone: zone, image: "registry.example.de/shop/web:1.4.2" });
const billing = new WebAppStack(app, "billing", { landingZone: zone, image: "registry.example.de/billing/worker:2.0.1" });
bus.grantPublish(shop.workload, { exchange: "orders" });
bus.grantConsume(billing.workload, { queue: "billing.orders" });
app.synth();
