/**
 * AI pattern at synth (no cluster): bad inputs fail naming the property, the governance record
 * is on every object, only the gateway may reach the model, the in-cluster GPU server is
 * scheduled onto tainted GPU nodes, STACKIT adds an SKE GPU pool and a rotated model-serving
 * token, IONOS refuses GPU serving, no key is in the synth output, and the level-5 checks fail
 * on a policy that lets another workload reach the model.
 */
import "../../patterns";
import { AiStack, AiStackProps, renderGatewayConfig } from "../../patterns";
import { aiSmokeChecks, REFERENCE_GOVERNANCE } from "../../patterns/ai/register";
import { targets } from "../../providers";
import { renderGovernance } from "../../conformance/report/markdown";
import { manifestsOf, synthApp } from "../support/synth";
import type { SmokeProbe, LiveObject } from "../../core/smoke";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = any;
const base = { model: "Qwen/Qwen2.5-0.5B-Instruct", governance: REFERENCE_GOVERNANCE };

function synth(target: "onprem" | "stackit" | "ionos", props: Partial<AiStackProps> = {}) {
  return synthApp(
    (a) =>
      new AiStack(a, "assist", {
        target: targets[target](target === "onprem" ? { gpuNodes: 1 } : undefined),
        ...base,
        ...(target === "onprem" ? { serving: "gpu" } : {}),
        ...props,
      } as AiStackProps),
  );
}
const objectsOf = (target: "onprem" | "stackit" | "ionos", props: Partial<AiStackProps> = {}): Obj[] =>
  manifestsOf(synth(target, props).json["assist-platform"]);
const find = (all: Obj[], kind: string, name: string) => all.find((o) => o.kind === kind && o.metadata.name === name);
const expectFailure = (build: () => unknown, pattern: RegExp) => expect(build).toThrow(pattern);

describe("bad input fails at synth naming the property", () => {
  test.each([
    [
      "GPU on IONOS (no GPU node pools)",
      () => synth("ionos", { serving: "gpu" }),
      /serving.*"gpu" is not possible on target ionos: IONOS Managed Kubernetes has no GPU node pools/,
    ],
    ["empty model name", () => synth("onprem", { model: "" }), /model.*(empty|required)/i],
    ["missing governance", () => synth("stackit", { governance: undefined }), /governance.*is required/],
    [
      "missing risk class",
      () => synth("stackit", { governance: { ...REFERENCE_GOVERNANCE, riskClass: undefined } as Obj }),
      /governance\.riskClass.*is required/,
    ],
    [
      "prohibited practice",
      () => synth("stackit", { governance: { ...REFERENCE_GOVERNANCE, riskClass: "prohibited" } as Obj }),
      /prohibited AI practices \(EU AI Act Art\. 5\)/,
    ],
    [
      "unknown risk class",
      () => synth("stackit", { governance: { ...REFERENCE_GOVERNANCE, riskClass: "medium" } as Obj }),
      /governance\.riskClass.*Allowed: minimal, limited, high/,
    ],
    [
      "high risk in production without oversight",
      () => synth("stackit", { stage: "production", governance: { ...REFERENCE_GOVERNANCE, riskClass: "high", humanOversightContact: undefined } }),
      /governance\.humanOversightContact.*required for risk class high in production/,
    ],
    [
      "high risk in production with a short retention",
      () => synth("stackit", { stage: "production", governance: { ...REFERENCE_GOVERNANCE, riskClass: "high", auditLogRetentionDays: 30 } }),
      /governance\.auditLogRetentionDays.*at least 180/,
    ],
    ["unknown prop", () => synth("onprem", { modle: "x" } as Obj), /modle/],
    ["unknown governance prop", () => synth("onprem", { governance: { ...REFERENCE_GOVERNANCE, risk: "x" } as Obj }), /governance\.risk/],
    ["service on-prem", () => synth("onprem", { serving: "service" }), /serving.*not offered by target onprem/],
    [
      "OpenSearch on IONOS",
      () => synth("ionos", { vectorStore: "opensearch" }),
      /vectorStore: "opensearch" is not offered by target ionos.*Allowed on ionos: pgvector, none/,
    ],
    [
      "duplicate client",
      () =>
        synth("onprem", {
          clients: [
            { name: "a", requestsPerMinute: 1 },
            { name: "a", requestsPerMinute: 2 },
          ],
        }),
      /clients\[1\]\.name.*twice/,
    ],
  ])("%s", (_, build, message) => expectFailure(build, message));

  test("errors name the construct path", () => {
    expectFailure(() => synth("ionos", { serving: "gpu" }), /assist/);
  });
});

test("the governance record is an annotation on every object", () => {
  for (const target of ["onprem", "stackit", "ionos"] as const) {
    const all = objectsOf(target, { app: { image: "registry.example.de/rag:1.0.0" } });
    expect(all.length).toBeGreaterThan(10);
    for (const o of all)
      expect({ o: `${o.kind}/${o.metadata.name}`, a: o.metadata.annotations?.["ai.stackwerk.dev/risk-class"] }).toEqual({
        o: `${o.kind}/${o.metadata.name}`,
        a: "limited",
      });
    const gateway = find(all, "Deployment", "gateway");
    expect(gateway.spec.template.metadata.annotations["ai.stackwerk.dev/model-card"]).toBe(REFERENCE_GOVERNANCE.modelCard);
  }
});

test("only the gateway has egress to the model; on-prem the model admits only the gateway", () => {
  for (const target of ["onprem", "stackit", "ionos"] as const) {
    const all = objectsOf(target, { app: { image: "registry.example.de/rag:1.0.0" } });
    const toModel = all.filter((o) => o.kind === "NetworkPolicy" && o.metadata.name.endsWith("-allow-to-model"));
    expect(toModel.map((p) => p.spec.podSelector.matchLabels["app.kubernetes.io/name"])).toEqual(["gateway"]);
    if (target === "onprem") {
      const admits = all.filter((o) => o.kind === "NetworkPolicy" && o.metadata.name.startsWith("model-allow-from-"));
      expect(admits.map((p) => p.metadata.name)).toEqual(["model-allow-from-gateway"]);
    } else {
      expect(toModel[0].spec.egress[0].to[0].ipBlock.cidr).toBeDefined();
      expect(toModel[0].spec.egress[0].ports).toEqual([{ port: 443, protocol: "TCP" }]);
    }
    // The app reaches the gateway, never the model.
    expect(find(all, "NetworkPolicy", "app-allow-to-gateway")).toBeDefined();
    expect(all.some((o) => o.kind === "NetworkPolicy" && o.metadata.name === "app-allow-to-model")).toBe(false);
  }
});

test("in-cluster GPU serving: vLLM pinned by digest, requests nvidia.com/gpu, tolerates the taint, selects GPU nodes", () => {
  const all = objectsOf("onprem", { gpus: 2 });
  const model = find(all, "Deployment", "model").spec.template.spec;
  expect(model.containers[0].image).toMatch(/^docker\.io\/vllm\/vllm-openai:v[0-9.]+@sha256:[0-9a-f]{64}$/);
  expect(model.containers[0].resources.limits["nvidia.com/gpu"]).toBe("2");
  expect(model.containers[0].resources.requests["nvidia.com/gpu"]).toBe("2");
  expect(model.tolerations).toEqual([{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }]);
  expect(model.nodeSelector).toEqual({ "nvidia.com/gpu.present": "true" });
  expect(model.containers[0].securityContext).toMatchObject({ runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
  const cpu = find(objectsOf("onprem", { serving: "cpu" }), "Deployment", "model").spec.template.spec;
  expect(cpu.containers[0].image).toMatch(/^ghcr\.io\/ggml-org\/llama\.cpp:server@sha256:[0-9a-f]{64}$/);
  expect(cpu.tolerations).toBeUndefined();
  expect(cpu.containers[0].resources.limits["nvidia.com/gpu"]).toBeUndefined();
});

test("STACKIT: a model-serving token with rotate_when_changed, its value only through a sensitive input; GPU serving adds a tainted SKE GPU pool", () => {
  const out = synth("stackit", { keyRotation: "2025-q3" });
  const infra = out.json["assist-infra"];
  const token = Object.values(infra.resource.stackit_modelserving_token)[0] as Obj;
  expect(token.rotate_when_changed).toEqual({ rotation: "2025-q3" });
  expect(infra.output.model_token.sensitive).toBe(true);
  expect(out.json["assist-platform"].variable.model_token.sensitive).toBe(true);
  const pools = (Object.values(infra.resource.stackit_ske_cluster)[0] as Obj).node_pools;
  expect(pools.map((p: Obj) => p.name)).toEqual(["default"]);
  const gpu = synth("stackit", { serving: "gpu" }).json["assist-infra"];
  const gpuPools = (Object.values(gpu.resource.stackit_ske_cluster)[0] as Obj).node_pools;
  expect(gpuPools.map((p: Obj) => p.name)).toEqual(["default", "gpu"]);
  expect(gpuPools[1]).toMatchObject({
    machine_type: "n1.14d.g1",
    labels: { "nvidia.com/gpu.present": "true" },
    taints: [{ key: "nvidia.com/gpu", value: "present", effect: "NoSchedule" }],
  });
  expect(gpu.resource.stackit_modelserving_token).toBeUndefined();
});

test("IONOS: the AI Model Hub token is a sensitive platform input (the provider has no resource for it)", () => {
  const out = synth("ionos");
  expect(out.json["assist-platform"].variable.model_token.sensitive).toBe(true);
  expect(JSON.stringify(out.json["assist-infra"] ?? {})).not.toMatch(/model_token/);
  expect(
    targets
      .ionos()
      .capabilities()
      .find((c) => c.capability === "modelEndpoint")?.detail,
  ).toMatch(/no resource/);
});

test("the gateway's config holds placeholders only; keys come from Secrets through the init container", () => {
  const all = objectsOf("onprem");
  const config = find(all, "ConfigMap", "gateway-config").data["envoy.json"];
  expect(config).toMatch(/Bearer __STACKWERK_MODEL_API_KEY__/);
  expect(config).toMatch(/Bearer __STACKWERK_CLIENT_KEY_APP__/);
  const envoy = JSON.parse(config);
  const hcm = envoy.static_resources.listeners[0].filter_chains[0].filters[0].typed_config;
  const routes = hcm.route_config.virtual_hosts[0].routes;
  expect(routes.map((r: Obj) => r.name)).toEqual(["health", "app", "unauthenticated"]);
  expect(routes[2].direct_response.status).toBe(401);
  expect(routes[1].typed_per_filter_config["envoy.filters.http.local_ratelimit"].token_bucket.max_tokens).toBe(60);
  // Access log: metadata only.
  expect(Object.keys(hcm.access_log[0].typed_config.log_format.json_format)).not.toContain("body");
  const gateway = find(all, "Deployment", "gateway").spec.template.spec;
  expect(gateway.initContainers[0].env.every((e: Obj) => e.valueFrom?.secretKeyRef)).toBe(true);
  expect(gateway.volumes.find((v: Obj) => v.name === "writable-1").emptyDir.medium).toBe("Memory");
  // No generated or input value in the synth output.
  const text = JSON.stringify(synth("onprem").json);
  expect(text).not.toMatch(/"api-key":\s*"[A-Za-z0-9]{40}"/);
});

/** An identity provider as the IAM pattern hands it out (client `ai-gateway`). */
const fakeIdp = () => {
  const idp = {
    implementation: "in-cluster" as const,
    issuerUrl: "https://id.example.de/realms/amt",
    discoveryUrl: "https://id.example.de/realms/amt/.well-known/openid-configuration",
    internalIssuerUrl: "http://keycloak.iam.svc.cluster.local:8080/realms/amt",
    endpoints: {
      authorization: "https://id.example.de/realms/amt/protocol/openid-connect/auth",
      token: "http://keycloak.iam.svc.cluster.local:8080/realms/amt/protocol/openid-connect/token",
      userinfo: "http://keycloak.iam.svc.cluster.local:8080/realms/amt/protocol/openid-connect/userinfo",
      jwks: "http://keycloak.iam.svc.cluster.local:8080/realms/amt/protocol/openid-connect/certs",
      endSession: "https://id.example.de/realms/amt/protocol/openid-connect/logout",
    },
    realm: "amt",
    clientId: "ai-gateway",
    clientSecret: { name: "ai-gateway-oidc", key: "secret" },
    clientSecretNamespace: "iam",
    peer: {
      description: "keycloak",
      podLabels: { "app.kubernetes.io/name": "keycloak" },
      namespaceLabels: { "kubernetes.io/metadata.name": "iam" },
      ports: [{ port: 8080 }],
    },
    admit: jest.fn(),
    grantAudience: jest.fn(),
  };
  return idp;
};

test("OIDC mode: jwt_authn against the identity provider's keys, clients by azp, caller-set client header stripped", () => {
  const idp = fakeIdp();
  const config = renderGatewayConfig({
    model: {
      implementation: "managed",
      baseUrl: "https://api.example.de/v1",
      model: "m",
      apiKey: { name: "k", key: "k" },
      peer: idp.peer,
      admit: () => undefined,
    },
    clients: [{ name: "fachverfahren", requestsPerMinute: 5 }],
    identityProvider: idp,
  }) as Obj;
  const hcm = config.static_resources.listeners[0].filter_chains[0].filters[0].typed_config;
  expect(hcm.http_filters.map((f: Obj) => f.name)).toEqual([
    "envoy.filters.http.header_mutation",
    "envoy.filters.http.jwt_authn",
    "envoy.filters.http.local_ratelimit",
    "envoy.filters.http.router",
  ]);
  expect(hcm.http_filters[1].typed_config.providers.oidc).toMatchObject({
    issuer: idp.issuerUrl,
    audiences: ["ai-gateway"],
    claim_to_headers: [{ header_name: "x-stackwerk-client", claim_name: "azp" }],
  });
  expect(hcm.route_config.virtual_hosts[0].routes[1].match.headers).toEqual([{ name: "x-stackwerk-client", string_match: { exact: "fachverfahren" } }]);
  expect(config.static_resources.clusters.map((c: Obj) => c.name)).toEqual(["model", "identity"]);
  expect(config.static_resources.clusters[0].transport_socket.typed_config.sni).toBe("api.example.de");
  const all = manifestsOf(synth("stackit", { identityProvider: idp }).json["assist-platform"]);
  // Keycloak lives in another namespace (iam): the egress policy is named by it (policyName).
  expect(find(all, "NetworkPolicy", "gateway-allow-to-iam-keycloak")).toBeDefined();
  expect(idp.admit).toHaveBeenCalled();
});

test("the level-5 checks fail when another workload may reach the model or the server is off the GPU node", async () => {
  const ns = "assist-test";
  const policy = (name: string, app: string, egress = true): LiveObject => ({
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name, namespace: ns },
    spec: egress
      ? { podSelector: { matchLabels: { "app.kubernetes.io/name": app } }, policyTypes: ["Egress"], egress: [{ to: [{ ipBlock: { cidr: "10.0.0.0/24" } }] }] }
      : {
          podSelector: { matchLabels: { "app.kubernetes.io/name": "model" } },
          policyTypes: ["Ingress"],
          ingress: [{ from: [{ podSelector: { matchLabels: { "app.kubernetes.io/name": app } } }] }],
        },
  });
  const probe = (policies: LiveObject[], nodeGpus: string): SmokeProbe => ({
    namespaces: [ns],
    list: async (kind) =>
      kind === "networkpolicies"
        ? policies
        : kind === "pods"
          ? [
              {
                apiVersion: "v1",
                kind: "Pod",
                metadata: { name: "model-1", labels: { "app.kubernetes.io/name": "model" } },
                spec: { nodeName: "n", containers: [{ resources: { limits: { "nvidia.com/gpu": "1" } } }] },
              },
            ]
          : [],
    get: async (kind) =>
      kind === "endpoints"
        ? { apiVersion: "v1", kind: "Endpoints", metadata: { name: "x" }, subsets: [{ addresses: [{}] }] }
        : { apiVersion: "v1", kind: "Node", metadata: { name: "n" }, status: { allocatable: { "nvidia.com/gpu": nodeGpus } } },
  });
  const good = await aiSmokeChecks(
    probe([policy("gateway-allow-to-model", "gateway"), policy("model-allow-from-gateway", "gateway", false)], "2"),
    ns,
    "onprem",
  );
  expect(good.filter((c) => !c.ok)).toEqual([]);
  const bad = await aiSmokeChecks(
    probe([policy("gateway-allow-to-model", "gateway"), policy("app-allow-to-model", "app"), policy("model-allow-from-app", "app", false)], "0"),
    ns,
    "onprem",
  );
  expect(bad.filter((c) => !c.ok).map((c) => c.name)).toEqual([
    "egress to the model only from the gateway",
    "model server admits the gateway only",
    "model server scheduled on a GPU node",
  ]);
});

test("the Markdown report shows the governance record of the cells that carry one", () => {
  const cell = (id: string, governance?: Obj) => ({ id, pattern: id.split("/")[0], ...(governance ? { governance } : {}) }) as Obj;
  const md = renderGovernance([cell("web-app/onprem"), cell("ai/onprem", REFERENCE_GOVERNANCE), cell("ai/stackit", REFERENCE_GOVERNANCE)]).join("\n");
  expect(md).toMatch(/### Governance records/);
  expect(md).toMatch(/\*\*ai\/onprem, ai\/stackit\*\*: riskClass: limited; intendedPurpose: .*; dataResidency: DE/);
  expect(renderGovernance([cell("web-app/onprem")])).toEqual([]);
});

describe("OIDC audience", () => {
  const oidcOf = (props: Partial<AiStackProps>) => {
    const config = JSON.parse(find(objectsOf("stackit", props), "ConfigMap", "gateway-config").data["envoy.json"]);
    const hcm = config.static_resources.listeners[0].filter_chains[0].filters[0].typed_config;
    return hcm.http_filters.find((f: Obj) => f.name === "envoy.filters.http.jwt_authn").typed_config.providers.oidc;
  };

  test("defaults to the identity provider's client id (the gateway's own IAM client); a prop overrides it", () => {
    expect(oidcOf({ identityProvider: fakeIdp() }).audiences).toEqual(["ai-gateway"]);
    expect(oidcOf({ identityProvider: fakeIdp(), audience: "https://ki.amt.example.de" }).audiences).toEqual(["https://ki.amt.example.de"]);
  });

  test.each([
    ["audience without identityProvider", { audience: "ai-gateway" }, /\[AiStack assist\] audience: is set, but identityProvider is not/],
    ["empty audience", { identityProvider: fakeIdp(), audience: "" }, /audience: "" is not allowed\. Allowed: the client id or URI/],
    ["audience with a space", { identityProvider: fakeIdp(), audience: "ai gateway" }, /audience: "ai gateway" is not allowed/],
    [
      "no audience and an identity provider without client id",
      { identityProvider: { ...fakeIdp(), clientId: "" } },
      /audience: "" is not allowed \(the identity provider's client id, the default\)/,
    ],
  ] as const)("%s fails at synth", (_, props, message) => {
    expectFailure(() => synth("stackit", props as Partial<AiStackProps>), message);
  });

  test("each client is granted the audience at the identity provider (and only the clients); a provider without grantAudience fails naming the callers", () => {
    const idp = fakeIdp();
    const clients = [
      { name: "fachverfahren", requestsPerMinute: 30 },
      { name: "chatbot", requestsPerMinute: 60 },
    ];
    synth("stackit", { identityProvider: idp, clients });
    expect(idp.grantAudience.mock.calls.map(([g]) => g)).toEqual([
      { callerClientId: "fachverfahren", audience: "ai-gateway", requestedBy: "assist (clients[0].name)" },
      { callerClientId: "chatbot", audience: "ai-gateway", requestedBy: "assist (clients[1].name)" },
    ]);
    const { grantAudience: _, ...external } = { ...fakeIdp(), implementation: "external" as const };
    expectFailure(
      () => synth("stackit", { identityProvider: external, clients }),
      /\[AiStack assist\] identityProvider: \(external, client "ai-gateway"\) cannot put the audience "ai-gateway" into the tokens of fachverfahren, chatbot: it has no grantAudience\. Allowed: a client from IdentityStack\.oidcClient\(\)/,
    );
  });

  test("renderGatewayConfig refuses OIDC mode without an audience", () => {
    const idp = { ...fakeIdp(), clientId: "" };
    const model = {
      implementation: "managed" as const,
      baseUrl: "https://api.example.de/v1",
      model: "m",
      apiKey: { name: "k", key: "k" },
      peer: idp.peer,
      admit: () => undefined,
    };
    expect(() => renderGatewayConfig({ model, clients: [{ name: "a", requestsPerMinute: 1 }], identityProvider: idp })).toThrow(/needs an audience/);
  });
});
