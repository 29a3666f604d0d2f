/**
 * An OpenAI-compatible model server in the pattern's namespace: vLLM on a GPU node (requests
 * `nvidia.com/gpu`, tolerates the GPU taint, selects GPU nodes) or llama.cpp's server on CPU
 * for small models. The API key is generated into a Secret; only admitted clients may connect.
 * Used on-prem and for in-cluster GPU serving on STACKIT (an SKE GPU pool).
 */
import { requireCidrRange } from "../../core/validation/cidr";
import { fail, requireIntegerInRange, requireNonEmpty } from "../../core/errors";
import { KubeSecret } from "../../constructs/kube/secret";
import { addPodExtras } from "../../constructs/pod-extras";
import { validateImage, withRegistryMirror } from "../../constructs/security";
import { Workload } from "../../constructs/workload";
import { STAGE_DEFAULTS } from "../../core/profile";
import type { DeploymentContext } from "../../core/context";
import { GPU_NODE, IModelEndpoint, ModelEndpointRequest } from "../../core/capabilities/model-endpoint";

/**
 * Images of the in-cluster model servers, pinned by digest. Provenance (no registry is reachable
 * here, so the digests come from published pins of the same image and tag, see ADR 0070):
 * - vLLM `vllm/vllm-openai:v0.14.0`: pinned so in github.com/tinfoilsh/vllm-openai-audio (Dockerfile).
 * - llama.cpp `ghcr.io/ggml-org/llama.cpp:server`: a moving tag; this digest is the one two public
 *   projects pinned (a CPU build of llama-server with the OpenAI-compatible API).
 */
export const MODEL_SERVER_IMAGES = {
  gpu: "docker.io/vllm/vllm-openai:v0.14.0@sha256:1d6866b87630d94f5e0cdae55ab5abb4ce0b03fcb84d9d10612f9d518d19d4fd",
  cpu: "ghcr.io/ggml-org/llama.cpp:server@sha256:092d1291f2bcf59ff727fa3af855fb9bd4759d6bff860f6fbfd5e3e377e12625",
} as const;

/** Ports the servers listen on. */
const PORTS = { gpu: 8000, cpu: 8080 } as const;

/** Options of the in-cluster server besides the request. */
export interface ModelServerOptions {
  readonly registryMirror?: string;
}

/** Runs `request.model` in the cluster on a GPU (`gpu`) or on CPU (`cpu`). */
export function inClusterModelServer(ctx: DeploymentContext, request: ModelEndpointRequest, mode: "gpu" | "cpu", options: ModelServerOptions): IModelEndpoint {
  const model = requireNonEmpty(ctx.scope, "model", request.model);
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
    image: withRegistryMirror(image, options.registryMirror),
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
          args: ["--hf-repo", model, "--alias", model, "--host", "0.0.0.0", "--port", String(port)],
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
