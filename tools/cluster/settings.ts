/**
 * Fixed settings of the embedded cluster: zones, service and pod ranges, the control plane's
 * advertised address, kwok's node annotation and the admission plugins. Split from index.ts.
 */

export const DEFAULT_ZONES = ["zone-a", "zone-b", "zone-c"] as const;
export const SERVICE_CIDR = "10.96.0.0/12";
export const SERVICE_IP = "10.96.0.1";
/** kwok hands out pod IPs from here (written like its own default, first address included). */
export const POD_CIDR = "10.244.0.1/16";
/** Advertised API server address (the `kubernetes` Service endpoint); not routable, see docs/cluster.md. */
export const CONTROL_PLANE_ADDRESS = "172.18.255.254";
export const KWOK_NODE_ANNOTATION = "kwok.x-k8s.io/node";
export const SERVICE_ACCOUNT_ISSUER = "https://kubernetes.default.svc.cluster.local";

// Admission plugins: the API server's defaults plus NodeRestriction, listed so the set is
// visible here (Pod Security, ValidatingAdmissionPolicy, ResourceQuota, LimitRanger, ...).
export const ADMISSION_PLUGINS = [
  "NamespaceLifecycle",
  "LimitRanger",
  "ServiceAccount",
  "NodeRestriction",
  "TaintNodesByCondition",
  "PodSecurity",
  "Priority",
  "DefaultTolerationSeconds",
  "DefaultStorageClass",
  "StorageObjectInUseProtection",
  "PersistentVolumeClaimResize",
  "RuntimeClass",
  "CertificateApproval",
  "CertificateSigning",
  "ClusterTrustBundleAttest",
  "CertificateSubjectRestriction",
  "DefaultIngressClass",
  "MutatingAdmissionWebhook",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionWebhook",
  "ResourceQuota",
] as const;
