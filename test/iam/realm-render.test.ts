/**
 * What a realm renders to: stage defaults, clients (PKCE, service accounts, scoped roles),
 * groups, LDAP federation, and secrets only as env placeholders listed in `secretEnv`.
 */
import { App } from "cdktf";
import { Realm, RealmProps, TOKEN_LIFETIME_DEFAULTS } from "../../patterns/iam/realm";

function realm(props: RealmProps = {}): Realm {
  return new Realm(new App({ outdir: "/tmp/unused" }), "citizens", props);
}

/** Every string in the rendered JSON that contains `${`. */
function placeholders(json: string): string[] {
  return [...json.matchAll(/"([^"]*\$\{[^"]*)"/g)].map((m) => m[1]).sort();
}

test("production defaults: short tokens, brute-force detection, strict password policy, no OTP requirement outside the admin realm", () => {
  const rep = realm().render().representation;
  expect(rep.accessTokenLifespan).toBe(TOKEN_LIFETIME_DEFAULTS.production.accessTokenSeconds);
  expect(rep.accessTokenLifespan).toBeLessThan(realm({ stage: "test" }).render().representation.accessTokenLifespan);
  expect(rep).toMatchObject({ bruteForceProtected: true, permanentLockout: false, failureFactor: 5, revokeRefreshToken: true, registrationAllowed: false });
  expect(rep.passwordPolicy).toBe(
    "length(12) and maxLength(128) and digits(1) and lowerCase(1) and upperCase(1) and specialChars(1) and notUsername(undefined) and notEmail(undefined) and passwordHistory(5)",
  );
  expect(rep.requiredActions).toBeUndefined();
});

test("the production admin realm makes configuring OTP a default action for every new user", () => {
  const actions = realm({ adminRealm: true }).render().representation.requiredActions ?? [];
  expect(actions.filter((a) => a.defaultAction).map((a) => a.alias)).toEqual(["CONFIGURE_TOTP"]);
  expect(actions.length).toBeGreaterThan(10); // the full default list, since it replaces Keycloak's
  expect(realm({ adminRealm: true, stage: "test" }).render().representation.requiredActions).toBeUndefined();
});

test("clients: public ones use PKCE S256 without a secret; confidential ones get a secret placeholder and a service account with scoped roles", () => {
  const r = realm();
  const reader = r.addRole("reports-reader", { description: "reads reports" });
  r.addGroup("staff", { roles: [reader] }).addSubGroup("auditors");
  const spa = r.addClient("spa", { access: "public", redirectUris: ["https://spa.example.de/callback"] });
  const job = r.addClient("reporting-job", { serviceAccount: true, serviceAccountRoles: [reader] });
  const rep = r.render().representation;

  expect(spa.toRepresentation()).toMatchObject({ publicClient: true, standardFlowEnabled: true, implicitFlowEnabled: false, directAccessGrantsEnabled: false });
  expect(spa.toRepresentation().attributes["pkce.code.challenge.method"]).toBe("S256");
  expect(spa.toRepresentation().secret).toBeUndefined();
  expect(spa.toRepresentation().webOrigins).toEqual(["+"]);

  expect(job.toRepresentation()).toMatchObject({ publicClient: false, serviceAccountsEnabled: true, standardFlowEnabled: false, fullScopeAllowed: false });
  expect(job.toRepresentation().secret).toBe("${STACKWERK_REALM_CITIZENS_CLIENT_REPORTING_JOB_SECRET}");
  expect(rep.users).toEqual([
    { username: "service-account-reporting-job", enabled: true, serviceAccountClientId: "reporting-job", realmRoles: ["reports-reader"] },
  ]);
  expect(rep.scopeMappings).toEqual([{ client: "reporting-job", roles: ["reports-reader"] }]);
  expect(rep.groups).toEqual([
    {
      name: "staff",
      path: "/staff",
      realmRoles: ["reports-reader"],
      subGroups: [{ name: "auditors", path: "/staff/auditors", realmRoles: [], subGroups: [] }],
    },
  ]);
});

test("secrets appear only as placeholders, and every placeholder is a variable the deployment is told to set", () => {
  const r = realm();
  r.addClient("reporting-job", { serviceAccount: true });
  r.addClient("portal", { redirectUris: ["https://portal.example.de/cb"], secret: { name: "portal-oidc", key: "client-secret" } });
  const ldap = r.addLdapFederation("corp-ad", {
    vendor: "ad",
    connectionUrl: "ldaps://ad.example.de:636",
    bindDn: "cn=keycloak,ou=services,dc=example,dc=de",
    bindCredential: { name: "corp-ldap", key: "bind-password" },
    usersDn: "ou=people,dc=example,dc=de",
  });
  const rendered = r.render();

  expect(rendered.secretEnv).toEqual([
    {
      name: "STACKWERK_REALM_CITIZENS_CLIENT_REPORTING_JOB_SECRET",
      purpose: "client secret of reporting-job in realm citizens",
      source: { kind: "generated", length: 32 },
    },
    {
      name: "STACKWERK_REALM_CITIZENS_CLIENT_PORTAL_SECRET",
      purpose: "client secret of portal in realm citizens",
      source: { kind: "secretRef", ref: { name: "portal-oidc", key: "client-secret" } },
    },
    {
      name: "STACKWERK_REALM_CITIZENS_LDAP_CORP_AD_BIND_CREDENTIAL",
      purpose: "LDAP bind password of corp-ad in realm citizens",
      source: { kind: "secretRef", ref: { name: "corp-ldap", key: "bind-password" } },
    },
  ]);
  expect(placeholders(rendered.json)).toEqual(rendered.secretEnv.map((e) => `\${${e.name}}`).sort());
  const component = rendered.representation.components?.["org.keycloak.storage.UserStorageProvider"]?.[0];
  expect(component?.providerId).toBe("ldap");
  expect(component?.config).toMatchObject({
    vendor: ["ad"],
    editMode: ["READ_ONLY"],
    usernameLDAPAttribute: ["sAMAccountName"],
    bindCredential: [`\${${ldap.bindCredentialEnv.name}}`],
  });
  expect(JSON.parse(rendered.json)).toEqual(rendered.representation);
});

test("audience grants: a mapper on each granted caller only (client audience for a realm client, custom otherwise), once per audience", () => {
  const r = realm();
  r.addClient("gateway", { serviceAccount: true });
  r.addClient("batch", { serviceAccount: true });
  r.addClient("portal", { redirectUris: ["https://portal.example.de/cb"] });
  r.grantAudience({ callerClientId: "batch", audience: "gateway", requestedBy: "a" });
  r.grantAudience({ callerClientId: "batch", audience: "gateway", requestedBy: "b" });
  r.grantAudience({ callerClientId: "batch", audience: "https://api.example.de", requestedBy: "c" });
  // A caller added after its grant is fine: grants are resolved at render.
  r.grantAudience({ callerClientId: "late", audience: "gateway", requestedBy: "d" });
  r.addClient("late", { serviceAccount: true });
  const clients = Object.fromEntries(r.render().representation.clients.map((c) => [c.clientId, c.protocolMappers]));
  expect(clients.gateway).toBeUndefined();
  expect(clients.portal).toBeUndefined();
  expect(clients.batch?.map((m) => [m.name, m.protocolMapper, m.config["included.client.audience"], m.config["included.custom.audience"]])).toEqual([
    ["audience gateway", "oidc-audience-mapper", "gateway", undefined],
    ["audience https://api.example.de", "oidc-audience-mapper", undefined, "https://api.example.de"],
  ]);
  expect(clients.batch?.[0].config).toMatchObject({ "access.token.claim": "true", "id.token.claim": "false" });
  expect(clients.late?.map((m) => m.name)).toEqual(["audience gateway"]);
  expect(r.audienceGrants.map((g) => g.requestedBy)).toEqual(["a", "c", "d"]);
});
