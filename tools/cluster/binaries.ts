/**
 * Builds (once) and finds the binaries of the embedded control plane: kube-apiserver,
 * kube-controller-manager, kube-scheduler, kubectl (from the tool module in this folder),
 * etcd and kwok (from their own Go modules). Everything comes from the Go module proxy at
 * the versions pinned in `CLUSTER_VERSIONS`; the result lives in the shared cache outside
 * the checkout: `${cacheRoot()}/cluster/<versionKey>/bin`, with a lock file that records
 * the versions and the sha256 of each binary.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildAtomically, cacheRoot, isComplete, progress, run, sha256File, ToolBuildError, versionKey, withBuildLock } from "../cache";
import { buildGoModule, requireGo } from "../go-module";

/**
 * Pinned versions: the one place to bump. Kubernetes is also pinned in `tools/cluster/go.mod`
 * (require + the `k8s.io/*` staging replaces, which use `v0.<minor>.<patch>`); a bump changes
 * both, then `go mod tidy` in that folder refreshes go.sum. `ensureClusterBinaries` refuses a
 * go.mod that disagrees with this table.
 */
export const CLUSTER_VERSIONS = {
  kubernetes: "v1.34.4",
  etcd: "v3.6.8",
  kwok: "v0.7.0",
} as const;

export interface ClusterBinaries {
  /** Folder holding every binary below. */
  readonly binDir: string;
  readonly kubeApiserver: string;
  readonly kubeControllerManager: string;
  readonly kubeScheduler: string;
  readonly kubectl: string;
  readonly etcd: string;
  readonly kwok: string;
  readonly versions: typeof CLUSTER_VERSIONS;
}

/** Contents of `cluster.lock.json` next to `bin/`. */
export interface ClusterLock {
  readonly versions: typeof CLUSTER_VERSIONS;
  readonly goVersion: string;
  readonly builtAt: string;
  /** binary file name → { sha256, size } */
  readonly binaries: Record<string, { sha256: string; size: number }>;
}

const BINARY_NAMES = ["kube-apiserver", "kube-controller-manager", "kube-scheduler", "kubectl", "etcd", "kwok"] as const;

/** Folder of the committed Go tool module (go.mod + go.sum). Works from tools/ and dist/tools/. */
export function toolModuleDir(): string {
  for (const candidate of [__dirname, path.resolve(__dirname, "../../../tools/cluster")]) {
    if (fs.existsSync(path.join(candidate, "go.mod"))) return candidate;
  }
  throw new Error(`tools/cluster/go.mod not found next to ${__dirname}`);
}

function toolModuleFiles(): { goMod: string; goSum: string } {
  const dir = toolModuleDir();
  return {
    goMod: fs.readFileSync(path.join(dir, "go.mod"), "utf8"),
    goSum: fs.readFileSync(path.join(dir, "go.sum"), "utf8"),
  };
}

/** The cache folder for the pinned versions (and this exact go.mod/go.sum). */
export function clusterToolDir(): string {
  const { goMod, goSum } = toolModuleFiles();
  const key = versionKey({ ...CLUSTER_VERSIONS, goMod, goSum, layout: "1" });
  return path.join(cacheRoot(), "cluster", key);
}

function binariesIn(dir: string): ClusterBinaries {
  const binDir = path.join(dir, "bin");
  const b = (name: string) => path.join(binDir, name);
  return {
    binDir,
    kubeApiserver: b("kube-apiserver"),
    kubeControllerManager: b("kube-controller-manager"),
    kubeScheduler: b("kube-scheduler"),
    kubectl: b("kubectl"),
    etcd: b("etcd"),
    kwok: b("kwok"),
    versions: CLUSTER_VERSIONS,
  };
}

/** Reads the lock file of a published build, or undefined. */
export function readClusterLock(dir = clusterToolDir()): ClusterLock | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, "cluster.lock.json"), "utf8")) as ClusterLock;
  } catch {
    return undefined;
  }
}

/** Cheap check (sizes); `deep` also compares the sha256 of every binary with the lock file. */
function cachedBuildIsIntact(dir: string, deep: boolean): boolean {
  if (!isComplete(dir)) return false;
  const lock = readClusterLock(dir);
  if (!lock || JSON.stringify(lock.versions) !== JSON.stringify(CLUSTER_VERSIONS)) return false;
  for (const name of BINARY_NAMES) {
    const file = path.join(dir, "bin", name);
    const entry = lock.binaries[name];
    if (!entry || !fs.existsSync(file) || fs.statSync(file).size !== entry.size) return false;
    if (deep && sha256File(file) !== entry.sha256) return false;
  }
  return true;
}

function checkGoModPins(goMod: string): void {
  const k8s = CLUSTER_VERSIONS.kubernetes;
  const staging = k8s.replace(/^v1\./, "v0.");
  const retry = `edit tools/cluster/go.mod so it requires k8s.io/kubernetes ${k8s} and replaces every k8s.io/* staging module with ${staging}, run \`go mod tidy\` there, then retry`;
  if (!new RegExp(`^\\s*k8s\\.io/kubernetes ${k8s.replace(/\./g, "\\.")}(\\s*//.*)?$`, "m").test(goMod)) {
    throw new ToolBuildError("Kubernetes", k8s, "check tools/cluster/go.mod", `go.mod does not require k8s.io/kubernetes ${k8s}`, retry);
  }
  const wrong = [...goMod.matchAll(/^\s*(k8s\.io\/\S+)\s+=>\s+(\S+)\s+(\S+)\s*$/gm)].filter((m) => m[3] !== staging);
  if (wrong.length > 0) {
    throw new ToolBuildError(
      "Kubernetes",
      k8s,
      "check tools/cluster/go.mod",
      `staging replaces not at ${staging}: ${wrong.map((m) => `${m[1]} ${m[3]}`).join(", ")}`,
      retry,
    );
  }
}

function goEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GOTOOLCHAIN: "local", GOFLAGS: "-mod=mod -buildvcs=false", CGO_ENABLED: "0" };
}

/** kube-* and kubectl, from the committed tool module (copied to a temp folder so go.sum may be completed there). */
async function buildKubernetes(binDir: string): Promise<void> {
  const version = CLUSTER_VERSIONS.kubernetes;
  const { goMod, goSum } = toolModuleFiles();
  checkGoModPins(goMod);
  const work = fs.mkdtempSync(path.join(fs.realpathSync("/tmp"), "stackwerk-k8s-"));
  try {
    fs.writeFileSync(path.join(work, "go.mod"), goMod);
    fs.writeFileSync(path.join(work, "go.sum"), goSum);
    const ldflags = kubernetesLdflags(version);
    const pkgs = ["kube-apiserver", "kube-controller-manager", "kube-scheduler", "kubectl"].map((c) => `k8s.io/kubernetes/cmd/${c}`);
    const args = ["build", "-trimpath", `-ldflags=${ldflags}`, "-o", binDir + path.sep, ...pkgs];
    progress(`Kubernetes ${version}: go build kube-apiserver, kube-controller-manager, kube-scheduler, kubectl (first build takes 10+ minutes)`);
    const started = Date.now();
    const result = await run("go", args, { cwd: work, env: goEnv(), check: false });
    if (result.code !== 0) {
      throw new ToolBuildError(
        "Kubernetes",
        version,
        `(cd <copy of tools/cluster> && go ${args.join(" ")})`,
        result.stderr || result.stdout,
        "fix the cause above and run `npm run cluster:up` (or `stackwerk cluster build`) again; nothing half-built was kept",
      );
    }
    progress(`Kubernetes ${version}: built in ${((Date.now() - started) / 1000).toFixed(0)}s`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function buildEtcd(binDir: string): Promise<void> {
  const v = CLUSTER_VERSIONS.etcd;
  await buildGoModule(
    {
      tool: "etcd",
      module: "go.etcd.io/etcd/server/v3",
      version: v,
      // server/main.go is etcd's main package; its go.mod points at sibling folders of the repo.
      commands: [{ pkg: ".", binary: "etcd" }],
      ldflags: "-s -w",
      replaceVersions: {
        "go.etcd.io/etcd/api/v3": v,
        "go.etcd.io/etcd/client/pkg/v3": v,
        "go.etcd.io/etcd/client/v3": v,
        "go.etcd.io/etcd/pkg/v3": v,
      },
    },
    binDir,
  );
}

async function buildKwok(binDir: string): Promise<void> {
  const v = CLUSTER_VERSIONS.kwok;
  await buildGoModule(
    {
      tool: "kwok",
      module: "sigs.k8s.io/kwok",
      version: v,
      commands: [{ pkg: "./cmd/kwok", binary: "kwok" }],
      ldflags: `-s -w -X sigs.k8s.io/kwok/pkg/consts.Version=${v.replace(/^v/, "")} -X sigs.k8s.io/kwok/pkg/consts.KubeVersion=${CLUSTER_VERSIONS.kubernetes.replace(/^v/, "")}`,
    },
    binDir,
  );
}

let pending: Promise<ClusterBinaries> | undefined;

/**
 * Returns the control-plane binaries, building them the first time (10-30 minutes on two cores;
 * progress on stderr). Idempotent and fast (a few stat calls) when the cache is complete.
 * A failed build leaves nothing that looks complete and throws a `ToolBuildError` naming the
 * tool, version, failing command and how to retry.
 */
export function ensureClusterBinaries(options: { verify?: boolean } = {}): Promise<ClusterBinaries> {
  if (!pending) {
    pending = ensure(options).finally(() => {
      pending = undefined;
    });
  }
  return pending;
}

async function ensure(options: { verify?: boolean }): Promise<ClusterBinaries> {
  const dir = clusterToolDir();
  if (cachedBuildIsIntact(dir, options.verify ?? false)) return binariesIn(dir);
  // Another process (a second test run, `npm start`) may be building the same folder: wait for it.
  return withBuildLock(dir, "cluster", async () => {
    if (cachedBuildIsIntact(dir, options.verify ?? false)) return binariesIn(dir);
    return build(dir);
  });
}

async function build(dir: string): Promise<ClusterBinaries> {
  if (isComplete(dir)) progress(`cluster binaries in ${dir} do not match their lock file; rebuilding`);
  const goVersion = await requireGo("Kubernetes", CLUSTER_VERSIONS.kubernetes);
  const started = Date.now();
  progress(
    `building the embedded control plane (Kubernetes ${CLUSTER_VERSIONS.kubernetes}, etcd ${CLUSTER_VERSIONS.etcd}, kwok ${CLUSTER_VERSIONS.kwok}) into ${dir}`,
  );
  await buildAtomically(dir, async (tmp) => {
    const binDir = path.join(tmp, "bin");
    fs.mkdirSync(binDir, { recursive: true });
    await buildKubernetes(binDir);
    await buildEtcd(binDir);
    await buildKwok(binDir);
    const binaries: ClusterLock["binaries"] = {};
    for (const name of BINARY_NAMES) {
      const file = path.join(binDir, name);
      if (!fs.existsSync(file)) {
        throw new ToolBuildError("cluster", CLUSTER_VERSIONS.kubernetes, "go build", `${name} was not produced`, "run the build again");
      }
      binaries[name] = { sha256: sha256File(file), size: fs.statSync(file).size };
    }
    const lock: ClusterLock = { versions: CLUSTER_VERSIONS, goVersion, builtAt: new Date().toISOString(), binaries };
    fs.writeFileSync(path.join(tmp, "cluster.lock.json"), JSON.stringify(lock, null, 2) + "\n");
  });
  progress(`embedded control plane built in ${((Date.now() - started) / 1000).toFixed(0)}s`);
  return binariesIn(dir);
}

/** Path of the built kubectl (builds the control plane first if needed). */
export async function kubectlPath(): Promise<string> {
  return (await ensureClusterBinaries()).kubectl;
}

/** `-ldflags` for a Kubernetes binary built from the module: stripped, stamped with `version` (what `--version` and the API report). */
export function kubernetesLdflags(version: string): string {
  const [major, minor] = version.replace(/^v/, "").split(".");
  return [
    "-s",
    "-w",
    ...["k8s.io/component-base/version", "k8s.io/client-go/pkg/version"].flatMap((pkg) => [
      `-X ${pkg}.gitVersion=${version}`,
      `-X ${pkg}.gitMajor=${major}`,
      `-X ${pkg}.gitMinor=${minor}`,
      `-X ${pkg}.gitTreeState=clean`,
    ]),
  ].join(" ");
}
