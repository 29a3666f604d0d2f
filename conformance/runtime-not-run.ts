/**
 * Components a runtime run cannot start (issue 27, ADR 0430, ADR 0425): the one mechanism for an
 * upstream image that no package registry here lets us build (AI: Envoy, pgvector; monitoring:
 * Loki, Grafana, Alloy). Its workload keeps its place in the applied stacks but starts no pod
 * (Deployment/StatefulSet/ReplicaSet `replicas: 0`, a DaemonSet selecting a node label no node
 * has, a Job or CronJob suspended), and the report says so: the cell's `runtime.notRun` names each
 * workload and why, and every level-5 check about it (its rollout, its Services' endpoints) is
 * rewritten to `NOT RUN: no local image (…)` with `notRun: true`, so it neither fails the level
 * nor counts as a passed check. Everything else is checked as usual.
 */
import type { TfJson } from "../deploy/stack-json";
import { MONITORING_NOT_BUILT } from "../tools/runtime/stand-ins-monitoring";
import { AI_NOT_RUN_IMAGES } from "./runtime-not-run-ai";
import type { CheckResult } from "./types";

/** Upstream image reference → why it is not run (one spread per pattern). */
export const NOT_RUN_IMAGES: Readonly<Record<string, string>> = { ...AI_NOT_RUN_IMAGES, ...MONITORING_NOT_BUILT };

/** Node label no node carries: a DaemonSet selecting it runs no pod. */
export const NOT_RUN_NODE_LABEL = "stackwerk.dev/not-run";

/** A workload that starts no pod in the runtime run because it runs a not-run image. */
export interface StoppedWorkload {
  /** `kubernetes_manifest.<name>` in its stack. */
  readonly address: string;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly image: string;
  readonly reason: string;
  /** How it was kept from running ("scaled to 0 replicas", ...). */
  readonly how: string;
  /** Services of its namespace whose selector matches its pods (their endpoints checks are about it). */
  readonly services: readonly string[];
  /** The pod spec object inside the stack's JSON (the image preparation skips it). */
  readonly spec: object;
}

type PodSpec = { containers?: Array<{ image?: unknown }>; initContainers?: Array<{ image?: unknown }>; nodeSelector?: Record<string, string> };
type Template = { metadata?: { labels?: Record<string, string> }; spec?: PodSpec };
type Manifest = {
  kind?: string;
  metadata?: { name?: string; namespace?: string };
  spec?: { replicas?: number; suspend?: boolean; selector?: Record<string, string>; template?: Template; jobTemplate?: { spec?: { template?: Template } } };
};

function manifests(tf: TfJson): Array<{ address: string; manifest: Manifest }> {
  return Object.entries<Record<string, unknown>>(tf.resource?.kubernetes_manifest ?? {}).flatMap(([name, r]) =>
    r.manifest && typeof r.manifest === "object" ? [{ address: `kubernetes_manifest.${name}`, manifest: r.manifest as Manifest }] : [],
  );
}

/** Keeps one workload from starting pods, in place; returns how, or undefined for a kind without pods. */
function stop(m: Manifest, template: Template): string | undefined {
  switch (m.kind) {
    case "Deployment":
    case "StatefulSet":
    case "ReplicaSet":
      m.spec!.replicas = 0;
      return "scaled to 0 replicas";
    case "DaemonSet":
      template.spec!.nodeSelector = { ...template.spec!.nodeSelector, [NOT_RUN_NODE_LABEL]: "no-local-image" };
      return `selecting no node (nodeSelector ${NOT_RUN_NODE_LABEL})`;
    case "Job":
    case "CronJob":
      m.spec!.suspend = true;
      return "suspended";
    default:
      return undefined;
  }
}

/**
 * Keeps every workload of the stacks whose pod template runs an image of `notRun` from starting
 * pods, in place (see the file header), and returns them with the Services that select their pods.
 */
export function stopNotRunnableWorkloads(stacks: readonly TfJson[], notRun: Readonly<Record<string, string>> = NOT_RUN_IMAGES): StoppedWorkload[] {
  const stopped: StoppedWorkload[] = [];
  const all = stacks.flatMap(manifests);
  for (const { address, manifest: m } of all) {
    const template = m.kind === "CronJob" ? m.spec?.jobTemplate?.spec?.template : m.spec?.template;
    const pod = template?.spec;
    if (!template || !pod) continue;
    const image = [...(pod.containers ?? []), ...(pod.initContainers ?? [])].map((c) => c.image).find((i): i is string => typeof i === "string" && i in notRun);
    if (!image) continue;
    const how = stop(m, template);
    if (!how) continue;
    const namespace = m.metadata?.namespace ?? "";
    const labels = template.metadata?.labels ?? {};
    const services = all
      .filter(({ manifest: s }) => s.kind === "Service" && (s.metadata?.namespace ?? "") === namespace && s.spec?.selector)
      .filter(({ manifest: s }) => {
        const selector = Object.entries(s.spec!.selector!);
        return selector.length > 0 && selector.every(([k, v]) => labels[k] === v);
      })
      .map(({ manifest: s }) => s.metadata?.name ?? "");
    stopped.push({ address, kind: m.kind!, namespace, name: m.metadata?.name ?? "", image, reason: notRun[image], how, services, spec: pod });
  }
  return stopped;
}

/** The report line (`runtime.notRun`) of a stopped workload. */
export const stoppedLine = (w: StoppedWorkload): string => `${w.kind} ${w.namespace}/${w.name} ${w.how}: ${w.reason}`;

/** The stopped workload a level-5 check is about (`rollout <Kind> <ns>/<name>`, `endpoints [Service ]<ns>/<service>`), if any. */
function stoppedFor(check: CheckResult, stopped: readonly StoppedWorkload[]): StoppedWorkload | undefined {
  const rollout = /^rollout (\S+) ([^/\s]+)\/(\S+)$/.exec(check.name);
  if (rollout) return stopped.find((w) => w.kind === rollout[1] && w.namespace === rollout[2] && w.name === rollout[3]);
  const m = /^endpoints (?:Service )?([^/\s]+)\/(\S+)$/.exec(check.name);
  return m ? stopped.find((w) => w.namespace === m[1] && (w.name === m[2] || w.services.includes(m[2]))) : undefined;
}

/** True for a failing check that only fails because its workload is not run (no need to wait for it). */
export function isNotRunCheck(check: CheckResult, stopped: readonly StoppedWorkload[]): boolean {
  return !check.ok && stoppedFor(check, stopped) !== undefined;
}

/** A check that is not run, with the reason: neither a failure nor a pass. */
export function notRunCheck(name: string, reason: string, was?: string): CheckResult {
  return { name, ok: true, notRun: true, message: `NOT RUN: no local image (${reason})${was ? `; was: ${was}` : ""}` };
}

/**
 * Rewrites, in place, every check about a stopped workload (its rollout, its Services' endpoints;
 * passing or failing) to `NOT RUN: no local image (…)` with the original result: such a check
 * does not fail the level and is not counted as passed (`notRun`); the cell's `runtime.notRun` lists the workload.
 */
export function markNotRunChecks(checks: CheckResult[], stopped: readonly StoppedWorkload[]): void {
  checks.forEach((c, i) => {
    const w = stoppedFor(c, stopped);
    if (w) checks[i] = notRunCheck(c.name, `${w.kind} ${w.namespace}/${w.name} ${w.how} in the runtime run, image ${w.image}: ${w.reason}`, c.message);
  });
}
