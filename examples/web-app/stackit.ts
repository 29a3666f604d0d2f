/**
 * Web-app on STACKIT: SKE, PostgresFlex, Object Storage and DNS in `shop-infra`; the Kubernetes
 * objects in `shop-platform`, fed by the infra outputs. Set STACKIT_PROJECT_ID to your project.
 */
import { App, WebAppStack, targets } from "../../index"; // in your repository: from "stackwerk"

const app = new App({ outdir: process.env.STACKWERK_OUTDIR ?? "cdktf.out" });
new WebAppStack(app, "shop", {
  target: targets.stackit({ projectId: process.env.STACKIT_PROJECT_ID }),
  stage: "production",
  size: "M",
  image: "registry.example.de/shop/web:1.4.2",
  database: { name: "shop", username: "shop" },
  bucket: true,
  hostName: "shop.example.de",
});
app.synth();
