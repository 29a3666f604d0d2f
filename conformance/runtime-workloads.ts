/**
 * What `conformance --runtime` changes in a cell's copy of the stack JSON beyond the pod templates
 * (issue 27, ADR 0425), for workloads whose pods another controller makes or that cannot run here:
 *
 * - operator-managed workloads: prometheus-operator makes the StatefulSets of the `Prometheus`
 *   and `Alertmanager` resources, so their image (`spec.image`) and the runtime node's placement
 *   (`spec.nodeSelector`, `spec.tolerations`) are set on the resources themselves;
 * - image references passed as flags (`--prometheus-config-reloader=<image>`): the operator puts
 *   that image into the pods it makes;
 * - (workloads whose image cannot be built here start no pod: runtime-not-run.ts, the one
 *   not-run mechanism;)
 * - the API server: real clusters serve the `kubernetes` Service's endpoint on 6443 or 443 (the
 *   ports the patterns' API egress policies allow); the runtime node's endpoint is its relay
 *   `CONTROL_PLANE_ADDRESS:<the embedded API server's own port>`, and NetworkPolicies match the
 *   port after the Service's DNAT. So an egress rule allowing TCP 443 and 6443 also gets that one
 *   address (any port): the API and nothing else.
 */
import { RUNTIME_POD_PLACEMENT } from "../tools/runtime";
import { CONTROL_PLANE_ADDRESS } from "../tools/runtime/node-settings";
import type { TfJson } from "../deploy/stack-json";

/** Kinds of operator resources whose pods the operator makes from `spec.image` (monitoring.coreos.com). */
const OPERATOR_WORKLOAD_KINDS = new Set(["Prometheus", "Alertmanager"]);

type Manifest = { kind?: string; apiVersion?: string; metadata?: { name?: string; namespace?: string }; spec?: Record<string, unknown> };

function manifests(tf: TfJson): Array<{ address: string; manifest: Manifest; resource: Record<string, unknown> }> {
  return Object.entries<Record<string, unknown>>(tf.resource?.kubernetes_manifest ?? {}).flatMap(([name, r]) =>
    r.manifest && typeof r.manifest === "object" ? [{ address: `kubernetes_manifest.${name}`, manifest: r.manifest as Manifest, resource: r }] : [],
  );
}

/** How long the apply waits for the operator to report a placed resource `Available` (its pods Ready). */
export const OPERATOR_AVAILABLE_TIMEOUT = "10m";

/**
 * Sets the runtime node's placement on every `Prometheus` and `Alertmanager` resource of `tf`, in
 * place, and makes the apply wait until the operator reports the resource `Available`. Returns the upstream images used there (to build), the addresses changed and their namespaces.
 */
export function placeOperatorWorkloads(tf: TfJson): { images: string[]; placed: string[]; namespaces: string[] } {
  const images: string[] = [];
  const placed: string[] = [];
  const namespaces: string[] = [];
  for (const { address, manifest, resource } of manifests(tf)) {
    if (!manifest.kind || !OPERATOR_WORKLOAD_KINDS.has(manifest.kind) || !manifest.apiVersion?.startsWith("monitoring.coreos.com/") || !manifest.spec) continue;
    const spec = manifest.spec;
    // The operator makes the pods after the apply: wait until it reports them Available, so level 4 sees them.
    resource.wait = { condition: [{ type: "Available", status: "True" }] };
    resource.timeouts = { create: OPERATOR_AVAILABLE_TIMEOUT, update: OPERATOR_AVAILABLE_TIMEOUT };
    if (typeof spec.image === "string") images.push(spec.image);
    spec.nodeSelector = { ...(spec.nodeSelector as object | undefined), ...RUNTIME_POD_PLACEMENT.nodeSelector };
    const tolerations = Array.isArray(spec.tolerations) ? (spec.tolerations as object[]) : [];
    spec.tolerations = [...tolerations, ...RUNTIME_POD_PLACEMENT.tolerations.map((t) => ({ ...t }))];
    placed.push(address);
    if (manifest.metadata?.namespace) namespaces.push(manifest.metadata.namespace);
  }
  return { images, placed, namespaces };
}

/** Replaces the image of every placed `Prometheus`/`Alertmanager` resource by `local(upstream)` when it returns one. */
export function setOperatorWorkloadImages(tf: TfJson, local: (upstream: string) => string | undefined): void {
  for (const { manifest } of manifests(tf)) {
    if (!manifest.kind || !OPERATOR_WORKLOAD_KINDS.has(manifest.kind) || !manifest.spec || typeof manifest.spec.image !== "string") continue;
    const ref = local(manifest.spec.image);
    if (ref) manifest.spec.image = ref;
  }
}

/** The upstream image of a `--flag=<image>` argument when `isImage` says it is one. */
export function flagImage(arg: unknown, isImage: (ref: string) => boolean): { flag: string; image: string } | undefined {
  if (typeof arg !== "string") return undefined;
  const m = /^(--?[A-Za-z0-9.-]+)=(.+)$/.exec(arg);
  return m && isImage(m[2]) ? { flag: m[1], image: m[2] } : undefined;
}

type EgressRule = { ports?: Array<{ port?: unknown; protocol?: string }>; to?: object[] };

/**
 * Adds the runtime node's API endpoint (`CONTROL_PLANE_ADDRESS/32`, any port) to every
 * NetworkPolicy egress rule of `tf` that allows TCP 443 and 6443, in place. Returns
 * `namespace/name` of each policy changed.
 */
export function allowRuntimeApiEndpoint(tf: TfJson): string[] {
  const changed: string[] = [];
  for (const { manifest } of manifests(tf)) {
    if (manifest.kind !== "NetworkPolicy" || !Array.isArray(manifest.spec?.egress)) continue;
    const rules = manifest.spec.egress as EgressRule[];
    const api = rules.filter((r) => [443, 6443].every((p) => r.ports?.some((x) => x.port === p && (x.protocol ?? "TCP") === "TCP")));
    if (api.length === 0) continue;
    rules.push({ to: [{ ipBlock: { cidr: `${CONTROL_PLANE_ADDRESS}/32` } }] });
    changed.push(`${manifest.metadata?.namespace ?? ""}/${manifest.metadata?.name ?? ""}`);
  }
  return changed;
}
