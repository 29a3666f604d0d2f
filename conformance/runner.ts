/**
 * The conformance run: every registered pattern (or every pattern instance of a user's app) on
 * every selected target, levels 1-7, cells in parallel on a shared embedded cluster with
 * namespace isolation (a further cluster for a cell whose cluster-wide objects another cell
 * holds), then the report (JSON, Markdown, HTML) and a summary table.
 *
 * See docs/conformance.md for the levels, the required levels and the report schema, and
 * docs/adr/0007-* for why cells share one cluster.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Stage } from "../core/profile";
import { registeredPatterns } from "../patterns/registry";
import { TARGET_NAMES } from "../core/target";
import { progress } from "../tools/cache";
import { CLUSTER_VERSIONS, EmbeddedCluster, ensureClusterBinaries, startCluster } from "../tools/cluster";
import { BuiltImage, RuntimeCluster, startRuntimeCluster } from "../tools/runtime";
import { ensureToolchain, Toolchain } from "../tools/toolchain";
import { gitInfo, packageVersion, timestamp, toolVersions } from "./run-facts";
import { longestFirst, nextCell, previousCellDurations } from "./schedule";
import { CellContext, ClusterHandle, runCell } from "./cell";
import { runPulumiCell } from "./pulumi-cell";
import { ensurePulumi, PULUMI_PINS } from "../tools/pulumi";
import { ProcessTracker } from "../deploy/exec";
import { Kube } from "./kube";
import { DEPLOYED_MEANS, LEVELS, RUNTIME_DEPLOYED_MEANS, seconds, summarize } from "./levels";
import { ClusterPool } from "./pool";
import { runtimeNodeInfo } from "./runtime";
import type { RuntimeCertManager } from "../tools/runtime/cert-manager";
import { startRuntimePrerequisites } from "./runtime-prerequisites";
import { writeReport, ReportFiles } from "./report/write";
import { validateReport } from "./schema";
import { renderSummaryTable } from "./report/console";
import { appCells, CellSpec, registryCells } from "./sources";
import { ENGINE_NAMES } from "./types";
import type { CellReport, ClusterInfo, ConformanceReport, EngineName, ImageSubstitution, LevelNumber, ToolVersion } from "./types";

export interface ConformanceOptions {
  /** Registered patterns to run. @default every registered pattern */
  readonly patterns?: readonly string[];
  /** Targets. @default every target name (ionos, stackit, onprem) */
  readonly targets?: readonly string[];
  /** @default "test" */
  readonly stage?: Stage;
  /** Report folder. @default `reports/conformance-<timestamp>` (and `reports/latest` points at it) */
  readonly reportDir?: string;
  /** Leave the objects on the cluster (level 6 not run), keep the work folder and the cluster. @default false */
  readonly keep?: boolean;
  /** A user's cdktf app instead of the registered patterns. */
  readonly app?: string;
  /** Cells run in parallel. @default DEFAULT_JOBS (3) */
  readonly jobs?: number;
  /** Apply to an existing cluster instead of starting the embedded one. */
  readonly kubeconfig?: string;
  /** A previous run's report.json whose cell times order this run (longest first). @default `reports/latest/report.json` when no reportDir is given */
  readonly previousReport?: string;
  /** Explicit cells (tests, tools); overrides patterns/app. */
  readonly cells?: readonly CellSpec[];
  /** Command line recorded in the report. */
  readonly argv?: readonly string[];
  /** Level 4/5 wait for rollouts/endpoints (with `runtime`: for every pod to run Ready on the real node). @default 120000, 900000 with `runtime` (Keycloak builds itself and creates its schema before Ready) */
  readonly rolloutTimeoutMs?: number;
  /** Level 6 wait for namespaces/volumes to disappear. @default 120000 */
  readonly leftoverTimeoutMs?: number;
  /** Stop on SIGINT/SIGTERM: stop tofu and the cluster, write a partial report. @default true */
  readonly handleSignals?: boolean;
  /** Progress lines. @default stderr through tools/cache `progress` */
  readonly log?: (line: string) => void;
  /** Awaited after a cell's level 4 passed, before level 5 (tests: a second deploy against the same state). */
  readonly afterApply?: CellContext["afterApply"];
  /** Called once the cluster is up (tests use it to interrupt a run at a known point). */
  readonly onClusterReady?: (info: { kubeconfig: string; pids: number[]; stateDir?: string }) => void;
  /** Work folder for synth output and OpenTofu state. @default a new folder under the OS temp dir */
  readonly workDir?: string;
  /** Environment for credential detection (level 7). @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Run levels 1..maxLevel only (e.g. 3: offline checks without a cluster); the rest are `not-run`. @default 7 */
  readonly maxLevel?: LevelNumber;
  /**
   * Engines the registered patterns run through: `cdktf` (OpenTofu) and/or `pulumi` (the Pulumi CLI
   * and Kubernetes provider, conformance/pulumi-cell.ts). @default ["cdktf"]
   */
  readonly engines?: readonly EngineName[];
  /**
   * Start the embedded cluster with a real node (`startRuntimeCluster`, ADR 0100/0310): containerd,
   * kubelet, kube-proxy, CoreDNS and a NetworkPolicy enforcer next to the kwok nodes. Cells then
   * share that one cluster (a real node costs ~0.5 GiB). `true` places the workloads of on-prem
   * cells on the real node (`placement: "onprem"`); `{ placement: "none" }` starts the node but
   * leaves every pod on kwok nodes. Not with `kubeconfig`. @default false
   */
  readonly runtime?: boolean | { readonly placement: "onprem" | "none" };
}

export interface ConformanceRun {
  readonly report: ConformanceReport;
  readonly reportDir: string;
  readonly files: ReportFiles;
  readonly exitCode: number;
  /** The embedded cluster, still running, when `keep` was set. */
  readonly keptCluster?: EmbeddedCluster;
  readonly workDir: string;
}

/**
 * Cells in parallel by default. A cell mostly waits: the kubernetes provider sends at most 5
 * requests a second (client-go's default, not configurable), Deployments roll out and
 * namespaces drain at the controllers' pace, so a third cell uses cores two would leave idle.
 * Measured on 2 cores with all five patterns (issue 15, one run each): --jobs 2 11.8 min,
 * --jobs 3 9.0 min.
 */
export const DEFAULT_JOBS = 3;

/** Thrown for options that name no such pattern/target (the CLI prints it as a usage error). */
export class ConformanceOptionError extends Error {}

/** Selects the cells of a run (and checks the names the user gave). */
export async function selectCells(options: ConformanceOptions, workDir: string): Promise<CellSpec[]> {
  if (options.cells) return [...options.cells];
  const engines = options.engines?.length ? [...new Set(options.engines)] : (["cdktf"] as EngineName[]);
  const unknownEngines = engines.filter((e) => !ENGINE_NAMES.includes(e));
  if (unknownEngines.length) throw new ConformanceOptionError(`unknown engine(s) ${unknownEngines.join(", ")}. Allowed: ${ENGINE_NAMES.join(", ")}`);
  if (options.app && engines.includes("pulumi"))
    throw new ConformanceOptionError("--engine pulumi runs the registered patterns only; --app takes a cdktf app. Allowed: --engine cdktf with --app");
  const targets = options.targets?.length ? [...options.targets] : [...TARGET_NAMES];
  const unknownTargets = targets.filter((t) => !(TARGET_NAMES as readonly string[]).includes(t));
  if (unknownTargets.length) throw new ConformanceOptionError(`unknown target(s) ${unknownTargets.join(", ")}. Allowed: ${TARGET_NAMES.join(", ")}`);
  if (options.app) return appCells(options.app, path.join(workDir, "app-synth"), { patterns: options.patterns, targets: options.targets });
  const registered = registeredPatterns().map((p) => p.name);
  const patterns = options.patterns?.length ? [...options.patterns] : registered;
  const unknown = patterns.filter((p) => !registered.includes(p));
  if (unknown.length) throw new ConformanceOptionError(`unknown pattern(s) ${unknown.join(", ")}. Allowed: ${registered.join(", ") || "(none registered)"}`);
  if (patterns.length === 0) throw new ConformanceOptionError("no pattern is registered");
  return registryCells(patterns, targets, options.stage ?? "test", engines, {
    runtime: options.runtime === true || (typeof options.runtime === "object" && options.runtime.placement === "onprem"),
  });
}

/** Runs the matrix and writes the report. */
export async function runConformance(options: ConformanceOptions = {}): Promise<ConformanceRun> {
  const runtime = options.runtime === true ? { placement: "onprem" as const } : options.runtime || undefined;
  if (runtime && options.kubeconfig)
    throw new ConformanceOptionError("--runtime starts the embedded cluster with a real node; it cannot be combined with --kubeconfig");
  const startedAt = new Date();
  const runId = timestamp(startedAt);
  const log = options.log ?? ((line: string) => progress(line));
  const workDir = options.workDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-conformance-"));
  fs.mkdirSync(workDir, { recursive: true });
  const cells = await selectCells(options, workDir);
  const jobs = Math.max(1, Math.floor(options.jobs ?? DEFAULT_JOBS));
  const tracker = new ProcessTracker();
  const width = Math.max(...cells.map((c) => c.id.length));
  const cellLog = (id: string, line: string) => log(`[${id.padEnd(width)}] ${line}`);
  log(`conformance: ${cells.length} cell(s) (${cells.map((c) => c.id).join(", ")}), ${jobs} in parallel, work folder ${workDir}`);

  // ---- interruption ------------------------------------------------------------------------
  let interrupted = false;
  const embedded: EmbeddedCluster[] = []; // started by this run, stopped at its end
  const certManagers: RuntimeCertManager[] = []; // host processes on a runtime cluster, stopped before it
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    log(`conformance: ${signal} received: stopping OpenTofu and the cluster, then writing the partial report`);
    tracker.interrupt();
    for (const c of certManagers) void c.stop();
    for (const c of embedded) void c.stop();
  };
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM"];
  if (options.handleSignals ?? true) for (const s of signals) process.on(s, onSignal);

  // ---- toolchain and cluster, started at once, awaited by the levels that need them --------
  let toolchainPromise: Promise<Toolchain> | undefined;
  let toolchainReadyMs: number | undefined;
  const toolchain = () =>
    (toolchainPromise ??= (async () => {
      const t0 = Date.now();
      const tc = await ensureToolchain();
      toolchainReadyMs = Date.now() - t0;
      return tc;
    })());
  let clusterInfo: ClusterInfo = { kind: options.kubeconfig ? "external" : "embedded", note: runtime ? RUNTIME_DEPLOYED_MEANS : DEPLOYED_MEANS };
  const startEmbedded = async (index: number, reason?: string): Promise<ClusterHandle> => {
    const t0 = Date.now();
    const label = index === 0 ? "the embedded cluster" : `embedded cluster ${index + 1}`;
    log(`conformance: starting ${label}${reason ? ` (${reason})` : ""} ...`);
    if (interrupted) throw new Error("run interrupted");
    const clusterOptions = { name: index === 0 ? "conformance" : `conformance-${index + 1}`, timeoutMs: 180_000 };
    const started: EmbeddedCluster = runtime ? await startRuntimeCluster({ ...clusterOptions, timeoutMs: 240_000 }) : await startCluster(clusterOptions);
    embedded.push(started);
    if (interrupted) {
      await started.stop();
      throw new Error("run interrupted");
    }
    const bins = await ensureClusterBinaries();
    const kube = new Kube(bins.kubectl, started.kubeconfig, tracker);
    // Stackwerk's admission policies (issue 26, ADR 0385) are not applied here: every cell's zone ships its own copy in
    // its add-ons stack (on by default), applied before its patterns, so each cell's objects pass the policies it ships.
    const version = await kube.serverVersion();
    const real = runtime ? (started as RuntimeCluster).runtime : undefined;
    const node = real ? await runtimeNodeInfo((args, o) => kube.kubectl(args, o), real.nodeName) : undefined;
    if (node && !node.containerRuntimeVersion.startsWith("containerd://"))
      throw new Error(`runtime node ${node.node} reports container runtime '${node.containerRuntimeVersion}', not containerd`);
    const prerequisites: ImageSubstitution[] = [];
    if (real) {
      const prereqs = await startRuntimePrerequisites(
        (a, o) => kube.kubectl(a, o),
        { ...real, kubeconfig: started.kubeconfig, stateDir: started.stateDir, importImage: (image) => real.importImage(image) },
        log,
      );
      certManagers.push(prereqs.certManager);
      prerequisites.push(...prereqs.substitutions);
    }
    if (index === 0) {
      clusterInfo = {
        ...clusterInfo,
        kubernetesVersion: version,
        components: { ...CLUSTER_VERSIONS },
        nodes: started.nodeNames.length,
        zones: [...started.zones],
        startMs: Date.now() - t0,
        ...(node && real
          ? {
              runtime: {
                ...node,
                ...(Object.keys(real.timings).length ? { nodeStartMs: Math.round(Math.max(...Object.values(real.timings)) * 1000) } : {}),
                rssBytes: real.rssBytes(),
              },
            }
          : {}),
      };
      options.onClusterReady?.({ kubeconfig: started.kubeconfig, pids: started.pids(), stateDir: started.stateDir });
    }
    log(
      `conformance: ${label} ready in ${seconds(Date.now() - t0)} (Kubernetes ${version}, ${started.server}, ${started.nodeNames.length} kwok nodes` +
        `${node ? `, real node ${node.node}: ${node.containerRuntimeVersion}, kubelet ${node.kubeletVersion}` : ""})`,
    );
    return {
      kubeconfig: started.kubeconfig,
      kube,
      ...(node && real ? { runtime: { ...node, prerequisites }, importImage: (image: BuiltImage) => real.importImage(image) } : {}),
    };
  };
  const startCluster0 = async (): Promise<ClusterHandle> => {
    if (!options.kubeconfig) return startEmbedded(0);
    const kubeconfig = path.resolve(options.kubeconfig);
    const kube = new Kube((await ensureClusterBinaries()).kubectl, kubeconfig, tracker);
    const version = await kube.serverVersion();
    clusterInfo = { ...clusterInfo, kubernetesVersion: version, nodes: await kube.nodeCount(), startMs: 0 };
    log(`conformance: using the cluster of ${kubeconfig} (Kubernetes ${version})`);
    return { kubeconfig, kube };
  };
  // One cluster to inspect with --keep, and only the one given with --kubeconfig; otherwise a
  // further embedded cluster for each cell that would wait for another's cluster-wide objects.
  // A real node costs ~0.5 GiB and a core while it starts: --runtime cells share one cluster.
  const maxClusters = options.kubeconfig || options.keep || runtime ? 1 : jobs;
  const pool = new ClusterPool<ClusterHandle>(
    (index, reason) =>
      (index === 0 ? startCluster0() : startEmbedded(index, reason)).catch((err) => {
        if (index === 0) clusterInfo = { ...clusterInfo, error: (err as Error).message };
        throw err;
      }),
    maxClusters,
  );
  // Start both now (when a level needs them): they get ready while level 1 synthesises.
  const maxLevel = options.maxLevel ?? 7;
  const pulumiCells = cells.some((c) => c.engine === "pulumi");
  if (maxLevel >= 2 && cells.some((c) => c.engine !== "pulumi")) toolchain().catch(() => undefined);
  let pulumiTools: ToolVersion[] = [];
  // The Pulumi CLI and plugin (built on first use, cached; a build failure fails the cells' level 2).
  const pulumiReady = !(pulumiCells && maxLevel >= 2)
    ? Promise.resolve()
    : ensurePulumi()
        .then(() => {
          pulumiTools = PULUMI_PINS.map((p) => ({ name: p.tool, tool: p.tool, version: p.upstream, moduleVersion: p.version, available: true }));
        })
        .catch((err: Error) => {
          pulumiTools = PULUMI_PINS.map((p) => ({
            name: p.tool,
            tool: p.tool,
            version: p.upstream,
            moduleVersion: p.version,
            available: false,
            reason: err.message,
          }));
        });
  // Pulumi cells need the cluster from level 2 on (the provider's preview asks the API server).
  if ((maxLevel >= 4 || (pulumiCells && maxLevel >= 2)) && cells.length > 0) pool.first().catch(() => undefined);

  const ctx: CellContext = {
    workDir,
    tracker,
    toolchain,
    place: (keys, who) => pool.place(keys, who),
    keep: options.keep ?? false,
    rolloutTimeoutMs: options.rolloutTimeoutMs ?? (options.runtime ? 900_000 : 120_000),
    leftoverTimeoutMs: options.leftoverTimeoutMs ?? 120_000,
    env: options.env ?? process.env,
    maxLevel,
    ...(runtime ? { runtimePlacement: runtime.placement } : {}),
    ...(options.afterApply ? { afterApply: options.afterApply } : {}),
    log: cellLog,
  };

  // ---- the matrix ------------------------------------------------------------------------
  const results: CellReport[] = new Array(cells.length);
  // Longest cells first (by the previous run's times), so no long cell starts last and runs alone;
  // cells without a previous time go first. The report keeps the selection order.
  const previous = options.previousReport ?? (options.reportDir === undefined ? path.resolve("reports", "latest", "report.json") : undefined);
  const order = longestFirst(cells, previousCellDurations(previous));
  const queue = [...order];
  const running = new Map<string, number>();
  const worker = async () => {
    while (queue.length > 0) {
      // With one cluster, cells of one pattern would wait for each other's cluster-wide objects.
      const i = queue.splice(maxClusters > 1 ? 0 : nextCell(queue, cells, running), 1)[0];
      running.set(cells[i].pattern, (running.get(cells[i].pattern) ?? 0) + 1);
      const run = cells[i].engine === "pulumi" ? runPulumiCell : runCell;
      results[i] = await run(cells[i], ctx).finally(() => running.set(cells[i].pattern, running.get(cells[i].pattern)! - 1));
      cellLog(cells[i].id, `done: ${results[i].verdict.toUpperCase()} in ${seconds(results[i].durationMs)}`);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(jobs, cells.length) }, worker));
  } finally {
    await tracker.drain(20_000);
  }

  // ---- report ------------------------------------------------------------------------------
  let toolchainInfo: ConformanceReport["toolchain"];
  await pulumiReady;
  try {
    const tv = toolVersions(await toolchain());
    toolchainInfo = { ...tv, tools: [...tv.tools, ...pulumiTools] };
    if (toolchainReadyMs !== undefined) toolchainInfo = { ...toolchainInfo, readyMs: toolchainReadyMs };
  } catch (err) {
    toolchainInfo = { tools: pulumiTools, error: (err as Error).message };
  }
  const keptCluster = options.keep && !interrupted ? embedded[0] : undefined;
  if (embedded.length > 0 && !keptCluster) {
    // The clusters' processes and the stop's timers are unref'd: without a ref'd handle a CLI run's
    // event loop empties while the stop waits for them, and Node exits (code 0) before the report.
    const keepAlive = setInterval(() => undefined, 1000);
    try {
      await Promise.all(certManagers.map((c) => c.stop()));
      await Promise.all(embedded.map((c) => c.stop()));
    } finally {
      clearInterval(keepAlive);
    }
    log(`conformance: ${embedded.length === 1 ? "embedded cluster" : `${embedded.length} embedded clusters`} stopped`);
  }
  if (embedded.length > 1) clusterInfo = { ...clusterInfo, clusters: embedded.length };
  if (options.handleSignals ?? true) for (const s of signals) process.removeListener(s, onSignal);

  const finishedAt = new Date();
  const summary = summarize(results, interrupted);
  const report: ConformanceReport = {
    schema: "stackwerk.dev/conformance-report",
    schemaVersion: 1,
    run: {
      id: runId,
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      interrupted,
      argv: [...(options.argv ?? process.argv.slice(2))],
      options: {
        patterns: [...new Set(cells.map((c) => c.pattern))],
        targets: [...new Set(cells.map((c) => c.target))],
        stage: options.stage ?? "test",
        jobs,
        keep: options.keep ?? false,
        ...(options.app ? { app: options.app } : {}),
        ...(options.kubeconfig ? { kubeconfig: options.kubeconfig } : {}),
        ...(maxLevel < 7 ? { maxLevel } : {}),
        engines: [...new Set(cells.map((c) => c.engine ?? "cdktf"))],
        ...(runtime ? { runtime: { placement: runtime.placement } } : {}),
      },
      host: { platform: process.platform, arch: process.arch, cpus: os.cpus().length, node: process.version },
      stackwerk: { version: packageVersion(), ...gitInfo() },
    },
    toolchain: toolchainInfo,
    cluster: clusterInfo,
    levels: LEVELS,
    cells: results.filter(Boolean),
    summary,
  };
  // A report that breaks its own schema is a runner bug; say so rather than hand it on silently.
  const schemaErrors = validateReport(JSON.parse(JSON.stringify(report)));
  if (schemaErrors.length) log(`conformance: warning: the report does not match its schema (runner bug): ${schemaErrors.slice(0, 5).join("; ")}`);
  const reportDir = path.resolve(options.reportDir ?? path.join("reports", `conformance-${runId}`));
  const files = writeReport(report, reportDir, { latestPointer: options.reportDir === undefined });
  if (!options.keep) fs.rmSync(workDir, { recursive: true, force: true });
  return { report, reportDir, files, exitCode: summary.exitCode, workDir, ...(keptCluster ? { keptCluster } : {}) };
}

export { renderSummaryTable };
export { longestFirst, nextCell, previousCellDurations };
