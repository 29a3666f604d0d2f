/**
 * On-prem model endpoint: an in-cluster server, vLLM on a GPU node (default) or llama.cpp on
 * CPU. There is no inference service to call, so `serving: "service"` fails at synth.
 */
import { fail, requireOneOf } from "../../core/errors";
import type { DeploymentContext } from "../../core/context";
import { IModelEndpoint, ModelEndpointRequest, MODEL_SERVING } from "../../core/capabilities/model-endpoint";
import type { CapabilityInfo } from "../../core/target";
import { inClusterModelServer, ModelServerOptions } from "../shared/model-server";

/** The `stackwerk list` line of the on-prem target. */
export const ONPREM_MODEL_ENDPOINT: CapabilityInfo = {
  capability: "modelEndpoint",
  implementation: "in-cluster",
  detail: "vLLM on a GPU node (nvidia.com/gpu, tainted) or llama.cpp on CPU, OpenAI-compatible",
};

/** The on-prem target's model endpoint; `gpuNodes` is what the target declares (`serving: "gpu"` needs at least one). */
export function onPremModelEndpoint(ctx: DeploymentContext, request: ModelEndpointRequest, options: ModelServerOptions, gpuNodes: number): IModelEndpoint {
  const serving = requireOneOf(ctx.scope, "serving", request.serving ?? "gpu", MODEL_SERVING);
  if (serving === "service") {
    fail(
      ctx.scope,
      "serving",
      `"service" is not offered by target onprem (no inference service to call). Allowed: "gpu" (vLLM on a GPU node), "cpu" (llama.cpp for small models)`,
    );
  }
  if (serving === "gpu" && gpuNodes < 1)
    fail(
      ctx.scope,
      "serving",
      `"gpu"${request.serving === undefined ? " (the on-prem default)" : ""} needs a GPU node, and the on-prem target declares none (gpuNodes: 0). Allowed: "cpu" (llama.cpp for small models), or declare the cluster's GPU nodes with targets.onprem({ gpuNodes: <n> })`,
    );
  return inClusterModelServer(ctx, request, serving, options);
}
