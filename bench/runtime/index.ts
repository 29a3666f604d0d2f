/**
 * Cost of the real node (issue 23): warm start time and memory of `startRuntimeCluster()`
 * (what `cluster up --runtime` runs) against plain `startCluster()` (`cluster up`), as ratios
 * beside the absolute numbers. Alternates plain and runtime starts (`BENCH_ROUNDS`, default 2),
 * so a change in the machine's load hits both; medians are reported. Everything is built before
 * timing (warm). Memory: resident set of every process of the cluster (control plane; plus, for
 * the runtime cluster, everything in the node's cgroups: daemons, shims, containers) right after
 * start, no pod running. Results: a table on stdout and reports/bench-runtime.json.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { startCluster, StartClusterOptions } from "../../tools/cluster";
import { rssBytes } from "../../tools/cluster/processes";
import { startRuntimeCluster } from "../../tools/runtime";
import { ensureHostPackages, ensureRuntimeBinaries } from "../../tools/runtime/binaries";

/** One start of one cluster kind. */
export interface RuntimeBenchSample {
  readonly kind: "plain" | "runtime";
  readonly startMs: number;
  /** RSS of all the cluster's processes. */
  readonly totalRssBytes: number;
  /** RSS of the node stack alone (runtime only). */
  readonly nodeRssBytes?: number;
  /** Seconds into the node's start of each phase (runtime only). */
  readonly nodeTimings?: Readonly<Record<string, number>>;
}

/** What `npm run bench -- runtime` measured. */
export interface RuntimeBenchResult {
  readonly rounds: number;
  readonly samples: readonly RuntimeBenchSample[];
  /** Medians. */
  readonly plainStartMs: number;
  readonly runtimeStartMs: number;
  readonly plainRssBytes: number;
  readonly runtimeRssBytes: number;
  readonly nodeRssBytes: number;
  /** runtime / plain start time. */
  readonly startRatio: number;
  /** runtime / plain memory of all processes. */
  readonly memoryRatio: number;
  readonly loadavg: readonly number[];
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const OPTIONS: StartClusterOptions = { name: "bench-runtime", zones: ["zone-a"], gpuNodes: 0, timeoutMs: 240_000 };

async function sample(kind: "plain" | "runtime"): Promise<RuntimeBenchSample> {
  const t0 = Date.now();
  const cluster = kind === "plain" ? await startCluster(OPTIONS) : await startRuntimeCluster(OPTIONS);
  const startMs = Date.now() - t0;
  try {
    const totalRssBytes = cluster.pids().reduce((s, pid) => s + rssBytes(pid), 0);
    if (!("runtime" in cluster)) return { kind, startMs, totalRssBytes };
    const rt = (cluster as Awaited<ReturnType<typeof startRuntimeCluster>>).runtime;
    return { kind, startMs, totalRssBytes, nodeRssBytes: rt.rssBytes(), nodeTimings: { ...rt.timings } };
  } finally {
    await cluster.stop();
  }
}

/** Runs the benchmark (used by bench/run.ts). */
export async function run(): Promise<RuntimeBenchResult> {
  // The clusters' processes are unref'd: without this, Node would exit while a stop() is awaited.
  const keepAlive = setInterval(() => undefined, 1 << 30);
  try {
    return await measure();
  } finally {
    clearInterval(keepAlive);
  }
}

async function measure(): Promise<RuntimeBenchResult> {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
  // Warm: everything built before the first timed start.
  await ensureHostPackages();
  await ensureRuntimeBinaries();
  await sample("runtime"); // builds/caches the node images, fills the page cache; not counted
  const samples: RuntimeBenchSample[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const kind of ["plain", "runtime"] as const) {
      const s = await sample(kind);
      samples.push(s);
      process.stderr.write(`[bench] runtime: ${kind} start ${(s.startMs / 1000).toFixed(1)} s, ${(s.totalRssBytes / 2 ** 20).toFixed(0)} MiB\n`);
    }
  }
  const of = (kind: string, pick: (s: RuntimeBenchSample) => number) => median(samples.filter((s) => s.kind === kind).map(pick));
  const result: RuntimeBenchResult = {
    rounds,
    samples,
    plainStartMs: of("plain", (s) => s.startMs),
    runtimeStartMs: of("runtime", (s) => s.startMs),
    plainRssBytes: of("plain", (s) => s.totalRssBytes),
    runtimeRssBytes: of("runtime", (s) => s.totalRssBytes),
    nodeRssBytes: of("runtime", (s) => s.nodeRssBytes ?? 0),
    startRatio: of("runtime", (s) => s.startMs) / of("plain", (s) => s.startMs),
    memoryRatio: of("runtime", (s) => s.totalRssBytes) / of("plain", (s) => s.totalRssBytes),
    loadavg: os.loadavg(),
  };
  const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
  process.stdout.write(
    `\n== runtime node (${rounds} round(s), medians, load ${result.loadavg.map((x) => x.toFixed(1)).join(" ")})\n` +
      `   start: plain ${(result.plainStartMs / 1000).toFixed(1)} s, runtime ${(result.runtimeStartMs / 1000).toFixed(1)} s, ratio ${result.startRatio.toFixed(2)}\n` +
      `   memory: plain ${mib(result.plainRssBytes)}, runtime ${mib(result.runtimeRssBytes)} (node stack ${mib(result.nodeRssBytes)}), ratio ${result.memoryRatio.toFixed(2)}\n`,
  );
  fs.mkdirSync("reports", { recursive: true });
  fs.writeFileSync(path.join("reports", "bench-runtime.json"), JSON.stringify(result, null, 2) + "\n");
  return result;
}
