/**
 * kustomize, built from its pinned Go module into the cache (like tools/flux/), so tests can run
 * a real `kustomize build` of the GitOps engine's overlays (docs/adr/0400-gitops-base-overlays.md):
 *
 *   ${cacheRoot()}/kustomize/<versionKey>/bin/kustomize
 *
 * v5.7.1 is the kustomize of the Kubernetes module graph the embedded cluster is built from
 * (tools/cluster/go.mod), so its dependencies are those already fetched for the cluster.
 */
import * as path from "node:path";
import { buildAtomically, cacheRoot, isComplete, progress, versionKey, withBuildLock } from "../cache";
import { buildGoModule, GoModuleSpec } from "../go-module";

/** The pinned kustomize CLI module. */
export const KUSTOMIZE_PIN: GoModuleSpec = {
  tool: "kustomize",
  module: "sigs.k8s.io/kustomize/kustomize/v5",
  version: "v5.7.1",
  commands: [{ pkg: ".", binary: "kustomize" }],
  ldflags: "-s -w",
};

/** Cache folder of the current pin. */
export function kustomizeDir(): string {
  return path.join(cacheRoot(), "kustomize", versionKey({ kustomize: KUSTOMIZE_PIN.version }));
}

/** Builds (or finds in the cache) the kustomize binary; returns its path. */
export async function ensureKustomize(): Promise<string> {
  const root = kustomizeDir();
  const binary = path.join(root, "bin", "kustomize");
  if (isComplete(root)) return binary;
  return withBuildLock(root, "kustomize", async () => {
    if (isComplete(root)) return binary;
    progress(`kustomize: building ${KUSTOMIZE_PIN.version} into ${root}`);
    await buildAtomically(root, async (tmp) => buildGoModule(KUSTOMIZE_PIN, path.join(tmp, "bin")));
    return binary;
  });
}

if (require.main === module) {
  ensureKustomize().then(
    (b) => process.stdout.write(`${b}\n`),
    (err: Error) => {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    },
  );
}
