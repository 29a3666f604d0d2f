/**
 * Runs once before the test suite: builds (or finds in the cache) every real tool the
 * tests use, with progress on stderr, so individual tests never build under a timeout.
 * Each entry is a `tools/` function that is a fast no-op when the cache is complete.
 */
import { ensureClusterBinaries } from "../tools/cluster/binaries";
import { ensureHostPackages, ensureRuntimeBinaries } from "../tools/runtime/binaries";
import { ensureToolchain } from "../tools/toolchain";
import { ensurePulumi } from "../tools/pulumi";
import { ensureFlux } from "../tools/flux";
import { ensureKustomize } from "../tools/kustomize";
import { ensureArgoCdCrds } from "../tools/argocd";

// The Pulumi CLI and Kubernetes plugin (tools/pulumi): the real-engine tests (test/engines/pulumi-*.test.ts,
// test/package/readme-pulumi.test.ts) deploy with them; Flux's source- and kustomize-controller
// (tools/flux) reconcile in test/gitops/flux-reconcile.test.ts; kustomize (tools/kustomize) builds the
// GitOps overlays and the Argo CD CRDs (tools/argocd) check its Applications. A warm cache makes each a no-op.
const PREPARE: Array<() => Promise<unknown>> = [
  ensureToolchain,
  () => ensureClusterBinaries(),
  ensureHostPackages,
  ensureRuntimeBinaries,
  ensurePulumi,
  ensureFlux,
  ensureKustomize,
  ensureArgoCdCrds,
];

/**
 * The tests' PBKDF2 work factor for OpenTofu's state and plan encryption (ADR 0450). The stacks
 * derive their AES-GCM key with OpenTofu's default, 600,000 PBKDF2-SHA512 iterations, on every
 * tofu command (~0.5 s of CPU per derivation, several per command: 1.4 s of a `tofu show`). The
 * suite runs over a thousand tofu commands, so the tests use OpenTofu's own minimum through
 * TF_ENCRYPTION, which OpenTofu merges into the stacks' `pbkdf2 "state"` key provider. Everything
 * else stays as synthesised (passphrase, AES-GCM, enforced state and plan encryption); the
 * stacks users apply keep the default. Set before the workers start, so every test process and
 * every tofu, CLI and conformance run they spawn inherits it.
 */
export const TEST_PBKDF2_ITERATIONS = 200_000;

export default async function globalSetup(): Promise<void> {
  process.env.TF_ENCRYPTION ??= `key_provider "pbkdf2" "state" {\n  iterations = ${TEST_PBKDF2_ITERATIONS}\n}\n`;
  for (const prepare of PREPARE) await prepare();
}
