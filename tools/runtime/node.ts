/**
 * One real Kubernetes node next to the embedded control plane: containerd (+ runc), kubelet,
 * kube-proxy (nftables), CoreDNS and kube-router, all inside a network and mount
 * namespace the node creates itself (`unshare --net --mount`), so the host's interfaces,
 * routes, nft tables and mount table are never touched.
 *
 * - The host side reaches in only through unix sockets (file-system objects, visible from
 *   every network namespace): a host relay forwards `<dir>/api.sock` to the API server's
 *   loopback port; the relay inside the namespace listens on 127.0.0.1:<port> and on the
 *   `kubernetes` Service endpoint (172.18.255.254:<port>) and forwards to that socket; the API
 *   server's egress to the node (logs, exec, webhooks) goes through an HTTP CONNECT proxy on
 *   `<dir>/egress.sock` (kube-apiserver --egress-selector-config-file).
 * - cgroups: cgroup v1 (this host's hierarchy) with the cgroupfs driver, everything below
 *   `/stackwerk/<id>` in each hierarchy: the node's daemons in `<root>/daemons` (so shims and
 *   containers can always be found), pods in `<root>/kubepods` (kubelet --cgroup-root).
 * - Stop: kubelet first, then the other daemons, then every process left in the node's cgroups
 *   (shims, containers) is killed; with the last process the namespaces and every mount in
 *   them vanish; the cgroups and the node folder are removed.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { progress, run } from "../cache";
import type { ApiserverHookContext, EmbeddedCluster } from "../cluster";
import type { CertificateAuthority } from "../cluster/pki";
import { ProcessSupervisor, isAlive, rssBytes, tail } from "../cluster/processes";
import type { RuntimeBinaries } from "./binaries";
import type { BuiltImage } from "./images";

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

const CONTROL_PLANE_ADDRESS = "172.18.255.254";
const CGROUP_BASE = "/sys/fs/cgroup";

/** Thrown when the node does not come up; quotes the failing component's log. */
export class RuntimeNodeError extends Error {
  constructor(component: string, detail: string, logTail = "") {
    super(`runtime node: ${component} ${detail}${logTail ? `\n--- last lines of ${component}.log ---\n${logTail}` : ""}`);
    this.name = "RuntimeNodeError";
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** cgroup mounts (v1 hierarchies and the unified one) under /sys/fs/cgroup, from /proc/self/mountinfo. */
export function cgroupMounts(): Array<{ dir: string; v2: boolean }> {
  const out: Array<{ dir: string; v2: boolean }> = [];
  for (const line of fs.readFileSync("/proc/self/mountinfo", "utf8").split("\n")) {
    const [pre, post] = line.split(" - ");
    if (!post) continue;
    const fstype = post.split(" ")[0];
    const mountPoint = pre.split(" ")[4];
    if ((fstype === "cgroup" || fstype === "cgroup2") && mountPoint.startsWith(CGROUP_BASE)) out.push({ dir: mountPoint, v2: fstype === "cgroup2" });
  }
  return out;
}

/** Every pid in a cgroup folder and its descendants. */
function cgroupPids(dir: string): number[] {
  const pids: number[] = [];
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    try {
      for (const p of fs.readFileSync(path.join(d, "cgroup.procs"), "utf8").split("\n")) if (p.trim()) pids.push(Number(p));
    } catch {
      /* removed meanwhile */
    }
    for (const e of entries) if (e.isDirectory()) walk(path.join(d, e.name));
  };
  walk(dir);
  return pids;
}

/** Removes a cgroup folder tree, deepest first (a cgroup folder is removed with rmdir). */
function removeCgroupTree(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) removeCgroupTree(path.join(dir, e.name));
  try {
    fs.rmdirSync(dir);
  } catch {
    /* still busy: reported by the caller's check */
  }
}

/** Kills every process in the node's cgroups (pids hierarchy, or any) until none is left, then removes them. */
export async function killCgroupTree(id: string, timeoutMs = 10000): Promise<void> {
  const dirs = cgroupMounts().map((m) => path.join(m.dir, "stackwerk", id));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pids = [...new Set(dirs.flatMap(cgroupPids))];
    if (pids.length === 0) break;
    for (const pid of pids) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        /* gone */
      }
    }
    if (Date.now() > deadline) throw new RuntimeNodeError("cleanup", `processes ${pids.join(", ")} in cgroup stackwerk/${id} did not exit`);
    await sleep(100);
  }
  for (const d of dirs) removeCgroupTree(d);
  for (const m of cgroupMounts()) {
    try {
      fs.rmdirSync(path.join(m.dir, "stackwerk"));
    } catch {
      /* another node still uses it */
    }
  }
}

function makeCgroup(id: string, sub: string): void {
  for (const m of cgroupMounts()) {
    if (m.v2) continue;
    let parent = m.dir;
    for (const part of ["stackwerk", id, sub].filter(Boolean)) {
      const d = path.join(parent, part);
      if (!fs.existsSync(d)) fs.mkdirSync(d);
      // cpuset: a new cgroup has no cpus/mems; copy the parent's, or nothing can join it.
      for (const f of ["cpuset.cpus", "cpuset.mems"]) {
        const file = path.join(d, f);
        if (fs.existsSync(file) && fs.readFileSync(file, "utf8").trim() === "") fs.writeFileSync(file, fs.readFileSync(path.join(parent, f), "utf8").trim());
      }
      parent = d;
    }
  }
}

function kubeconfig(server: string, caPem: string, user: string, certPem: string, keyPem: string): string {
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
function bootstrapObjects(): object[] {
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

/** Where the node keeps what `stackwerk cluster down` needs to clean up after a crash. */
export interface RuntimeNodeRecord {
  readonly id: string;
  readonly dir: string;
}

/** The real node of one embedded cluster. */
export class RuntimeNode {
  /** Folder of the node (configs, containerd root, kubelet root, logs); removed by `stop()`. */
  readonly dir: string;
  /** cgroup id: `/stackwerk/<id>` in every hierarchy. */
  readonly id: string;
  private readonly sup: ProcessSupervisor;
  private holderPid?: number;
  private apiPort = 0;
  private stopping?: Promise<void>;
  private watchdog?: NodeJS.WritableStream;
  /** Phase → seconds since `start` began. */
  readonly timings: Record<string, number> = {};

  constructor(
    private readonly bins: RuntimeBinaries,
    private readonly images: { pause: BuiltImage; busybox: BuiltImage },
  ) {
    this.dir = fs.mkdtempSync("/tmp/swk-"); // short: containerd's shim sockets live below it (108-byte limit)
    fs.chmodSync(this.dir, 0o711);
    this.id = path.basename(this.dir);
    this.sup = new ProcessSupervisor(path.join(this.dir, "logs"));
  }

  private p(...parts: string[]): string {
    return path.join(this.dir, ...parts);
  }

  /**
   * Imports a built image (OCI archive) into containerd's `k8s.io` namespace, so pods with
   * `imagePullPolicy: Never` (or IfNotPresent) can run it. Needs a started node.
   */
  async importImage(img: BuiltImage): Promise<void> {
    const ctr = this.bins.ctr;
    const sock = this.p("run", "containerd.sock");
    const r = await this.inNode(ctr, ["--address", sock, "-n", "k8s.io", "images", "import", "--local", "--no-unpack=false", img.archive]);
    if (r.code !== 0) {
      const r2 = await this.inNode(ctr, ["--address", sock, "-n", "k8s.io", "images", "import", img.archive]);
      if (r2.code !== 0) throw new RuntimeNodeError("containerd", `ctr images import ${img.archive} failed: ${r2.stderr || r2.stdout}`);
    }
    // Also by digest (`name@sha256:…`), as a pull would record it: pods may reference a stand-in pinned by digest.
    const byDigest = `${img.ref.replace(/:[^/:]+$/, "")}@${img.digest}`;
    const t = await this.inNode(ctr, ["--address", sock, "-n", "k8s.io", "images", "tag", "--local", "--force", img.ref, byDigest]);
    if (t.code !== 0) throw new RuntimeNodeError("containerd", `ctr images tag ${img.ref} ${byDigest} failed: ${t.stderr || t.stdout}`);
  }

  /** Record for crash clean-up (see `sweepRuntimeNode`). */
  record(): RuntimeNodeRecord {
    return { id: this.id, dir: this.dir };
  }

  /**
   * The `apiserverHook` of `startCluster`: issues the node's certificates from the cluster CA
   * and returns the API server's kubelet-client and egress flags.
   */
  prepare(ctx: ApiserverHookContext): string[] {
    this.apiPort = ctx.apiserverPort;
    const ca: CertificateAuthority = ctx.ca;
    const write = (f: string, text: string) => fs.writeFileSync(this.p(f), text, { mode: 0o600 });
    const server = `https://127.0.0.1:${this.apiPort}`;
    const client = (cn: string, o: string[] = []) => ca.issue({ subject: { commonName: cn, organizations: o }, client: true });
    const kc = (file: string, cn: string, o: string[] = []) => {
      const c = client(cn, o);
      write(file, kubeconfig(server, ca.certPem, cn, c.certPem, c.keyPem));
    };
    write("ca.crt", ca.certPem);
    kc("kubelet.kubeconfig", `system:node:${RUNTIME_NODE_NAME}`, ["system:nodes"]);
    kc("kube-proxy.kubeconfig", "system:kube-proxy");
    kc("coredns.kubeconfig", "stackwerk:coredns");
    kc("kube-router.kubeconfig", "stackwerk:kube-router");
    const serving = ca.issue({
      subject: { commonName: `system:node:${RUNTIME_NODE_NAME}`, organizations: ["system:nodes"] },
      hosts: [RUNTIME_NODE_IP, RUNTIME_NODE_NAME],
      server: true,
    });
    write("kubelet.crt", serving.certPem);
    write("kubelet.key", serving.keyPem);
    const apiClient = client("kube-apiserver-kubelet-client", ["system:masters"]);
    write("apiserver-kubelet-client.crt", apiClient.certPem);
    write("apiserver-kubelet-client.key", apiClient.keyPem);
    write(
      "egress.yaml",
      JSON.stringify({
        apiVersion: "apiserver.k8s.io/v1beta1",
        kind: "EgressSelectorConfiguration",
        egressSelections: [{ name: "cluster", connection: { proxyProtocol: "HTTPConnect", transport: { uds: { udsName: this.p("egress.sock") } } } }],
      }),
    );
    return [
      `--kubelet-client-certificate=${this.p("apiserver-kubelet-client.crt")}`,
      `--kubelet-client-key=${this.p("apiserver-kubelet-client.key")}`,
      `--kubelet-certificate-authority=${this.p("ca.crt")}`,
      `--egress-selector-config-file=${this.p("egress.yaml")}`,
      // The egress proxy dials addresses, not node names (there is no DNS for them on the host).
      "--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname",
    ];
  }

  /** Runs `cmd` inside the node's namespaces and cgroup `<root>/daemons`. */
  private startInNode(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
    const procsFiles = cgroupMounts()
      .filter((m) => !m.v2)
      .map((m) => path.join(m.dir, "stackwerk", this.id, "daemons", "cgroup.procs"));
    const script = `for f in ${procsFiles.join(" ")}; do echo $$ > "$f"; done; exec nsenter --target ${this.holderPid} --net --mount -- "$@"`;
    this.sup.start(name, "/bin/sh", ["-c", script, name, cmd, ...args], env);
  }

  private async waitFor(component: string, deadline: number, check: () => Promise<boolean> | boolean): Promise<void> {
    let last = "";
    for (;;) {
      const dead = this.sup.processes().find((p) => p.exit !== undefined);
      if (dead) throw new RuntimeNodeError(dead.name, `exited during start-up (${dead.exit})`, tail(dead.logFile));
      try {
        if (await check()) return;
      } catch (err) {
        last = (err as Error).message;
      }
      if (Date.now() > deadline) {
        const proc = this.sup.processes().find((p) => p.name === component);
        throw new RuntimeNodeError(component, `not ready before the start-up timeout${last ? ` (last error: ${last})` : ""}`, proc ? tail(proc.logFile) : "");
      }
      await sleep(200);
    }
  }

  private inNode(cmd: string, args: string[], input?: string) {
    return run("nsenter", ["--target", String(this.holderPid), "--net", "--mount", "--", cmd, ...args], { input, check: false });
  }

  /**
   * A `sh` that outlives this process: when its stdin pipe closes without "exit" (this process
   * died without `stop()`: SIGKILL, crash), it kills every process in the node's cgroups (the
   * control plane's watchdog only knows the daemons; shims and containers detach) and removes
   * the cgroups and the node folder.
   */
  private startWatchdog(): void {
    const dirs = cgroupMounts().map((m) => path.join(m.dir, "stackwerk", this.id));
    const script = [
      'while IFS= read -r line; do [ "$line" = exit ] && exit 0; done',
      "i=0",
      "while [ $i -lt 100 ]; do",
      `  pids=$(cat $(find ${dirs.join(" ")} -name cgroup.procs 2>/dev/null) 2>/dev/null)`,
      '  [ -z "$pids" ] && break',
      "  kill -9 $pids 2>/dev/null; sleep 0.1; i=$((i+1))",
      "done",
      `find ${dirs.join(" ")} -depth -type d -exec rmdir {} \\; 2>/dev/null`,
      `rmdir ${dirs.map((d) => path.dirname(d)).join(" ")} 2>/dev/null`,
      `rm -rf -- ${this.dir}`,
    ].join("\n");
    const wd = spawn("/bin/sh", ["-c", script, "stackwerk-node-watchdog"], { detached: true, stdio: ["pipe", "ignore", "ignore"] });
    wd.stdin!.on("error", () => undefined);
    wd.unref();
    (wd.stdin as unknown as { unref?: () => void }).unref?.();
    this.watchdog = wd.stdin!;
  }

  /** Starts the node against a running control plane (after `prepare` ran as its hook). */
  async start(cluster: EmbeddedCluster, deadline: number): Promise<void> {
    const t0 = Date.now();
    this.startWatchdog();
    const mark = (phase: string) => (this.timings[phase] = (Date.now() - t0) / 1000);
    const b = this.bins;
    for (const d of ["containerd", "run", "kubelet", "pod-logs", "cni/net.d"]) fs.mkdirSync(this.p(d), { recursive: true });
    makeCgroup(this.id, "daemons");

    // Host side: unix socket -> API server loopback port.
    this.sup.start("relay-host", b.relay, ["-forward", `unix:${this.p("api.sock")}=tcp:127.0.0.1:${this.apiPort}`]);
    // The namespaces, held by the in-namespace relay.
    const setup = [
      "set -e",
      "ip link set lo up",
      `ip addr add ${CONTROL_PLANE_ADDRESS}/32 dev lo`,
      `ip addr add ${RUNTIME_NODE_IP}/32 dev lo`,
      // Service addresses must be routable before kube-proxy's output DNAT rewrites them.
      "ip route add 10.96.0.0/12 dev lo",
      "echo 1 > /proc/sys/net/ipv4/ip_forward",
      // Bridged pod-to-pod packets pass netfilter, so NetworkPolicy sees them (per namespace since Linux 5.3).
      "echo 1 > /proc/sys/net/bridge/bridge-nf-call-iptables",
      `mount -t tmpfs -o mode=0711 tmpfs ${this.p("run")}`,
      `exec "$@"`,
    ].join("\n");
    const relayArgs = [
      "-forward",
      `tcp:127.0.0.1:${this.apiPort}=unix:${this.p("api.sock")}`,
      "-forward",
      `tcp:${CONTROL_PLANE_ADDRESS}:${this.apiPort}=unix:${this.p("api.sock")}`,
      "-connect",
      `unix:${this.p("egress.sock")}`,
    ];
    const procsFiles = cgroupMounts()
      .filter((m) => !m.v2)
      .map((m) => path.join(m.dir, "stackwerk", this.id, "daemons", "cgroup.procs"));
    const holder = this.sup.start("relay-node", "/bin/sh", [
      "-c",
      `for f in ${procsFiles.join(" ")}; do echo $$ > "$f"; done; exec unshare --net --mount --propagation private -- /bin/sh -c '${setup.replace(/'/g, "'\\''")}' relay ${b.relay} ${relayArgs.join(" ")}`,
    ]);
    this.holderPid = holder.pid;
    await this.waitFor("relay-node", deadline, () => fs.existsSync(this.p("egress.sock")) && fs.existsSync(this.p("api.sock")));
    mark("namespaces");

    // containerd
    const cfg = {
      version: 3,
      root: this.p("containerd"),
      state: this.p("run", "containerd"),
      grpc: { address: this.p("run", "containerd.sock") },
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
          cni: { bin_dirs: [b.cniBinDir], conf_dir: this.p("cni", "net.d"), max_conf_num: 1 },
        },
        "io.containerd.cri.v1.images": { snapshotter: "overlayfs", pinned_images: { sandbox: this.images.pause.ref } },
        "io.containerd.grpc.v1.cri": { disable_tcp_service: true, stream_server_address: "127.0.0.1", stream_server_port: "0" },
        "io.containerd.nri.v1.nri": { disable: true },
        "io.containerd.internal.v1.opt": { path: this.p("containerd", "opt") },
      },
    };
    fs.writeFileSync(this.p("containerd.toml"), toToml(cfg));
    fs.writeFileSync(
      this.p("cni", "net.d", "10-stackwerk.conflist"),
      JSON.stringify({
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
      }),
    );
    const path_ = `${path.dirname(b.containerd)}:${process.env.PATH ?? "/usr/sbin:/usr/bin:/sbin:/bin"}`;
    const env = { ...process.env, PATH: path_ };
    this.startInNode("containerd", b.containerd, ["--config", this.p("containerd.toml")], env);
    await this.waitFor("containerd", deadline, async () => (await this.inNode(b.ctr, ["--address", this.p("run", "containerd.sock"), "version"])).code === 0);
    mark("containerd");
    for (const img of [this.images.pause, this.images.busybox]) await this.importImage(img);
    mark("images imported");

    // API objects, then kubelet, kube-proxy, CoreDNS, kube-router.
    await cluster.kubectl(["apply", "--server-side", "--force-conflicts", "-f", "-"], {
      input: JSON.stringify({ apiVersion: "v1", kind: "List", items: bootstrapObjects() }),
    });

    const kubeletConfig = {
      apiVersion: "kubelet.config.k8s.io/v1beta1",
      kind: "KubeletConfiguration",
      authentication: { anonymous: { enabled: false }, webhook: { enabled: true }, x509: { clientCAFile: this.p("ca.crt") } },
      authorization: { mode: "Webhook" },
      cgroupDriver: "cgroupfs",
      cgroupRoot: `/stackwerk/${this.id}`,
      cgroupsPerQOS: true,
      failCgroupV1: false,
      failSwapOn: false,
      clusterDNS: [CLUSTER_DNS_IP],
      clusterDomain: "cluster.local",
      containerRuntimeEndpoint: `unix://${this.p("run", "containerd.sock")}`,
      imageServiceEndpoint: `unix://${this.p("run", "containerd.sock")}`,
      podLogsDir: this.p("pod-logs"),
      tlsCertFile: this.p("kubelet.crt"),
      tlsPrivateKeyFile: this.p("kubelet.key"),
      address: RUNTIME_NODE_IP,
      port: 10250,
      readOnlyPort: 0,
      healthzBindAddress: "127.0.0.1",
      healthzPort: 10248,
      makeIPTablesUtilChains: false,
      resolvConf: this.p("resolv.conf"),
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
    fs.writeFileSync(this.p("resolv.conf"), `nameserver ${RUNTIME_NODE_IP}\n`);
    fs.writeFileSync(this.p("kubelet.yaml"), JSON.stringify(kubeletConfig));
    this.startInNode(
      "kubelet",
      b.kubelet,
      [
        `--config=${this.p("kubelet.yaml")}`,
        `--kubeconfig=${this.p("kubelet.kubeconfig")}`,
        `--root-dir=${this.p("kubelet")}`,
        `--hostname-override=${RUNTIME_NODE_NAME}`,
        `--node-ip=${RUNTIME_NODE_IP}`,
        `--node-labels=${RUNTIME_NODE_LABEL}=true,topology.kubernetes.io/zone=${cluster.zones[0]},topology.kubernetes.io/region=local`,
        "--v=1",
      ],
      env,
    );
    fs.writeFileSync(
      this.p("kube-proxy.yaml"),
      JSON.stringify({
        apiVersion: "kubeproxy.config.k8s.io/v1alpha1",
        kind: "KubeProxyConfiguration",
        mode: "nftables",
        clientConnection: { kubeconfig: this.p("kube-proxy.kubeconfig") },
        hostnameOverride: RUNTIME_NODE_NAME,
        clusterCIDR: "10.244.0.0/16",
        metricsBindAddress: "127.0.0.1:10249",
        healthzBindAddress: "127.0.0.1:10256",
        // Leave conntrack sysctls alone (nf_conntrack_max is host-wide).
        conntrack: { maxPerCore: 0, min: 0, tcpEstablishedTimeout: "0s", tcpCloseWaitTimeout: "0s" },
      }),
    );
    this.startInNode("kube-proxy", b.kubeProxy, [`--config=${this.p("kube-proxy.yaml")}`, "--v=0"], env);
    fs.writeFileSync(
      this.p("Corefile"),
      [
        ".:53 {",
        `    bind ${RUNTIME_NODE_IP}`,
        "    errors",
        "    kubernetes cluster.local in-addr.arpa ip6.arpa {",
        `        kubeconfig ${this.p("coredns.kubeconfig")} c`,
        "        pods insecure",
        "        fallthrough in-addr.arpa ip6.arpa",
        "    }",
        "    cache 30",
        "}",
        "",
      ].join("\n"),
    );
    this.startInNode("coredns", b.coredns, ["-conf", this.p("Corefile")], env);
    // Ready: the node reports Ready and CoreDNS answers.
    await this.waitFor("kubelet", deadline, async () => {
      const r = await cluster.kubectl(["get", "node", RUNTIME_NODE_NAME, "-o", "jsonpath={.status.conditions[?(@.type=='Ready')].status}"], { check: false });
      return r.stdout.trim() === "True";
    });
    mark("node ready");
    // NetworkPolicy: kube-router's firewall (it needs its Node object, so after registration) (iptables + ipset in the node's namespace) only;
    // its router and service proxy stay off (kube-proxy does Services).
    this.startInNode(
      "kube-router",
      b.kubeRouter,
      [
        `--kubeconfig=${this.p("kube-router.kubeconfig")}`,
        `--hostname-override=${RUNTIME_NODE_NAME}`,
        "--run-firewall=true",
        "--run-router=false",
        "--run-service-proxy=false",
        "--run-loadbalancer=false",
        "--enable-cni=false",
        "--enable-ipv4=true",
        "--enable-ipv6=false",
        "--service-cluster-ip-range=10.96.0.0/12",
        "--health-port=0",
        "--metrics-port=0",
        "--iptables-sync-period=15s",
        "--ipvs-sync-period=15s",
        "--v=1",
      ],
      env,
    );

    await this.waitFor("kube-router", deadline, async () => (await this.inNode("iptables", ["-S", "KUBE-ROUTER-FORWARD"])).code === 0);
    mark("network policy ready");
    progress(`runtime node ${RUNTIME_NODE_NAME} ready in ${((Date.now() - t0) / 1000).toFixed(1)}s (${JSON.stringify(this.timings)})`);
  }

  /** Pids of the node's daemons and of every process in its cgroups (containers, shims). */
  pids(): number[] {
    const mounts = cgroupMounts().filter((m) => !m.v2);
    const pidsMount = mounts.find((m) => m.dir.endsWith("/pids")) ?? mounts[0];
    const inCgroups = pidsMount ? cgroupPids(path.join(pidsMount.dir, "stackwerk", this.id)) : [];
    return [...new Set([...this.sup.pids(), ...inCgroups])].filter(isAlive);
  }

  /** Resident memory of the node's daemons, containers and shims, in bytes. */
  rssBytes(): number {
    return this.pids().reduce((s, pid) => s + rssBytes(pid), 0);
  }

  /** Stops every process of the node and removes its cgroups and folder. Idempotent. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      try {
        await this.sup.stopAll(5000, [["kubelet"], ["kube-proxy", "kube-router", "coredns"], ["containerd"], ["relay-node", "relay-host"]]);
      } finally {
        await killCgroupTree(this.id);
        if (!process.env.STACKWERK_KEEP_CLUSTER_STATE) fs.rmSync(this.dir, { recursive: true, force: true });
        this.watchdog?.end("exit\n");
      }
    })();
    return this.stopping;
  }
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
