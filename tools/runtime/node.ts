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
import type { NodeImages } from "./test-images";
import { CONTROL_PLANE_ADDRESS, RUNTIME_NODE_IP, RUNTIME_NODE_LABEL, RUNTIME_NODE_NAME, RuntimeNodeError } from "./node-settings";
import { cgroupMounts, cgroupPids, killCgroupTree, makeCgroup, sleep } from "./cgroups";
import { bootstrapObjects, cniConfList, containerdConfig, corefile, kubeconfig, kubeletConfiguration, kubeProxyConfiguration, toToml } from "./node-config";

export { CLUSTER_DNS_IP, RUNTIME_NODE_IP, RUNTIME_NODE_LABEL, RUNTIME_NODE_NAME, RUNTIME_POD_SUBNET, RuntimeNodeError } from "./node-settings";
export { cgroupMounts, killCgroupTree } from "./cgroups";
export { toToml } from "./node-config";

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
    private readonly images: NodeImages,
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
    const p = (...parts: string[]) => this.p(...parts);
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
      // CNI state (host-local's address reservations, libcni's result cache) lives in
      // /var/lib/cni; a tmpfs in the node's own mount namespace lets it die with the node. On the
      // host, the reservations of every killed node's pods stayed, and after ~250 pods the /24 was
      // used up: new pods never got an address (CI: pods not Ready, 2026-12-06).
      "mkdir -p /var/lib/cni",
      "mount -t tmpfs -o mode=0700 tmpfs /var/lib/cni",
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
    fs.writeFileSync(this.p("containerd.toml"), toToml(containerdConfig(p, b.cniBinDir, this.images.pause.ref)));
    fs.writeFileSync(this.p("cni", "net.d", "10-stackwerk.conflist"), JSON.stringify(cniConfList()));
    const path_ = `${path.dirname(b.containerd)}:${process.env.PATH ?? "/usr/sbin:/usr/bin:/sbin:/bin"}`;
    const env = { ...process.env, PATH: path_ };
    this.startInNode("containerd", b.containerd, ["--config", this.p("containerd.toml")], env);
    await this.waitFor("containerd", deadline, async () => (await this.inNode(b.ctr, ["--address", this.p("run", "containerd.sock"), "version"])).code === 0);
    mark("containerd");
    for (const img of [this.images.pause, this.images.busybox, this.images.tlsClient]) await this.importImage(img);
    mark("images imported");

    // API objects, then kubelet, kube-proxy, CoreDNS, kube-router.
    await cluster.kubectl(["apply", "--server-side", "--force-conflicts", "-f", "-"], {
      input: JSON.stringify({ apiVersion: "v1", kind: "List", items: bootstrapObjects() }),
    });

    const kubeletConfig = kubeletConfiguration(p, this.id);
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
    fs.writeFileSync(this.p("kube-proxy.yaml"), JSON.stringify(kubeProxyConfiguration(p)));
    this.startInNode("kube-proxy", b.kubeProxy, [`--config=${this.p("kube-proxy.yaml")}`, "--v=0"], env);
    fs.writeFileSync(this.p("Corefile"), corefile(p));
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
