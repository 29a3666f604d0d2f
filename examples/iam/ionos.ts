/**
 * IAM on IONOS: IONOS offers no managed end-user identity provider, so Keycloak runs in the
 * IONOS Managed Kubernetes cluster with its database in IONOS DBaaS PostgreSQL. Production:
 * two replicas over zones, PDB, OTP for the admin realm, admin console not routed.
 * Run: `npx tsx examples/iam/ionos.ts`.
 */
import { App, IdentityStack, targets } from "../../index"; // in your repository: from "stackwerk"

const app = new App({ outdir: process.env.STACKWERK_OUTDIR ?? "cdktf.out" });
const identity = new IdentityStack(app, "identity", {
  target: targets.ionos({ location: "de/fra" }),
  stage: "production",
  hostName: "id.example.de",
  realm: { realmName: "citizens" },
});
const reader = identity.realm.addRole("reports-reader");
identity.realm.addClient("reporting-job", { serviceAccount: true, serviceAccountRoles: [reader] }); // client credentials
identity.oidcClient({ clientId: "grafana", redirectUris: ["https://grafana.example.de/login/generic_oauth"] });
app.synth();
