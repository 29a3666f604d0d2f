/**
 * The Flux controllers, built from pinned Go modules into the cache (like tools/pulumi/):
 *
 *   ${cacheRoot()}/flux/<versionKey>/bin/source-controller
 *   ${cacheRoot()}/flux/<versionKey>/bin/kustomize-controller
 *   ${cacheRoot()}/flux/<versionKey>/crds/<controller>/*.yaml    the CRDs, from the same module zips
 *
 * The CRDs are taken from each module's `config/crd/bases` at build time, so nothing of Flux is
 * vendored into the repository and the CRDs always match the binaries. Go runs under `nice`
 * (the caller starts the build with `nice -n 10`; the children inherit it).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildAtomically, cacheRoot, isComplete, progress, versionKey, withBuildLock } from "../cache";
import { buildGoModule } from "../go-module";
import { FLUX_PINS } from "./pins";

export { FLUX_KUSTOMIZE_CONTROLLER, FLUX_PINS, FLUX_SOURCE_CONTROLLER } from "./pins";

/** The built Flux controllers and their CRDs. */
export interface FluxTools {
  /** Folder with `bin/` and `crds/`. */
  readonly root: string;
  /** source-controller binary. */
  readonly sourceController: string;
  /** kustomize-controller binary. */
  readonly kustomizeController: string;
  /** Every CRD file of both controllers, sorted. */
  readonly crds: readonly string[];
}

/** Cache folder of the current pins. */
export function fluxDir(): string {
  return path.join(cacheRoot(), "flux", versionKey(Object.fromEntries(FLUX_PINS.map((p) => [p.tool, p.version]))));
}

function tools(root: string): FluxTools {
  const crdRoot = path.join(root, "crds");
  const crds = fs.existsSync(crdRoot)
    ? fs
        .readdirSync(crdRoot)
        .flatMap((c) => fs.readdirSync(path.join(crdRoot, c)).map((f) => path.join(crdRoot, c, f)))
        .sort()
    : [];
  return {
    root,
    sourceController: path.join(root, "bin", "source-controller"),
    kustomizeController: path.join(root, "bin", "kustomize-controller"),
    crds,
  };
}

/** Builds (or finds in the cache) source-controller and kustomize-controller, with progress lines. */
export async function ensureFlux(): Promise<FluxTools> {
  const root = fluxDir();
  if (isComplete(root)) {
    progress(`flux: cached (${root})`);
    return tools(root);
  }
  return withBuildLock(root, "flux", async () => {
    if (isComplete(root)) return tools(root);
    progress(`flux: building ${FLUX_PINS.map((p) => `${p.tool} ${p.upstream}`).join(", ")} into ${root} (first build takes a long time on 2 cores)`);
    await buildAtomically(root, async (tmp) => {
      for (const pin of FLUX_PINS) {
        const started = Date.now();
        const copyCrds = async (work: string): Promise<void> => {
          const from = path.join(work, "config", "crd", "bases");
          const to = path.join(tmp, "crds", pin.tool);
          fs.mkdirSync(to, { recursive: true });
          for (const f of fs.readdirSync(from).filter((n) => n.endsWith(".yaml"))) fs.copyFileSync(path.join(from, f), path.join(to, f));
          progress(`flux: ${pin.tool} ${pin.upstream}: took ${fs.readdirSync(to).length} CRD(s) from the module's config/crd/bases`);
        };
        await buildGoModule({ ...pin, prepare: copyCrds }, path.join(tmp, "bin"));
        progress(`flux: ${pin.tool} ${pin.upstream} done in ${((Date.now() - started) / 1000).toFixed(0)}s`);
      }
    });
    return tools(root);
  });
}
