/**
 * The namespace a pattern instance deploys into, as targets and constructs see it. The contract
 * lives here so core names no construct; constructs/namespace.ts (`ZeroTrustNamespace`) implements it.
 */
import type { IConstruct } from "constructs";
import type { NetworkPeer } from "./network-peer";
import type { Size } from "./profile";

/** Pod Security Standard levels a namespace can enforce (`restricted` is the default). */
export const POD_SECURITY_LEVELS = ["restricted", "baseline", "privileged"] as const;
/** A Pod Security Standard level. */
export type PodSecurityLevel = (typeof POD_SECURITY_LEVELS)[number];

/** A zero-trust namespace: nothing talks to anything until a policy says so. */
export interface INamespace extends IConstruct {
  /** Namespace name (RFC 1123 label). */
  readonly name: string;
  readonly podSecurity: PodSecurityLevel;
  /** Labels that select this namespace in NetworkPolicies. */
  readonly selectorLabels: Readonly<Record<string, string>>;
  /** The ResourceQuota's pod limit. */
  readonly podsQuota: number;
  /** Size preset the quota comes from. */
  readonly size: Size;
  /**
   * Books `pods` (a workload's peak pod count) against the namespace's pods quota, so a replica
   * count the quota would refuse at run time fails at synth instead.
   */
  reservePods(scope: IConstruct, property: string, pods: number, owner?: string): void;
  /** Allows every pod of the namespace to reach `peer` (e.g. cluster DNS). */
  allowEgressFromAll(peer: NetworkPeer): void;
}
