/**
 * The shared shape of every capability a pattern connects to: how it is implemented, where
 * NetworkPolicies must let clients reach it, and how it admits a client on its own side.
 * `connect(client, service)` writes both sides in one call, whatever the service is.
 */
import type { NetworkPeer } from "../network-peer";

/** How a target provides a capability. */
export type Implementation = "managed" | "in-cluster" | "external" | "unsupported";

/** A service a workload can connect to (database, bucket, broker, model endpoint, ...). */
export interface IConnectable {
  /** Managed by the cloud, running in the cluster, or operated outside (external). */
  readonly implementation: Implementation;
  /** Where NetworkPolicies must allow egress to reach it. */
  readonly peer: NetworkPeer;
  /** Lets `client` connect (in-cluster: an ingress NetworkPolicy; managed: the service's own ACL, often nothing to do). */
  admit(client: NetworkPeer): void;
}

/** A workload that connects to services (Workload and StatefulService implement it). */
export interface IConnectionClient {
  /** The workload as a network peer (its pod labels and namespace). */
  asPeer(): NetworkPeer;
  /** Allows egress from the workload to `peer`. */
  allowTo(peer: NetworkPeer): void;
}

/** Fields every capability request carries. */
export interface CapabilityRequest {
  /**
   * Scopes the construct ids, outputs and Secret names of what the target creates, so one
   * pattern can ask for two of a kind (e.g. `postgres` and `analytics`). A DNS label.
   * @default the capability's own name (`postgres`, `bucket`, `dns`, ...)
   */
  readonly id?: string;
}

/**
 * Egress from `client` to `service` and admission on the service's side: both policies in one call.
 * Each side names its policy after the other (`<name>-allow-to-<peer>`, `<name>-allow-from-<peer>`),
 * with the peer's namespace in the name when that is another namespace, so same-named workloads of
 * two instances (two namespaces) connect to one service without colliding.
 */
export function connect(client: IConnectionClient, service: IConnectable): void {
  client.allowTo(service.peer);
  service.admit(client.asPeer());
}
