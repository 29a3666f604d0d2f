/**
 * Fixed addresses and names of the runtime node, and its start-up error. Split from node.ts
 * (which re-exports them).
 */

/** Name of the real node. */
export const RUNTIME_NODE_NAME = "runtime-0";
/** The node's InternalIP (on the namespace's loopback device; nothing outside routes to it). */
export const RUNTIME_NODE_IP = "172.18.254.1";
/** Pod addresses of the real node (inside the cluster's pod range, apart from kwok's). */
export const RUNTIME_POD_SUBNET = "10.244.254.0/24";
/** ClusterIP of the `kube-dns` Service (CoreDNS on the node). */
export const CLUSTER_DNS_IP = "10.96.0.10";
/** Label and NoSchedule taint of the real node: only pods that ask for it (toleration + selector) run there. */
export const RUNTIME_NODE_LABEL = "stackwerk.dev/runtime";

/** The embedded control plane's advertised address (tools/cluster), routed to the API server inside the node. */
export const CONTROL_PLANE_ADDRESS = "172.18.255.254";

/** Thrown when the node does not come up; quotes the failing component's log. */
export class RuntimeNodeError extends Error {
  constructor(component: string, detail: string, logTail = "") {
    super(`runtime node: ${component} ${detail}${logTail ? `\n--- last lines of ${component}.log ---\n${logTail}` : ""}`);
    this.name = "RuntimeNodeError";
  }
}
