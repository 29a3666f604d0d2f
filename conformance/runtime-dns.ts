/**
 * Cluster DNS as a pod for `conformance --runtime` (issue 27, ADR 0390). The real node serves DNS
 * from a CoreDNS host process (tools/runtime/node.ts, the kube-dns Service's endpoint is the
 * node's address). Every Stackwerk namespace is default-deny with one DNS allow: egress to pods
 * labelled `k8s-app: kube-dns` in `kube-system`, as on every real cluster. A host process is no
 * such pod, so the NetworkPolicy enforcer (kube-router, which ignores host-network pods) rejects
 * the pattern's DNS queries: the first run of web-app on the node showed
 * `lookup object-store…: read udp …->10.96.0.10:53: connection refused`.
 *
 * So the conformance runs what a real cluster runs: a CoreDNS pod `kube-system/coredns` labelled
 * `k8s-app: kube-dns` (the node's own CoreDNS binary, as a non-root image; port 53 through the
 * safe sysctl `net.ipv4.ip_unprivileged_port_start`), forwarding to the node's CoreDNS; the
 * kube-dns EndpointSlice then points at that pod. The patterns' DNS policy is unchanged.
 */
import { ensureRuntimeBinaries, RUNTIME_NODE_IP, RUNTIME_POD_PLACEMENT, RUNTIME_VERSIONS } from "../tools/runtime";
import { buildImage, type BuiltImage } from "../tools/runtime/images";
import { LOCAL_REGISTRY } from "../tools/runtime/test-images";
import type { Kubectl } from "./runtime";

/** The forwarder's configuration: everything to the node's CoreDNS (which knows the cluster's Services). */
export const FORWARDER_COREFILE = `.:53 {
    errors
    forward . ${RUNTIME_NODE_IP}:53
    cache 5
}
`;

/** The CoreDNS forwarder image: the node's CoreDNS binary and the Corefile above, user 65534. */
export async function dnsForwarderImage(): Promise<BuiltImage> {
  const bins = await ensureRuntimeBinaries();
  return buildImage({
    name: `${LOCAL_REGISTRY}/coredns`,
    tag: RUNTIME_VERSIONS.coredns,
    layers: [
      {
        files: [
          { path: "/coredns", source: bins.coredns },
          { path: "/etc/coredns/Corefile", content: FORWARDER_COREFILE },
        ],
      },
    ],
    config: { user: "65534:65534", entrypoint: ["/coredns", "-conf", "/etc/coredns/Corefile"] },
  });
}

/**
 * Starts the CoreDNS pod on the real node, waits until it runs, and points the kube-dns
 * EndpointSlice at it. Returns the pod's address.
 */
export async function startDnsPod(kubectl: Kubectl, importImage: (image: BuiltImage) => Promise<void>, timeoutMs = 120_000): Promise<string> {
  const image = await dnsForwarderImage();
  await importImage(image);
  const pod = {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: "coredns", namespace: "kube-system", labels: { "k8s-app": "kube-dns" } },
    spec: {
      ...RUNTIME_POD_PLACEMENT,
      tolerations: RUNTIME_POD_PLACEMENT.tolerations.map((t) => ({ ...t })),
      automountServiceAccountToken: false,
      securityContext: {
        runAsNonRoot: true,
        runAsUser: 65534,
        runAsGroup: 65534,
        seccompProfile: { type: "RuntimeDefault" },
        sysctls: [{ name: "net.ipv4.ip_unprivileged_port_start", value: "53" }],
      },
      containers: [
        {
          name: "coredns",
          image: image.ref,
          imagePullPolicy: "Never",
          ports: [
            { name: "dns", containerPort: 53, protocol: "UDP" },
            { name: "dns-tcp", containerPort: 53, protocol: "TCP" },
          ],
          securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } },
          resources: { requests: { cpu: "10m", memory: "16Mi" }, limits: { cpu: "200m", memory: "64Mi" } },
        },
      ],
    },
  };
  await kubectl(["apply", "-f", "-"], { input: JSON.stringify(pod) });
  const deadline = Date.now() + timeoutMs;
  let ip = "";
  let phase = "";
  while (Date.now() < deadline) {
    const r = await kubectl(["get", "pod", "-n", "kube-system", "coredns", "-o", "jsonpath={.status.phase} {.status.podIP}"], { check: false });
    [phase, ip] = r.stdout.trim().split(" ");
    if (phase === "Running" && ip) break;
    await new Promise((res) => setTimeout(res, 1000));
  }
  if (phase !== "Running" || !ip)
    throw new Error(`the cluster DNS pod kube-system/coredns did not run on the real node within ${timeoutMs / 1000}s (phase ${phase || "unknown"})`);
  await kubectl([
    "patch",
    "endpointslice",
    "-n",
    "kube-system",
    "kube-dns-node",
    "--type=json",
    "-p",
    JSON.stringify([{ op: "replace", path: "/endpoints/0/addresses", value: [ip] }]),
  ]);
  return ip;
}
