/** The kubernetesCluster capability: how the platform layer reaches the cluster a landing zone runs on. */

/** How the platform stack reaches the cluster. */
export interface ClusterAccess {
  /** Kubeconfig file on the machine that runs the deployment (given by the operator, never a synthesising user's home). */
  readonly kubeconfigPath?: string;
  /** Context inside that kubeconfig. */
  readonly kubeContext?: string;
  /** Name of a sensitive platform input carrying a kubeconfig document (from the infra stack). */
  readonly kubeconfigInput?: string;
  /**
   * Who the cluster is, for ownership checks at synth (namespaces, cluster-wide add-ons): the API
   * server URL and CA hash read from a local kubeconfig, or the cloud cluster resource's identity.
   * @default the kubeconfig path's text, or the landing zone that creates the cluster
   */
  readonly clusterIdentity?: string;
  /** The API server's addresses (CIDRs) as pods reach them, where known at synth: egress is pinned to them. @default unknown */
  readonly apiServerCidrs?: readonly string[];
  /** The nodes' addresses (CIDRs): kubelets are scraped there. @default unknown */
  readonly nodeCidrs?: readonly string[];
}
