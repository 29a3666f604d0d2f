/** The ingress capability of a landing zone: which controller serves HTTP(S) and where it runs. */

/** The cluster's ingress controller as patterns see it. */
export interface IIngress {
  /** IngressClass of the controller. */
  readonly className: string;
  /** Labels of the controller's namespace, admitted by the workloads' NetworkPolicies. */
  readonly controllerNamespaceLabels: Readonly<Record<string, string>>;
  /** cert-manager ClusterIssuer for TLS certificates. */
  readonly clusterIssuer: string;
}
