/**
 * Registers the AI pattern with its reference instance (model endpoint per target — vLLM on the
 * GPU node on-prem —, gateway with per-client keys, pgvector, a RAG app) and its level-5 checks:
 * gateway endpoints, the model server scheduled on a GPU node (in-cluster), and egress to the
 * model from the gateway only.
 */
import { endpointChecks, SmokeCheck, SmokeProbe, LiveObject } from "../../core/smoke";
import { registerPattern } from "../registry";
import { AiStack, AiGovernance } from "./index";

/** The reference instance's governance record (also the report's governance record). */
export const REFERENCE_GOVERNANCE: AiGovernance = {
  riskClass: "limited",
  intendedPurpose: "Answers citizens' questions about administrative services from published documents (RAG); no decisions about persons",
  modelCard: "https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct",
  dataResidency: "DE",
  humanOversightContact: "ki-aufsicht@amt.example.de",
  auditLogRetentionDays: 180,
};

/**
 * The reference instance on an on-prem cluster without GPU nodes (`gpuNodes: 0`, e.g. the
 * runtime conformance's real node): llama.cpp on CPU with a small model baked into a site image
 * (a placeholder reference, like the example app; ADR 0430).
 */
export const CPU_REFERENCE_MODEL = {
  image: "registry.example.de/stackwerk/llama-server-tiny:1.0.0",
  path: "/models/stackwerk-tiny.gguf",
} as const;

/** GPU nodes an on-prem target declares (0 for the clouds' targets, which have no such prop). */
const gpuNodesOf = (target: object): number => ("gpuNodes" in target && typeof target.gpuNodes === "number" ? target.gpuNodes : 0);

/** Model per target of the reference instance. */
const REFERENCE_MODELS: Record<string, string> = {
  stackit: "cortecs/Llama-3.3-70B-Instruct-FP8-Dynamic",
  ionos: "meta-llama/Llama-3.3-70B-Instruct",
  onprem: "Qwen/Qwen2.5-0.5B-Instruct",
};

const matches = (selector: Record<string, string> | undefined, labels: Record<string, string>) =>
  Object.entries(selector ?? {}).every(([k, v]) => labels[k] === v);

/** Level-5 checks of an AI stack instance in `namespace` (exported for tests). */
export async function aiSmokeChecks(probe: SmokeProbe, namespace: string, target: string): Promise<SmokeCheck[]> {
  const inCluster = target === "onprem";
  const checks = await endpointChecks(probe, namespace, ["gateway", "app", ...(inCluster ? ["model"] : [])]);
  const policies = await probe.list("networkpolicies", namespace);
  const gatewayLabels = { "app.kubernetes.io/name": "gateway" };
  const modelLabels = { "app.kubernetes.io/name": "model" };
  // Egress to the model: policies named *-allow-to-model (cloud: the endpoint's range) or with a `to` selecting the model's pods.
  const toModel = policies.filter(
    (p: LiveObject) =>
      (p.spec?.policyTypes ?? []).includes("Egress") &&
      (p.metadata.name.endsWith("-allow-to-model") ||
        (p.spec?.egress ?? []).some((r: { to?: Array<{ podSelector?: { matchLabels?: Record<string, string> } }> }) =>
          (r.to ?? []).some(
            (t) => t.podSelector?.matchLabels && matches(t.podSelector.matchLabels, { ...modelLabels, "app.kubernetes.io/instance": `${namespace}-model` }),
          ),
        )),
  );
  const strangers = toModel.filter((p: LiveObject) => !matches(gatewayLabels, p.spec?.podSelector?.matchLabels ?? {}));
  checks.push({
    name: "egress to the model only from the gateway",
    ok: toModel.length > 0 && strangers.length === 0,
    message:
      toModel.length === 0
        ? "no egress policy to the model endpoint"
        : strangers.length
          ? `also allowed from: ${strangers.map((p: LiveObject) => p.metadata.name).join(", ")}`
          : `${toModel.map((p: LiveObject) => p.metadata.name).join(", ")} (gateway pods only)`,
  });
  if (inCluster) {
    const admitted = policies.filter(
      (p: LiveObject) =>
        (p.spec?.policyTypes ?? []).includes("Ingress") && matches(modelLabels, p.spec?.podSelector?.matchLabels ?? {}) && (p.spec?.ingress ?? []).length > 0,
    );
    const others = admitted.flatMap((p: LiveObject) =>
      (p.spec.ingress as Array<{ from?: Array<{ podSelector?: { matchLabels?: Record<string, string> } }> }>).flatMap((r) =>
        (r.from ?? []).filter((f) => !matches(gatewayLabels, f.podSelector?.matchLabels ?? {})).map(() => p.metadata.name),
      ),
    );
    checks.push({
      name: "model server admits the gateway only",
      ok: admitted.length > 0 && others.length === 0,
      message: others.length
        ? `other sources admitted by ${[...new Set(others)].join(", ")}`
        : `${admitted.map((p: LiveObject) => p.metadata.name).join(", ")}`,
    });
    const pods = (await probe.list("pods", namespace)).filter((p) => p.metadata.labels?.["app.kubernetes.io/name"] === "model");
    // serving: "cpu" (llama.cpp) asks for no GPU: its pods belong on any node (found on the runtime node, issue 27).
    const cpuOnly = pods.filter((p) => !Number(p.spec?.containers?.[0]?.resources?.limits?.["nvidia.com/gpu"] ?? 0));
    if (pods.length > 0 && cpuOnly.length === pods.length) {
      checks.push({
        name: "model server scheduled on a GPU node",
        ok: true,
        message: `serving on CPU (no GPU asked): ${pods.map((p) => `${p.metadata.name} on ${p.spec?.nodeName ?? "(unscheduled)"}`).join("; ")}`,
      });
      return checks;
    }
    const placed: string[] = [];
    for (const pod of pods) {
      const nodeName = pod.spec?.nodeName as string | undefined;
      const node = nodeName ? await probe.get("nodes", nodeName) : undefined;
      const gpus = Number(node?.status?.allocatable?.["nvidia.com/gpu"] ?? 0);
      const asked = Number(pod.spec?.containers?.[0]?.resources?.limits?.["nvidia.com/gpu"] ?? 0);
      if (gpus > 0 && asked > 0) placed.push(`${pod.metadata.name} on ${nodeName} (${asked} of ${gpus} GPU)`);
    }
    checks.push({
      name: "model server scheduled on a GPU node",
      ok: pods.length > 0 && placed.length === pods.length,
      message:
        pods.length === 0
          ? "no model server pod"
          : placed.length === pods.length
            ? placed.join("; ")
            : `${pods.length - placed.length} pod(s) not on a GPU node`,
    });
  }
  return checks;
}

registerPattern({
  name: AiStack.patternName,
  pattern: AiStack,
  summary: "OpenAI-compatible model endpoint, pgvector, guarded gateway (auth, rate limits, audit log) and EU AI Act governance record",
  uses: ["kubernetesCluster", "modelEndpoint", "postgres"],
  governance: REFERENCE_GOVERNANCE as unknown as Readonly<Record<string, string | number>>,
  create: (scope, id, { target, stage }) =>
    new AiStack(scope, id, {
      target,
      stage,
      model: REFERENCE_MODELS[target.name],
      ...(target.name === "onprem"
        ? gpuNodesOf(target) > 0
          ? { serving: "gpu" as const }
          : { serving: "cpu" as const, model: CPU_REFERENCE_MODEL.path, modelImage: CPU_REFERENCE_MODEL.image }
        : {}),
      governance: REFERENCE_GOVERNANCE,
      clients: [
        { name: "app", requestsPerMinute: 60 },
        { name: "batch", requestsPerMinute: 10 },
      ],
      app: { image: "registry.example.de/stackwerk/rag-demo:1.0.0", port: 8080 },
    }),
  smoke: async (probe, { target }) => aiSmokeChecks(probe, probe.namespaces[0], target),
});
