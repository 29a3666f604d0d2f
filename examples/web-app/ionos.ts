/**
 * Web-app on IONOS Cloud: datacenter and private LAN, Managed Kubernetes, DBaaS PostgreSQL,
 * Object Storage and Cloud DNS in `shop-infra`; Kubernetes objects in `shop-platform`.
 */
import { App, WebAppStack, targets } from "../../index"; // in your repository: from "stackwerk"

const app = new App({ outdir: process.env.STACKWERK_OUTDIR ?? "cdktf.out" });
new WebAppStack(app, "shop", {
  target: targets.ionos({ location: "de/txl" }),
  stage: "production",
  size: "M",
  image: "registry.example.de/shop/web:1.4.2",
  database: true,
  bucket: true,
  hostName: "shop.example.de",
});
app.synth();
