/**
 * Network peers for zero-trust NetworkPolicies: "allow A to reach B" is expressed with
 * peers, and the Workload/Connections API writes both sides' policies from them.
 */
import { Construct } from "constructs";
import { KubeManifest } from "./kube/manifest";
import { typed } from "./kube/typed";
import type { NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort } from "kubernetes-types/networking/v1";
import type { NetworkPeer, PortSpec } from "../core/network-peer";
import { shortHash } from "../core/naming";

/** Peers and ports (declared in core, where capabilities describe their peers). */
export type { NetworkPeer, PortSpec };

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

/** Longest Kubernetes object name a policy may have (an RFC 1123 label). */
const POLICY_NAME_MAX = 63;

/**
 * The namespace whose pods `peer` selects, when that is not the policy's own namespace, else
 * undefined. Only a peer with pod labels and namespace labels counts: a workload of another
 * namespace, whose name is unique only there. A whole-namespace peer (the ingress controller) is
 * named by its role, and a peer without namespace labels (an address range, a pod in the policy's
 * namespace) has no other namespace. Namespace labels without the name label stand as `ns-<hash>`.
 */
export function peerNamespaceOutside(peer: NetworkPeer, namespace: string): string | undefined {
  const labels = peer.namespaceLabels;
  if (!labels || !peer.podLabels) return undefined;
  const ns = labels[NAMESPACE_NAME_LABEL] ?? `ns-${shortHash(JSON.stringify(labels))}`;
  return ns === namespace ? undefined : ns;
}

/**
 * The name of the policy `<owner>-<relation>-<peer>` of a workload in `namespace` (construct id
 * `policy-<name>`, and the NetworkPolicy's name). A peer in the same namespace keeps the plain
 * `<owner>-<relation>-<description>`. A peer in another namespace is named by its namespace too
 * (`<owner>-<relation>-<peer namespace>-<description>`), so two instances whose workloads share a
 * name (every AI stack's `gateway`, every web-app's `web`) get a policy each; too long for 63
 * characters, the name is cut and ends in `-` and 8 hex digits of the SHA-256 of
 * `<peer namespace>-<description>`, so distinct peers keep distinct names.
 */
export function policyName(owner: string, relation: "allow-from" | "allow-to", peer: NetworkPeer, namespace: string): string {
  const prefix = `${owner}-${relation}-`;
  const ns = peerNamespaceOutside(peer, namespace);
  if (ns === undefined) return `${prefix}${peer.description}`;
  const qualified = `${ns}-${peer.description}`;
  const full = `${prefix}${qualified}`;
  if (full.length <= POLICY_NAME_MAX) return full;
  return `${full.slice(0, POLICY_NAME_MAX - 9).replace(/-+$/, "")}-${shortHash(qualified)}`;
}

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
