/**
 * The embedded cluster's public shapes: start options, the cluster handle and its start-up error.
 * Split from tools/cluster/index.ts (which re-exports them).
 */
import type { RunResult } from "../cache";
import type { CertificateAuthority } from "./pki";

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
