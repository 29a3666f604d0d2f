/**
 * Bad realm input fails when the construct is built, naming the construct path, the property
 * and what is allowed; plain-JavaScript callers get unknown properties refused.
 */
import { App } from "cdktf";
import { Realm, RealmProps } from "../../patterns/iam/realm";

const LDAP = {
  connectionUrl: "ldaps://ad.example.de:636",
  bindDn: "cn=keycloak,ou=services,dc=example,dc=de",
  bindCredential: { name: "corp-ldap", key: "bind-password" },
  usersDn: "ou=people,dc=example,dc=de",
};

function realm(props: RealmProps = {}): Realm {
  return new Realm(new App({ outdir: "/tmp/unused" }), "citizens", props);
}

test.each<[string, () => unknown, RegExp]>([
  [
    "realm name with spaces",
    () => realm({ realmName: "my realm" }),
    /^\[Realm citizens\] realmName: "my realm" is not a valid realm name\. Allowed: lower-case letters, digits and '-', 1-63 characters.*\(no spaces\)$/,
  ],
  ["the master realm", () => realm({ realmName: "master" }), /^\[Realm citizens\] realmName: "master" is Keycloak's own administration realm/],
  [
    "duplicate client ids",
    () => {
      const r = realm();
      r.addClient("portal", { serviceAccount: true });
      r.addClient("portal-2", { clientId: "portal", serviceAccount: true });
    },
    /^\[RealmClient citizens\/portal-2\] clientId: "portal" is already the client id of citizens\/portal\. Allowed: a client id unique in the realm$/,
  ],
  [
    "http:// redirect in production",
    () => realm().addClient("portal", { redirectUris: ["http://portal.example.de/cb"] }),
    /^\[RealmClient citizens\/portal\] redirectUris\[0\]: "http:\/\/portal\.example\.de\/cb" is not allowed in stage production .*Allowed: an absolute https:\/\/ URL without wildcard/,
  ],
  [
    "wildcard redirect in production",
    () => realm().addClient("portal", { redirectUris: ["https://portal.example.de/app/*"] }),
    /^\[RealmClient citizens\/portal\] redirectUris\[0\]: .* is not allowed in stage production \(a wildcard redirect is an open redirect\)/,
  ],
  [
    "host-wide wildcard redirect outside production",
    () => realm({ stage: "test" }).addClient("portal", { redirectUris: ["https://portal.example.de/*"] }),
    /^\[RealmClient citizens\/portal\] redirectUris\[0\]: .* \(a wildcard must follow a path, never the host alone\)/,
  ],
  [
    "redirect URI with a fragment",
    () => realm().addClient("portal", { redirectUris: ["https://portal.example.de/cb#x"] }),
    /redirectUris\[0\]: "https:\/\/portal\.example\.de\/cb#x" is not a valid redirect URI/,
  ],
  [
    "unknown realm property from plain JavaScript",
    () => realm({ realmname: "x" } as never),
    /^\[Realm citizens\] realmname: is not a known property \(did you mean realmName\?\)\. Allowed: realmName, displayName, stage/,
  ],
  [
    "unknown client property",
    () => realm().addClient("portal", { redirectUri: ["https://portal.example.de/cb"] } as never),
    /^\[RealmClient citizens\/portal\] redirectUri: is not a known property \(did you mean redirectUris\?\)/,
  ],
  ["unknown nested property", () => realm({ bruteForce: { failures: 3 } as never }), /^\[Realm citizens\] bruteForce\.failures: is not a known property/],
  [
    "a literal LDAP bind password",
    () => realm().addLdapFederation("corp", { ...LDAP, bindCredential: "s3cret" as never }),
    /^\[LdapFederation citizens\/corp\] bindCredential: a literal string is not allowed\. Allowed: a reference to a key of a Kubernetes Secret/,
  ],
  [
    "plain ldap:// in production",
    () => realm().addLdapFederation("corp", { ...LDAP, connectionUrl: "ldap://ad.example.de" }),
    /^\[LdapFederation citizens\/corp\] connectionUrl: .* is not allowed in stage production without startTls/,
  ],
  [
    "brute-force detection off in production",
    () => realm({ bruteForce: { enabled: false } }),
    /^\[Realm citizens\] bruteForce\.enabled: false is not allowed in stage production/,
  ],
  [
    "OTP not required for the production admin realm",
    () => realm({ adminRealm: true, otp: { required: false } }),
    /^\[Realm citizens\] otp\.required: false is not allowed for an admin realm in stage production/,
  ],
  [
    "long access tokens in production",
    () => realm({ tokenLifetimes: { accessTokenSeconds: 3600 } }),
    /^\[Realm citizens\] tokenLifetimes\.accessTokenSeconds \(stage production\): 3600 is not allowed\. Allowed: an integer from 60 to 900$/,
  ],
  [
    "a public client with a service account",
    () => realm().addClient("spa", { access: "public", serviceAccount: true, redirectUris: ["https://spa.example.de/cb"] }),
    /^\[RealmClient citizens\/spa\] serviceAccount: true is not allowed for a public client/,
  ],
  ["a client without any flow", () => realm().addClient("idle"), /^\[RealmClient citizens\/idle\] redirectUris: and serviceAccount are both unset/],
  ["a built-in client id", () => realm().addClient("admin-cli", { serviceAccount: true }), /clientId: "admin-cli" is a client Keycloak creates in every realm/],
  [
    "a role of another realm",
    () => {
      const other = realm().addRole("reader");
      realm().addClient("job", { serviceAccount: true, serviceAccountRoles: [other] });
    },
    /^\[RealmClient citizens\/job\] serviceAccountRoles\[0\]: citizens\/reader belongs to another realm/,
  ],
  [
    "user text that Keycloak would resolve as an environment variable",
    () => {
      const r = realm();
      r.addClient("job", { serviceAccount: true, description: "${KC_DB_PASSWORD}" });
      r.render();
    },
    /^\[Realm citizens\] clients\[0\]\.description: "\$\{KC_DB_PASSWORD\}" contains "\$\{", which Keycloak replaces with an environment variable/,
  ],
  [
    "client ids that map to the same secret variable",
    () => {
      const r = realm();
      r.addClient("a", { clientId: "app.one", serviceAccount: true });
      r.addClient("b", { clientId: "app-one", serviceAccount: true });
      r.render();
    },
    /^\[Realm citizens\] secretEnv: client secret of app-one .* both map to the environment variable STACKWERK_REALM_CITIZENS_CLIENT_APP_ONE_SECRET/,
  ],
  [
    "an audience grant for a caller that is not a client of the realm",
    () => {
      const r = realm();
      r.addClient("gateway", { serviceAccount: true });
      r.grantAudience({ callerClientId: "batch", audience: "gateway", requestedBy: "assist (clients[0].name)" });
      r.render();
    },
    /^\[Realm citizens\] grantAudience\.callerClientId: "batch" \(asked for by assist \(clients\[0\]\.name\): its tokens must carry aud "gateway"\) is not a client of realm citizens\. Allowed: gateway$/,
  ],
  [
    "an audience grant with a space in the audience",
    () => realm().grantAudience({ callerClientId: "batch", audience: "ai gateway", requestedBy: "x" }),
    /^\[Realm citizens\] grantAudience\.audience: "ai gateway" is not allowed\. Allowed: a client id or URI, 1-255 printable characters without spaces/,
  ],
  [
    "an audience grant that Keycloak would resolve as an environment variable",
    () => realm().grantAudience({ callerClientId: "batch", audience: "${KC_DB_PASSWORD}", requestedBy: "x" }),
    /^\[Realm citizens\] grantAudience\.audience: "\$\{KC_DB_PASSWORD\}" is not allowed/,
  ],
  [
    "an audience grant for a built-in client",
    () => realm().grantAudience({ callerClientId: "admin-cli", audience: "gateway", requestedBy: "x" }),
    /^\[Realm citizens\] grantAudience\.callerClientId: "admin-cli" is a client Keycloak creates in every realm/,
  ],
  [
    "an audience grant with an unknown property",
    () => realm().grantAudience({ callerClientId: "batch", audience: "gateway", requestedBy: "x", scope: "realm" } as never),
    /\[Realm citizens\] grantAudience\.scope/,
  ],
])("fails on %s", (_name, build, message) => {
  expect(build).toThrow(message);
});

test("the same inputs pass outside production where the rule is stage-bound", () => {
  const r = realm({ stage: "test", bruteForce: { enabled: false } });
  const client = r.addClient("portal", { redirectUris: ["http://localhost:8080/app/*"] });
  r.addLdapFederation("corp", { ...LDAP, connectionUrl: "ldap://ad.example.de" });
  expect(client.toRepresentation().redirectUris).toEqual(["http://localhost:8080/app/*"]);
  expect(r.render().representation.bruteForceProtected).toBe(false);
});
