/**
 * What the AI pattern's runtime run does not start, with why (issue 27, ADR 0430): Envoy (the
 * gateway) and pgvector (the vector store) have no local image and are scaled to 0
 * (runtime-not-run.ts); vLLM is not in the runtime run at all, since the real node has no GPU
 * and the on-prem target then declares `gpuNodes: 0`, so the reference instance serves on CPU.
 * Kept apart from the checks so runtime-checks.ts and runtime-not-run.ts import it without a cycle.
 */
import { catalogueRef, IMAGE_CATALOGUE } from "../core/images/catalogue";

/** Upstream images of the AI pattern that no package registry here lets us build → why. */
export const AI_NOT_RUN_IMAGES: Readonly<Record<string, string>> = {
  [catalogueRef("envoy")]:
    `Envoy ${IMAGE_CATALOGUE.envoy.tag} (the AI gateway: client keys, rate limits, audit log): not run: no local image. Envoy is C++ built with Bazel; ` +
    "no package registry here serves its source or a binary (Debian 12 has no envoy; the Go module github.com/envoyproxy/gateway is the control plane, not Envoy). " +
    "The gateway's own token check is therefore NOT verified; the runtime checks test the model server's API-key check from a pod with the gateway's labels instead",
  [catalogueRef("pgvector")]:
    `pgvector ${IMAGE_CATALOGUE.pgvector.tag} (the vector store): not run: no local image. Debian 12 has PostgreSQL 15 but no pgvector package, ` +
    "and no package registry here serves pgvector's C source; the Debian PostgreSQL stand-in would fail the image's CREATE EXTENSION vector",
};

/** Components of the AI reference instance the runtime run leaves out altogether. */
export const AI_NOT_RUN: readonly string[] = [
  `vLLM ${IMAGE_CATALOGUE.vllm.tag} (serving: "gpu"): not run: the real node has no GPU and there is no local image (CUDA build); ` +
    'the runtime run declares gpuNodes: 0, so the reference instance uses the pattern\'s serving: "cpu" (llama.cpp) with a tiny model made here',
];
