/**
 * IAM on on-prem Kubernetes (default: the embedded cluster of `npm run cluster:up`): Keycloak
 * with an in-cluster PostgreSQL, a citizens realm federating the authority's Active Directory,
 * and an OIDC client for Grafana. Run: `npx tsx examples/iam/onprem.ts`, then
 * `tofu -chdir=cdktf.out/stacks/identity-platform init && ... apply`.
 */
import { App, IdentityStack, targets } from "../../index"; // in your repository: from "stackwerk"

const app = new App({ outdir: process.env.STACKWERK_OUTDIR ?? "cdktf.out" });
const identity = new IdentityStack(app, "identity", {
  target: targets.onprem({ kubeconfigPath: process.env.KUBECONFIG_PATH }),
  stage: "acceptance",
  hostName: "id.apps.example.de",
  realm: { realmName: "citizens", displayName: "Bürgerportal" },
});
const staff = identity.realm.addGroup("staff", { roles: [identity.realm.addRole("reports-reader")] });
staff.addSubGroup("auditors");
identity.realm.addLdapFederation("corp-ad", {
  vendor: "ad",
  connectionUrl: "ldaps://ad.example.de:636",
  bindDn: "cn=keycloak,ou=services,dc=example,dc=de",
  bindCredential: { name: "corp-ldap", key: "bind-password" }, // an existing Secret in the identity namespace
  usersDn: "ou=people,dc=example,dc=de",
});
// Grafana (monitoring pattern) signs users in with this client: issuer, endpoints, client id, secret reference.
identity.oidcClient({ clientId: "grafana", redirectUris: ["https://grafana.apps.example.de/login/generic_oauth"] });
app.synth();
