/**
 * Egress of the monitoring collectors pinned to known addresses (issue 26): the API server (the
 * target's `apiServerCidrs`, from the kubeconfig on-prem), the kubelets (`nodeCidrs`) and the alert
 * receivers (`receiverCidrs`, or the receivers' own IPv4 addresses). Where an address is not known
 * at synth the rule allows the port alone, and the policy carries the annotation
 * `stackwerk.dev/egress-unpinned` saying which property would pin it (docs/hardening.md).
 */
import type { Construct } from "constructs";
import type { NetworkPolicy } from "kubernetes-types/networking/v1";
import { KubeManifest } from "../../constructs/kube/manifest";
import { typed } from "../../constructs/kube/typed";
import { PortSpec, toPolicyPorts } from "../../constructs/network";

/** Annotation on an egress policy whose peer addresses are not known at synth (value: how to pin them). */
export const UNPINNED_ANNOTATION = "stackwerk.dev/egress-unpinned";

/** The Kubernetes API ports (Service port 443, the API server's own 6443). */
export const KUBERNETES_API_PORTS: readonly PortSpec[] = [{ port: 443 }, { port: 6443 }];

/** One egress rule to a list of address ranges. */
export interface PinnedEgress {
  readonly namespace: string;
  /** Policy name (also its address: keep existing names). */
  readonly name: string;
  readonly podLabels: Readonly<Record<string, string>>;
  /** Address ranges of the peer; empty or undefined: not known at synth. */
  readonly cidrs?: readonly string[];
  readonly ports: readonly PortSpec[];
  /** What would pin the peer when `cidrs` is unknown, e.g. `targets.onprem({ nodeCidrs })`. */
  readonly pinWith: string;
}

/** Writes the egress policy of `e` below `scope`. */
export function writePinnedEgress(scope: Construct, e: PinnedEgress): KubeManifest {
  const pinned = (e.cidrs?.length ?? 0) > 0;
  const cidrs = pinned ? [...e.cidrs!] : ["0.0.0.0/0"];
  return new KubeManifest(scope, `policy-${e.name}`, {
    object: typed<NetworkPolicy>({
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: {
        name: e.name,
        namespace: e.namespace,
        ...(pinned ? {} : { annotations: { [UNPINNED_ANNOTATION]: `peer address unknown at synth: any address on these ports; pin it with ${e.pinWith}` } }),
      },
      spec: {
        podSelector: { matchLabels: { ...e.podLabels } },
        policyTypes: ["Egress"],
        egress: [{ to: cidrs.map((cidr) => ({ ipBlock: { cidr } })), ports: toPolicyPorts(e.ports) }],
      },
    }),
  });
}
