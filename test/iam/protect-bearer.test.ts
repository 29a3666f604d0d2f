/**
 * `protect(app, { apiClients })` with the real programs on loopback: a Keycloak 26.7.3 host
 * process imports a realm rendered by the realm model (the proxy's client and a service client
 * with the audience grant, plus one without it), and the oauth2-proxy stand-in's binary (built
 * from its Go module) runs with the AuthProxy's environment. A client-credentials token of the
 * granted client passes (202), no token is redirected to Keycloak, a token of the ungranted
 * client and a forged one are refused.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as crypto from "node:crypto";
import * as net from "node:net";
import { App } from "cdktf";
import { Realm } from "../../patterns/iam/realm";
import { KeycloakServer, startKeycloak } from "../../tools/keycloak/server";
import { oauth2ProxyBinary } from "../../tools/runtime/stand-ins-iam";

jest.setTimeout(1_200_000);

let server: KeycloakServer | undefined;
let proxy: ChildProcess | undefined;
let proxyUrl = "";
let proxyLog = "";
const secrets: Record<string, string> = {};

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function token(clientId: string): Promise<string> {
  const res = await fetch(`${server!.baseUrl}/realms/shop/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: secrets[clientId] }),
  });
  const body = (await res.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`token for ${clientId}: ${res.status} ${JSON.stringify(body)}`);
  return body.access_token;
}

/** What Traefik's ForwardAuth sends the proxy for a request to the app. */
async function forwardAuth(authorization?: string): Promise<{ status: number; location: string | null }> {
  const res = await fetch(`${proxyUrl}/`, {
    redirect: "manual",
    headers: {
      "X-Forwarded-Method": "GET",
      "X-Forwarded-Proto": "https",
      "X-Forwarded-Host": "shop.example.de",
      "X-Forwarded-Uri": "/",
      ...(authorization ? { Authorization: authorization } : {}),
    },
  });
  return { status: res.status, location: res.headers.get("location") };
}

beforeAll(async () => {
  const realm = new Realm(new App({ outdir: "/tmp/unused" }), "shop", { stage: "test" });
  const envOf: Record<string, string> = {};
  for (const [id, props] of [
    ["proxy-shop", { redirectUris: ["https://shop.example.de/oauth2/callback"] }],
    ["billing", { serviceAccount: true }],
    ["other", { serviceAccount: true }],
  ] as const) {
    const c = realm.addClient(id, props);
    secrets[id] = crypto.randomBytes(24).toString("base64url");
    envOf[c.secretEnv!.name] = secrets[id];
  }
  // What protect(shop, { apiClients: ["billing"] }) grants.
  realm.grantAudience({ callerClientId: "billing", audience: "proxy-shop", requestedBy: "test" });
  const rendered = realm.render();
  server = await startKeycloak({ realms: [{ fileName: "shop.json", json: rendered.json, secretEnv: rendered.secretEnv }], env: envOf });
  const issuer = `${server.baseUrl}/realms/shop`;
  const oidc = `${issuer}/protocol/openid-connect`;
  const port = await freePort();
  proxyUrl = `http://127.0.0.1:${port}`;
  // The AuthProxy's environment (patterns/iam/proxy.ts) with bearerTokens.
  proxy = spawn(await oauth2ProxyBinary(), [], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      OAUTH2_PROXY_PROVIDER: "keycloak-oidc",
      OAUTH2_PROXY_CLIENT_ID: "proxy-shop",
      OAUTH2_PROXY_CLIENT_SECRET: secrets["proxy-shop"],
      OAUTH2_PROXY_COOKIE_SECRET: crypto.randomBytes(16).toString("hex"),
      OAUTH2_PROXY_OIDC_ISSUER_URL: issuer,
      OAUTH2_PROXY_SKIP_OIDC_DISCOVERY: "true",
      OAUTH2_PROXY_LOGIN_URL: `${oidc}/auth`,
      OAUTH2_PROXY_REDEEM_URL: `${oidc}/token`,
      OAUTH2_PROXY_OIDC_JWKS_URL: `${oidc}/certs`,
      OAUTH2_PROXY_VALIDATE_URL: `${oidc}/userinfo`,
      OAUTH2_PROXY_REDIRECT_URL: "https://shop.example.de/oauth2/callback",
      OAUTH2_PROXY_CODE_CHALLENGE_METHOD: "S256",
      OAUTH2_PROXY_EMAIL_DOMAINS: "*",
      OAUTH2_PROXY_HTTP_ADDRESS: `127.0.0.1:${port}`,
      OAUTH2_PROXY_REVERSE_PROXY: "true",
      OAUTH2_PROXY_SET_XAUTHREQUEST: "true",
      OAUTH2_PROXY_UPSTREAMS: "static://202",
      OAUTH2_PROXY_COOKIE_SECURE: "true",
      OAUTH2_PROXY_SKIP_PROVIDER_BUTTON: "true",
      OAUTH2_PROXY_SKIP_JWT_BEARER_TOKENS: "true",
      OAUTH2_PROXY_INSECURE_OIDC_ALLOW_UNVERIFIED_EMAIL: "true",
      OAUTH2_PROXY_WHITELIST_DOMAINS: "shop.example.de",
    },
  });
  proxy.stdout!.on("data", (d: Buffer) => (proxyLog += d.toString()));
  proxy.stderr!.on("data", (d: Buffer) => (proxyLog += d.toString()));
  for (let i = 0; i < 100; i++) {
    if ((await fetch(`${proxyUrl}/ping`).catch(() => undefined))?.status === 200) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("oauth2-proxy did not answer /ping");
});

afterAll(async () => {
  proxy?.kill("SIGTERM");
  await server?.stop();
});

test("the granted client's client-credentials token passes the proxy (202)", async () => {
  const t = await token("billing");
  const aud: unknown = JSON.parse(Buffer.from(t.split(".")[1], "base64url").toString("utf8")).aud;
  expect(([] as unknown[]).concat(aud)).toContain("proxy-shop");
  const r = await forwardAuth(`Bearer ${t}`);
  expect(`${r.status} ${r.status === 202 ? "" : proxyLog.slice(-1500)}`).toBe("202 ");
});

test("no token is redirected to Keycloak's login; a forged token and an ungranted client's token are refused", async () => {
  const none = await forwardAuth();
  expect(none.status).toBe(302);
  expect(none.location).toContain(`${server!.baseUrl}/realms/shop/protocol/openid-connect/auth?`);
  // The app's address is kept as where to return after the sign-in.
  expect(proxyLog).not.toContain("Rejecting invalid redirect");
  const real = await token("billing");
  const forged = `${real.slice(0, -10)}AAAAAAAAAA`;
  expect((await forwardAuth(`Bearer ${forged}`)).status).not.toBe(202);
  expect((await forwardAuth(`Bearer ${await token("other")}`)).status).not.toBe(202);
});
