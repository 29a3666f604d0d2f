/**
 * The modelEndpoint capability: an OpenAI-compatible inference API (base URL, model name and an
 * API key Secret reference) that a workload connects to. Managed (STACKIT AI Model Serving),
 * external (IONOS AI Model Hub) or in-cluster (vLLM on a GPU node, llama.cpp on CPU).
 */
import type { SecretKeyRef } from "../secret-ref";
import type { CapabilityRequest, IConnectable } from "./connectable";

/** How the model is served: the target's inference service, or a server in the cluster on a GPU or on CPU. */
export const MODEL_SERVING = ["service", "gpu", "cpu"] as const;
/** One of MODEL_SERVING. */
export type ModelServing = (typeof MODEL_SERVING)[number];

/** What a pattern asks for. */
export interface ModelEndpointRequest extends CapabilityRequest {
  /**
   * Model name as the API knows it, e.g. `cortecs/Llama-3.3-70B-Instruct-FP8-Dynamic`. In-cluster
   * on CPU, an absolute path names a GGUF file inside the server image (air-gapped: no download).
   */
  readonly model: string;
  /**
   * `service`: the target's managed or external inference API; `gpu`: vLLM in the cluster on a
   * GPU node (the target adds a GPU node pool where it can); `cpu`: a small-model server in the cluster.
   * @default the target's: `service` on the clouds, `gpu` on-prem
   */
  readonly serving?: ModelServing;
  /** GPUs per in-cluster server (`serving: "gpu"`). @default 1 */
  readonly gpus?: number;
  /** Image of the in-cluster server. @default the pinned vLLM (GPU) or llama.cpp (CPU) image */
  readonly image?: string;
  /**
   * Address range the in-cluster server may download weights from (a Hugging Face mirror).
   * @default none: downloads are off (`HF_HUB_OFFLINE=1`); weights come with the image
   */
  readonly downloadCidr?: string;
  /**
   * Changing this value issues a new API key (STACKIT: the token's `rotate_when_changed`; in the
   * cluster: a new generated key is not tied to it, rotate by tainting the Secret).
   * @default "1"
   */
  readonly keyRotation?: string;
}

/** The in-cluster model server, when the target runs one. */
export interface ModelServerInfo {
  /** Deployment and Service name in the pattern's namespace. */
  readonly name: string;
  /** True when it requests `nvidia.com/gpu` (and tolerates the GPU nodes' taint). */
  readonly gpu: boolean;
}

/** An OpenAI-compatible model endpoint as a workload sees it. */
export interface IModelEndpoint extends IConnectable {
  /** Base URL including `/v1`, e.g. `https://api.openai-compat.model-serving.eu01.onstackit.cloud/v1`. */
  readonly baseUrl: string;
  readonly model: string;
  /** Secret (in the pattern's namespace) holding the API key (`Authorization: Bearer <key>`). */
  readonly apiKey: SecretKeyRef;
  /** The in-cluster server. @default none (managed or external) */
  readonly server?: ModelServerInfo;
}

/** Node label, taint key and resource name of GPU nodes (NVIDIA's conventions; the embedded cluster's fake GPU node carries them). */
export const GPU_NODE = {
  resource: "nvidia.com/gpu",
  label: "nvidia.com/gpu.present",
  taintKey: "nvidia.com/gpu",
} as const;
