/** The kubernetesCluster capability: how the platform layer reaches the cluster a landing zone runs on. */

/** How the platform stack reaches the cluster. */
export interface ClusterAccess {
  /** Kubeconfig file on the machine that runs the deployment (given by the operator, never a synthesising user's home). */
  readonly kubeconfigPath?: string;
  /** Context inside that kubeconfig. */
  readonly kubeContext?: string;
  /** Name of a sensitive platform input carrying a kubeconfig document (from the infra stack). */
  readonly kubeconfigInput?: string;
}
