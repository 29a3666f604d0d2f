/**
 * Network peers for zero-trust NetworkPolicies: "allow A to reach B" is expressed with peers.
 * Capabilities describe their peers with these types; constructs/network.ts renders them as
 * NetworkPolicies.
 */

/** A port (and protocol) in a NetworkPolicy rule. */
export interface PortSpec {
  readonly port: number;
  /** @default "TCP" */
  readonly protocol?: "TCP" | "UDP";
}

/** Something a pod talks to or hears from. */
export interface NetworkPeer {
  /** Shown in policy names and reports. */
  readonly description: string;
  /** Pods with these labels (in `namespaceLabels`' namespaces, or the policy's own namespace). */
  readonly podLabels?: Readonly<Record<string, string>>;
  /** Namespaces with these labels. */
  readonly namespaceLabels?: Readonly<Record<string, string>>;
  /** An address range outside the cluster. */
  readonly cidr?: string;
  /** Ports on the peer (egress) or on us (ingress). */
  readonly ports: readonly PortSpec[];
}
