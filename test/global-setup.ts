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
import { FIXED_KEY_ENCRYPTION, TEST_STATE_KEY } from "./support/state-key";

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

export default async function globalSetup(): Promise<void> {
  // The state and plan key of every tofu command the tests start (test/support/state-key.ts, ADR 0455).
  // Set before the workers start, so every test process and every tofu, CLI and conformance run
  // they spawn inherits it.
  process.env.STACKWERK_TEST_STATE_KEY ??= TEST_STATE_KEY;
  process.env.TF_ENCRYPTION ??= FIXED_KEY_ENCRYPTION;
  for (const prepare of PREPARE) await prepare();
}
