/**
 * One-line protection of a web app: `identity.protect(shop)` puts oauth2-proxy (its own
 * confidential client) in front of the shop's HTTPRoute; every request needs a Keycloak session.
 * Both patterns share one landing zone (cluster, Gateway, DNS). Run:
 * `npx tsx examples/iam/protected-web-app.ts`.
 */
import { App, IdentityStack, LandingZone, WebAppStack, targets } from "../../index"; // in your repository: from "stackwerk"

const app = new App({ outdir: process.env.STACKWERK_OUTDIR ?? "cdktf.out" });
const zone = new LandingZone(app, "amt", { target: targets.onprem({ kubeconfigPath: process.env.KUBECONFIG_PATH }), stage: "acceptance" });
const identity = new IdentityStack(app, "identity", { landingZone: zone, hostName: "id.apps.example.de" });
const shop = new WebAppStack(app, "shop", { landingZone: zone, image: "registry.example.de/shop/web:1.4.2", hostName: "shop.apps.example.de" });

identity.protect(shop);

app.synth();
