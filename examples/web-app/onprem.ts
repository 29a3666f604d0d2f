/**
 * Web-app on on-prem Kubernetes (default: the embedded cluster of `npm run cluster:up`),
 * with in-cluster PostgreSQL and object storage. Run: `npx tsx examples/web-app/onprem.ts`,
 * then `tofu -chdir=cdktf.out/stacks/shop-platform init && ... apply`.
 */
import { App, WebAppStack, targets } from "../../index"; // in your repository: from "stackwerk"

const app = new App({ outdir: process.env.STACKWERK_OUTDIR ?? "cdktf.out" });
new WebAppStack(app, "shop", {
  target: targets.onprem({ kubeconfigPath: process.env.KUBECONFIG_PATH }),
  stage: "acceptance",
  image: "registry.example.de/shop/web:1.4.2",
  database: true,
  bucket: true,
  hostName: "shop.apps.example.de",
});
app.synth();
