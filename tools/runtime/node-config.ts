/**
 * The runtime node's configuration files: kubeconfigs, the API objects its components need, and
 * the containerd, CNI, kubelet, kube-proxy and CoreDNS configs (`p` resolves a path in the node's
 * folder). Split from node.ts: these build text and objects, node.ts starts the processes.
 */
import { CLUSTER_DNS_IP, RUNTIME_NODE_IP, RUNTIME_NODE_LABEL, RUNTIME_NODE_NAME, RUNTIME_POD_SUBNET } from "./node-settings";

/** Resolves a path inside the node's folder. */
export type NodePath = (...parts: string[]) => string;

/** A kubeconfig (JSON) for `user` with an embedded client certificate. */
export function kubeconfig(server: string, caPem: string, user: string, certPem: string, keyPem: string): string {
  const b64 = (s: string) => Buffer.from(s).toString("base64");
  return JSON.stringify({
    apiVersion: "v1",
    kind: "Config",
    clusters: [{ name: "c", cluster: { server, "certificate-authority-data": b64(caPem) } }],
    users: [{ name: user, user: { "client-certificate-data": b64(certPem), "client-key-data": b64(keyPem) } }],
    contexts: [{ name: "c", context: { cluster: "c", user } }],
    "current-context": "c",
  });
}

/** Objects the node's components need from the API server. */
export function bootstrapObjects(): object[] {
  const role = (name: string, rules: object[]) => ({ apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRole", metadata: { name }, rules });
  const bindUser = (name: string, user: string) => ({
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "ClusterRoleBinding",
    metadata: { name },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name },
    subjects: [{ apiGroup: "rbac.authorization.k8s.io", kind: "User", name: user }],
  });
  const watch = ["get", "list", "watch"];
  return [
    role("stackwerk:coredns", [
      { apiGroups: [""], resources: ["services", "pods", "namespaces"], verbs: watch },
      { apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: watch },
    ]),
    bindUser("stackwerk:coredns", "stackwerk:coredns"),
    role("stackwerk:kube-router", [
      { apiGroups: [""], resources: ["pods", "namespaces", "nodes", "services", "endpoints"], verbs: watch },
      { apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: watch },
      { apiGroups: ["networking.k8s.io"], resources: ["networkpolicies"], verbs: watch },
    ]),
    bindUser("stackwerk:kube-router", "stackwerk:kube-router"),
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: "kube-dns", namespace: "kube-system", labels: { "k8s-app": "kube-dns" } },
      spec: {
        clusterIP: CLUSTER_DNS_IP,
        ports: [
          { name: "dns", port: 53, protocol: "UDP", targetPort: 53 },
          { name: "dns-tcp", port: 53, protocol: "TCP", targetPort: 53 },
        ],
      },
    },
    {
      apiVersion: "discovery.k8s.io/v1",
      kind: "EndpointSlice",
      metadata: {
        name: "kube-dns-node",
        namespace: "kube-system",
        labels: { "kubernetes.io/service-name": "kube-dns", "endpointslice.kubernetes.io/managed-by": "stackwerk.dev" },
      },
      addressType: "IPv4",
      endpoints: [{ addresses: [RUNTIME_NODE_IP], conditions: { ready: true }, nodeName: RUNTIME_NODE_NAME }],
      ports: [
        { name: "dns", port: 53, protocol: "UDP" },
        { name: "dns-tcp", port: 53, protocol: "TCP" },
      ],
    },
  ];
}

/** containerd's config (CRI with runc, the node's CNI folder, the pause image pinned). */
export function containerdConfig(p: NodePath, cniBinDir: string, pauseRef: string): Record<string, unknown> {
  return {
    version: 3,
    root: p("containerd"),
    state: p("run", "containerd"),
    grpc: { address: p("run", "containerd.sock") },
    plugins: {
      "io.containerd.cri.v1.runtime": {
        enable_selinux: false,
        // Pod netns bind mounts below the (namespace-private) state folder, not /var/run/netns.
        netns_mounts_under_state_dir: true,
        // kubelet asks for oom_score_adj -998 for sandboxes; lowering it needs CAP_SYS_RESOURCE,
        // which this kind of machine does not grant even to root ("failed to update
        // /proc/self/oom_score_adj: Permission denied" from runc). Clamp to containerd's own value.
        restrict_oom_score_adj: true,
        containerd: {
          default_runtime_name: "runc",
          runtimes: { runc: { runtime_type: "io.containerd.runc.v2", options: { BinaryName: "runc", SystemdCgroup: false } } },
        },
        cni: { bin_dirs: [cniBinDir], conf_dir: p("cni", "net.d"), max_conf_num: 1 },
      },
      "io.containerd.cri.v1.images": { snapshotter: "overlayfs", pinned_images: { sandbox: pauseRef } },
      "io.containerd.grpc.v1.cri": { disable_tcp_service: true, stream_server_address: "127.0.0.1", stream_server_port: "0" },
      "io.containerd.nri.v1.nri": { disable: true },
      "io.containerd.internal.v1.opt": { path: p("containerd", "opt") },
    },
  };
}

/** The CNI conflist: a bridge with host-local addresses from the node's pod subnet, and portmap. */
export function cniConfList(): object {
  return {
    cniVersion: "1.0.0",
    name: "stackwerk",
    plugins: [
      {
        type: "bridge",
        bridge: "cni0",
        isGateway: true,
        ipMasq: false,
        hairpinMode: true,
        ipam: { type: "host-local", ranges: [[{ subnet: RUNTIME_POD_SUBNET }]], routes: [{ dst: "0.0.0.0/0" }] },
      },
      { type: "portmap", capabilities: { portMappings: true }, backend: "nftables" },
    ],
  };
}

/** The kubelet's KubeletConfiguration (cgroupfs below `/stackwerk/<id>`, the node's taint). */
export function kubeletConfiguration(p: NodePath, id: string): object {
  return {
    apiVersion: "kubelet.config.k8s.io/v1beta1",
    kind: "KubeletConfiguration",
    authentication: { anonymous: { enabled: false }, webhook: { enabled: true }, x509: { clientCAFile: p("ca.crt") } },
    authorization: { mode: "Webhook" },
    cgroupDriver: "cgroupfs",
    cgroupRoot: `/stackwerk/${id}`,
    cgroupsPerQOS: true,
    failCgroupV1: false,
    failSwapOn: false,
    clusterDNS: [CLUSTER_DNS_IP],
    clusterDomain: "cluster.local",
    containerRuntimeEndpoint: `unix://${p("run", "containerd.sock")}`,
    imageServiceEndpoint: `unix://${p("run", "containerd.sock")}`,
    podLogsDir: p("pod-logs"),
    tlsCertFile: p("kubelet.crt"),
    tlsPrivateKeyFile: p("kubelet.key"),
    address: RUNTIME_NODE_IP,
    port: 10250,
    readOnlyPort: 0,
    healthzBindAddress: "127.0.0.1",
    healthzPort: 10248,
    makeIPTablesUtilChains: false,
    resolvConf: p("resolv.conf"),
    evictionHard: { "memory.available": "100Mi", "nodefs.available": "1%", "imagefs.available": "1%", "nodefs.inodesFree": "1%" },
    imageGCHighThresholdPercent: 100,
    imageGCLowThresholdPercent: 99,
    serializeImagePulls: false,
    rotateCertificates: false,
    registerNode: true,
    registerWithTaints: [{ key: RUNTIME_NODE_LABEL, value: "true", effect: "NoSchedule" }],
    nodeStatusReportFrequency: "10s",
    syncFrequency: "10s",
    fileCheckFrequency: "10s",
    maxPods: 50,
    localStorageCapacityIsolation: true,
    protectKernelDefaults: false,
  };
}

/** kube-proxy's configuration (nftables mode; conntrack sysctls left alone). */
export function kubeProxyConfiguration(p: NodePath): object {
  return {
    apiVersion: "kubeproxy.config.k8s.io/v1alpha1",
    kind: "KubeProxyConfiguration",
    mode: "nftables",
    clientConnection: { kubeconfig: p("kube-proxy.kubeconfig") },
    hostnameOverride: RUNTIME_NODE_NAME,
    clusterCIDR: "10.244.0.0/16",
    metricsBindAddress: "127.0.0.1:10249",
    healthzBindAddress: "127.0.0.1:10256",
    // Leave conntrack sysctls alone (nf_conntrack_max is host-wide).
    conntrack: { maxPerCore: 0, min: 0, tcpEstablishedTimeout: "0s", tcpCloseWaitTimeout: "0s" },
  };
}

/** CoreDNS's Corefile: the cluster.local zone from the API server, bound to the node's address. */
export function corefile(p: NodePath): string {
  return [
    ".:53 {",
    `    bind ${RUNTIME_NODE_IP}`,
    "    errors",
    "    kubernetes cluster.local in-addr.arpa ip6.arpa {",
    `        kubeconfig ${p("coredns.kubeconfig")} c`,
    "        pods insecure",
    "        fallthrough in-addr.arpa ip6.arpa",
    "    }",
    "    cache 30",
    "}",
    "",
  ].join("\n");
}

/** Minimal TOML writer for containerd's config (tables, strings, numbers, booleans, string arrays). */
export function toToml(obj: Record<string, unknown>): string {
  const lines: string[] = [];
  const value = (v: unknown): string => (Array.isArray(v) ? `[${v.map(value).join(", ")}]` : typeof v === "string" ? JSON.stringify(v) : String(v));
  const key = (k: string) => (/^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k));
  const table = (prefix: string[], o: Record<string, unknown>) => {
    const scalars = Object.entries(o).filter(([, v]) => typeof v !== "object" || Array.isArray(v));
    const tables = Object.entries(o).filter(([, v]) => typeof v === "object" && v !== null && !Array.isArray(v));
    if (prefix.length > 0 && scalars.length > 0) lines.push(`[${prefix.map(key).join(".")}]`);
    for (const [k, v] of scalars) lines.push(`${key(k)} = ${value(v)}`);
    for (const [k, v] of tables) table([...prefix, k], v as Record<string, unknown>);
  };
  table([], obj);
  return lines.join("\n") + "\n";
}
