/**
 * Runs Flux's source-controller and kustomize-controller as host processes against a cluster
 * (the embedded one: tools/cluster), like the control-plane components: the Flux CRDs (from the
 * build, tools/flux/index.ts) are applied, the `flux-system` namespace made, and both controllers
 * started with their own ports on 127.0.0.1, leader election off, logs in `<stateDir>/logs`.
 */
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import { progress } from "../cache";
import { ProcessSupervisor, rssBytes } from "../cluster/processes";
import type { EmbeddedCluster } from "../cluster";
import type { FluxTools } from "./index";

/** Flux running against a cluster. */
export interface RunningFlux {
  /** Log files of the controllers by name. */
  readonly logs: Readonly<Record<"source-controller" | "kustomize-controller", string>>;
  /** Pids of both controllers. */
  pids(): number[];
  /** Resident memory of both controllers, bytes. */
  rssBytes(): number;
  /** Stops both controllers (idempotent). */
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** Applies the CRDs, makes flux-system and starts both controllers; resolves when both CRD sets are established. */
export async function startFlux(cluster: EmbeddedCluster, tools: FluxTools, stateDir: string): Promise<RunningFlux> {
  fs.mkdirSync(stateDir, { recursive: true });
  progress(`flux: applying ${tools.crds.length} CRDs to ${cluster.name}`);
  for (const crd of tools.crds) await cluster.kubectl(["apply", "--server-side", "-f", crd]);
  await cluster.kubectl(["wait", "--for=condition=Established", "--timeout=60s", ...tools.crds.flatMap((c) => ["-f", c])]);
  await cluster.kubectl(["create", "namespace", "flux-system"], { check: false });
  const [storage, m1, h1, m2, h2] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
  const supervisor = new ProcessSupervisor(path.join(stateDir, "logs"));
  const env = { ...process.env, KUBECONFIG: cluster.kubeconfig, RUNTIME_NAMESPACE: "flux-system" };
  const common = ["--enable-leader-election=false", "--log-encoding=console", "--watch-all-namespaces=true"];
  const storagePath = path.join(stateDir, "artifacts");
  fs.mkdirSync(storagePath, { recursive: true });
  const source = supervisor.start(
    "source-controller",
    tools.sourceController,
    [
      ...common,
      `--metrics-addr=127.0.0.1:${m1}`,
      `--health-addr=127.0.0.1:${h1}`,
      `--storage-path=${storagePath}`,
      `--storage-addr=127.0.0.1:${storage}`,
      `--storage-adv-addr=127.0.0.1:${storage}`,
    ],
    env,
  );
  const kustomize = supervisor.start(
    "kustomize-controller",
    tools.kustomizeController,
    [...common, `--metrics-addr=127.0.0.1:${m2}`, `--health-addr=127.0.0.1:${h2}`, "--no-remote-bases=true", "--requeue-dependency=5s"],
    env,
  );
  progress(`flux: source-controller pid ${source.pid}, kustomize-controller pid ${kustomize.pid} (logs in ${supervisor.logDir})`);
  let stopped = false;
  return {
    logs: { "source-controller": source.logFile, "kustomize-controller": kustomize.logFile },
    pids: () => [source.pid, kustomize.pid],
    rssBytes: () => rssBytes(source.pid) + rssBytes(kustomize.pid),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await supervisor.stopAll();
    },
  };
}
