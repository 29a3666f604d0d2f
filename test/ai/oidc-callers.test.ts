/**
 * OIDC callers of the AI gateway with the IAM pattern's Keycloak, at synth: each gateway client
 * becomes an audience mapper on that caller's client in the realm file (and nowhere else: no
 * other client, no default client scope); a client that is not in the realm, or the gateway's
 * audience without an identity provider, fails naming the property; the Pulumi engine writes the
 * same realm file.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- manifests read back from synth output */
import { App } from "cdktf";
import "../../patterns";
import { AiStack, AiStackProps, IdentityStack, LandingZone } from "../../index";
import { REFERENCE_GOVERNANCE } from "../../patterns/ai/register";
import { targets } from "../../providers";
import { runPulumi, unwrapSecret } from "../support/pulumi";
import { manifestsOf, synthApp } from "../support/synth";
import { MODEL, TARGETS, type Target } from "../support/ai";

/**
 * IAM + AI in one landing zone: the gateway's client `ai-gateway`, the callers' clients (service
 * accounts) and `grafana`, which is not a caller; the AI stack lists `fachverfahren` and `chatbot`.
 */
function compose(app: App, target: Target, ai: Partial<AiStackProps>, callers: readonly string[]): { identity: IdentityStack; stack: AiStack } {
  const zone = new LandingZone(app, "amt", { target: TARGETS[target](), stage: "acceptance" });
  const identity = new IdentityStack(app, "id", { landingZone: zone, hostName: "id.amt.example.de", realm: { realmName: "amt" } });
  const gateway = identity.oidcClient({ clientId: "ai-gateway", serviceAccount: true, description: "AI gateway (audience of its callers' tokens)" });
  for (const caller of callers) identity.oidcClient({ clientId: caller, serviceAccount: true });
  identity.oidcClient({ clientId: "grafana", redirectUris: ["https://grafana.amt.example.de/login/generic_oauth"] });
  const stack = new AiStack(app, "assist", {
    landingZone: zone,
    governance: REFERENCE_GOVERNANCE,
    identityProvider: gateway,
    clients: [
      { name: "fachverfahren", requestsPerMinute: 30 },
      { name: "chatbot", requestsPerMinute: 60 },
    ],
    ...MODEL[target],
    ...ai,
  } as AiStackProps);
  return { identity, stack };
}

interface Built {
  readonly realm: any;
  readonly ai: AiStack;
  readonly envoy: any;
}

function build(target: Target, ai: Partial<AiStackProps> = {}, callers = ["fachverfahren", "chatbot"]): Built {
  let stack: AiStack | undefined;
  const out = synthApp((app: App) => {
    stack = compose(app, target, ai, callers).stack;
  });
  const idObjects = manifestsOf(out.json["id-platform"]);
  const secret = idObjects.find((o) => o.kind === "Secret" && o.metadata.name === "keycloak-realms");
  const realm = JSON.parse(Buffer.from(secret.data["amt.json"], "base64").toString("utf8"));
  const config = manifestsOf(out.json["assist-platform"]).find((o) => o.kind === "ConfigMap" && o.metadata.name === "gateway-config");
  const hcm = JSON.parse(config.data["envoy.json"]).static_resources.listeners[0].filter_chains[0].filters[0].typed_config;
  const envoy = hcm.http_filters.find((f: any) => f.name === "envoy.filters.http.jwt_authn").typed_config.providers.oidc;
  return { realm, ai: stack!, envoy };
}

const mappersOf = (realm: any) => Object.fromEntries(realm.clients.map((c: any) => [c.clientId, c.protocolMappers ?? []]));

describe.each(["onprem", "stackit", "ionos"] as const)("%s", (target) => {
  const { realm, ai, envoy } = build(target);

  test("the granted callers' clients get an audience mapper for the gateway's client id, in access tokens only", () => {
    const mappers = mappersOf(realm);
    for (const caller of ["fachverfahren", "chatbot"]) {
      expect(mappers[caller]).toEqual([
        {
          name: "audience ai-gateway",
          protocol: "openid-connect",
          protocolMapper: "oidc-audience-mapper",
          consentRequired: false,
          config: {
            "included.client.audience": "ai-gateway",
            "access.token.claim": "true",
            "introspection.token.claim": "true",
            "id.token.claim": "false",
            "lightweight.claim": "false",
          },
        },
      ]);
    }
    expect(envoy.audiences).toEqual(["ai-gateway"]);
    expect(ai.audienceGrants.map((g) => g.callerClientId)).toEqual(["fachverfahren", "chatbot"]);
  });

  test("no other client gets a mapper, and the realm gets no client scope or default scope with one", () => {
    const mappers = mappersOf(realm);
    expect(mappers.grafana).toEqual([]);
    expect(mappers["ai-gateway"]).toEqual([]);
    expect(JSON.stringify(realm).match(/oidc-audience-mapper/g)).toHaveLength(2);
    for (const key of ["clientScopes", "defaultDefaultClientScopes", "defaultOptionalClientScopes", "protocolMappers"]) expect(realm[key]).toBeUndefined();
  });
});

test("a custom audience (a URI, not a client) becomes Keycloak's custom audience", () => {
  const { realm, envoy } = build("onprem", { audience: "https://ki.amt.example.de" });
  expect(envoy.audiences).toEqual(["https://ki.amt.example.de"]);
  expect(mappersOf(realm).fachverfahren[0].config).toMatchObject({ "included.custom.audience": "https://ki.amt.example.de" });
  expect(mappersOf(realm).fachverfahren[0].config["included.client.audience"]).toBeUndefined();
});

test("API-key mode grants nothing: no mapper in the realm", () => {
  let stack: AiStack | undefined;
  const out = synthApp((app: App) => {
    const zone = new LandingZone(app, "amt", { target: targets.onprem({ gpuNodes: 1 }), stage: "acceptance" });
    const identity = new IdentityStack(app, "id", { landingZone: zone, hostName: "id.amt.example.de", realm: { realmName: "amt" } });
    identity.oidcClient({ clientId: "fachverfahren", serviceAccount: true });
    stack = new AiStack(app, "assist", { landingZone: zone, governance: REFERENCE_GOVERNANCE, ...MODEL.onprem } as AiStackProps);
  });
  expect(stack!.audienceGrants).toEqual([]);
  const secret = manifestsOf(out.json["id-platform"]).find((o) => o.kind === "Secret" && o.metadata.name === "keycloak-realms");
  expect(Buffer.from(secret.data["amt.json"], "base64").toString("utf8")).not.toContain("oidc-audience-mapper");
});

test("the Pulumi engine writes the same realm file, mappers included", async () => {
  const registered = await runPulumi((app) => compose(app, "onprem", {}, ["fachverfahren", "chatbot"]).identity);
  const secret = registered.find((r) => r.inputs?.metadata?.name === "keycloak-realms");
  const fromPulumi = JSON.parse(Buffer.from(unwrapSecret(unwrapSecret(secret!.inputs.data)["amt.json"]), "base64").toString("utf8"));
  const { realm } = build("onprem");
  expect(mappersOf(fromPulumi)).toEqual(mappersOf(realm));
  expect(mappersOf(fromPulumi).fachverfahren).toHaveLength(1);
  expect(fromPulumi).toEqual(realm);
});

describe("bad input fails at synth naming the property", () => {
  test("a gateway client that is not a client of the realm", () => {
    expect(() => build("onprem", {}, ["fachverfahren"])).toThrow(
      /\[StackRealm id\/id\] grantAudience\.callerClientId: "chatbot" \(asked for by assist \(clients\[1\]\.name\): its tokens must carry aud "ai-gateway"\) is not a client of realm amt\. Allowed: ai-gateway, fachverfahren, grafana/,
    );
  });

  test("an audience without an identity provider", () => {
    expect(() =>
      synthApp((app: App) => {
        new AiStack(app, "assist", {
          target: targets.onprem({ gpuNodes: 1 }),
          governance: REFERENCE_GOVERNANCE,
          audience: "ai-gateway",
          ...MODEL.onprem,
        } as AiStackProps);
      }),
    ).toThrow(/\[AiStack assist\] audience: is set, but identityProvider is not/);
  });
});
