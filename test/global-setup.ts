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

// The Pulumi CLI and Kubernetes plugin (tools/pulumi): the real-engine tests (test/engines/pulumi-*.test.ts,
// test/package/readme-pulumi.test.ts) deploy with them; Flux's source- and kustomize-controller
// (tools/flux) reconcile in test/gitops/flux-reconcile.test.ts. A warm cache makes each a no-op.
const PREPARE: Array<() => Promise<unknown>> = [
  ensureToolchain,
  () => ensureClusterBinaries(),
  ensureHostPackages,
  ensureRuntimeBinaries,
  ensurePulumi,
  ensureFlux,
];

export default async function globalSetup(): Promise<void> {
  for (const prepare of PREPARE) await prepare();
}
