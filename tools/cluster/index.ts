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
import * as http from "node:http";
import * as https from "node:https";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { progress, run, RunResult } from "../cache";
import { ClusterBinaries, ensureClusterBinaries } from "./binaries";
import { KubeApi, KubeCredentials } from "./kube-api";
import { KWOK_STAGES } from "./kwok-stages";
import { CertificateAuthority, createCertificateAuthority, generateKeyPair, IssuedCertificate } from "./pki";
import { ProcessSupervisor, isAlive, rssBytes, tail } from "./processes";
import { defaultStorageClass, VolumeProvisioner } from "./provisioner";
import { certificateCrd } from "../../constructs/kube/cert-manager";
import { gatewayCrds, traefikMiddlewareCrd } from "../../constructs/kube/gateway";

export { CLUSTER_VERSIONS, ensureClusterBinaries, kubectlPath } from "./binaries";
export type { ClusterBinaries } from "./binaries";
export { isAlive, rssBytes } from "./processes";
export { DEFAULT_STORAGE_CLASS, PROVISIONER_NAME } from "./provisioner";

export interface StartClusterOptions {
  /** Name used in the kubeconfig (cluster/context) and for the state folder. @default "embedded" */
  readonly name?: string;
  /** Zones; one `topology.kubernetes.io/zone` value each. @default ["zone-a", "zone-b", "zone-c"] */
  readonly zones?: readonly string[];
  /** `topology.kubernetes.io/region` of every node. @default "local" */
  readonly region?: string;
  /** Fake nodes per zone. @default 1 */
  readonly nodesPerZone?: number;
  /**
   * Fake GPU nodes (in the first zone): `nvidia.com/gpu` capacity, the `nvidia.com/gpu.present`
   * label and a `nvidia.com/gpu` NoSchedule taint, so GPU scheduling is exercised. @default 1
   */
  readonly gpuNodes?: number;
  /** Give up (and stop everything) when the cluster is not ready within this time. @default 90000 */
  readonly timeoutMs?: number;
  /**
   * Folder for certificates, kubeconfigs, etcd data and logs. It is removed by `stop()`.
   * @default a new temporary folder
   */
  readonly stateDir?: string;
  /**
   * Called once the cluster's certificates are written and before the API server starts;
   * returns extra kube-apiserver flags. The runtime node (tools/runtime) uses it for the
   * kubelet client certificate and the egress proxy into its network namespace.
   */
  readonly apiserverHook?: (ctx: ApiserverHookContext) => string[];
}

/** What `StartClusterOptions.apiserverHook` gets: the cluster CA (to issue certificates) and where things are. */
export interface ApiserverHookContext {
  readonly stateDir: string;
  readonly pkiDir: string;
  readonly ca: CertificateAuthority;
  readonly apiserverPort: number;
}

export interface KubectlOptions {
  /** Text for stdin (e.g. a manifest for `apply -f -`). */
  readonly input?: string;
  /** Reject on a non-zero exit. @default true */
  readonly check?: boolean;
}

export interface ClusterComponent {
  readonly name: string;
  readonly pid: number;
  readonly logFile: string;
}

export interface EmbeddedCluster {
  readonly name: string;
  /** Path of the admin kubeconfig (user in `system:masters`). */
  readonly kubeconfig: string;
  /** API server URL, `https://127.0.0.1:<port>`. */
  readonly server: string;
  readonly stateDir: string;
  /** Ports in use (etcd client/peer, apiserver, controller-manager, scheduler). */
  readonly ports: Readonly<Record<string, number>>;
  readonly zones: readonly string[];
  readonly nodeNames: readonly string[];
  /** The components with their pids and log files. */
  readonly components: readonly ClusterComponent[];
  /** Runs the built kubectl against this cluster. */
  kubectl(args: string[], opts?: KubectlOptions): Promise<RunResult>;
  /** Stops every process the cluster started and removes the state folder. Idempotent. */
  stop(): Promise<void>;
  /** Pids of every process the cluster started (components and watchdog). */
  pids(): number[];
  /** Sum of the resident memory of the component processes, in bytes. */
  rssBytes(): number;
}

/** Thrown when a component does not become ready; quotes the tail of its log. */
export class ClusterStartError extends Error {
  constructor(
    readonly component: string,
    detail: string,
    readonly logTail: string,
  ) {
    super(`embedded cluster: ${component} ${detail}\n--- last lines of ${component}.log ---\n${logTail}`);
    this.name = "ClusterStartError";
  }
}

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

// ---- process-wide cleanup on signals / exit --------------------------------------------

const running = new Set<Cluster>();
const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
let handlersInstalled = false;

function onSignal(signal: NodeJS.Signals): void {
  const clusters = [...running];
  void Promise.allSettled(clusters.map((c) => c.stop())).then(() => {
    uninstallHandlers();
    // Re-raise: with no other listener the default action ends the process as the signal
    // intended; a program with its own handler has already been told and decides itself.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  });
}
function onExit(): void {
  for (const c of running) c.killSync();
}
function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on("exit", onExit);
}
function uninstallHandlers(): void {
  if (!handlersInstalled) return;
  handlersInstalled = false;
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.removeListener("exit", onExit);
}

// ---- helpers ---------------------------------------------------------------------------

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen({ port: 0, host: "127.0.0.1", exclusive: true }, () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function freePorts(n: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < n) ports.add(await freePort());
  return [...ports];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function httpGet(url: string, tls?: { ca: string; cert?: string; key?: string }): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const mod = url.startsWith("https:") ? https : http;
    const req = mod.get(url, { timeout: 3000, ...(tls ?? {}) }, (res) => {
      let text = "";
      res.on("data", (d: Buffer) => (text += d.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
  });
}

function kubeconfigYaml(name: string, server: string, caPem: string, user: string, cred: IssuedCertificate): string {
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

const KWOK_CLUSTER_ROLE = {
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
const PROVISIONER_CLUSTER_ROLE = {
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
function bindingFor(role: string, user: string): object {
  return {
    apiVersion: "rbac.authorization.k8s.io/v1",
    kind: "ClusterRoleBinding",
    metadata: { name: role },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: role },
    subjects: [{ apiGroup: "rbac.authorization.k8s.io", kind: "User", name: user }],
  };
}

function kwokConfig(): string {
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

// ---- the cluster -----------------------------------------------------------------------

interface Pki {
  caPem: string;
  etcdCaPem: string;
  etcdClient: IssuedCertificate;
  creds: Record<"admin" | "controllerManager" | "scheduler" | "kwok" | "provisioner", IssuedCertificate>;
  ca: CertificateAuthority;
}

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
    const pki = this.writePki(dir("pki"));
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
    for (const node of [...fakeNodes(this.zones, nodesPerZone, region), ...fakeGpuNodes(this.zones[0], gpuNodes, region)]) {
      await api.ensure("/api/v1/nodes", node);
      this.nodeNames.push((node as { metadata: { name: string } }).metadata.name);
    }

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

  private writePki(pkiDir: string): Pki {
    const write = (file: string, text: string) => fs.writeFileSync(path.join(pkiDir, file), text, { mode: 0o600 });
    const ca = createCertificateAuthority(`stackwerk-${this.name}-ca`);
    write("ca.crt", ca.certPem);
    write("ca.key", ca.keyPem);
    const serving = ca.issue({
      subject: { commonName: "kube-apiserver" },
      hosts: ["127.0.0.1", "localhost", "kubernetes", "kubernetes.default", "kubernetes.default.svc", "kubernetes.default.svc.cluster.local", SERVICE_IP],
      server: true,
    });
    write("apiserver.crt", serving.certPem);
    write("apiserver.key", serving.keyPem);
    for (const c of ["controller-manager", "scheduler"]) {
      const s = ca.issue({ subject: { commonName: `kube-${c}` }, hosts: ["127.0.0.1", "localhost"], server: true });
      write(`${c}-serving.crt`, s.certPem);
      write(`${c}-serving.key`, s.keyPem);
    }
    const frontProxy = createCertificateAuthority(`stackwerk-${this.name}-front-proxy-ca`);
    write("front-proxy-ca.crt", frontProxy.certPem);
    const proxyClient = frontProxy.issue({ subject: { commonName: "front-proxy-client" }, client: true });
    write("front-proxy-client.crt", proxyClient.certPem);
    write("front-proxy-client.key", proxyClient.keyPem);
    const etcdCa = createCertificateAuthority(`stackwerk-${this.name}-etcd-ca`);
    write("etcd-ca.crt", etcdCa.certPem);
    const etcdServer = etcdCa.issue({ subject: { commonName: "etcd" }, hosts: ["127.0.0.1", "localhost"], server: true, client: true });
    write("etcd-server.crt", etcdServer.certPem);
    write("etcd-server.key", etcdServer.keyPem);
    const etcdClient = etcdCa.issue({ subject: { commonName: "kube-apiserver-etcd-client" }, client: true });
    write("apiserver-etcd-client.crt", etcdClient.certPem);
    write("apiserver-etcd-client.key", etcdClient.keyPem);
    const sa = generateKeyPair();
    write("sa.key", sa.keyPem);
    write("sa.pub", sa.publicKeyPem);
    const client = (cn: string, o?: string) => ca.issue({ subject: { commonName: cn, organizations: o ? [o] : [] }, client: true });
    const creds = {
      admin: client(`${this.name}-admin`, "system:masters"),
      controllerManager: client("system:kube-controller-manager"),
      scheduler: client("system:kube-scheduler"),
      kwok: client("stackwerk:kwok"),
      provisioner: client("stackwerk:volume-provisioner"),
    };
    const kc = (file: string, user: string, cred: IssuedCertificate) =>
      fs.writeFileSync(path.join(this.stateDir, file), kubeconfigYaml(this.name, this.server, ca.certPem, user, cred), { mode: 0o600 });
    kc("controller-manager.kubeconfig", "system:kube-controller-manager", creds.controllerManager);
    kc("scheduler.kubeconfig", "system:kube-scheduler", creds.scheduler);
    kc("kwok.kubeconfig", "stackwerk:kwok", creds.kwok);
    return { caPem: ca.certPem, etcdCaPem: etcdCa.certPem, etcdClient, creds, ca };
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
