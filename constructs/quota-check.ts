/**
 * What a namespace's workloads need of its ResourceQuota's CPU and memory limits, a rolling update
 * included: a Deployment's surge pods and a Job's pods need room beside the running ones. The
 * namespace raises its quota to that peak at synth (never below the size preset). Without it the
 * quota refused the pods at run time ("exceeded quota") and the apply waited on a rollout that
 * never completed (found by the upgrade test: the reference IAM instance in production, Keycloak
 * plus a protected app, needed 4.5 CPUs of an S quota of 4).
 */
import type { KubeObject } from "./kube/types";

/** CPU cores and memory bytes. */
export interface Limits {
  readonly cpu: number;
  readonly memory: number;
}

/** One workload's share of a namespace's limits. */
export interface WorkloadLimits {
  /** `Kind/name`, for messages. */
  readonly name: string;
  /** Limits of the pods that run all the time (replicas × pod). */
  readonly steady: Limits;
  /** Limits of the pods that run only for a while (a Deployment's surge, a Job's pods). */
  readonly transient: Limits;
}

const UNITS: Readonly<Record<string, number>> = {
  "": 1,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
};

/** A Kubernetes quantity (`500m`, `2`, `1536Mi`, `1G`) as a number; undefined when it is not one. */
export function parseQuantity(value: string | number | undefined): number | undefined {
  if (typeof value === "number") return value;
  const m = /^([0-9]+(?:\.[0-9]+)?)([a-zA-Z]*)$/.exec(value ?? "");
  const unit = m ? UNITS[m[2]] : undefined;
  return m && unit !== undefined ? Number(m[1]) * unit : undefined;
}

type Container = { resources?: { limits?: Record<string, string | number> } };
type PodSpec = { containers?: Container[]; initContainers?: Container[] };
type PodTemplate = { spec?: PodSpec };
/** The fields of Deployment, StatefulSet, Job and CronJob specs this check reads. */
type WorkloadSpec = {
  replicas?: number;
  parallelism?: number;
  template?: PodTemplate;
  strategy?: { type?: string; rollingUpdate?: { maxSurge?: string | number } };
  jobTemplate?: { spec?: { parallelism?: number; template?: PodTemplate } };
};

/** A pod's effective limits: its containers' sum, or its largest init container if that is more. */
function podLimits(spec: PodSpec, defaults: Limits): Limits {
  const of = (c: Container): Limits => ({
    cpu: parseQuantity(c.resources?.limits?.cpu) ?? defaults.cpu,
    memory: parseQuantity(c.resources?.limits?.memory) ?? defaults.memory,
  });
  const main = (spec.containers ?? []).map(of).reduce((a, b) => ({ cpu: a.cpu + b.cpu, memory: a.memory + b.memory }), { cpu: 0, memory: 0 });
  const init = (spec.initContainers ?? []).map(of);
  return { cpu: Math.max(main.cpu, ...init.map((l) => l.cpu)), memory: Math.max(main.memory, ...init.map((l) => l.memory)) };
}

const times = (n: number, l: Limits): Limits => ({ cpu: n * l.cpu, memory: n * l.memory });

/** Surge pods of a Deployment's rolling update (Kubernetes' default: 25 %, rounded up). */
function surgePods(spec: WorkloadSpec): number {
  if (spec.strategy?.type === "Recreate") return 0;
  const replicas = spec.replicas ?? 1;
  const surge = spec.strategy?.rollingUpdate?.maxSurge ?? "25%";
  return typeof surge === "number" ? surge : Math.ceil((replicas * Number(surge.replace("%", ""))) / 100);
}

/**
 * The limits a workload object takes in its namespace; undefined for objects that run no pods.
 * DaemonSets are left out: their pod count depends on the nodes (their owners reserve pods).
 */
export function workloadLimits(object: KubeObject, defaults: Limits): WorkloadLimits | undefined {
  const spec = object.spec as WorkloadSpec | undefined;
  const name = `${object.kind}/${object.metadata.name}`;
  const none = { cpu: 0, memory: 0 };
  switch (object.kind) {
    case "Deployment": {
      const pod = podLimits(spec?.template?.spec ?? {}, defaults);
      return { name, steady: times(spec?.replicas ?? 1, pod), transient: times(surgePods(spec ?? {}), pod) };
    }
    case "StatefulSet":
      return { name, steady: times(spec?.replicas ?? 1, podLimits(spec?.template?.spec ?? {}, defaults)), transient: none };
    case "Job":
      return { name, steady: none, transient: times(spec?.parallelism ?? 1, podLimits(spec?.template?.spec ?? {}, defaults)) };
    case "CronJob": {
      const job = spec?.jobTemplate?.spec;
      return { name, steady: none, transient: times(job?.parallelism ?? 1, podLimits(job?.template?.spec ?? {}, defaults)) };
    }
    default:
      return undefined;
  }
}

/**
 * What the workloads need at their peak: every steady pod plus the largest transient share (one
 * rollout or Job at a time; OpenTofu, Pulumi and Flux each wait for one rollout before the next
 * object that depends on it, and a pattern's Jobs run after its workloads are up).
 */
export function peakLimits(workloads: readonly WorkloadLimits[]): { steady: Limits; peak: Limits } {
  const steady = workloads.reduce((a, w) => ({ cpu: a.cpu + w.steady.cpu, memory: a.memory + w.steady.memory }), { cpu: 0, memory: 0 });
  const cpu = Math.max(0, ...workloads.map((w) => w.transient.cpu));
  const memory = Math.max(0, ...workloads.map((w) => w.transient.memory));
  return { steady, peak: { cpu: steady.cpu + cpu, memory: steady.memory + memory } };
}

/** The quota for `peak` limits: the preset, raised to whole CPUs and GiB where the peak is above it. */
export function fitQuota(preset: Limits, peak: Limits): Limits {
  return {
    cpu: peak.cpu > preset.cpu + 1e-9 ? Math.ceil(peak.cpu - 1e-9) : preset.cpu,
    memory: peak.memory > preset.memory ? Math.ceil(peak.memory / 2 ** 30 - 1e-9) * 2 ** 30 : preset.memory,
  };
}

/** `2.5 CPU` / `1.5 GiB`, for messages. */
export function formatLimits(l: Limits): string {
  const round = (x: number) => Number(x.toFixed(2));
  return `${round(l.cpu)} CPU, ${round(l.memory / 2 ** 30)} GiB`;
}
