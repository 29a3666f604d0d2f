/**
 * IAM on STACKIT: STACKIT offers no managed end-user identity provider, so Keycloak runs in
 * SKE with its database in STACKIT PostgresFlex. Run: `npx tsx examples/iam/stackit.ts`.
 */
import { App, IdentityStack, targets } from "../../index"; // in your repository: from "stackwerk"

const app = new App({ outdir: process.env.STACKWERK_OUTDIR ?? "cdktf.out" });
const identity = new IdentityStack(app, "identity", {
  target: targets.stackit({ projectId: process.env.STACKIT_PROJECT_ID }),
  stage: "production",
  hostName: "id.example.de",
  realm: { realmName: "staff", tokenLifetimes: { accessTokenSeconds: 180 } },
});
identity.realm.addClient("portal", { redirectUris: ["https://portal.example.de/oauth2/callback"] });
identity.oidcClient({ clientId: "ai-gateway", serviceAccount: true });
app.synth();
