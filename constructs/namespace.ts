/**
 * Zero-trust namespace: Pod Security `restricted`, default-deny ingress and egress with DNS
 * allowed, a ResourceQuota and a LimitRange sized by the standard size preset.
 */
import { Construct, IConstruct } from "constructs";
import { KubeManifest } from "./kube/manifest";
import { typed } from "./kube/typed";
import type { LimitRange, Namespace, ResourceQuota } from "kubernetes-types/core/v1";
import type { NetworkPolicy } from "kubernetes-types/networking/v1";
import { MANAGED_BY } from "./kube/labels";
import { CLUSTER_DNS, NetworkPeer, writeNetworkPolicy } from "./network";
import { resolveSize, Size, WORKLOAD_SIZING } from "../core/profile";
import { fail, propNames, requireDnsLabel, requireKnownProps } from "../core/errors";
import { INamespace, POD_SECURITY_LEVELS, type PodSecurityLevel } from "../core/namespace";
import { checkBeforeRender } from "./kube/render-order";
import { fitQuota, formatLimits, parseQuantity, peakLimits, workloadLimits, type WorkloadLimits } from "./quota-check";

/** Pod Security Standard levels (declared in core with the namespace contract). */
export { POD_SECURITY_LEVELS, type PodSecurityLevel };

/** Props of a ZeroTrustNamespace: name, size (quota) and labels. */
export interface ZeroTrustNamespaceProps {
  /** Namespace name (RFC 1123 label). */
  readonly name: string;
  /** Extra labels, e.g. tenant and stage. @default none */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * Pod Security level enforced by admission. Lowering it is an explicit opt-out.
   * @default "restricted"
   */
  readonly podSecurity?: PodSecurityLevel;
  /** Size preset for the ResourceQuota and LimitRange. @default "S" */
  readonly size?: Size;
  /** Allow egress to cluster DNS. @default true */
  readonly allowDns?: boolean;
}

const ZERO_TRUST_NAMESPACE_PROPS = propNames<ZeroTrustNamespaceProps>()(["name", "labels", "podSecurity", "size", "allowDns"]);

/** A namespace where nothing talks to anything until a policy says so. */
export class ZeroTrustNamespace extends Construct implements INamespace {
  readonly name: string;
  readonly podSecurity: PodSecurityLevel;
  /** Labels that select this namespace in NetworkPolicies. */
  readonly selectorLabels: Readonly<Record<string, string>>;
  /** The ResourceQuota's pod limit. */
  readonly podsQuota: number;
  /** Size preset the quota comes from. */
  readonly size: Size;
  private readonly podReservations: Array<{ owner: string; pods: number }> = [];

  constructor(scope: Construct, id: string, props: ZeroTrustNamespaceProps) {
    super(scope, id);
    requireKnownProps(this, props, ZERO_TRUST_NAMESPACE_PROPS);
    this.name = requireDnsLabel(this, "name", props.name);
    this.podSecurity = props.podSecurity ?? "restricted";
    if (!POD_SECURITY_LEVELS.includes(this.podSecurity)) {
      fail(this, "podSecurity", `${JSON.stringify(this.podSecurity)} is not allowed. Allowed: ${POD_SECURITY_LEVELS.join(", ")}`);
    }
    this.selectorLabels = { "kubernetes.io/metadata.name": this.name };
    this.size = resolveSize(this, props.size ?? "S");
    const sizing = WORKLOAD_SIZING[this.size];
    this.podsQuota = sizing.quotaPods;

    new KubeManifest(this, "namespace", {
      object: typed<Namespace>({
        apiVersion: "v1",
        kind: "Namespace",
        metadata: {
          name: this.name,
          labels: {
            ...props.labels,
            ...MANAGED_BY,
            "pod-security.kubernetes.io/enforce": this.podSecurity,
            "pod-security.kubernetes.io/enforce-version": "latest",
            "pod-security.kubernetes.io/audit": this.podSecurity,
            "pod-security.kubernetes.io/warn": this.podSecurity,
          },
        },
      }),
    });
    new KubeManifest(this, "default-deny", {
      object: typed<NetworkPolicy>({
        apiVersion: "networking.k8s.io/v1",
        kind: "NetworkPolicy",
        metadata: { name: "default-deny-all", namespace: this.name },
        spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
      }),
    });
    if (props.allowDns ?? true) this.allowEgressFromAll(CLUSTER_DNS);
    const quota = new KubeManifest(this, "quota", {
      object: typed<ResourceQuota>({
        apiVersion: "v1",
        kind: "ResourceQuota",
        metadata: { name: "stackwerk-quota", namespace: this.name },
        spec: { hard: { "limits.cpu": sizing.quotaCpu, "limits.memory": sizing.quotaMemory, pods: String(sizing.quotaPods) } },
      }),
    });
    checkBeforeRender(this, (layer) => this.fitQuotaLimits(layer, quota.object as ResourceQuota));
    new KubeManifest(this, "limits", {
      object: typed<LimitRange>({
        apiVersion: "v1",
        kind: "LimitRange",
        metadata: { name: "stackwerk-defaults", namespace: this.name },
        spec: {
          limits: [
            {
              type: "Container",
              default: { cpu: sizing.cpuLimit, memory: sizing.memoryLimit },
              defaultRequest: { cpu: sizing.cpuRequest, memory: sizing.memoryRequest },
            },
          ],
        },
      }),
    });
  }

  /**
   * Books `pods` (a workload's peak pod count) against the namespace's pods quota, so a
   * replica count the quota would refuse at run time fails at synth instead.
   * @param scope the construct asking, named in the message with `property`
   * @param owner what the pods run, in later messages @default the construct path of `scope`
   */
  reservePods(scope: IConstruct, property: string, pods: number, owner: string = scope.node.path): void {
    const taken = this.podReservations.reduce((sum, r) => sum + r.pods, 0);
    if (taken + pods > this.podsQuota) {
      const others = this.podReservations.map((r) => `${r.owner}: ${r.pods}`).join(", ");
      fail(
        scope,
        property,
        `needs up to ${pods} pods, but namespace ${this.name} allows ${this.podsQuota} (size ${this.size} quota)${others ? ` and ${taken} are taken (${others})` : ""}. Allowed: at most ${Math.max(0, this.podsQuota - taken)} pods here, or a larger size`,
      );
    }
    this.podReservations.push({ owner, pods });
  }

  /**
   * Raises the quota's CPU and memory limits to what the workloads of this namespace in `layer`
   * need at their peak (a rolling update's surge or a Job included), never below the size's
   * preset, and notes why in an annotation. Without it the quota refused their pods at run time and
   * the apply waited on a rollout that never completed (v0.2.0's IAM in production: Keycloak, its
   * proxy and a protected app needed 4.5 CPUs of an S quota of 4). The pods quota stays a hard
   * limit (`reservePods` refuses at synth).
   */
  private fitQuotaLimits(layer: IConstruct, quota: ResourceQuota): void {
    const sizing = WORKLOAD_SIZING[this.size];
    const defaults = { cpu: parseQuantity(sizing.cpuLimit)!, memory: parseQuantity(sizing.memoryLimit)! };
    const preset = { cpu: parseQuantity(sizing.quotaCpu)!, memory: parseQuantity(sizing.quotaMemory)! };
    const workloads = KubeManifest.all(layer)
      .filter((m) => m.object.metadata.namespace === this.name)
      .map((m) => workloadLimits(m.object, defaults))
      .filter((w): w is WorkloadLimits => w !== undefined);
    const { peak } = peakLimits(workloads);
    const fitted = fitQuota(preset, peak);
    if (fitted.cpu === preset.cpu && fitted.memory === preset.memory) return;
    quota.spec!.hard = { ...quota.spec!.hard, "limits.cpu": String(fitted.cpu), "limits.memory": `${fitted.memory / 2 ** 30}Gi` };
    (quota.metadata!.annotations ??= {})["stackwerk.dev/quota"] =
      `size ${this.size} preset ${formatLimits(preset)}, raised to the workloads' peak ${formatLimits(peak)} (rolling update included)`;
  }

  /** Allows every pod of the namespace to reach `peer` (e.g. cluster DNS). */
  allowEgressFromAll(peer: NetworkPeer): void {
    const name = `allow-egress-${peer.description}`;
    writeNetworkPolicy(this, { namespace: this.name, name, podLabels: {}, direction: "Egress", peer, ports: peer.ports });
  }
}
