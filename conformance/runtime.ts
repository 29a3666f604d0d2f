/**
 * Conformance on a cluster with a real node (`stackwerk conformance --runtime`, ADR 0310): the
 * placement of an on-prem cell's workloads onto the runtime node (label + NoSchedule taint
 * `stackwerk.dev/runtime`, ADR 0100), what the report records of the node, and the wait for a
 * namespace's pods to be Ready on that node (the hook level 5 uses once the patterns' images
 * are built here, issue 27).
 */
import type { ImageSubstitution } from "./types";
import { RUNTIME_NODE_LABEL, RUNTIME_NODE_NAME, RUNTIME_POD_PLACEMENT } from "../tools/runtime";
import type { TfJson } from "../deploy/stack-json";

/** Kinds whose pod template (or pod spec) `placeOnRuntimeNode` changes, with the path to the pod spec. */
const POD_SPEC_PATHS: Readonly<Record<string, readonly string[]>> = {
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  ReplicaSet: ["spec", "template", "spec"],
  Job: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"],
  Pod: ["spec"],
};

/** What the report records of the real node a cell deployed to. */
export interface RuntimeNodeInfo {
  /** Node name (`runtime-0`). */
  readonly node: string;
  /** The node's `status.nodeInfo.containerRuntimeVersion`, e.g. `containerd://2.4.2`. */
  readonly containerRuntimeVersion: string;
  /** The node's `status.nodeInfo.kubeletVersion`. */
  readonly kubeletVersion: string;
  /** Cluster prerequisites the conformance installed on the node as local builds (the Gateway implementation): reported by every on-prem cell. */
  readonly prerequisites?: readonly ImageSubstitution[];
}

/** Runs kubectl against one cluster (the signature of `Kube.kubectl` and `EmbeddedCluster.kubectl`). */
export type Kubectl = (args: string[], opts?: { input?: string; check?: boolean }) => Promise<{ code: number; stdout: string; stderr: string }>;

/**
 * Adds the runtime node's node selector and toleration (`RUNTIME_POD_PLACEMENT`) to every pod
 * template of the stack's `kubernetes_manifest` resources (Deployment, StatefulSet, DaemonSet,
 * ReplicaSet, Job, CronJob, Pod), in place. Existing selectors and tolerations are kept.
 * Returns the addresses of the resources it changed. Objects of typed `kubernetes_*` resources
 * and Helm releases are not workloads here and stay as they are.
 */
export function placeOnRuntimeNode(tf: TfJson): string[] {
  const placed: string[] = [];
  for (const { address, spec } of podTemplates(tf)) {
    spec.nodeSelector = { ...(spec.nodeSelector as object | undefined), ...RUNTIME_POD_PLACEMENT.nodeSelector };
    const tolerations = Array.isArray(spec.tolerations) ? (spec.tolerations as object[]) : [];
    spec.tolerations = [...tolerations, ...RUNTIME_POD_PLACEMENT.tolerations.map((t) => ({ ...t }))];
    placed.push(address);
  }
  return placed;
}

/** A pod template (or pod spec) of a stack's `kubernetes_manifest` resource, editable in place. */
export interface PodTemplateRef {
  /** `kubernetes_manifest.<name>`. */
  readonly address: string;
  readonly kind: string;
  readonly namespace?: string;
  /** The pod spec object inside the stack's JSON. */
  readonly spec: Record<string, unknown>;
}

/** The pod specs of the stack's workload manifests (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, Pod). */
export function podTemplates(tf: TfJson): PodTemplateRef[] {
  const out: PodTemplateRef[] = [];
  for (const [name, resource] of Object.entries<Record<string, unknown>>(tf.resource?.kubernetes_manifest ?? {})) {
    const manifest = resource.manifest as Record<string, unknown> | undefined;
    const specPath = typeof manifest?.kind === "string" ? POD_SPEC_PATHS[manifest.kind] : undefined;
    if (!manifest || !specPath) continue;
    let spec: Record<string, unknown> | undefined = manifest;
    for (const key of specPath) spec = spec?.[key] as Record<string, unknown> | undefined;
    if (!spec || typeof spec !== "object") continue;
    const namespace = (manifest.metadata as { namespace?: string } | undefined)?.namespace;
    out.push({ address: `kubernetes_manifest.${name}`, kind: manifest.kind as string, ...(namespace ? { namespace } : {}), spec });
  }
  return out;
}

/** Reads the runtime node's name, container runtime and kubelet version from the API server. */
export async function runtimeNodeInfo(kubectl: Kubectl, node = RUNTIME_NODE_NAME): Promise<RuntimeNodeInfo> {
  const r = await kubectl(["get", "node", node, "-o", "json"]);
  const info = (JSON.parse(r.stdout) as { status?: { nodeInfo?: { containerRuntimeVersion?: string; kubeletVersion?: string } } }).status?.nodeInfo ?? {};
  return { node, containerRuntimeVersion: info.containerRuntimeVersion ?? "", kubeletVersion: info.kubeletVersion ?? "" };
}

/** A pod that is not (yet) Ready on the runtime node, with why. */
export interface PodNotReady {
  readonly name: string;
  /** The node the pod was scheduled to (empty when not scheduled). */
  readonly node: string;
  /** Phase, then the first waiting/terminated reason of a container (e.g. `ErrImageNeverPull`). */
  readonly reason: string;
}

/** Options of `waitForRuntimePods`. */
export interface WaitForRuntimePodsOptions {
  /** Give up after this long. @default 120000 */
  readonly timeoutMs?: number;
  /** Poll interval. @default 2000 */
  readonly intervalMs?: number;
  /** Pods of finished Jobs (phase Succeeded) count as done. @default true */
  readonly succeededIsReady?: boolean;
}

interface PodJson {
  metadata: { name: string; ownerReferences?: Array<{ kind: string }> };
  spec: { nodeName?: string };
  status?: {
    phase?: string;
    conditions?: Array<{ type: string; status: string }>;
    containerStatuses?: Array<{ state?: { waiting?: { reason?: string }; terminated?: { reason?: string } } }>;
  };
}

function notReady(p: PodJson, node: string, succeededIsReady: boolean): PodNotReady | undefined {
  const phase = p.status?.phase ?? "Unknown";
  const ready = p.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") ?? false;
  const onNode = p.spec.nodeName === node;
  // A Job's pod is done when it succeeded; Ready while it still runs says nothing (it may yet fail).
  const jobPod = p.metadata.ownerReferences?.some((o) => o.kind === "Job") ?? false;
  if (onNode && (jobPod && succeededIsReady ? phase === "Succeeded" : ready || (succeededIsReady && phase === "Succeeded"))) return undefined;
  const state = p.status?.containerStatuses?.map((s) => s.state?.waiting?.reason ?? s.state?.terminated?.reason).find(Boolean);
  const where = onNode ? "" : p.spec.nodeName ? ` on node ${p.spec.nodeName}, not ${node}` : " not scheduled";
  return { name: p.metadata.name, node: p.spec.nodeName ?? "", reason: `${phase}${state ? ` (${state})` : ""}${where}` };
}

/**
 * Waits until every pod in `namespace` runs Ready on the runtime node (pods of finished Jobs
 * may instead have succeeded there; a Job's pod must have succeeded: Ready while it runs is not done). Resolves with the pods' names; rejects after the timeout
 * naming each pod that is not Ready, its node and its container's reason (e.g.
 * `Pending (ErrImageNeverPull)`), and also when the namespace has no pod at all.
 *
 * This is the check level 5 needs once a pattern's images are built here (issue 27):
 * `await waitForRuntimePods(cluster.kube.kubectl.bind(cluster.kube), "my-ns")`.
 */
export async function waitForRuntimePods(kubectl: Kubectl, namespace: string, options: WaitForRuntimePodsOptions = {}): Promise<string[]> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const deadline = Date.now() + timeoutMs;
  const succeededIsReady = options.succeededIsReady ?? true;
  for (;;) {
    const r = await kubectl(["get", "pods", "-n", namespace, "-o", "json"], { check: false });
    const pods = r.code === 0 ? (JSON.parse(r.stdout) as { items: PodJson[] }).items : [];
    const waiting = pods.map((p) => notReady(p, RUNTIME_NODE_NAME, succeededIsReady)).filter((p): p is PodNotReady => p !== undefined);
    if (pods.length > 0 && waiting.length === 0) return pods.map((p) => p.metadata.name);
    if (Date.now() >= deadline) {
      const detail = pods.length === 0 ? (r.code === 0 ? "no pod in the namespace" : r.stderr.trim()) : waiting.map((p) => `${p.name}: ${p.reason}`).join("; ");
      throw new Error(
        `pods in ${namespace} not Ready on the runtime node ${RUNTIME_NODE_NAME} (label ${RUNTIME_NODE_LABEL}) after ${timeoutMs / 1000}s: ${detail}`,
      );
    }
    await new Promise((res) => setTimeout(res, options.intervalMs ?? 2000));
  }
}
