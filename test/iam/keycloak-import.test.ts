/**
 * The real client test: two realms rendered by the realm model are imported by a real Keycloak
 * (the pinned distribution, `tools/keycloak`, on 127.0.0.1 with the dev-file database); a
 * confidential client obtains a token with the client-credentials grant; a wrong secret and
 * the unresolved placeholder text are refused; the admin API shows the stage defaults, the LDAP
 * federation and the OTP requirement as Keycloak stored them; a settings update reaches the
 * running realm without touching its content. One Keycloak for the whole file.
 */
import { App } from "cdktf";
import * as crypto from "node:crypto";
import { Realm, realmSettingsUpdate, RenderedRealm, TokenLifetimes } from "../../patterns/iam/realm";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { REALM_SYNC_SCRIPT, realmSyncContent, realmSyncScopeMappings, realmSyncServiceAccountRoles, settingsBody } from "../../patterns/iam/realm-sync-job";
import { progress, run } from "../../tools/cache";
import { ensureKeycloak } from "../../tools/keycloak/dist";
import { KeycloakServer, startKeycloak } from "../../tools/keycloak/server";

jest.setTimeout(20 * 60 * 1000);

function renderRealms(tokenLifetimes?: TokenLifetimes, failureFactor?: number, more?: (app: Realm) => void): { app: RenderedRealm; admin: RenderedRealm } {
  const scope = new App({ outdir: "/tmp/unused" });
  const app = new Realm(scope, "stackwerk-it", { stage: "production", displayName: "Stackwerk integration", tokenLifetimes, bruteForce: { failureFactor } });
  const reader = app.addRole("reports-reader", { description: "reads reports" });
  app.addRole("reports-writer");
  app.addGroup("staff", { roles: [reader] }).addSubGroup("auditors");
  app.addClient("reporting-job", { serviceAccount: true, serviceAccountRoles: [reader] });
  app.addClient("portal", { redirectUris: ["https://portal.example.de/oauth2/callback"], secret: { name: "portal-oidc", key: "client-secret" } });
  app.addClient("spa", { access: "public", redirectUris: ["https://spa.example.de/callback"] });
  app.addLdapFederation("corp-ad", {
    vendor: "ad",
    connectionUrl: "ldaps://ad.example.invalid:636",
    bindDn: "cn=keycloak,ou=services,dc=example,dc=invalid",
    bindCredential: { name: "corp-ldap", key: "bind-password" },
    usersDn: "ou=people,dc=example,dc=invalid",
  });
  more?.(app);
  const admin = new Realm(scope, "ops-admin", { stage: "production", adminRealm: true });
  return { app: app.render(), admin: admin.render() };
}

/** The JSON payload of a JWT (not verified: Keycloak issued it over loopback). */
function claims(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split(".")[1], "base64url").toString("utf8"));
}

async function tokenRequest(server: KeycloakServer, realm: string, form: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${server.baseUrl}/realms/${realm}/protocol/openid-connect/token`, { method: "POST", body: new URLSearchParams(form) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function adminGet<T>(server: KeycloakServer, token: string, path: string): Promise<T> {
  const res = await fetch(`${server.baseUrl}/admin/realms/${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`GET /admin/realms/${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * Keycloak's placeholder behaviour the model relies on (ADR 0040), pinned: client "unset" has a
 * placeholder whose variable is deliberately not set; client "env-prefix" uses `${env.NAME}`
 * with NAME set. The test server normally refuses missing variables; this file bypasses that.
 */
function placeholderProbe(values: Record<string, string>): RenderedRealm {
  const probe = new Realm(new App({ outdir: "/tmp/unused" }), "placeholder-probe", { stage: "test" });
  const [, prefixed] = ["unset", "env-prefix"].map((id) => probe.addClient(id, { serviceAccount: true }).secretEnv!.name);
  values[prefixed] = "the-real-value-" + crypto.randomBytes(8).toString("hex");
  const rendered = probe.render();
  return { ...rendered, json: rendered.json.replace(`\${${prefixed}}`, `\${env.${prefixed}}`), secretEnv: [] };
}

const realms = renderRealms();
// One value per placeholder, as the deployment's Secrets would supply them.
const secrets = Object.fromEntries([...realms.app.secretEnv, ...realms.admin.secretEnv].map((e) => [e.name, crypto.randomBytes(24).toString("base64url")]));
const probeEnv: Record<string, string> = {};
const probe = placeholderProbe(probeEnv);
const jobSecretEnv = realms.app.secretEnv.find((e) => e.purpose.startsWith("client secret of reporting-job"))!;
let server: KeycloakServer | undefined;
let adminToken = "";

beforeAll(async () => {
  server = await startKeycloak({ realms: [realms.app, realms.admin, probe], env: { ...secrets, ...probeEnv } });
  progress(`iam test: Keycloak ready after ${Math.round(server.startupMs / 1000)} s`);
  adminToken = await adminLogin(server);
});

/** A master-realm admin token; it lives 60 s, so a test that waits on a JVM (kcadm.sh) logs in again. */
async function adminLogin(keycloak: KeycloakServer): Promise<string> {
  const login = await tokenRequest(keycloak, "master", { grant_type: "password", client_id: "admin-cli", ...keycloak.admin });
  if (login.status !== 200) throw new Error(`admin login: ${login.status} ${JSON.stringify(login.body)}`);
  return String(login.body.access_token);
}

afterAll(async () => {
  await server?.stop();
});

test("a confidential client obtains a token with the client-credentials grant, carrying its scoped role and the production lifetime", async () => {
  const started = Date.now();
  const { status, body } = await tokenRequest(server!, "stackwerk-it", {
    grant_type: "client_credentials",
    client_id: "reporting-job",
    client_secret: secrets[jobSecretEnv.name],
  });
  progress(`iam test: client-credentials token in ${Date.now() - started} ms`);
  expect(status).toBe(200);
  expect(body.token_type).toBe("Bearer");
  const jwt = claims(String(body.access_token));
  expect(jwt.iss).toBe(`${server!.baseUrl}/realms/stackwerk-it`);
  expect(jwt.azp).toBe("reporting-job");
  expect((jwt.realm_access as { roles: string[] }).roles).toEqual(["reports-reader"]);
  // Keycloak reads its clock (whole seconds) once for iat and again for exp: under load the two
  // readings straddle a second boundary (seen in CI: 301 for 300), so exp may be one second later.
  const lifespan = Number(jwt.exp) - Number(jwt.iat);
  expect(lifespan).toBeGreaterThanOrEqual(realms.app.representation.accessTokenLifespan);
  expect(lifespan).toBeLessThanOrEqual(realms.app.representation.accessTokenLifespan + 1);
});

test("a wrong secret, and the placeholder text itself, are refused", async () => {
  for (const wrong of ["not-the-secret", `\${${jobSecretEnv.name}}`]) {
    const { status, body } = await tokenRequest(server!, "stackwerk-it", {
      grant_type: "client_credentials",
      client_id: "reporting-job",
      client_secret: wrong,
    });
    expect(status).toBe(401);
    expect(body.error).toBe("unauthorized_client");
  }
});

test("Keycloak stored the realm's safe defaults, clients, groups and LDAP federation as rendered", async () => {
  const rep = realms.app.representation;
  const stored = await adminGet<Record<string, unknown>>(server!, adminToken, "stackwerk-it");
  for (const key of [
    "accessTokenLifespan",
    "ssoSessionIdleTimeout",
    "bruteForceProtected",
    "failureFactor",
    "passwordPolicy",
    "otpPolicyAlgorithm",
    "revokeRefreshToken",
  ] as const) {
    expect([key, stored[key]]).toEqual([key, rep[key]]);
  }
  const clients = await adminGet<Array<Record<string, unknown>>>(server!, adminToken, "stackwerk-it/clients?clientId=spa");
  expect(clients[0]).toMatchObject({ publicClient: true, attributes: expect.objectContaining({ "pkce.code.challenge.method": "S256" }) });
  const groups = await adminGet<Array<{ name: string; subGroupCount?: number }>>(server!, adminToken, "stackwerk-it/groups");
  expect(groups.map((g) => g.name)).toEqual(["staff"]);
  const components = await adminGet<Array<{ name: string; providerId: string; config: Record<string, string[]> }>>(
    server!,
    adminToken,
    "stackwerk-it/components?type=org.keycloak.storage.UserStorageProvider",
  );
  expect(components.map((c) => [c.name, c.providerId, c.config.vendor, c.config.editMode])).toEqual([["corp-ad", "ldap", ["ad"], ["READ_ONLY"]]]);
  expect(components[0].config.bindCredential).toEqual(["**********"]); // stored as a secret, masked by the admin API
});

test("the production admin realm keeps Keycloak's required actions and makes OTP set-up mandatory for new users", async () => {
  type Action = { alias: string; defaultAction: boolean };
  const adminActions = await adminGet<Action[]>(server!, adminToken, "ops-admin/authentication/required-actions");
  const defaultActions = await adminGet<Action[]>(server!, adminToken, "stackwerk-it/authentication/required-actions");
  expect(adminActions.map((a) => a.alias).sort()).toEqual(defaultActions.map((a) => a.alias).sort());
  expect(adminActions.filter((a) => a.defaultAction).map((a) => a.alias)).toEqual(["CONFIGURE_TOTP"]);
  expect(defaultActions.filter((a) => a.defaultAction)).toEqual([]);

  const created = await fetch(`${server!.baseUrl}/admin/realms/ops-admin/users`, {
    method: "POST",
    headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
    body: JSON.stringify({ username: "operator", enabled: true }),
  });
  expect(created.status).toBe(201);
  const [user] = await adminGet<Array<{ requiredActions: string[] }>>(server!, adminToken, "ops-admin/users?username=operator&exact=true");
  expect(user.requiredActions).toEqual(["CONFIGURE_TOTP"]);
});

test("a settings change after the first import reaches the running realm through the admin API; content stays", async () => {
  const changed = renderRealms({ accessTokenSeconds: 600 }, 4).app;
  const request = realmSettingsUpdate(changed);
  expect(Object.keys(request.body)).not.toContain("clients");
  const res = await fetch(`${server!.baseUrl}${request.path}`, {
    method: request.method,
    headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
    body: JSON.stringify(request.body),
  });
  expect(res.status).toBe(204);
  const stored = await adminGet<Record<string, unknown>>(server!, adminToken, "stackwerk-it");
  expect([stored.accessTokenLifespan, stored.failureFactor]).toEqual([600, 4]);
  // The client, its secret and its service account's role are untouched; new tokens get the new lifetime.
  const { status, body } = await tokenRequest(server!, "stackwerk-it", {
    grant_type: "client_credentials",
    client_id: "reporting-job",
    client_secret: secrets[jobSecretEnv.name],
  });
  expect(status).toBe(200);
  const jwt = claims(String(body.access_token));
  expect(Number(jwt.exp) - Number(jwt.iat)).toBe(600);
  expect((jwt.realm_access as { roles: string[] }).roles).toEqual(["reports-reader"]);
  const groups = await adminGet<Array<{ name: string }>>(server!, adminToken, "stackwerk-it/groups");
  expect(groups.map((g) => g.name)).toEqual(["staff"]);
});

test("the realm sync Job's script brings settings and a client, role and group added to the program into the running realm; what exists stays", async () => {
  const changed = renderRealms({ accessTokenSeconds: 420 }, 3, (app) => {
    const late = app.addRole("late-reader");
    app.addGroup("late-group", { roles: [late] });
    app.addClient("late-job", { serviceAccount: true, serviceAccountRoles: [late] });
  }).app;
  const lateEnv = changed.secretEnv.find((e) => e.purpose.startsWith("client secret of late-job"))!;
  // A value with the characters JSON and bash substitution treat specially.
  const lateSecret = `late&"\\${crypto.randomBytes(12).toString("base64url")}`;
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-kcadm-"));
  const sync = () =>
    run("bash", ["-c", REALM_SYNC_SCRIPT], {
      env: {
        ...process.env,
        HOME: home,
        KCADM: path.join(kcHome, "bin", "kcadm.sh"),
        KEYCLOAK_URL: server!.baseUrl,
        KC_ADMIN_USER: server!.admin.username,
        KC_CLI_PASSWORD: server!.admin.password,
        REALM: changed.realmName,
        REALM_SETTINGS: settingsBody(changed),
        REALM_CONTENT: realmSyncContent(changed),
        REALM_PLACEHOLDER_VARS: changed.secretEnv.map((e) => e.name).join(" "),
        REALM_SERVICE_ACCOUNT_ROLES: realmSyncServiceAccountRoles(changed),
        REALM_SCOPE_MAPPINGS: realmSyncScopeMappings(changed),
        ...secrets,
        [lateEnv.name]: lateSecret,
      },
    });
  let kcHome = "";
  try {
    kcHome = await ensureKeycloak();
    const first = String((await sync()).stdout);
    expect(first).toContain(`realm ${changed.realmName} settings updated`);
    expect(first).toMatch(/content synced: added [1-9]\d*, skipped [1-9]\d*; added: /);
    for (const name of ["late-reader", "late-group", "late-job"]) expect(first.split("added: ")[1]).toContain(name);
    // Run again (the Job restarted): nothing new, nothing overwritten.
    expect(String((await sync()).stdout)).toMatch(/content synced: added 0, skipped [1-9]\d*; added: none/);
    // The resolved content (with the secrets) is emptied once imported.
    expect(fs.readFileSync(path.join(home, "content.json"), "utf8")).toBe("");
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
  adminToken = await adminLogin(server!);
  const stored = await adminGet<Record<string, unknown>>(server!, adminToken, "stackwerk-it");
  expect([stored.accessTokenLifespan, stored.failureFactor]).toEqual([420, 3]);
  // The new client gets a token with its secret (from the env, not the placeholder) and its service account's role.
  const late = await tokenRequest(server!, "stackwerk-it", { grant_type: "client_credentials", client_id: "late-job", client_secret: lateSecret });
  expect(late.status).toBe(200);
  expect((claims(String(late.body.access_token)).realm_access as { roles: string[] }).roles).toEqual(["late-reader"]);
  // The existing client keeps its secret and role.
  const old = await tokenRequest(server!, "stackwerk-it", {
    grant_type: "client_credentials",
    client_id: "reporting-job",
    client_secret: secrets[jobSecretEnv.name],
  });
  expect(old.status).toBe(200);
  expect((claims(String(old.body.access_token)).realm_access as { roles: string[] }).roles).toEqual(["reports-reader"]);
  const groups = await adminGet<Array<{ name: string }>>(server!, adminToken, "stackwerk-it/groups");
  expect(groups.map((g) => g.name).sort()).toEqual(["late-group", "staff"]);
});

test("Keycloak resolves only ${NAME}: an unset variable and ${env.NAME} stay literal text (why every variable must be wired)", async () => {
  const [unsetVar, prefixedVar] = ["UNSET", "ENV_PREFIX"].map((c) => `STACKWERK_REALM_PLACEHOLDER_PROBE_CLIENT_${c}_SECRET`);
  const grant = (client: string, secret: string) =>
    tokenRequest(server!, "placeholder-probe", { grant_type: "client_credentials", client_id: client, client_secret: secret });
  expect((await grant("unset", `\${${unsetVar}}`)).status).toBe(200);
  expect((await grant("env-prefix", `\${env.${prefixedVar}}`)).status).toBe(200);
  expect((await grant("env-prefix", probeEnv[prefixedVar])).status).toBe(401);
});
