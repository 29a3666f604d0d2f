/**
 * How on-prem platform layers reach the cluster, and what they know of it at synth: the operator's
 * kubeconfig (path and context), the cluster's identity (API server and CA, read from that file when
 * it is on the synthesising machine; issue 26), the API server's address (the kubeconfig's server
 * when it is an IPv4 address, or `apiServerCidrs`) and the nodes' (`nodeCidrs`). Egress of the
 * platform's own collectors is pinned to these; unknown ones fall back to the port alone (docs/hardening.md).
 */
import { isIpv4, requireCidr, StackwerkValidationError } from "../../core/errors";
import type { ClusterAccess } from "../../core/capabilities/kubernetes-cluster";
import { clusterIdentity, readKubeconfigCluster } from "../shared/cluster-identity";

/** The on-prem target's props this module reads. */
export interface OnPremClusterProps {
  readonly kubeconfigPath?: string;
  readonly kubeContext?: string;
  readonly apiServerCidrs?: readonly string[];
  readonly nodeCidrs?: readonly string[];
}

/** Validates `apiServerCidrs` and `nodeCidrs` (lists of IPv4 CIDRs, at least one entry). */
export function validateClusterNetworks(where: string, props: OnPremClusterProps): void {
  for (const property of ["apiServerCidrs", "nodeCidrs"] as const) {
    const value: unknown = props[property];
    if (value === undefined) continue;
    if (!Array.isArray(value) || value.length === 0)
      throw new StackwerkValidationError(where, property, `${JSON.stringify(value)} is not allowed. Allowed: a non-empty list of IPv4 CIDRs, e.g. ["10.0.0.10/32"]`);
    value.forEach((cidr, i) => requireCidr(where, `${property}[${i}]`, cidr));
  }
}

/** The cluster access of an on-prem target, with what is known of the cluster at synth. */
export function onPremClusterAccess(props: OnPremClusterProps): ClusterAccess {
  const local = props.kubeconfigPath !== undefined ? readKubeconfigCluster(props.kubeconfigPath, props.kubeContext) : undefined;
  const host = local ? new URL(local.server).hostname : undefined;
  const apiServerCidrs = props.apiServerCidrs ?? (host && isIpv4(host) ? [`${host}/32`] : undefined);
  return {
    kubeconfigPath: props.kubeconfigPath,
    kubeContext: props.kubeContext,
    ...(props.kubeconfigPath !== undefined ? { clusterIdentity: clusterIdentity(props.kubeconfigPath, props.kubeContext) } : {}),
    ...(apiServerCidrs ? { apiServerCidrs: [...apiServerCidrs] } : {}),
    ...(props.nodeCidrs ? { nodeCidrs: [...props.nodeCidrs] } : {}),
  };
}
