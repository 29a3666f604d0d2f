/**
 * The Argo CD CRDs (Application, ApplicationSet, AppProject), taken from the pinned Argo CD Go
 * module's `manifests/crds` at run time (like the Flux CRDs, tools/flux): nothing is vendored, and
 * no Argo CD binary is built. Tests apply them to the embedded cluster and validate the GitOps
 * engine's Applications with a server-side dry run (docs/adr/0402-argocd-crd-validation.md).
 *
 *   ${cacheRoot()}/argocd/<versionKey>/crds/*.yaml
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildAtomically, cacheRoot, isComplete, progress, versionKey, withBuildLock } from "../cache";
import { downloadModule, requireGo } from "../go-module";

/** The pinned Argo CD module (v3.5.x: the newest line whose go.mod the installed Go 1.26 accepts). */
export const ARGOCD_PIN = { module: "github.com/argoproj/argo-cd/v3", version: "v3.5.8" } as const;

/** Cache folder of the current pin. */
export function argoCdDir(): string {
  return path.join(cacheRoot(), "argocd", versionKey({ argocd: ARGOCD_PIN.version }));
}

const crdFiles = (root: string): string[] =>
  fs
    .readdirSync(path.join(root, "crds"))
    .filter((f) => f.endsWith("-crd.yaml"))
    .sort()
    .map((f) => path.join(root, "crds", f));

/** The Argo CD CRD files (downloaded once into the cache). */
export async function ensureArgoCdCrds(): Promise<string[]> {
  const root = argoCdDir();
  if (isComplete(root)) return crdFiles(root);
  return withBuildLock(root, "argocd", async () => {
    if (isComplete(root)) return crdFiles(root);
    await requireGo("argocd", ARGOCD_PIN.version);
    progress(`argocd: taking the CRDs of ${ARGOCD_PIN.module}@${ARGOCD_PIN.version} from the module proxy into ${root}`);
    const src = await downloadModule("argocd", ARGOCD_PIN.module, ARGOCD_PIN.version);
    await buildAtomically(root, async (tmp) => {
      fs.mkdirSync(path.join(tmp, "crds"), { recursive: true });
      for (const f of fs.readdirSync(path.join(src, "manifests", "crds")).filter((n) => n.endsWith("-crd.yaml")))
        fs.copyFileSync(path.join(src, "manifests", "crds", f), path.join(tmp, "crds", f));
    });
    return crdFiles(root);
  });
}
