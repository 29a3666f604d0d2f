/**
 * The embedded Kubernetes control plane: the on-prem default target and the cluster the
 * conformance run applies every pattern to.
 *
 * `startCluster()` runs a real etcd, kube-apiserver, kube-controller-manager and
 * kube-scheduler (built from the Go modules at the versions in ./binaries.ts) plus kwok,
 * which stands in for kubelets: fake nodes spread over zones become Ready and pods scheduled
 * onto them are reported Running with a pod IP. No container is executed, no image pulled.
 * Everything listens on 127.0.0.1 on free ports, so several clusters can run at once.
 */
import * as fs from "node:fs";
import { DEFAULT_CLUSTER_NAME } from "./paths";
import * as os from "node:os";
import * as path from "node:path";
import { progress, run, RunResult } from "../cache";
import { ClusterBinaries, ensureClusterBinaries } from "./binaries";
import { KubeApi, KubeCredentials } from "./kube-api";
import { ProcessSupervisor, isAlive, rssBytes, tail } from "./processes";
import { VolumeProvisioner } from "./provisioner";
import { ClusterComponent, ClusterStartError, EmbeddedCluster, KubectlOptions, StartClusterOptions } from "./types";
import { ADMISSION_PLUGINS, CONTROL_PLANE_ADDRESS, DEFAULT_ZONES, KWOK_NODE_ANNOTATION, SERVICE_ACCOUNT_ISSUER, SERVICE_CIDR } from "./settings";
import { installHandlers, running, uninstallHandlers } from "./cleanup";
import { freePorts, httpGet, sleep } from "./net";
import { ensureBootstrapObjects, kubeconfigYaml, kwokConfig } from "./bootstrap";
import { Pki, writeClusterPki } from "./cluster-pki";

export { CLUSTER_VERSIONS, ensureClusterBinaries, kubectlPath } from "./binaries";
export type { ClusterBinaries } from "./binaries";
export { isAlive, rssBytes } from "./processes";
export { DEFAULT_STORAGE_CLASS, PROVISIONER_NAME } from "./provisioner";
export type { ApiserverHookContext, ClusterComponent, EmbeddedCluster, KubectlOptions, StartClusterOptions } from "./types";
export { ClusterStartError } from "./types";
export {
  ADMISSION_PLUGINS,
  CONTROL_PLANE_ADDRESS,
  DEFAULT_ZONES,
  KWOK_NODE_ANNOTATION,
  POD_CIDR,
  SERVICE_ACCOUNT_ISSUER,
  SERVICE_CIDR,
  SERVICE_IP,
} from "./settings";
export { FAKE_GPU, fakeGpuNodes, fakeNodes } from "./bootstrap";

// ---- the cluster -----------------------------------------------------------------------

class Cluster implements EmbeddedCluster {
  readonly kubeconfig: string;
  readonly server: string;
  readonly nodeNames: string[] = [];
  private readonly supervisor: ProcessSupervisor;
  private api?: KubeApi;
  private provisioner?: VolumeProvisioner;
  private stopping?: Promise<void>;

  constructor(
    readonly name: string,
    readonly stateDir: string,
    readonly ports: Record<"etcdClient" | "etcdPeer" | "apiserver" | "controllerManager" | "scheduler", number>,
    readonly zones: readonly string[],
    private readonly bins: ClusterBinaries,
  ) {
    this.kubeconfig = path.join(stateDir, "kubeconfig");
    this.server = `https://127.0.0.1:${ports.apiserver}`;
    this.supervisor = new ProcessSupervisor(path.join(stateDir, "logs"), stateDir);
  }

  get components(): ClusterComponent[] {
    return this.supervisor.processes().map((p) => ({ name: p.name, pid: p.pid, logFile: p.logFile }));
  }

  pids(): number[] {
    return this.supervisor.pids();
  }

  rssBytes(): number {
    return this.supervisor
      .processes()
      .filter((p) => p.exit === undefined)
      .reduce((sum, p) => sum + rssBytes(p.pid), 0);
  }

  kubectl(args: string[], opts: KubectlOptions = {}): Promise<RunResult> {
    return run(this.bins.kubectl, ["--kubeconfig", this.kubeconfig, "--cache-dir", path.join(this.stateDir, "kubectl-cache"), ...args], {
      input: opts.input,
      check: opts.check ?? true,
    });
  }

  /** Seconds since start() began at which each phase finished (for docs/cluster.md and debugging). */
  readonly startupTimings: Record<string, number> = {};

  async start(nodesPerZone: number, region: string, deadline: number, gpuNodes = 1, apiserverHook?: StartClusterOptions["apiserverHook"]): Promise<void> {
    const t0 = Date.now();
    const mark = (phase: string) => (this.startupTimings[phase] = (Date.now() - t0) / 1000);
    const dir = (...p: string[]) => path.join(this.stateDir, ...p);
    for (const d of ["pki", "etcd", "logs", "home", "volumes"]) fs.mkdirSync(dir(d), { recursive: true, mode: 0o700 });
    const pki = writeClusterPki(this.name, this.server, this.stateDir, dir("pki"));
    const env = { ...process.env, HOME: dir("home") };
    const p = (f: string) => dir("pki", f);
    const extraApiserverArgs = apiserverHook?.({ stateDir: this.stateDir, pkiDir: dir("pki"), ca: pki.ca, apiserverPort: this.ports.apiserver }) ?? [];

    // etcd: TLS with its own CA (as kubeadm does), so a cluster client certificate is no key to etcd.
    const etcdUrl = `https://127.0.0.1:${this.ports.etcdClient}`;
    const peerUrl = `https://127.0.0.1:${this.ports.etcdPeer}`;
    this.supervisor.start(
      "etcd",
      this.bins.etcd,
      [
        "--name=embedded",
        `--data-dir=${dir("etcd")}`,
        `--listen-client-urls=${etcdUrl}`,
        `--advertise-client-urls=${etcdUrl}`,
        `--listen-peer-urls=${peerUrl}`,
        `--initial-advertise-peer-urls=${peerUrl}`,
        `--initial-cluster=embedded=${peerUrl}`,
        "--initial-cluster-state=new",
        `--cert-file=${p("etcd-server.crt")}`,
        `--key-file=${p("etcd-server.key")}`,
        `--trusted-ca-file=${p("etcd-ca.crt")}`,
        "--client-cert-auth=true",
        `--peer-cert-file=${p("etcd-server.crt")}`,
        `--peer-key-file=${p("etcd-server.key")}`,
        `--peer-trusted-ca-file=${p("etcd-ca.crt")}`,
        "--peer-client-cert-auth=true",
        "--unsafe-no-fsync=true", // throw-away data; skips fsync for speed
        "--quota-backend-bytes=2147483648",
        "--log-level=warn",
      ],
      env,
    );
    await this.waitFor("etcd", deadline, async () => {
      const r = await httpGet(`${etcdUrl}/health`, { ca: pki.etcdCaPem, cert: pki.etcdClient.certPem, key: pki.etcdClient.keyPem });
      return r.status === 200 && r.text.includes('"health":"true"');
    });
    mark("etcd");

    // kube-apiserver
    this.supervisor.start(
      "kube-apiserver",
      this.bins.kubeApiserver,
      [
        "--bind-address=127.0.0.1",
        // The address the `kubernetes` Service endpoints name. Endpoints may not be loopback, and
        // nothing in-cluster runs to reach it, so it is the control plane's address on the fake
        // node network (172.18.0.0/16), like a real control-plane node would have.
        `--advertise-address=${CONTROL_PLANE_ADDRESS}`,
        `--secure-port=${this.ports.apiserver}`,
        `--etcd-servers=${etcdUrl}`,
        `--etcd-cafile=${p("etcd-ca.crt")}`,
        `--etcd-certfile=${p("apiserver-etcd-client.crt")}`,
        `--etcd-keyfile=${p("apiserver-etcd-client.key")}`,
        `--cert-dir=${dir("pki", "apiserver-generated")}`,
        `--tls-cert-file=${p("apiserver.crt")}`,
        `--tls-private-key-file=${p("apiserver.key")}`,
        `--client-ca-file=${p("ca.crt")}`,
        "--authorization-mode=Node,RBAC",
        `--enable-admission-plugins=${ADMISSION_PLUGINS.join(",")}`,
        `--service-account-issuer=${SERVICE_ACCOUNT_ISSUER}`,
        `--service-account-key-file=${p("sa.pub")}`,
        `--service-account-signing-key-file=${p("sa.key")}`,
        `--service-cluster-ip-range=${SERVICE_CIDR}`,
        // Aggregation layer (APIService backends) authenticates with the front-proxy client certificate.
        `--requestheader-client-ca-file=${p("front-proxy-ca.crt")}`,
        "--requestheader-allowed-names=front-proxy-client",
        "--requestheader-username-headers=X-Remote-User",
        "--requestheader-group-headers=X-Remote-Group",
        "--requestheader-extra-headers-prefix=X-Remote-Extra-",
        `--proxy-client-cert-file=${p("front-proxy-client.crt")}`,
        `--proxy-client-key-file=${p("front-proxy-client.key")}`,
        "--enable-aggregator-routing=true",
        "--allow-privileged=true",
        "--profiling=false",
        "--v=0",
        ...extraApiserverArgs,
      ],
      env,
    );
    this.api = new KubeApi(this.credentials(pki, "admin"));
    const api = this.api;
    await this.waitFor("kube-apiserver", deadline, async () => {
      const r = await api.request("GET", "/readyz", undefined, { timeoutMs: 3000 });
      return r.status === 200;
    });
    mark("kube-apiserver");
    fs.writeFileSync(this.kubeconfig, kubeconfigYaml(this.name, this.server, pki.caPem, `${this.name}-admin`, pki.creds.admin), { mode: 0o600 });

    await ensureBootstrapObjects(api, { zones: this.zones, nodesPerZone, region, gpuNodes }, this.nodeNames);

    mark("bootstrap objects");
    // controller-manager, scheduler and kwok
    this.supervisor.start(
      "kube-controller-manager",
      this.bins.kubeControllerManager,
      [
        `--kubeconfig=${dir("controller-manager.kubeconfig")}`,
        `--authentication-kubeconfig=${dir("controller-manager.kubeconfig")}`,
        `--authorization-kubeconfig=${dir("controller-manager.kubeconfig")}`,
        "--bind-address=127.0.0.1",
        `--secure-port=${this.ports.controllerManager}`,
        `--tls-cert-file=${p("controller-manager-serving.crt")}`,
        `--tls-private-key-file=${p("controller-manager-serving.key")}`,
        `--client-ca-file=${p("ca.crt")}`,
        `--cluster-name=${this.name}`,
        `--service-account-private-key-file=${p("sa.key")}`,
        `--root-ca-file=${p("ca.crt")}`,
        "--use-service-account-credentials=true",
        `--cluster-signing-cert-file=${p("ca.crt")}`,
        `--cluster-signing-key-file=${p("ca.key")}`,
        `--service-cluster-ip-range=${SERVICE_CIDR}`,
        "--controllers=*,bootstrapsigner,tokencleaner",
        // With per-controller service-account credentials, start-up creates ~40 accounts and
        // tokens one after the other; the default client rate limit (20 qps) made that take 5 s.
        "--kube-api-qps=100",
        "--kube-api-burst=200",
        "--leader-elect=false",
        "--profiling=false",
        "--v=0",
      ],
      env,
    );
    this.supervisor.start(
      "kube-scheduler",
      this.bins.kubeScheduler,
      [
        `--kubeconfig=${dir("scheduler.kubeconfig")}`,
        `--authentication-kubeconfig=${dir("scheduler.kubeconfig")}`,
        `--authorization-kubeconfig=${dir("scheduler.kubeconfig")}`,
        "--bind-address=127.0.0.1",
        `--secure-port=${this.ports.scheduler}`,
        `--tls-cert-file=${p("scheduler-serving.crt")}`,
        `--tls-private-key-file=${p("scheduler-serving.key")}`,
        `--client-ca-file=${p("ca.crt")}`,
        "--leader-elect=false",
        "--profiling=false",
        "--v=0",
      ],
      env,
    );
    fs.writeFileSync(dir("kwok.yaml"), kwokConfig());
    this.supervisor.start(
      "kwok",
      this.bins.kwok,
      [
        `--kubeconfig=${dir("kwok.kubeconfig")}`,
        `--config=${dir("kwok.yaml")}`,
        "--manage-all-nodes=false",
        `--manage-nodes-with-annotation-selector=${KWOK_NODE_ANNOTATION}=fake`,
      ],
      env,
    );

    this.provisioner = new VolumeProvisioner(new KubeApi(this.credentials(pki, "provisioner")), dir("volumes"));
    this.provisioner.start();

    const ca = { ca: pki.caPem };
    await Promise.all([
      this.waitFor(
        "kube-controller-manager",
        deadline,
        async () => (await httpGet(`https://127.0.0.1:${this.ports.controllerManager}/healthz`, ca)).status === 200,
      ),
      this.waitFor("kube-scheduler", deadline, async () => (await httpGet(`https://127.0.0.1:${this.ports.scheduler}/healthz`, ca)).status === 200),
    ]);
    mark("controller-manager+scheduler");
    // Ready means: every fake node Ready and schedulable (kwok heartbeats, node lifecycle
    // controller removed the not-ready taint), and the default service account exists
    // (pods can be created in `default`).
    await this.waitFor("kwok", deadline, async () => {
      const nodes = await api.must<{
        items: Array<{ spec?: { taints?: Array<{ key: string }> }; status?: { conditions?: Array<{ type: string; status: string }> } }>;
      }>("GET", `/api/v1/nodes?labelSelector=${encodeURIComponent("type=kwok")}`);
      return (
        nodes.items.length === this.nodeNames.length &&
        nodes.items.every(
          (n) =>
            n.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True") &&
            !(n.spec?.taints ?? []).some((t) => t.key.startsWith("node.kubernetes.io/")),
        )
      );
    });
    mark("nodes ready");
    await this.waitFor("kube-controller-manager", deadline, async () => {
      const r = await api.request("GET", "/api/v1/namespaces/default/serviceaccounts/default");
      return r.status === 200;
    });
    mark("default service account");
    if (process.env.STACKWERK_DEBUG) progress(`cluster ${this.name} start-up: ${JSON.stringify(this.startupTimings)}`);
  }

  private credentials(pki: Pki, who: keyof Pki["creds"]): KubeCredentials {
    return { server: this.server, caPem: pki.caPem, certPem: pki.creds[who].certPem, keyPem: pki.creds[who].keyPem };
  }

  /** Polls `check` until true; fails with the component's log tail on timeout or exit. */
  private async waitFor(component: string, deadline: number, check: () => Promise<boolean>): Promise<void> {
    let lastError = "";
    for (;;) {
      const dead = this.supervisor.processes().find((p) => p.exit !== undefined);
      if (dead) throw new ClusterStartError(dead.name, `exited during start-up (${dead.exit})`, tail(dead.logFile));
      try {
        if (await check()) return;
      } catch (err) {
        lastError = (err as Error).message;
      }
      if (Date.now() > deadline) {
        const proc = this.supervisor.processes().find((p) => p.name === component);
        throw new ClusterStartError(
          component,
          `not ready before the start-up timeout${lastError ? ` (last error: ${lastError})` : ""}`,
          proc ? tail(proc.logFile) : "(not started)",
        );
      }
      await sleep(200);
    }
  }

  stop(): Promise<void> {
    if (!this.stopping) this.stopping = this.doStop();
    return this.stopping;
  }

  private async doStop(): Promise<void> {
    // Children and timers are unref'd (a forgotten cluster must not keep a program alive), so
    // hold the event loop open until every process has been reaped.
    const keepAlive = setInterval(() => undefined, 1000);
    try {
      await this.provisioner?.stop();
      this.api?.close();
      // Clients first, then the API server, then etcd: fewer error lines, same result.
      await this.supervisor.stopAll(5000, [["kwok", "kube-scheduler", "kube-controller-manager"], ["kube-apiserver"], ["etcd"]]);
    } finally {
      clearInterval(keepAlive);
      running.delete(this);
      if (running.size === 0) uninstallHandlers();
      if (!process.env.STACKWERK_KEEP_CLUSTER_STATE) fs.rmSync(this.stateDir, { recursive: true, force: true });
    }
  }

  /** Synchronous last resort when the process exits without `stop()`. */
  killSync(): void {
    this.supervisor.killAllSync();
    if (!process.env.STACKWERK_KEEP_CLUSTER_STATE) {
      try {
        fs.rmSync(this.stateDir, { recursive: true, force: true });
      } catch {
        /* the watchdog removes it */
      }
    }
    running.delete(this);
  }
}

/**
 * Starts an embedded cluster and resolves when it is ready: API server ready, controllers
 * and scheduler healthy, every fake node Ready and schedulable, the `default` service account
 * present. Builds the binaries first if the cache lacks them. On failure everything started is
 * stopped again and the error quotes the failing component's log.
 */
export async function startCluster(options: StartClusterOptions = {}): Promise<EmbeddedCluster> {
  const bins = await ensureClusterBinaries();
  const name = options.name ?? DEFAULT_CLUSTER_NAME;
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name)) throw new Error(`startCluster: name '${name}' must be a DNS label (a-z, 0-9, -)`);
  const zones = options.zones ?? DEFAULT_ZONES;
  if (zones.length === 0) throw new Error("startCluster: zones must not be empty");
  const nodesPerZone = options.nodesPerZone ?? 1;
  if (!Number.isInteger(nodesPerZone) || nodesPerZone < 1) throw new Error(`startCluster: nodesPerZone must be a positive integer, got ${nodesPerZone}`);
  for (const zone of zones) if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(zone)) throw new Error(`startCluster: zone '${zone}' must be a DNS label`);
  const timeoutMs = options.timeoutMs ?? 90000;
  const gpuNodes = options.gpuNodes ?? 1;
  if (!Number.isInteger(gpuNodes) || gpuNodes < 0) throw new Error(`startCluster: gpuNodes must be a non-negative integer, got ${gpuNodes}`);

  for (let attempt = 1; ; attempt++) {
    const stateDir = options.stateDir ? path.resolve(options.stateDir) : fs.mkdtempSync(path.join(os.tmpdir(), `stackwerk-${name}-`));
    fs.mkdirSync(stateDir, { recursive: true, mode: 0o700 });
    const [etcdClient, etcdPeer, apiserver, controllerManager, scheduler] = await freePorts(5);
    const cluster = new Cluster(name, stateDir, { etcdClient, etcdPeer, apiserver, controllerManager, scheduler }, zones, bins);
    running.add(cluster);
    installHandlers();
    try {
      await cluster.start(nodesPerZone, options.region ?? "local", Date.now() + timeoutMs, gpuNodes, options.apiserverHook);
      return cluster;
    } catch (err) {
      await cluster.stop();
      // Another process may have taken a port between choosing and binding it: try again.
      if (attempt < 3 && /address already in use/i.test((err as Error).message)) continue;
      throw err;
    }
  }
}

/** Sum of resident memory (bytes) of the given pids that are still alive. */
export function totalRss(pids: readonly number[]): number {
  return pids.filter(isAlive).reduce((sum, pid) => sum + rssBytes(pid), 0);
}
