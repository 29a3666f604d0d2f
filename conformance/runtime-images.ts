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
import { allowRuntimeApiEndpoint, flagImage, placeOperatorWorkloads, setOperatorWorkloadImages } from "./runtime-workloads";
import { NOT_RUN_IMAGES, stoppedLine, stopNotRunnableWorkloads, type StoppedWorkload } from "./runtime-not-run";
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
  /** Workloads that start no pod because their image cannot be built here (runtime-not-run.ts). */
  readonly stopped: StoppedWorkload[];
}

type Container = { image?: unknown; args?: unknown };

/**
 * Replaces, in place, every container and init container image of the stacks' pod templates that
 * has a stand-in by the stand-in's local reference, building each stand-in once (cached in the
 * tool cache); likewise image references passed as `--flag=<image>` arguments and the images of
 * operator-managed workloads (runtime-workloads.ts, which also places those on the node).
 * Workloads of images that cannot be built here (`NOT_RUN_IMAGES`) start no pod (runtime-not-run.ts).
 * `log` gets one line per build.
 */
export async function prepareRuntimeImages(stacks: readonly TfJson[], log: (line: string) => void = () => undefined): Promise<RuntimeImages> {
  const standIns = standInsByUpstream();
  const built = new Map<string, Promise<{ image: BuiltImage; substitution: ImageSubstitution; reference: string }>>();
  const missing = new Set<string>();
  const podNamespaces = new Set<string>();
  const local = async (upstream: string): Promise<string> => {
    if (!built.has(upstream)) {
      log(`building the local stand-in for ${upstream} ...`);
      built.set(
        upstream,
        standIns.get(upstream)!().then(async (spec) => {
          const b = await buildStandInImage(spec);
          return { ...b, reference: spec.referenceByDigest ? `${b.substitution.local}@${b.substitution.digest}` : b.substitution.local };
        }),
      );
    }
    return (await built.get(upstream)!).reference;
  };
  const stopped = stopNotRunnableWorkloads(stacks);
  const stoppedSpecs = new Set<object>(stopped.map((w) => w.spec));
  const notBuilt = (image: string): boolean => image in NOT_RUN_IMAGES;
  if (stopped.length) log(`not run (no local image): ${stopped.map(stoppedLine).join("; ")}`);
  for (const tf of stacks) {
    const apiPolicies = allowRuntimeApiEndpoint(tf);
    if (apiPolicies.length) log(`API egress policies also admit the runtime node's API endpoint: ${apiPolicies.join(", ")}`);
    for (const t of podTemplates(tf)) {
      if (stoppedSpecs.has(t.spec)) continue;
      if (t.kind !== "CronJob" && t.namespace) podNamespaces.add(t.namespace);
      const containers = [...((t.spec.containers as Container[] | undefined) ?? []), ...((t.spec.initContainers as Container[] | undefined) ?? [])];
      for (const c of containers) {
        if (Array.isArray(c.args)) {
          const args: unknown[] = [];
          for (const a of c.args) {
            const f = flagImage(a, (ref) => standIns.has(ref));
            args.push(f ? `${f.flag}=${await local(f.image)}` : a);
          }
          c.args = args;
        }
        // (A not-run image in a workload that could not be stopped, e.g. a bare Pod, is reported missing.)
        if (typeof c.image !== "string" || c.image.startsWith(`${LOCAL_REGISTRY}/`)) continue;
        if (!standIns.has(c.image)) {
          missing.add(c.image);
          continue;
        }
        c.image = await local(c.image);
      }
    }
    const operated = placeOperatorWorkloads(tf);
    for (const image of operated.images) if (!standIns.has(image) && !notBuilt(image)) missing.add(image);
    const refs = new Map<string, string>();
    for (const image of operated.images) if (standIns.has(image)) refs.set(image, await local(image));
    setOperatorWorkloadImages(tf, (upstream) => refs.get(upstream));
    for (const ns of operated.namespaces) podNamespaces.add(ns);
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
