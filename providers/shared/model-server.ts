/**
 * An OpenAI-compatible model server in the pattern's namespace: vLLM on a GPU node (requests
 * `nvidia.com/gpu`, tolerates the GPU taint, selects GPU nodes) or llama.cpp's server on CPU
 * for small models. The API key is generated into a Secret; only admitted clients may connect.
 * Used on-prem and for in-cluster GPU serving on STACKIT (an SKE GPU pool).
 */
import { requireCidrRange } from "../../core/validation/cidr";
import { fail, requireIntegerInRange, requireNonEmpty } from "../../core/errors";
import { checkOnce } from "../../core/checked-once";
import { KubeSecret } from "../../constructs/kube/secret";
import { addPodExtras } from "../../constructs/pod-extras";
import { validateImage } from "../../constructs/security";
import { Workload } from "../../constructs/workload";
import { STAGE_DEFAULTS } from "../../core/profile";
import type { DeploymentContext } from "../../core/context";
import { GPU_NODE, IModelEndpoint, ModelEndpointRequest } from "../../core/capabilities/model-endpoint";
import { imagesOf, type ImageResolver } from "../../core/images/map";
import { catalogueRef } from "../../core/images/catalogue";

/** Images of the in-cluster model servers (catalogue keys `vllm` and `llamaCpp`; provenance in core/images/catalogue.ts, ADR 0070). */
export const MODEL_SERVER_IMAGES = {
  gpu: catalogueRef("vllm"),
  cpu: catalogueRef("llamaCpp"),
} as const;

/** Ports the servers listen on. */
const PORTS = { gpu: 8000, cpu: 8080 } as const;

/** Options of the in-cluster server besides the request. */
export interface ModelServerOptions {
  readonly registryMirror?: string;
  /** The target's image map. @default `registryMirror` alone */
  readonly imageResolver?: ImageResolver;
}

/** Runs `request.model` in the cluster on a GPU (`gpu`) or on CPU (`cpu`). */
export function inClusterModelServer(ctx: DeploymentContext, request: ModelEndpointRequest, mode: "gpu" | "cpu", options: ModelServerOptions): IModelEndpoint {
  // Checked once: the pattern that asked for the model checked it already (core/checked-once.ts).
  const model = checkOnce(ctx.scope, "model", request.model, (m) => requireNonEmpty(ctx.scope, "model", m));
  if (/\s/.test(model))
    fail(ctx.scope, "model", `${JSON.stringify(model)} is not allowed. Allowed: a model name without spaces, e.g. Qwen/Qwen2.5-0.5B-Instruct`);
  const gpus = requireIntegerInRange(ctx.scope, "gpus", request.gpus ?? 1, 1, 8);
  if (mode === "cpu" && request.gpus !== undefined) fail(ctx.scope, "gpus", `is set, but serving is "cpu". Allowed: leave gpus unset, or serving: "gpu"`);
  const image = request.image ?? MODEL_SERVER_IMAGES[mode];
  validateImage(ctx.scope, "modelImage", image);
  if (request.downloadCidr !== undefined)
    requireCidrRange(ctx.scope, "downloadCidr", request.downloadCidr, {
      widening: 'downloadCidr: "0.0.0.0/0" written out',
      openToInternet: request.downloadCidr === "0.0.0.0/0",
    });
  const id = request.id ?? "model";
  const port = PORTS[mode];
  const secret = new KubeSecret(ctx.platform, `${id}-api-key`, {
    namespace: ctx.namespace.name,
    name: `${id}-api-key`,
    values: { "api-key": { kind: "generated", length: 40 } },
  });
  const offline: Record<string, string> = request.downloadCidr === undefined ? { HF_HUB_OFFLINE: "1" } : {};
  const server = new Workload(ctx.platform, id, {
    namespace: ctx.namespace,
    name: id,
    image: imagesOf(options).ref(mode === "gpu" ? "vllm" : "llamaCpp", request.image),
    port,
    size: ctx.size,
    // Production keeps two servers (a PDB comes with them); GPU nodes are tainted, so no zone spread is forced.
    replicas: Math.max(1, STAGE_DEFAULTS[ctx.stage].minReplicas),
    ...(mode === "gpu"
      ? {
          command: ["vllm", "serve"],
          args: [model, "--host", "0.0.0.0", "--port", String(port), "--served-model-name", model, "--tensor-parallel-size", String(gpus)],
          env: { HF_HOME: "/cache/huggingface", XDG_CACHE_HOME: "/cache", VLLM_NO_USAGE_STATS: "1", DO_NOT_TRACK: "1", ...offline },
          secretEnv: { VLLM_API_KEY: secret.ref("api-key") },
          writablePaths: ["/tmp", "/cache"],
        }
      : {
          command: ["/app/llama-server"],
          // An absolute path is a GGUF file in the server image (air-gapped); otherwise a Hugging Face repo.
          // Offline needs --offline: llama.cpp does not read HF_HUB_OFFLINE and would try the network (issue 27).
          args: [
            ...(model.startsWith("/") ? ["--model", model] : ["--hf-repo", model]),
            "--alias",
            model,
            "--host",
            "0.0.0.0",
            "--port",
            String(port),
            ...(request.downloadCidr === undefined ? ["--offline"] : []),
          ],
          env: { LLAMA_CACHE: "/cache", HF_HOME: "/cache/huggingface", ...offline },
          secretEnv: { LLAMA_API_KEY: secret.ref("api-key") },
          writablePaths: ["/tmp", "/cache"],
        }),
    healthCheckPath: "/health",
  });
  if (mode === "gpu") {
    addPodExtras(server, {
      nodeSelector: { [GPU_NODE.label]: "true" },
      tolerations: [{ key: GPU_NODE.taintKey, operator: "Exists", effect: "NoSchedule" }],
      extendedResources: { [GPU_NODE.resource]: String(gpus) },
    });
  }
  if (request.downloadCidr !== undefined) server.allowTo({ description: "model-download", cidr: request.downloadCidr, ports: [{ port: 443 }] });
  return {
    implementation: "in-cluster",
    baseUrl: `http://${id}.${ctx.namespace.name}.svc.cluster.local/v1`,
    model,
    apiKey: secret.ref("api-key"),
    server: { name: id, gpu: mode === "gpu" },
    peer: server.asPeer(),
    admit: (client) => server.allowFrom(client),
  };
}
