/**
 * `vectorStore: "opensearch"`: STACKIT OpenSearch through the searchEngine capability (plan by
 * size and stage, ACL = the SKE cluster's egress ranges, prevent_destroy in production, the
 * credential only through sensitive outputs/inputs into a write-only Secret, the app wired by
 * env and an egress policy to the instance's range), refused on IONOS and on-prem naming the
 * target and pgvector; `tofu validate` and an offline `tofu plan` of the infra stack with the
 * real STACKIT provider; the same Kubernetes objects through the Pulumi engine.
 */
import "../../patterns";
import { AiStack, AiStackProps } from "../../patterns";
import { REFERENCE_GOVERNANCE } from "../../patterns/ai/register";
import { targets } from "../../providers";
import { STACKIT_OPENSEARCH_PLANS } from "../../providers/stackit/search-engine";
import type { Size } from "../../core/profile";
import { placeholderEnv } from "../../conformance/credentials";
import { infraInputs } from "../../conformance/inputs";
import { stackVariables } from "../../deploy/stack-json";
import { ensureToolchain } from "../../tools/toolchain";
import { manifestsOf, synthApp } from "../support/synth";
import { validateStacks } from "../support/examples";
import { initStack, tofuIn } from "../support/tofu";
import { normalise, objectKey, runPulumi } from "../support/pulumi";

jest.setTimeout(600_000);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = any;
const props = (extra: Partial<AiStackProps> = {}): AiStackProps =>
  ({
    target: targets.stackit(),
    model: "cortecs/Llama-3.3-70B-Instruct-FP8-Dynamic",
    governance: REFERENCE_GOVERNANCE,
    vectorStore: "opensearch",
    app: { image: "registry.example.de/stackwerk/rag-demo:1.0.0" },
    ...extra,
  }) as AiStackProps;
const synth = (extra: Partial<AiStackProps> = {}) => synthApp((a) => new AiStack(a, "assist", props(extra)));
const only = (resources: Record<string, Obj> | undefined): Obj => {
  expect(Object.keys(resources ?? {})).toHaveLength(1);
  return Object.values(resources!)[0];
};

describe("STACKIT OpenSearch as the vector store", () => {
  test("one instance: plan from the size table (single node; replica in production), version 2, ACL = the cluster's egress, prevent_destroy in production", () => {
    const test = synth().json["assist-infra"];
    const instance = only(test.resource.stackit_opensearch_instance);
    expect(instance).toMatchObject({
      name: "assist-test-vectors",
      version: "2",
      plan_name: "stackit-opensearch-1.4.10-single",
      parameters: { sgw_acl: '${join(",", stackit_ske_cluster.cluster.egress_address_ranges)}' },
      lifecycle: { prevent_destroy: false },
    });
    expect(test.resource.stackit_postgresflex_instance).toBeUndefined();
    for (const size of ["M", "L"] as Size[]) {
      const prod = only(synth({ stage: "production", size }).json["assist-infra"].resource.stackit_opensearch_instance);
      expect(prod.plan_name).toBe(`${STACKIT_OPENSEARCH_PLANS[size]}-replica`);
      expect(prod.lifecycle).toEqual({ prevent_destroy: true });
    }
  });

  test("the credential reaches the namespace only as sensitive output → sensitive input → write-only Secret", () => {
    const out = synth();
    const infra = out.json["assist-infra"];
    const platform = out.json["assist-platform"];
    expect(only(infra.resource.stackit_opensearch_credential).instance_id).toBe("${stackit_opensearch_instance.vectors.instance_id}");
    for (const name of ["vectors_password", "vectors_uri"]) {
      expect({ name, output: infra.output[name].sensitive, input: platform.variable[name].sensitive }).toEqual({ name, output: true, input: true });
    }
    const secret = Object.values(platform.resource.kubernetes_secret_v1).find((s: Obj) => s.metadata.name === "vectors-credentials") as Obj;
    expect(Object.keys(secret.data_wo).sort()).toEqual(["password", "uri"]);
    expect(secret.data_wo.password).toBe("${var.vectors_password}");
    expect(JSON.stringify(out.json)).not.toMatch(/"data"\s*:\s*\{[^}]*"password"/);
  });

  test("the app gets endpoint, login and Secret references by env, and egress to the instance's range only", () => {
    const all = manifestsOf(synth().json["assist-platform"]);
    const app = all.find((o) => o.kind === "Deployment" && o.metadata.name === "app").spec.template.spec.containers[0];
    const env = Object.fromEntries(app.env.map((e: Obj) => [e.name, e.value ?? e.valueFrom.secretKeyRef]));
    expect(env).toMatchObject({
      VECTOR_STORE: "opensearch",
      OPENSEARCH_HOST: "${var.vectors_host}",
      OPENSEARCH_PORT: "${var.vectors_port}",
      OPENSEARCH_USERNAME: "${var.vectors_username}",
      OPENSEARCH_PASSWORD: { name: "vectors-credentials", key: "password" },
      OPENSEARCH_URL: { name: "vectors-credentials", key: "uri" },
    });
    expect(Object.keys(env).filter((k) => k.startsWith("PG"))).toEqual([]);
    const egress = all.find((o) => o.kind === "NetworkPolicy" && o.metadata.name === "app-allow-to-vectors").spec;
    expect(egress.podSelector.matchLabels["app.kubernetes.io/name"]).toBe("app");
    expect(egress.egress).toEqual([
      {
        to: [{ ipBlock: { cidr: "${var.vectors_cidr}" } }],
        ports: [
          { port: 443, protocol: "TCP" },
          { port: 9200, protocol: "TCP" },
        ],
      },
    ]);
    // Only the app reaches the vector store; the gateway does not.
    expect(all.filter((o) => o.kind === "NetworkPolicy" && o.metadata.name.endsWith("-allow-to-vectors")).map((o) => o.metadata.name)).toEqual([
      "app-allow-to-vectors",
    ]);
  });

  test("stackwerk list: STACKIT offers the search engine, IONOS and on-prem say why not", () => {
    const line = (t: "stackit" | "ionos" | "onprem") =>
      targets[t]()
        .capabilities()
        .find((c) => c.capability === "searchEngine");
    expect(line("stackit")).toMatchObject({ implementation: "managed", detail: expect.stringMatching(/STACKIT OpenSearch/) });
    expect(line("ionos")).toMatchObject({ implementation: "unsupported", detail: expect.stringMatching(/IONOS offers no managed OpenSearch/) });
    expect(line("onprem")).toMatchObject({ implementation: "unsupported" });
  });
});

describe("bad input fails at synth naming the target and what it offers", () => {
  test.each([
    [
      "ionos",
      {},
      /\[AiStack assist\] vectorStore: "opensearch" is not offered by target ionos \(IONOS offers no managed OpenSearch.*\)\. Allowed on ionos: pgvector, none/,
    ],
    ["onprem", { serving: "gpu" }, /vectorStore: "opensearch" is not offered by target onprem .*Allowed on onprem: pgvector, none/],
  ] as const)("opensearch on %s", (target, extra, message) => {
    expect(() =>
      synthApp((a) => new AiStack(a, "assist", props({ target: targets[target](target === "onprem" ? { gpuNodes: 1 } : undefined), ...extra }))),
    ).toThrow(message);
  });

  test("an unknown vector store names the allowed values", () => {
    expect(() => synth({ vectorStore: "elasticsearch" as Obj })).toThrow(/vectorStore: "elasticsearch" is not allowed\. Allowed: pgvector, opensearch, none/);
  });
});

test("tofu validate (both stacks) and an offline tofu plan of the infra stack with the real STACKIT provider", async () => {
  const tc = await ensureToolchain();
  const out = synth();
  await validateStacks(tc, out.outdir, ["assist-infra", "assist-platform"]);
  const infra = out.stacks.find((s) => s.name === "assist-infra")!;
  await initStack(tc, infra);
  const vars = infraInputs(stackVariables(out.json["assist-infra"]));
  const plan = await tofuIn(tc, infra, ["plan", "-input=false", "-lock=false"], { ...placeholderEnv("stackit"), ...vars.env });
  expect({ code: plan.code, err: plan.code ? plan.stderr : "" }).toEqual({ code: 0, err: "" });
  expect(plan.stdout).toMatch(/stackit_opensearch_instance\.vectors will be created/);
  expect(plan.stdout).toMatch(/stackit_opensearch_credential\.vectors-credential will be created/);
});

test("parity: the Pulumi engine produces the same Kubernetes objects for the OpenSearch variant", async () => {
  const build = (app: Obj) => new AiStack(app, "assist", props());
  // Both Kubernetes layers: the zone's add-ons (admission policies, ADR 0385) and the platform.
  const cdktf = synthApp(build).json;
  const fromCdktf = new Map([...manifestsOf(cdktf["assist-addons"]), ...manifestsOf(cdktf["assist-platform"])].map((o) => [objectKey(o), normalise(o, true)]));
  const registered = await runPulumi(build);
  const fromPulumi = new Map(
    registered
      .filter((r) => r.type.startsWith("kubernetes:") && r.type !== "kubernetes:core/v1:Secret" && r.type !== "pulumi:providers:kubernetes")
      .map((r) => [objectKey(r.inputs), normalise(r.inputs, false)]),
  );
  expect([...fromPulumi.keys()].sort()).toEqual([...fromCdktf.keys()].sort());
  expect(fromCdktf.has("Deployment/assist-test/app")).toBe(true);
  for (const [key, object] of fromCdktf) expect({ key, object: fromPulumi.get(key) }).toEqual({ key, object });
  const secrets = registered.filter((r) => r.type === "kubernetes:core/v1:Secret").map((r) => r.inputs.metadata.name);
  expect(secrets).toContain("vectors-credentials");
});
