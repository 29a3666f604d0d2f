/**
 * STACKIT model endpoint: AI Model Serving (shared models, OpenAI-compatible) with an auth token
 * per pattern instance (`stackit_modelserving_token`, rotated through `rotate_when_changed`); the
 * token reaches the namespace as infra output → sensitive platform input → write-only Secret.
 * In-cluster serving on a GPU adds an SKE node pool with a GPU machine type and a taint to the
 * zone's cluster (once per zone); CPU serving runs llama.cpp on the default pool.
 */
import { fail, requireNonEmpty, requireOneOf } from "../../core/errors";
import { checkOnce } from "../../core/checked-once";
import type { Size } from "../../core/profile";
import type { DeploymentContext } from "../../core/context";
import type { InfraLayer } from "../../core/layers";
import { GPU_NODE, IModelEndpoint, ModelEndpointRequest, MODEL_SERVING } from "../../core/capabilities/model-endpoint";
import type { CapabilityInfo } from "../../core/target";
import { ModelservingToken } from "./generated/modelserving-token";
import type { SkeCluster, SkeClusterNodePools } from "./generated/ske-cluster";
import { secretFromInfra } from "../shared/managed";
import { inClusterModelServer, ModelServerOptions } from "../shared/model-server";
import { STACKIT_ZONES, StackitRegion } from "./sizes";

/** The `stackwerk list` line of the STACKIT target. */
export const STACKIT_MODEL_ENDPOINT: CapabilityInfo = {
  capability: "modelEndpoint",
  implementation: "managed",
  detail: "STACKIT AI Model Serving (OpenAI-compatible, token per instance); in-cluster vLLM on an SKE GPU node pool on request",
};

/** OpenAI-compatible base URL of AI Model Serving per region (docs.stackit.cloud, "Use the models"). */
export const STACKIT_MODEL_SERVING_URLS: Readonly<Record<StackitRegion, string>> = {
  eu01: "https://api.openai-compat.model-serving.eu01.onstackit.cloud/v1",
};

// prettier-ignore
/**
 * GPU machine types of the SKE GPU pool per size (STACKIT's `n` variant: instances with NVIDIA
 * GPUs; `n1.14d.g1` is the type the machine-type documentation names). One GPU per node.
 */
export const STACKIT_GPU_SIZES: Readonly<Record<Size, { machineType: string; nodesMax: number }>> = {
  S:  { machineType: "n1.14d.g1", nodesMax: 1 },
  M:  { machineType: "n1.14d.g1", nodesMax: 2 },
  L:  { machineType: "n1.14d.g1", nodesMax: 4 },
  XL: { machineType: "n1.14d.g1", nodesMax: 8 },
};

/** What the STACKIT target hands over. */
export interface StackitModelEndpointOptions extends ModelServerOptions {
  readonly stack: InfraLayer;
  readonly projectId: string;
  readonly region: StackitRegion;
  /** The zone's SKE cluster (a GPU pool is added to it for in-cluster GPU serving). */
  readonly cluster?: SkeCluster;
  /** Egress range of the serving endpoint (a token from the platform input `<name>_cidr`). */
  readonly endpointCidr: (name: string, what: string) => string;
}

/** Name of the GPU node pool Stackwerk adds to an SKE cluster. */
export const GPU_POOL = "gpu";

/** Adds the GPU node pool to the zone's cluster once (additive: the existing pools stay as they are). */
function ensureGpuPool(ctx: DeploymentContext, options: StackitModelEndpointOptions): void {
  const cluster = options.cluster;
  if (!cluster) fail(ctx.scope, "serving", `"gpu" needs the landing zone's SKE cluster, which this target did not create. Allowed: "service", "cpu"`);
  const pools = (cluster.nodePoolsInput ?? []) as SkeClusterNodePools[];
  if (!Array.isArray(pools)) fail(ctx.scope, "serving", "the SKE cluster's node pools are not a list; a GPU pool cannot be added");
  if (pools.some((p) => p.name === GPU_POOL)) return;
  const sizing = STACKIT_GPU_SIZES[ctx.zone.size];
  cluster.putNodePools([
    ...pools,
    {
      name: GPU_POOL,
      machineType: sizing.machineType,
      minimum: 1,
      maximum: sizing.nodesMax,
      availabilityZones: [STACKIT_ZONES[options.region][0]],
      volumeSize: 100,
      maxUnavailable: 0,
      maxSurge: 1,
      labels: { [GPU_NODE.label]: "true" },
      taints: [{ key: GPU_NODE.taintKey, value: "present", effect: "NoSchedule" }],
    },
  ]);
}

/** The STACKIT target's model endpoint. */
export function stackitModelEndpoint(ctx: DeploymentContext, request: ModelEndpointRequest, options: StackitModelEndpointOptions): IModelEndpoint {
  const serving = requireOneOf(ctx.scope, "serving", request.serving ?? "service", MODEL_SERVING);
  if (serving === "gpu") ensureGpuPool(ctx, options);
  if (serving !== "service") return inClusterModelServer(ctx, request, serving, options);
  // Checked once: the pattern that asked for the model checked it already (core/checked-once.ts).
  const model = checkOnce(ctx.scope, "model", request.model, (m) => requireNonEmpty(ctx.scope, "model", m));
  for (const key of ["gpus", "image", "downloadCidr"] as const) {
    // The AI pattern calls the image `modelImage`.
    const prop = key === "image" ? "modelImage" : key;
    if (request[key] !== undefined)
      fail(ctx.scope, prop, `is set, but serving is "service" (STACKIT AI Model Serving). Allowed: leave ${prop} unset, or serving: "gpu" or "cpu"`);
  }
  const id = request.id ?? "model";
  const token = new ModelservingToken(ctx.infra(), `${id}-token`, {
    projectId: options.projectId,
    region: options.region,
    name: `${ctx.instanceName}-${ctx.stage}${id === "model" ? "" : `-${id}`}`.slice(0, 63),
    description: `Stackwerk ${ctx.instanceName} (${ctx.stage})`,
    rotateWhenChanged: { rotation: request.keyRotation ?? "1" },
  });
  const secret = secretFromInfra(ctx, `${id}-secret`, `${id}-api-key`, {
    "api-key": { output: `${id}_token`, value: token.token, description: "STACKIT AI Model Serving auth token" },
  });
  return {
    implementation: "managed",
    baseUrl: STACKIT_MODEL_SERVING_URLS[options.region],
    model,
    apiKey: secret.ref("api-key"),
    peer: { description: id, cidr: options.endpointCidr(id, "STACKIT AI Model Serving (api.openai-compat.model-serving)"), ports: [{ port: 443 }] },
    admit: () => undefined,
  };
}
