/**
 * Components a runtime run cannot start (issue 27, ADR 0430): an upstream image that no package
 * registry here lets us build (Envoy, pgvector) keeps its workload in the applied stacks, but with
 * 0 replicas, and the report says so. The level-5 checks that can only pass with those pods
 * running (their Service's endpoints) are kept in the report and rewritten to say "not run", with
 * the original result, instead of failing the cell; everything else is checked as usual. A
 * component is never reported as a pass: the cell's `runtime.notRun` names each one and why.
 */
import type { TfJson } from "../deploy/stack-json";
import { AI_NOT_RUN_IMAGES } from "./runtime-not-run-ai";
import type { CheckResult } from "./types";

/** Upstream image reference → why it is not run (one spread per pattern). */
export const NOT_RUN_IMAGES: Readonly<Record<string, string>> = { ...AI_NOT_RUN_IMAGES };

/** A workload scaled to 0 replicas because it runs a not-run image. */
export interface StoppedWorkload {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly image: string;
  readonly reason: string;
  /** The pod spec object inside the stack's JSON (the image preparation skips it). */
  readonly spec: object;
}

type Manifest = {
  kind?: string;
  metadata?: { name?: string; namespace?: string };
  spec?: { replicas?: number; template?: { spec?: { containers?: Array<{ image?: string }>; initContainers?: Array<{ image?: string }> } } };
};

/**
 * Sets `spec.replicas` to 0, in place, on every Deployment and StatefulSet of the stacks whose pod
 * template runs an image of `notRun`, and returns them. Jobs and CronJobs are left alone.
 */
export function stopNotRunnableWorkloads(stacks: readonly TfJson[], notRun: Readonly<Record<string, string>> = NOT_RUN_IMAGES): StoppedWorkload[] {
  const stopped: StoppedWorkload[] = [];
  for (const tf of stacks) {
    for (const resource of Object.values<Record<string, unknown>>(tf.resource?.kubernetes_manifest ?? {})) {
      const m = resource.manifest as Manifest | undefined;
      if (!m?.spec?.template?.spec || (m.kind !== "Deployment" && m.kind !== "StatefulSet")) continue;
      const pod = m.spec.template.spec;
      const image = [...(pod.containers ?? []), ...(pod.initContainers ?? [])]
        .map((c) => c.image)
        .find((i): i is string => typeof i === "string" && i in notRun);
      if (!image) continue;
      m.spec.replicas = 0;
      stopped.push({ kind: m.kind, namespace: m.metadata?.namespace ?? "", name: m.metadata?.name ?? "", image, reason: notRun[image], spec: pod });
    }
  }
  return stopped;
}

/** The report line of a stopped workload. */
export const stoppedLine = (w: StoppedWorkload): string => `${w.kind} ${w.namespace}/${w.name} scaled to 0 replicas: ${w.reason}`;

/** The stopped workload a level-5 endpoints check is about (`endpoints Service <ns>/<name>` or `endpoints <ns>/<name>`), if any. */
function stoppedFor(check: CheckResult, stopped: readonly StoppedWorkload[]): StoppedWorkload | undefined {
  const m = /^endpoints (?:Service )?([^/\s]+)\/(\S+)$/.exec(check.name);
  return m ? stopped.find((w) => w.namespace === m[1] && w.name === m[2]) : undefined;
}

/** True for a failing check that only fails because its workload is not run (no need to wait for it). */
export function isNotRunCheck(check: CheckResult, stopped: readonly StoppedWorkload[]): boolean {
  return !check.ok && stoppedFor(check, stopped) !== undefined;
}

/**
 * Rewrites, in place, the failing endpoints checks of stopped workloads: "not run" with the reason
 * and the original result. They then do not fail the level; the cell's `runtime.notRun` lists them.
 */
export function markNotRunChecks(checks: CheckResult[], stopped: readonly StoppedWorkload[]): void {
  checks.forEach((c, i) => {
    const w = isNotRunCheck(c, stopped) ? stoppedFor(c, stopped) : undefined;
    if (w)
      checks[i] = {
        name: c.name,
        ok: true,
        message: `NOT RUN (not a pass): ${w.kind} ${w.namespace}/${w.name} has 0 replicas in the runtime run (image ${w.image}); was: ${c.message}`,
      };
  });
}
