/**
 * Event bus on on-prem Kubernetes: RabbitMQ in the cluster (3 replicas over the zones in
 * production, quorum queues), an orders exchange, a shop that publishes and a billing service that
 * consumes — each connected in one line, with a credential and NetworkPolicies of its own.
 * Run: `npx tsx examples/event-bus/onprem.ts`.
 */
import { App, EventBusStack, LandingZone, WebAppStack, targets } from "../../index"; // in your repository: from "stackwerk"

const app = new App({ outdir: process.env.STACKWERK_OUTDIR ?? "cdktf.out" });
const zone = new LandingZone(app, "amt", { target: targets.onprem({ kubeconfigPath: process.env.KUBECONFIG_PATH }), stage: "production", tenant: "amt" });
const bus = new EventBusStack(app, "events", {
  landingZone: zone,
  exchanges: [{ name: "orders", type: "topic" }],
  queues: [{ name: "billing.orders", messageTtlMs: 86_400_000 }],
  bindings: [{ exchange: "orders", queue: "billing.orders", routingKey: "order.*" }],
});
const shop = new WebAppStack(app, "shop", { landingZone: zone, image: "registry.example.de/shop/web:1.4.2" });
const billing = new WebAppStack(app, "billing", { landingZone: zone, image: "registry.example.de/billing/worker:2.0.1" });
bus.grantPublish(shop.workload, { exchange: "orders" });
bus.grantConsume(billing.workload, { queue: "billing.orders" });
app.synth();
