/**
 * `startRuntimeCluster()`: the embedded control plane (tools/cluster) plus one real node
 * (tools/runtime/node.ts) that runs containers. The kwok nodes stay for the fast matrix; the
 * real node carries the label and NoSchedule taint `stackwerk.dev/runtime=true`, so only pods
 * that ask for it (`RUNTIME_POD_PLACEMENT`) run there (ADR 0100).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { progress } from "../cache";
import { EmbeddedCluster, startCluster, StartClusterOptions } from "../cluster";
import { ensureHostPackages, ensureRuntimeBinaries } from "./binaries";
import { BuiltImage } from "./images";
import { killCgroupTree, RUNTIME_NODE_LABEL, RUNTIME_NODE_NAME, RuntimeNode, RuntimeNodeRecord } from "./node";
import { buildNodeImages } from "./test-images";

export { RUNTIME_NODE_LABEL, RUNTIME_NODE_NAME, CLUSTER_DNS_IP, RUNTIME_NODE_IP } from "./node";
export { ensureRuntimeBinaries, RUNTIME_VERSIONS } from "./binaries";
export { buildImage } from "./images";
export type { BuiltImage, ImageSpec } from "./images";

/** Pod spec fields that place a pod on the real node (merge into `spec`). */
export const RUNTIME_POD_PLACEMENT = {
  nodeSelector: { [RUNTIME_NODE_LABEL]: "true" },
  tolerations: [{ key: RUNTIME_NODE_LABEL, operator: "Equal", value: "true", effect: "NoSchedule" }],
} as const;

/** The runtime part of a cluster started by `startRuntimeCluster`. */
export interface RuntimeInfo {
  readonly nodeName: string;
  /** The busybox test image (already in the node's containerd). */
  readonly testImage: BuiltImage;
  readonly pauseImage: BuiltImage;
  /** Node folder and cgroup id (for crash clean-up). */
  readonly record: RuntimeNodeRecord;
  /** Pids of the node's daemons, shims and containers. */
  pids(): number[];
  /** Resident memory of the node stack, bytes. */
  rssBytes(): number;
  /** Seconds of each start-up phase. */
  readonly timings: Readonly<Record<string, number>>;
  /** Imports an image built with `buildImage` into the node's containerd (pods then run it with `imagePullPolicy: Never`). */
  importImage(image: BuiltImage): Promise<void>;
}

/** An embedded cluster with a real node. */
export interface RuntimeCluster extends EmbeddedCluster {
  readonly runtime: RuntimeInfo;
}

/**
 * Builds what is missing (node binaries, Debian packages runc/nftables, the pause and busybox
 * images), starts the control plane and the real node, and resolves when the node is Ready.
 * `stop()` stops the node (every process, cgroup, namespace and mount) and then the control plane.
 */
export async function startRuntimeCluster(options: StartClusterOptions = {}): Promise<RuntimeCluster> {
  const started = Date.now();
  await ensureHostPackages();
  const bins = await ensureRuntimeBinaries();
  const images = await buildNodeImages(bins.relay);
  const node = new RuntimeNode(bins, images);
  let cluster: EmbeddedCluster | undefined;
  try {
    cluster = await startCluster({ ...options, apiserverHook: (ctx) => [...(options.apiserverHook?.(ctx) ?? []), ...node.prepare(ctx)] });
    const timeoutMs = options.timeoutMs ?? 120000;
    await node.start(cluster, Date.now() + timeoutMs);
  } catch (err) {
    await node.stop().catch(() => undefined);
    await cluster?.stop();
    throw err;
  }
  const c = cluster;
  const stopControlPlane = c.stop.bind(c);
  const pidsControlPlane = c.pids.bind(c);
  let stopping: Promise<void> | undefined;
  const runtime: RuntimeInfo = {
    nodeName: RUNTIME_NODE_NAME,
    testImage: images.busybox,
    pauseImage: images.pause,
    record: node.record(),
    pids: () => node.pids(),
    rssBytes: () => node.rssBytes(),
    timings: node.timings,
    importImage: (image) => node.importImage(image),
  };
  // The control plane's own stop (also called by its signal handlers) stops the node first.
  Object.assign(c, {
    runtime,
    stop: () => (stopping ??= node.stop().finally(() => stopControlPlane())),
    pids: () => [...pidsControlPlane(), ...node.pids()],
  });
  fs.writeFileSync(path.join(c.stateDir, "runtime-node.json"), JSON.stringify(node.record()) + "\n");
  progress(`runtime cluster ${c.name} ready in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return c as RuntimeCluster;
}

/**
 * Clean-up after a process that ran a runtime node died without stopping it: kills every
 * process left in the node's cgroups (its namespaces and mounts go with them) and removes the
 * cgroups and the node folder. Reads `<stateDir>/runtime-node.json`; a no-op without it.
 */
export async function sweepRuntimeNode(stateDir: string): Promise<void> {
  let record: RuntimeNodeRecord;
  try {
    record = JSON.parse(fs.readFileSync(path.join(stateDir, "runtime-node.json"), "utf8")) as RuntimeNodeRecord;
  } catch {
    return;
  }
  if (!/^swk-[A-Za-z0-9]+$/.test(record.id)) return;
  await killCgroupTree(record.id);
  fs.rmSync(record.dir, { recursive: true, force: true });
}
