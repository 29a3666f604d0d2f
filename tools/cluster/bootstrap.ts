/**
 * What the embedded cluster writes and registers at start-up: kubeconfigs, the fake (kwok) nodes,
 * the RBAC of kwok and the volume provisioner, and kwok's configuration. Split from index.ts.
 */
import type { IssuedCertificate } from "./pki";
import type { KubeApi } from "./kube-api";
import { defaultStorageClass } from "./provisioner";
import { certificateCrd } from "../../constructs/kube/cert-manager";
import { gatewayCrds, traefikMiddlewareCrd } from "../../constructs/kube/gateway";
import { KWOK_STAGES } from "./kwok-stages";
import { KWOK_NODE_ANNOTATION, POD_CIDR } from "./settings";

/** A kubeconfig for `user` with an embedded client certificate. */
export function kubeconfigYaml(name: string, server: string, caPem: string, user: string, cred: IssuedCertificate): string {
  const b64 = (s: string) => Buffer.from(s).toString("base64");
  return [
    "apiVersion: v1",
    "kind: Config",
    "clusters:",
    `- name: ${name}`,
    "  cluster:",
    `    server: ${server}`,
    `    certificate-authority-data: ${b64(caPem)}`,
    "users:",
    `- name: ${user}`,
    "  user:",
    `    client-certificate-data: ${b64(cred.certPem)}`,
    `    client-key-data: ${b64(cred.keyPem)}`,
    "contexts:",
    `- name: ${name}`,
    "  context:",
    `    cluster: ${name}`,
    `    user: ${user}`,
    `current-context: ${name}`,
    "",
  ].join("\n");
}

/** Node objects as a kubelet would register them, with the zone/region topology labels. */
export function fakeNodes(zones: readonly string[], nodesPerZone: number, region: string): object[] {
  const nodes: object[] = [];
  zones.forEach((zone, z) => {
    for (let i = 0; i < nodesPerZone; i++) {
      const name = `kwok-${zone}-${i}`;
      const resources = { cpu: "8", memory: "32Gi", pods: "110", "ephemeral-storage": "100Gi" };
      nodes.push({
        apiVersion: "v1",
        kind: "Node",
        metadata: {
          name,
          labels: {
            "kubernetes.io/hostname": name,
            "kubernetes.io/os": "linux",
            "kubernetes.io/arch": "amd64",
            "node.kubernetes.io/instance-type": "kwok-8c32g",
            "topology.kubernetes.io/region": region,
            "topology.kubernetes.io/zone": zone,
            type: "kwok",
          },
          annotations: { [KWOK_NODE_ANNOTATION]: "fake", type: "kwok", "node.alpha.kubernetes.io/ttl": "0" },
        },
        spec: {},
        status: {
          capacity: resources,
          allocatable: resources,
          addresses: [
            { type: "InternalIP", address: `172.18.${z}.${i + 2}` },
            { type: "Hostname", address: name },
          ],
        },
      });
    }
  });
  return nodes;
}

/** Labels, taint and resources of the fake GPU nodes (NVIDIA's device-plugin and GPU-feature-discovery names). */
export const FAKE_GPU = { resource: "nvidia.com/gpu", count: "2", label: "nvidia.com/gpu.present", taintKey: "nvidia.com/gpu" } as const;

/** Fake GPU nodes: like `fakeNodes`, plus GPUs in capacity/allocatable, a GPU label and a NoSchedule taint (only GPU pods land there). */
export function fakeGpuNodes(zone: string, count: number, region: string): object[] {
  return (
    fakeNodes([zone], count, region) as Array<{ metadata: { name: string; labels: Record<string, string> }; spec: object; status: Record<string, unknown> }>
  ).map((node, i) => {
    const name = `kwok-gpu-${i}`;
    const resources = { ...(node.status.capacity as Record<string, string>), [FAKE_GPU.resource]: FAKE_GPU.count };
    return {
      ...node,
      metadata: {
        ...node.metadata,
        name,
        labels: { ...node.metadata.labels, "kubernetes.io/hostname": name, "node.kubernetes.io/instance-type": "kwok-gpu-8c32g", [FAKE_GPU.label]: "true" },
      },
      spec: { taints: [{ key: FAKE_GPU.taintKey, value: "present", effect: "NoSchedule" }] },
      status: {
        ...node.status,
        capacity: resources,
        allocatable: resources,
        addresses: [
          { type: "InternalIP", address: `172.18.250.${i + 2}` },
          { type: "Hostname", address: name },
        ],
      },
    };
  });
}

/** kwok's ClusterRole. */
export const KWOK_CLUSTER_ROLE = {
  apiVersion: "rbac.authorization.k8s.io/v1",
  kind: "ClusterRole",
  metadata: { name: "stackwerk:kwok-controller" },
  // The core rules of sigs.k8s.io/kwok kustomize/rbac/role.yaml (its CRDs are not used here).
  rules: [
    { apiGroups: [""], resources: ["events"], verbs: ["create", "delete", "get", "list", "patch", "update", "watch"] },
    { apiGroups: [""], resources: ["nodes"], verbs: ["get", "list", "watch"] },
    { apiGroups: [""], resources: ["nodes/status", "pods/status"], verbs: ["patch", "update"] },
    { apiGroups: [""], resources: ["pods"], verbs: ["delete", "get", "list", "patch", "update", "watch"] },
    { apiGroups: ["coordination.k8s.io"], resources: ["leases"], verbs: ["create", "get", "list", "patch", "update", "watch"] },
  ],
};
/** The volume provisioner's ClusterRole. */
export const PROVISIONER_CLUSTER_ROLE = {
  apiVersion: "rbac.authorization.k8s.io/v1",
  kind: "ClusterRole",
  metadata: { name: "stackwerk:volume-provisioner" },
  rules: [
    { apiGroups: [""], resources: ["persistentvolumes"], verbs: ["get", "list", "watch", "create", "delete"] },
    { apiGroups: [""], resources: ["persistentvolumeclaims"], verbs: ["get", "list", "watch"] },
    { apiGroups: [""], resources: ["nodes"], verbs: ["get", "list", "watch"] },
    { apiGroups: ["storage.k8s.io"], resources: ["storageclasses"], verbs: ["get", "list", "watch"] },
    { apiGroups: [""], resources: ["events"], verbs: ["create", "patch"] },
  ],
};
/** A ClusterRoleBinding of `role` to `user`. */
export function bindingFor(role: string, user: string): object {
  return {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "ClusterRoleBinding",
    metadata: { name: role },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: role },
    subjects: [{ apiGroup: "rbac.authorization.k8s.io", kind: "User", name: user }],
  };
}

/** kwok's configuration file: its options and the pod/node stages. */
export function kwokConfig(): string {
  const docs = [
    [
      "apiVersion: config.kwok.x-k8s.io/v1alpha1",
      "kind: KwokConfiguration",
      "options:",
      `  cidr: ${POD_CIDR}`,
      "  manageAllNodes: false",
      `  manageNodesWithAnnotationSelector: ${KWOK_NODE_ANNOTATION}=fake`,
      "  nodeLeaseDurationSeconds: 40",
      "",
    ].join("\n"),
    ...Object.values(KWOK_STAGES),
  ];
  return docs.map((d) => d.trimEnd() + "\n").join("---\n");
}

/**
 * Registers what the other components rely on: RBAC for kwok and the provisioner, the default
 * StorageClass, the cert-manager and Gateway API CRDs, and the fake nodes (whose names are added
 * to `nodeNames` as they are registered).
 */
export async function ensureBootstrapObjects(
  api: KubeApi,
  nodes: { zones: readonly string[]; nodesPerZone: number; region: string; gpuNodes: number },
  nodeNames: string[],
): Promise<void> {
  const { zones, nodesPerZone, region, gpuNodes } = nodes;
  // Objects the other components rely on: RBAC for kwok and the provisioner, the default
  // StorageClass, and the fake nodes (registered as a kubelet would, status included).
  await api.ensure("/apis/rbac.authorization.k8s.io/v1/clusterroles", KWOK_CLUSTER_ROLE);
  await api.ensure("/apis/rbac.authorization.k8s.io/v1/clusterrolebindings", bindingFor(KWOK_CLUSTER_ROLE.metadata.name, "stackwerk:kwok"));
  await api.ensure("/apis/rbac.authorization.k8s.io/v1/clusterroles", PROVISIONER_CLUSTER_ROLE);
  await api.ensure(
    "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings",
    bindingFor(PROVISIONER_CLUSTER_ROLE.metadata.name, "stackwerk:volume-provisioner"),
  );
  await api.ensure("/apis/storage.k8s.io/v1/storageclasses", defaultStorageClass());
  // cert-manager's Certificate CRD, as a cluster with cert-manager has it (no controller runs here:
  // Certificates are accepted and schema-checked, never issued). In-cluster brokers ask for them.
  await api.ensure("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", certificateCrd());
  // Gateway API (v1.7.0 standard channel) and Traefik's Middleware CRDs, as a cluster with Traefik
  // (the zones' Gateway implementation) has them; no controller runs: Gateways and HTTPRoutes are
  // accepted and schema-checked, never programmed (ADR 0090).
  for (const crd of [...gatewayCrds(), traefikMiddlewareCrd()]) await api.ensure("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", crd);
  for (const node of [...fakeNodes(zones, nodesPerZone, region), ...fakeGpuNodes(zones[0], gpuNodes, region)]) {
    await api.ensure("/api/v1/nodes", node);
    nodeNames.push((node as { metadata: { name: string } }).metadata.name);
  }
}
