/**
 * Pattern-specific smoke checks (conformance level 5): what a pattern looks at on a live cluster
 * after its platform layer was applied, through a read-only probe the conformance runner gives
 * it. Engine- and tool-neutral, so a pattern's registration can carry its checks.
 */

/** A Kubernetes object as read from the cluster. */
export type LiveObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [key: string]: any;
};

/** Read-only view of the cluster for smoke checks. */
export interface SmokeProbe {
  /** Namespaces of the cell (the pattern instance's). */
  readonly namespaces: readonly string[];
  /** Objects of `kind` (plural resource name or kind, e.g. `endpoints`, `networkpolicies`, `secrets`) in `namespace`. */
  list(kind: string, namespace: string): Promise<LiveObject[]>;
  /** One object, or undefined when it does not exist. */
  get(kind: string, name: string, namespace?: string): Promise<LiveObject | undefined>;
}

/** One check's outcome, as the report shows it. */
export interface SmokeCheck {
  readonly name: string;
  readonly ok: boolean;
  readonly message: string;
}

/** A Service's ready endpoint addresses (0 when it has none or does not exist). */
export async function readyEndpointCount(probe: SmokeProbe, service: string, namespace: string): Promise<number> {
  const endpoints = await probe.get("endpoints", service, namespace);
  const subsets = (endpoints?.subsets ?? []) as Array<{ addresses?: unknown[] }>;
  return subsets.reduce((n, s) => n + (s.addresses?.length ?? 0), 0);
}

/** Checks that every Service in `services` has at least one ready endpoint. */
export async function endpointChecks(probe: SmokeProbe, namespace: string, services: readonly string[]): Promise<SmokeCheck[]> {
  const out: SmokeCheck[] = [];
  for (const service of services) {
    const count = await readyEndpointCount(probe, service, namespace);
    out.push({ name: `endpoints ${namespace}/${service}`, ok: count > 0, message: count > 0 ? `${count} ready address(es)` : "no ready endpoint" });
  }
  return out;
}
