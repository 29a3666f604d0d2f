/**
 * Network peers for zero-trust NetworkPolicies: "allow A to reach B" is expressed with
 * peers, and the Workload/Connections API writes both sides' policies from them.
 */
import { Construct } from "constructs";
import { KubeManifest } from "./kube/manifest";
import { typed } from "./kube/typed";
import type { NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort } from "kubernetes-types/networking/v1";

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

/** Renders a peer as a NetworkPolicyPeer list entry. */
export function toPolicyPeer(peer: NetworkPeer): NetworkPolicyPeer {
  if (peer.cidr) return { ipBlock: { cidr: peer.cidr } };
  const out: NetworkPolicyPeer = {};
  if (peer.podLabels) out.podSelector = { matchLabels: { ...peer.podLabels } };
  if (peer.namespaceLabels) out.namespaceSelector = { matchLabels: { ...peer.namespaceLabels } };
  return out;
}

/** Renders ports as NetworkPolicy ports (TCP unless said otherwise). */
export function toPolicyPorts(ports: readonly PortSpec[]): NetworkPolicyPort[] {
  return ports.map((p) => ({ port: p.port, protocol: p.protocol ?? "TCP" }));
}

/** Label every namespace carries (set by the API server since 1.22). */
export const NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

/** Cluster DNS (kube-dns/CoreDNS in kube-system), which every namespace may reach. */
export const CLUSTER_DNS: NetworkPeer = {
  description: "cluster-dns",
  namespaceLabels: { [NAMESPACE_NAME_LABEL]: "kube-system" },
  podLabels: { "k8s-app": "kube-dns" },
  ports: [
    { port: 53, protocol: "UDP" },
    { port: 53, protocol: "TCP" },
  ],
};

/** Writes one NetworkPolicy for the pods selected by `podLabels` (one direction, one peer). */
export function writeNetworkPolicy(
  scope: Construct,
  options: {
    readonly namespace: string;
    readonly name: string;
    readonly podLabels: Readonly<Record<string, string>>;
    readonly direction: "Ingress" | "Egress";
    readonly peer: NetworkPeer;
    readonly ports: readonly PortSpec[];
  },
): KubeManifest {
  const name = options.name.slice(0, 63).replace(/-+$/, "");
  const rule = options.direction === "Ingress" ? { from: [toPolicyPeer(options.peer)] } : { to: [toPolicyPeer(options.peer)] };
  return new KubeManifest(scope, `policy-${name}`, {
    object: typed<NetworkPolicy>({
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: { name, namespace: options.namespace },
      spec: {
        // `{}` selects every pod; an empty matchLabels would come back from the API as null.
        podSelector: Object.keys(options.podLabels).length ? { matchLabels: { ...options.podLabels } } : {},
        policyTypes: [options.direction],
        [options.direction === "Ingress" ? "ingress" : "egress"]: [{ ...rule, ports: toPolicyPorts(options.ports) }],
      },
    }),
  });
}
