/**
 * `stackwerk cluster up|down|status|build`: the embedded control plane as a long-running
 * local cluster. `up` starts a detached supervisor process (this CLI, `cluster serve`), which
 * runs the cluster and its volume provisioner and stops everything on SIGTERM; its state
 * (pids, ports, kubeconfig) lives in `${cacheRoot()}/clusters/<name>/`.
 */
import { spawn } from "node:child_process";
import { clusterStateDir, DEFAULT_CLUSTER_NAME } from "../../tools/cluster/paths";
import * as fs from "node:fs";
import * as path from "node:path";
import { run } from "../../tools/cache";
import { CLUSTER_VERSIONS, ensureClusterBinaries, isAlive, rssBytes, startCluster, DEFAULT_ZONES } from "../../tools/cluster";
import { readClusterLock } from "../../tools/cluster/binaries";
import { CliCommand, CliUsageError, parseFlags } from "../command";

const HELP = `usage: stackwerk cluster <up|down|status|build> [options]

The embedded Kubernetes control plane (on-prem default target, conformance cluster):
kube-apiserver, kube-controller-manager, kube-scheduler and etcd built from the Go modules
(Kubernetes ${CLUSTER_VERSIONS.kubernetes}, etcd ${CLUSTER_VERSIONS.etcd}) plus kwok ${CLUSTER_VERSIONS.kwok} for fake nodes.
Nothing runs containers: "deployed" means accepted by the API server, reconciled by the
controllers, pods scheduled and reported Running by kwok.

commands:
  up      build the binaries the first time, start a cluster in the background, print its
          kubeconfig and a kubectl command line
  down    stop the cluster and remove its state (no process or port left)
  status  show the components (pid, memory) and the nodes
  build   only build (or verify) the binaries

options:
  --name N            cluster name (default: embedded); state in <cache>/clusters/N
  --zones a,b,c       zones (default: ${DEFAULT_ZONES.join(",")})
  --nodes-per-zone N  fake nodes per zone (default: 1)
  --timeout S         start-up timeout in seconds (default: 120)
  --foreground        up: run in this process until Ctrl-C instead of detaching
  --verify            build: also check the sha256 of every binary against the lock file
`;

interface ClusterState {
  status: "starting" | "running" | "failed";
  name: string;
  daemonPid: number;
  error?: string;
  server?: string;
  kubeconfig?: string;
  kubectl?: string;
  stateDir?: string;
  ports?: Record<string, number>;
  components?: Array<{ name: string; pid: number; logFile: string }>;
  pids?: number[];
  startedAt?: string;
  startSeconds?: number;
}

const FLAGS = {
  name: "string",
  zones: "string",
  "nodes-per-zone": "string",
  timeout: "string",
  foreground: "boolean",
  verify: "boolean",
} as const;

const clusterDir = clusterStateDir;
function statePath(name: string): string {
  return path.join(clusterDir(name), "state.json");
}
function readState(name: string): ClusterState | undefined {
  try {
    return JSON.parse(fs.readFileSync(statePath(name), "utf8")) as ClusterState;
  } catch {
    return undefined;
  }
}
function writeState(name: string, state: ClusterState): void {
  fs.mkdirSync(clusterDir(name), { recursive: true });
  const tmp = `${statePath(name)}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, JSON.stringify(state, null, 2) + "\n");
  fs.renameSync(tmp, statePath(name));
}
/** The pid is alive and its command line contains `needle` (guards against pid reuse; the supervisor runs `... cluster serve` or `... cluster up --foreground`). */
function pidRuns(pid: number, needle: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(needle);
  } catch {
    return true;
  }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

function printInfo(state: ClusterState): void {
  const out = process.stdout;
  out.write(`cluster '${state.name}' is running (${state.server})\n`);
  out.write(`kubeconfig: ${state.kubeconfig}\n`);
  out.write(`kubectl:    ${state.kubectl} --kubeconfig ${state.kubeconfig} get nodes -L topology.kubernetes.io/zone\n`);
  out.write(`or:         export KUBECONFIG=${state.kubeconfig}\n`);
  out.write(`on-prem:    export TF_VAR_kubeconfig_path=${state.kubeconfig}   (the on-prem target's platform stacks at apply)\n`);
  out.write(`stop with:  stackwerk cluster down${state.name === DEFAULT_CLUSTER_NAME ? "" : ` --name ${state.name}`}   (npm run cluster:down)\n`);
}

function startOptions(flags: Record<string, string | boolean>) {
  const zones =
    typeof flags.zones === "string"
      ? flags.zones
          .split(",")
          .map((z) => z.trim())
          .filter(Boolean)
      : undefined;
  const nodesPerZone = typeof flags["nodes-per-zone"] === "string" ? Number(flags["nodes-per-zone"]) : undefined;
  if (nodesPerZone !== undefined && !(Number.isInteger(nodesPerZone) && nodesPerZone > 0))
    throw new CliUsageError("--nodes-per-zone must be a positive integer");
  const timeout = typeof flags.timeout === "string" ? Number(flags.timeout) : 120;
  if (!(timeout > 0)) throw new CliUsageError("--timeout must be a number of seconds");
  return { zones, nodesPerZone, timeoutMs: timeout * 1000 };
}

/** Kills what a dead supervisor left behind (it normally leaves nothing) and removes the folder. */
async function cleanupLeftovers(name: string, state: ClusterState | undefined): Promise<void> {
  for (const c of state?.components ?? []) {
    if (pidRuns(c.pid, path.basename(c.name))) {
      try {
        process.kill(-c.pid, "SIGKILL");
      } catch {
        /* gone */
      }
    }
  }
  fs.rmSync(clusterDir(name), { recursive: true, force: true });
}

async function up(flags: Record<string, string | boolean>): Promise<number> {
  const name = typeof flags.name === "string" ? flags.name : DEFAULT_CLUSTER_NAME;
  const opts = startOptions(flags);
  const existing = readState(name);
  if (existing && pidRuns(existing.daemonPid, "cluster")) {
    if (existing.status === "running") {
      printInfo(existing);
      return 0;
    }
    throw new Error(`cluster '${name}' is still starting (supervisor pid ${existing.daemonPid}); run \`stackwerk cluster status\``);
  }
  if (existing || fs.existsSync(clusterDir(name))) await cleanupLeftovers(name, existing);

  const started = Date.now();
  await ensureClusterBinaries(); // builds in the foreground, with progress, the first time
  if (flags.foreground) return serve(name, opts, true);

  fs.mkdirSync(clusterDir(name), { recursive: true, mode: 0o700 });
  const logFile = path.join(clusterDir(name), "supervisor.log");
  const fd = fs.openSync(logFile, "a");
  const script = process.argv[1];
  const args = [...process.execArgv, script, "cluster", "serve", "--name", name, "--timeout", String(opts.timeoutMs / 1000)];
  if (opts.zones) args.push("--zones", opts.zones.join(","));
  if (opts.nodesPerZone) args.push("--nodes-per-zone", String(opts.nodesPerZone));
  const child = spawn(process.execPath, args, { detached: true, stdio: ["ignore", fd, fd], env: process.env });
  fs.closeSync(fd);
  child.unref();
  process.stderr.write(`[stackwerk] starting cluster '${name}' (supervisor pid ${child.pid}) ...\n`);

  const deadline = Date.now() + opts.timeoutMs + 30000;
  for (;;) {
    const state = readState(name);
    if (state?.status === "running") {
      process.stderr.write(`[stackwerk] cluster '${name}' ready in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
      printInfo(state);
      return 0;
    }
    const alive = child.pid !== undefined && isAlive(child.pid);
    if (state?.status === "failed" || !alive || Date.now() > deadline) {
      const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-40).join("\n") : "";
      const reason = state?.error ?? (alive ? "timed out waiting for the supervisor" : "the supervisor exited");
      if (alive && child.pid) {
        try {
          process.kill(child.pid, "SIGTERM");
        } catch {
          /* gone */
        }
        for (let i = 0; i < 100 && isAlive(child.pid); i++) await sleep(100);
      }
      await cleanupLeftovers(name, readState(name));
      throw new Error(`cluster '${name}' did not start: ${reason}${log && !state?.error ? `\n--- supervisor log ---\n${log}` : ""}`);
    }
    await sleep(200);
  }
}

/** Runs the cluster in this process until SIGINT/SIGTERM (the detached supervisor, or `up --foreground`). */
async function serve(name: string, opts: ReturnType<typeof startOptions>, foreground: boolean): Promise<number> {
  const started = Date.now();
  writeState(name, { status: "starting", name, daemonPid: process.pid });
  let cluster;
  try {
    cluster = await startCluster({ name, stateDir: clusterDir(name), ...opts });
  } catch (err) {
    writeState(name, { status: "failed", name, daemonPid: process.pid, error: (err as Error).message });
    process.stderr.write(`${(err as Error).message}\n`);
    return 1;
  }
  const bins = await ensureClusterBinaries();
  const state: ClusterState = {
    status: "running",
    name,
    daemonPid: process.pid,
    server: cluster.server,
    kubeconfig: cluster.kubeconfig,
    kubectl: bins.kubectl,
    stateDir: cluster.stateDir,
    ports: { ...cluster.ports },
    components: cluster.components.map((c) => ({ ...c })),
    pids: cluster.pids(),
    startedAt: new Date().toISOString(),
    startSeconds: (Date.now() - started) / 1000,
  };
  writeState(name, state);
  if (foreground) {
    printInfo(state);
    process.stderr.write("[stackwerk] running in the foreground; Ctrl-C stops the cluster\n");
  }
  // Stay alive; startCluster's SIGINT/SIGTERM handler stops the cluster (removing the state
  // folder) and then ends this process.
  await new Promise<never>(() => setInterval(() => undefined, 1 << 30));
  return 0;
}

async function down(flags: Record<string, string | boolean>): Promise<number> {
  const name = typeof flags.name === "string" ? flags.name : DEFAULT_CLUSTER_NAME;
  const state = readState(name);
  if (!state && !fs.existsSync(clusterDir(name))) {
    process.stdout.write(`cluster '${name}' is not running\n`);
    return 0;
  }
  if (state && pidRuns(state.daemonPid, "cluster")) {
    process.kill(state.daemonPid, "SIGTERM");
    const deadline = Date.now() + 30000;
    while (isAlive(state.daemonPid) && Date.now() < deadline) await sleep(100);
    if (isAlive(state.daemonPid)) process.kill(state.daemonPid, "SIGKILL");
  }
  // Verify: no component left (the supervisor stops them; its watchdog covers a crash).
  const deadline = Date.now() + 10000;
  let left = (state?.components ?? []).filter((c) => pidRuns(c.pid, c.name));
  while (left.length > 0 && Date.now() < deadline) {
    await sleep(200);
    left = left.filter((c) => pidRuns(c.pid, c.name));
  }
  await cleanupLeftovers(name, state);
  process.stdout.write(`cluster '${name}' stopped${left.length ? ` (killed leftover ${left.map((c) => c.name).join(", ")})` : ""}\n`);
  return 0;
}

async function status(flags: Record<string, string | boolean>): Promise<number> {
  const name = typeof flags.name === "string" ? flags.name : DEFAULT_CLUSTER_NAME;
  const state = readState(name);
  if (!state || !pidRuns(state.daemonPid, "cluster")) {
    process.stdout.write(`cluster '${name}' is not running${state ? " (stale state; `stackwerk cluster down` cleans it up)" : ""}\n`);
    return 1;
  }
  if (state.status !== "running") {
    process.stdout.write(`cluster '${name}' is ${state.status} (supervisor pid ${state.daemonPid})\n`);
    return state.status === "starting" ? 0 : 1;
  }
  const rows = [{ name: "supervisor", pid: state.daemonPid }, ...(state.components ?? []).map((c) => ({ name: c.name, pid: c.pid }))];
  let total = 0;
  process.stdout.write(`cluster '${name}': ${state.server} (up since ${state.startedAt})\n\n`);
  process.stdout.write(`${"COMPONENT".padEnd(26)}${"PID".padEnd(9)}${"STATE".padEnd(9)}RSS\n`);
  for (const r of rows) {
    const alive = isAlive(r.pid);
    const rss = alive ? rssBytes(r.pid) : 0;
    if (r.name !== "supervisor") total += rss;
    process.stdout.write(`${r.name.padEnd(26)}${String(r.pid).padEnd(9)}${(alive ? "running" : "EXITED").padEnd(9)}${alive ? mib(rss) : "-"}\n`);
  }
  process.stdout.write(`${"components total".padEnd(44)}${mib(total)}\n\n`);
  const nodes = await run(
    state.kubectl!,
    ["--kubeconfig", state.kubeconfig!, "get", "nodes", "-L", "topology.kubernetes.io/zone,topology.kubernetes.io/region"],
    { check: false },
  );
  process.stdout.write(nodes.stdout || nodes.stderr);
  process.stdout.write(`\nkubeconfig: ${state.kubeconfig}\n`);
  return 0;
}

async function build(flags: Record<string, string | boolean>): Promise<number> {
  const bins = await ensureClusterBinaries({ verify: flags.verify === true });
  const lock = readClusterLock(path.dirname(bins.binDir));
  process.stdout.write(`Kubernetes ${CLUSTER_VERSIONS.kubernetes}, etcd ${CLUSTER_VERSIONS.etcd}, kwok ${CLUSTER_VERSIONS.kwok} (${lock?.goVersion ?? "?"})\n`);
  for (const [file, entry] of Object.entries(lock?.binaries ?? {})) {
    process.stdout.write(`  ${path.join(bins.binDir, file)}  ${mib(entry.size)}  sha256:${entry.sha256.slice(0, 16)}…\n`);
  }
  return 0;
}

export const command: CliCommand = {
  name: "cluster",
  summary: "start/stop the embedded Kubernetes control plane (up | down | status | build)",
  help: HELP,
  async run(args: readonly string[]): Promise<number> {
    const { flags, positional } = parseFlags(args, FLAGS);
    const [sub, ...extra] = positional;
    if (extra.length > 0) throw new CliUsageError(`unexpected argument '${extra[0]}'`);
    switch (sub) {
      case "up":
        return up(flags);
      case "down":
        return down(flags);
      case "status":
        return status(flags);
      case "build":
        return build(flags);
      case "serve": // internal: the detached supervisor started by `up`
        return serve(typeof flags.name === "string" ? flags.name : DEFAULT_CLUSTER_NAME, startOptions(flags), false);
      case undefined:
        throw new CliUsageError("missing sub-command (up, down, status or build)");
      default:
        throw new CliUsageError(`unknown sub-command '${sub}' (up, down, status or build)`);
    }
  },
};
