/**
 * What the runner reads from a synthesised stack (`cdk.tf.json`): the Kubernetes objects it
 * declares, its namespaces, and what a shared cluster must keep apart; generic stack reading (variables, providers, counts) is deploy/stack-json.ts.
 */
import type { DeclaredObject } from "./kube";
import type { TfJson } from "../deploy/stack-json";

/* eslint-disable @typescript-eslint/no-explicit-any */

function asObject(x: any): any {
  return Array.isArray(x) ? x[0] : x;
}

/** Kubernetes objects declared by a platform stack: `kubernetes_manifest` and typed `kubernetes_*` resources. */
export function declaredObjects(tf: TfJson): DeclaredObject[] {
  const out: DeclaredObject[] = [];
  for (const [type, resources] of Object.entries<Record<string, any>>(tf.resource ?? {})) {
    for (const r of Object.values(resources ?? {})) {
      if (type === "kubernetes_manifest") {
        const m = r.manifest ?? {};
        if (typeof m.kind === "string" && typeof m.metadata?.name === "string") {
          out.push({
            apiVersion: String(m.apiVersion ?? "v1"),
            kind: m.kind,
            name: m.metadata.name,
            ...(m.metadata.namespace ? { namespace: String(m.metadata.namespace) } : {}),
          });
        }
      } else if (type.startsWith("kubernetes_")) {
        const meta = asObject(r.metadata) ?? {};
        const kind = typedKind(type);
        if (kind && typeof meta.name === "string")
          out.push({ apiVersion: kind.apiVersion, kind: kind.kind, name: meta.name, ...(meta.namespace ? { namespace: String(meta.namespace) } : {}) });
      }
    }
  }
  return out;
}

/** Kind of a typed kubernetes provider resource, e.g. kubernetes_secret_v1 → Secret. */
function typedKind(type: string): { kind: string; apiVersion: string } | undefined {
  const table: Record<string, { kind: string; apiVersion: string }> = {
    kubernetes_secret_v1: { kind: "Secret", apiVersion: "v1" },
    kubernetes_secret: { kind: "Secret", apiVersion: "v1" },
    kubernetes_config_map_v1: { kind: "ConfigMap", apiVersion: "v1" },
    kubernetes_namespace_v1: { kind: "Namespace", apiVersion: "v1" },
    kubernetes_service_account_v1: { kind: "ServiceAccount", apiVersion: "v1" },
    kubernetes_service_v1: { kind: "Service", apiVersion: "v1" },
    kubernetes_deployment_v1: { kind: "Deployment", apiVersion: "apps/v1" },
    kubernetes_stateful_set_v1: { kind: "StatefulSet", apiVersion: "apps/v1" },
    kubernetes_network_policy_v1: { kind: "NetworkPolicy", apiVersion: "networking.k8s.io/v1" },
    kubernetes_ingress_v1: { kind: "Ingress", apiVersion: "networking.k8s.io/v1" },
  };
  return table[type];
}

/** Namespaces a stack creates. */
export function declaredNamespaces(objects: readonly DeclaredObject[]): string[] {
  return [...new Set(objects.filter((o) => o.kind === "Namespace").map((o) => o.name))];
}

/** The tenant label of the first declared namespace (cluster-scoped objects of the cell carry it). */
export function declaredTenant(tf: TfJson): string | undefined {
  for (const r of Object.values<any>(tf.resource?.kubernetes_manifest ?? {})) {
    if (r.manifest?.kind === "Namespace") return r.manifest.metadata?.labels?.["stackwerk.dev/tenant"];
  }
  return undefined;
}

/** Counts by kind (Kubernetes objects) for the report. */
export function countByKind(objects: readonly DeclaredObject[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of objects) counts[o.kind] = (counts[o.kind] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Keys that two cells must not hold at once on a shared cluster: their namespaces and the
 * cluster-scoped objects they declare (a lock per key keeps such cells apart).
 */
export function clusterKeys(objects: readonly DeclaredObject[]): string[] {
  const keys = new Set<string>();
  for (const o of objects) {
    if (o.kind === "Namespace") keys.add(`ns/${o.name}`);
    else if (o.namespace) keys.add(`ns/${o.namespace}`);
    else keys.add(`cluster/${o.kind}/${o.name}`);
  }
  return [...keys].sort();
}
