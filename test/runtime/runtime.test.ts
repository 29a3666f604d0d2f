/**
 * The real node (tools/runtime): containers run from the image built here, Services and
 * cluster DNS carry packets, NetworkPolicy is enforced (kube-network-policies), Pod Security
 * and a read-only root file system hold, and `stop()` leaves no process, mount, namespace,
 * cgroup, veth or nft table behind. One cluster for the whole file (starting one costs ~30 s).
 */
import * as fs from "node:fs";
import { RUNTIME_POD_PLACEMENT, RuntimeCluster, startRuntimeCluster } from "../../tools/runtime";
import { expectNodeGone, hostSnapshot } from "./leaks";
import { RESTRICTED } from "./restricted";

jest.setTimeout(300000);

let cluster: RuntimeCluster;
let image: string;
/** The host's CNI state before the node started: its pods' address reservations must not land there. */
let cniStateBefore: string;

function namespace(name: string): object {
  return { apiVersion: "v1", kind: "Namespace", metadata: { name, labels: { "pod-security.kubernetes.io/enforce": "restricted" } } };
}

function pod(ns: string, name: string, labels: Record<string, string>, command: string[], extra: object = {}): object {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: ns, labels },
    spec: {
      ...RUNTIME_POD_PLACEMENT,
      restartPolicy: "Never",
      automountServiceAccountToken: false,
      terminationGracePeriodSeconds: 1,
      containers: [
        {
          name: "main",
          image,
          imagePullPolicy: "Never",
          command,
          securityContext: RESTRICTED,
          resources: { requests: { cpu: "10m", memory: "16Mi" }, limits: { cpu: "200m", memory: "64Mi" } },
          volumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
        },
      ],
      volumes: [{ name: "tmp", emptyDir: {} }],
      ...extra,
    },
  };
}

async function apply(...objects: object[]): Promise<void> {
  await cluster.kubectl(["apply", "-f", "-"], { input: JSON.stringify({ apiVersion: "v1", kind: "List", items: objects }) });
}

async function exec(ns: string, podName: string, cmd: string[]): Promise<{ code: number; out: string }> {
  const r = await cluster.kubectl(["exec", "-n", ns, podName, "--", ...cmd], { check: false });
  return { code: r.code, out: r.stdout + r.stderr };
}

/** Polls `probe` until it returns `want` (NetworkPolicy and endpoints settle asynchronously). */
async function eventually(what: string, want: boolean, probe: () => Promise<boolean>, timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await probe()) === want) return;
    if (Date.now() > deadline) throw new Error(`${what}: still ${!want} after ${timeoutMs / 1000}s`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** An HTTP GET with busybox nc (Debian's static busybox wget crashes in glibc's static NSS). */
const fetchFrom =
  (ns: string, client: string, host: string, port = 80) =>
  async () => {
    const r = await exec(ns, client, ["sh", "-c", `printf 'GET / HTTP/1.0\\r\\n\\r\\n' | nc -w 2 ${host} ${port}`]);
    return r.code === 0 && r.out.includes("hello-from-web");
  };

beforeAll(async () => {
  cniStateBefore = (await hostSnapshot()).cniState;
  cluster = await startRuntimeCluster({ name: "runtime-test", zones: ["zone-a"], gpuNodes: 0, timeoutMs: 240000 });
  image = cluster.runtime.testImage.ref;
});

afterAll(async () => {
  await cluster?.stop();
});

test("a pod from the built busybox image runs its command on a containerd node; its output is in kubectl logs", async () => {
  const runtimeVersion = (await cluster.kubectl(["get", "node", cluster.runtime.nodeName, "-o", "jsonpath={.status.nodeInfo.containerRuntimeVersion}"])).stdout;
  expect(runtimeVersion).toMatch(/^containerd:\/\/2\.4\./);
  await apply(namespace("rt-basic"), pod("rt-basic", "hello", { app: "hello" }, ["sh", "-c", "echo hello from $(hostname) as $(id -u)"]));
  await cluster.kubectl(["wait", "-n", "rt-basic", "pod/hello", "--for=jsonpath={.status.phase}=Succeeded", "--timeout=120s"]);
  const logs = (await cluster.kubectl(["logs", "-n", "rt-basic", "hello"])).stdout;
  expect(logs.trim()).toBe("hello from hello as 65534");
  const placed = (await cluster.kubectl(["get", "pod", "-n", "rt-basic", "hello", "-o", "jsonpath={.spec.nodeName}"])).stdout;
  expect(placed).toBe(cluster.runtime.nodeName);
});

test("Service ClusterIP and <svc>.<ns>.svc.cluster.local reach a server pod; NetworkPolicy default-deny, allow by label, other namespace refused", async () => {
  const web = pod("rt-net", "web", { app: "web" }, ["sh", "-c", "echo hello-from-web > /tmp/index.html && exec httpd -f -p 8080 -h /tmp"]);
  const sleeper = ["sh", "-c", "exec sleep 3600"];
  await apply(
    namespace("rt-net"),
    namespace("rt-other"),
    web,
    pod("rt-net", "client", { role: "client" }, sleeper),
    pod("rt-other", "client", { role: "client" }, sleeper),
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: "web", namespace: "rt-net" },
      spec: { selector: { app: "web" }, ports: [{ port: 80, targetPort: 8080 }] },
    },
  );
  for (const [ns, name] of [
    ["rt-net", "web"],
    ["rt-net", "client"],
    ["rt-other", "client"],
  ]) {
    await cluster.kubectl(["wait", "-n", ns, `pod/${name}`, "--for=condition=Ready", "--timeout=120s"]);
  }
  const clusterIP = (await cluster.kubectl(["get", "svc", "-n", "rt-net", "web", "-o", "jsonpath={.spec.clusterIP}"])).stdout;
  // Inside the service range 10.96.0.0/12.
  expect(clusterIP).toMatch(/^10\.(9[6-9]|10[0-9]|11[01])\.\d+\.\d+$/);
  const dnsName = "web.rt-net.svc.cluster.local";

  // No policy yet: ClusterIP and the DNS name answer, from both namespaces.
  await eventually("ClusterIP from rt-net", true, fetchFrom("rt-net", "client", clusterIP));
  await eventually("DNS name from rt-net", true, fetchFrom("rt-net", "client", dnsName));
  await eventually("DNS name from rt-other", true, fetchFrom("rt-other", "client", dnsName));

  // Default deny for ingress in rt-net: refused.
  await apply({
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name: "default-deny", namespace: "rt-net" },
    spec: { podSelector: {}, policyTypes: ["Ingress"] },
  });
  await eventually("refused under default-deny", false, fetchFrom("rt-net", "client", clusterIP));
  expect(await fetchFrom("rt-net", "client", dnsName)()).toBe(false);

  // Allow the client's labels (same namespace) to port 8080 of web: through; the other namespace stays refused.
  await apply({
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name: "web-allow-client", namespace: "rt-net" },
    spec: {
      podSelector: { matchLabels: { app: "web" } },
      policyTypes: ["Ingress"],
      ingress: [{ from: [{ podSelector: { matchLabels: { role: "client" } } }], ports: [{ port: 8080, protocol: "TCP" }] }],
    },
  });
  await eventually("allowed client", true, fetchFrom("rt-net", "client", dnsName));
  expect(await fetchFrom("rt-net", "client", clusterIP)()).toBe(true);
  expect(await fetchFrom("rt-other", "client", dnsName)()).toBe(false);
  expect(await fetchFrom("rt-other", "client", clusterIP)()).toBe(false);
});

test("Pod Security restricted rejects a privileged pod; a readOnlyRootFilesystem container cannot write to /", async () => {
  await apply(namespace("rt-psa"));
  const privileged = pod("rt-psa", "priv", {}, ["true"]) as { spec: { containers: Array<{ securityContext: object }> } };
  privileged.spec.containers[0].securityContext = { privileged: true };
  const r = await cluster.kubectl(["apply", "-f", "-"], { input: JSON.stringify(privileged), check: false });
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(/violates PodSecurity "restricted:latest": privileged/);

  await apply(pod("rt-psa", "ro", {}, ["sh", "-c", "exec sleep 3600"]));
  await cluster.kubectl(["wait", "-n", "rt-psa", "pod/ro", "--for=condition=Ready", "--timeout=120s"]);
  const root = await exec("rt-psa", "ro", ["touch", "/written"]);
  expect(root.code).not.toBe(0);
  expect(root.out).toMatch(/Read-only file system/);
  const tmp = await exec("rt-psa", "ro", ["touch", "/tmp/written"]);
  expect(tmp).toEqual({ code: 0, out: "" });
});

test("stop() leaves no process, mount, namespace, cgroup, veth or nft table behind, and the host's network was never changed", async () => {
  const host = await hostSnapshot();
  const { dir } = cluster.runtime.record;
  const pids = cluster.runtime.pids();
  // Containers run (the pods above): their namespaces are the node's, not the host's.
  const nodeNetns = new Set(pids.map((pid) => fs.readlinkSync(`/proc/${pid}/ns/net`)));
  expect(pids.length).toBeGreaterThan(8); // 2 relays, containerd, kubelet, kube-proxy, coredns, knp, shims, containers
  const hostNetns = fs.readlinkSync("/proc/self/ns/net");
  const inNode = pids.filter((pid) => fs.readlinkSync(`/proc/${pid}/ns/net`) !== hostNetns);
  expect(inNode.length).toBeGreaterThan(5);
  expect(nodeNetns.size).toBeGreaterThanOrEqual(3); // host (host relay), node, at least one pod
  expect(host.links).not.toMatch(/cni0|veth/);
  expect(host.mounts).not.toContain(dir);
  // The pods above hold addresses, in the node's own /var/lib/cni (a reservation left on the host
  // by a killed node stays there for good; ~250 of them used up the pod subnet).
  expect(host.cniState).toBe(cniStateBefore);

  await cluster.stop();

  await expectNodeGone(cluster.runtime.record, pids, nodeNetns, host);
});
