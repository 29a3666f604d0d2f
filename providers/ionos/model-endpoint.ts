/**
 * IONOS model endpoint: the AI Model Hub's OpenAI-compatible API as an external endpoint. The
 * ionoscloud provider has no resource for Model Hub tokens, so the token is an input the
 * operator gives at apply (sensitive platform input → write-only Secret). IONOS Managed
 * Kubernetes has no GPU node pools: in-cluster GPU serving fails at synth; CPU serving runs
 * llama.cpp in the cluster.
 */
import { fail, requireNonEmpty, requireOneOf } from "../../core/errors";
import { checkOnce } from "../../core/checked-once";
import { KubeSecret } from "../../constructs/kube/secret";
import type { DeploymentContext } from "../../core/context";
import { ensureInput } from "../../core/landing-zone";
import { IModelEndpoint, ModelEndpointRequest, MODEL_SERVING } from "../../core/capabilities/model-endpoint";
import type { CapabilityInfo } from "../../core/target";
import { inClusterModelServer, ModelServerOptions } from "../shared/model-server";

/** The AI Model Hub's OpenAI-compatible API (Berlin; the only region the API documents). */
export const IONOS_MODEL_HUB_URL = "https://openai.inference.de-txl.ionos.com/v1";

/** The `stackwerk list` line of the IONOS target. */
export const IONOS_MODEL_ENDPOINT: CapabilityInfo = {
  capability: "modelEndpoint",
  implementation: "external",
  detail:
    "IONOS AI Model Hub (OpenAI-compatible, de-txl); the ionoscloud provider has no resource for it: the token is an input at apply. No GPU node pools (in-cluster: CPU only)",
};

/** Options of the IONOS model endpoint. */
export interface IonosModelEndpointOptions extends ModelServerOptions {
  /** Egress range of the Model Hub endpoint (a token from the platform input `<id>_cidr`). */
  readonly endpointCidr: (name: string, what: string) => string;
}

/** The IONOS target's model endpoint. */
export function ionosModelEndpoint(ctx: DeploymentContext, request: ModelEndpointRequest, options: IonosModelEndpointOptions): IModelEndpoint {
  const serving = requireOneOf(ctx.scope, "serving", request.serving ?? "service", MODEL_SERVING);
  if (serving === "gpu") {
    fail(
      ctx.scope,
      "serving",
      `"gpu" is not possible on target ionos: IONOS Managed Kubernetes has no GPU node pools. Allowed: "service" (IONOS AI Model Hub), "cpu" (llama.cpp in the cluster for small models)`,
    );
  }
  if (serving === "cpu") return inClusterModelServer(ctx, request, "cpu", options);
  // Checked once: the pattern that asked for the model checked it already (core/checked-once.ts).
  const model = checkOnce(ctx.scope, "model", request.model, (m) => requireNonEmpty(ctx.scope, "model", m));
  for (const key of ["gpus", "image", "downloadCidr"] as const) {
    // The AI pattern calls the image `modelImage`.
    const prop = key === "image" ? "modelImage" : key;
    if (request[key] !== undefined)
      fail(ctx.scope, prop, `is set, but serving is "service" (the IONOS AI Model Hub). Allowed: leave ${prop} unset, or serving: "cpu"`);
  }
  const id = request.id ?? "model";
  const input = ctx.infraName(`${id}_token`);
  ensureInput(ctx.platform, input, { description: "IONOS AI Model Hub token (from the IONOS token manager)", sensitive: true });
  const secret = new KubeSecret(ctx.platform, `${id}-api-key`, {
    namespace: ctx.namespace.name,
    name: `${id}-api-key`,
    values: { "api-key": { kind: "input", input } },
  });
  return {
    implementation: "external",
    baseUrl: IONOS_MODEL_HUB_URL,
    model,
    apiKey: secret.ref("api-key"),
    peer: { description: id, cidr: options.endpointCidr(id, "the IONOS AI Model Hub (openai.inference.de-txl.ionos.com)"), ports: [{ port: 443 }] },
    admit: () => undefined,
  };
}
