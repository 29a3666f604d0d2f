/**
 * Local images for an on-prem cell under `conformance --runtime` (issue 27, ADR 0390): every image
 * the cell's placed pod templates run is replaced by its stand-in build (tools/runtime/
 * pattern-stand-ins.ts), the builds are imported into the real node's containerd, and the report
 * lists each substitution. An image without a stand-in stays as it is and is reported as
 * "not run: no local image" (its pods cannot start; the cell does not pass them).
 */
import type { TfJson } from "../deploy/stack-json";
import { buildStandInImage } from "../tools/runtime/stand-ins";
import { standInsByUpstream } from "../tools/runtime/pattern-stand-ins";
import type { BuiltImage } from "../tools/runtime/images";
import { LOCAL_REGISTRY } from "../tools/runtime/test-images";
import { podTemplates } from "./runtime";
import { stopNotRunnableWorkloads, type StoppedWorkload } from "./runtime-not-run";
import type { ImageSubstitution } from "./types";

/** The local images of one cell. */
export interface RuntimeImages {
  /** One entry per replaced upstream image (the report's `imageSubstitutions`). */
  readonly substitutions: ImageSubstitution[];
  /** Built images to import into the node before the apply. */
  readonly images: BuiltImage[];
  /** Upstream references without a local build: `not run: no local image`. */
  readonly missing: string[];
  /** Namespaces whose workloads start pods during the run (every kind but CronJob). */
  readonly podNamespaces: string[];
  /** Workloads scaled to 0 because their image cannot be built here (runtime-not-run.ts). */
  readonly stopped: StoppedWorkload[];
}

type Container = { image?: unknown };

/**
 * Replaces, in place, every container and init container image of the stacks' pod templates that
 * has a stand-in by the stand-in's local reference, building each stand-in once (cached in the
 * tool cache). `log` gets one line per build.
 */
export async function prepareRuntimeImages(stacks: readonly TfJson[], log: (line: string) => void = () => undefined): Promise<RuntimeImages> {
  const standIns = standInsByUpstream();
  const built = new Map<string, Promise<{ image: BuiltImage; substitution: ImageSubstitution }>>();
  const missing = new Set<string>();
  const podNamespaces = new Set<string>();
  const stopped = stopNotRunnableWorkloads(stacks);
  const stoppedSpecs = new Set<object>(stopped.map((w) => w.spec));
  for (const tf of stacks) {
    for (const t of podTemplates(tf)) {
      if (stoppedSpecs.has(t.spec)) continue;
      if (t.kind !== "CronJob" && t.namespace) podNamespaces.add(t.namespace);
      const containers = [...((t.spec.containers as Container[] | undefined) ?? []), ...((t.spec.initContainers as Container[] | undefined) ?? [])];
      for (const c of containers) {
        if (typeof c.image !== "string" || c.image.startsWith(`${LOCAL_REGISTRY}/`)) continue;
        const make = standIns.get(c.image);
        if (!make) {
          missing.add(c.image);
          continue;
        }
        const upstream = c.image;
        if (!built.has(upstream)) {
          log(`building the local stand-in for ${upstream} ...`);
          built.set(
            upstream,
            make().then((spec) => buildStandInImage(spec)),
          );
        }
        c.image = (await built.get(upstream)!).substitution.local;
      }
    }
  }
  const results = await Promise.all(built.values());
  return {
    substitutions: results.map((r) => r.substitution),
    images: results.map((r) => r.image),
    missing: [...missing],
    podNamespaces: [...podNamespaces],
    stopped,
  };
}
