/**
 * The real audience test: the realm the IAM pattern renders for an AI stack in OIDC mode is
 * imported by a real Keycloak (the pinned distribution, `tools/keycloak`, on 127.0.0.1); tokens
 * from the client-credentials grant show that Keycloak puts the gateway's audience into the
 * access tokens of the gateway's clients only: a granted caller's token carries it, a client of
 * the same realm that is not a gateway client does not (so the gateway's `jwt_authn` refuses it).
 */
import { App } from "cdktf";
import * as crypto from "node:crypto";
import "../../patterns";
import { AiStack, AiStackProps, IdentityStack, LandingZone } from "../../index";
import { KubeManifest } from "../../constructs/kube/manifest";
import { REFERENCE_GOVERNANCE } from "../../patterns/ai/register";
import type { RenderedRealm } from "../../patterns/iam/realm";
import { targets } from "../../providers";
import { progress } from "../../tools/cache";
import { KeycloakServer, startKeycloak } from "../../tools/keycloak/server";

jest.setTimeout(20 * 60 * 1000);

const CUSTOM_AUDIENCE = "https://ki.amt.example.de";

/**
 * Realm `amt`: the gateway's own client `ai-gateway`; `fachverfahren` and `chatbot` call gateway
 * `assist` (audience: the gateway's client id); `chatbot` is also granted a URI as audience through
 * the capability directly (as a second gateway with `audience` would: two AI stacks cannot share
 * one Keycloak yet, their NetworkPolicies at Keycloak clash); `reporting` calls no gateway.
 */
function renderRealm(): { realm: RenderedRealm; assist: AiStack } {
  const app = new App({ outdir: "/tmp/unused" });
  const zone = new LandingZone(app, "amt", { target: targets.onprem({ gpuNodes: 1 }), stage: "acceptance" });
  const identity = new IdentityStack(app, "id", { landingZone: zone, hostName: "id.amt.example.de", realm: { realmName: "amt" } });
  const gateway = identity.oidcClient({ clientId: "ai-gateway", serviceAccount: true });
  for (const clientId of ["fachverfahren", "chatbot", "reporting"]) identity.oidcClient({ clientId, serviceAccount: true });
  const assist = new AiStack(app, "assist", {
    landingZone: zone,
    governance: REFERENCE_GOVERNANCE,
    model: "Qwen/Qwen2.5-0.5B-Instruct",
    serving: "gpu",
    identityProvider: gateway,
    clients: [
      { name: "fachverfahren", requestsPerMinute: 30 },
      { name: "chatbot", requestsPerMinute: 60 },
    ],
  } as AiStackProps);
  gateway.grantAudience!({ callerClientId: "chatbot", audience: CUSTOM_AUDIENCE, requestedBy: "the test" });
  return { realm: identity.realm.render(), assist };
}

/** The JSON payload of a JWT (not verified: Keycloak issued it over loopback). */
function claims(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split(".")[1], "base64url").toString("utf8"));
}

/** `aud` as a list (a JWT may carry one string, a list, or none). */
function audiences(jwt: Record<string, unknown>): string[] {
  const aud = jwt.aud;
  return aud === undefined ? [] : Array.isArray(aud) ? aud.map(String) : [String(aud)];
}

/** The audiences a gateway's Envoy config accepts (jwt_authn provider `oidc`, as rendered into its ConfigMap). */
function gatewayAudiences(gateway: AiStack): string[] {
  const config = gateway.gateway.node.findChild("config") as KubeManifest;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const envoy = JSON.parse((config.object as any).data["envoy.json"]);
  const hcm = envoy.static_resources.listeners[0].filter_chains[0].filters[0].typed_config;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return hcm.http_filters.find((f: any) => f.name === "envoy.filters.http.jwt_authn").typed_config.providers.oidc.audiences;
}

/** Envoy's jwt_authn rule for `audiences`: the token's `aud` must contain one of them. */
const accepted = (accepts: readonly string[], jwt: Record<string, unknown>) => accepts.some((a) => audiences(jwt).includes(a));

const { realm, assist } = renderRealm();
const secrets = Object.fromEntries(realm.secretEnv.map((e) => [e.name, crypto.randomBytes(24).toString("base64url")]));
const secretOf = (clientId: string) => secrets[realm.secretEnv.find((e) => e.purpose === `client secret of ${clientId} in realm amt`)!.name];
let server: KeycloakServer | undefined;

async function accessToken(clientId: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${server!.baseUrl}/realms/amt/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: secretOf(clientId) }),
  });
  const body = (await res.json()) as Record<string, unknown>;
  expect([clientId, res.status]).toEqual([clientId, 200]);
  return claims(String(body.access_token));
}

beforeAll(async () => {
  server = await startKeycloak({ realms: [realm], env: secrets });
  progress(`ai audience test: Keycloak ready after ${Math.round(server.startupMs / 1000)} s`);
});

afterAll(async () => {
  await server?.stop();
});

test("a caller the gateway lists gets the gateway's client id in aud; a realm client it does not list does not", async () => {
  expect(gatewayAudiences(assist)).toEqual(["ai-gateway"]);
  const fachverfahren = await accessToken("fachverfahren");
  expect(fachverfahren.azp).toBe("fachverfahren");
  expect(audiences(fachverfahren)).toEqual(["ai-gateway"]);
  expect(accepted(gatewayAudiences(assist), fachverfahren)).toBe(true);
  const reporting = await accessToken("reporting");
  expect(reporting.azp).toBe("reporting");
  expect(audiences(reporting)).not.toContain("ai-gateway");
  expect(audiences(reporting)).not.toContain(CUSTOM_AUDIENCE);
  expect(accepted(gatewayAudiences(assist), reporting)).toBe(false);
});

test("a caller granted two audiences carries both (client and custom URI); the gateway's own token carries neither", async () => {
  const chatbot = await accessToken("chatbot");
  expect(audiences(chatbot).sort()).toEqual(["ai-gateway", CUSTOM_AUDIENCE].sort());
  expect([accepted(gatewayAudiences(assist), chatbot), accepted([CUSTOM_AUDIENCE], chatbot)]).toEqual([true, true]);
  expect(audiences(await accessToken("fachverfahren"))).not.toContain(CUSTOM_AUDIENCE);
  const own = audiences(await accessToken("ai-gateway"));
  expect(own).not.toContain("ai-gateway");
  expect(own).not.toContain(CUSTOM_AUDIENCE);
});

test("Keycloak stored the mappers on the callers' clients and no audience mapper in any client scope", async () => {
  const login = await fetch(`${server!.baseUrl}/realms/master/protocol/openid-connect/token`, {
    method: "POST",
    body: new URLSearchParams({ grant_type: "password", client_id: "admin-cli", ...server!.admin }),
  });
  const token = String(((await login.json()) as Record<string, unknown>).access_token);
  const get = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${server!.baseUrl}/admin/realms/amt/${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect([path, res.status]).toEqual([path, 200]);
    return (await res.json()) as T;
  };
  type Mapper = { protocolMapper: string; config: Record<string, string> };
  const clients = await get<Array<{ clientId: string; protocolMappers?: Mapper[] }>>("clients");
  const audienceMappers = Object.fromEntries(
    clients.map((c) => [
      c.clientId,
      (c.protocolMappers ?? [])
        .filter((m) => m.protocolMapper === "oidc-audience-mapper")
        .map((m) => m.config["included.client.audience"] ?? m.config["included.custom.audience"]),
    ]),
  );
  expect(audienceMappers.fachverfahren).toEqual(["ai-gateway"]);
  expect(audienceMappers.chatbot.sort()).toEqual(["ai-gateway", CUSTOM_AUDIENCE].sort());
  expect(audienceMappers.reporting).toEqual([]);
  expect(audienceMappers["ai-gateway"]).toEqual([]);
  const scopes = await get<Array<{ name: string; protocolMappers?: Mapper[] }>>("client-scopes");
  const scoped = scopes.flatMap((s) =>
    (s.protocolMappers ?? []).map((m) => [s.name, m.config["included.client.audience"] ?? m.config["included.custom.audience"]]),
  );
  expect(scoped.filter(([, aud]) => aud === "ai-gateway" || aud === CUSTOM_AUDIENCE)).toEqual([]);
});
