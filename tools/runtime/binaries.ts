/**
 * Builds (once) and finds the binaries of the real node: kubelet and kube-proxy (from the
 * control plane's tool module, so the same Kubernetes release), containerd v2 with its runc
 * shim and ctr, the CNI plugins, CoreDNS, kube-router (NetworkPolicy firewall only) and the node relay
 * (tools/runtime/relay). Everything comes from the Go module proxy at the versions pinned in
 * `RUNTIME_VERSIONS`; the result lives in `${cacheRoot()}/runtime/<key>/bin` with a lock file
 * (versions, sha256 of each binary). runc and nft come from Debian (`ensureHostPackages`).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildAtomically, cacheRoot, isComplete, progress, run, sha256File, ToolBuildError, versionKey, withBuildLock } from "../cache";
import { CLUSTER_VERSIONS, kubernetesLdflags, toolModuleDir } from "../cluster/binaries";
import { buildGoModule, requireGo } from "../go-module";

/** Pinned versions of the node components (Kubernetes itself is `CLUSTER_VERSIONS.kubernetes`). */
export const RUNTIME_VERSIONS = {
  containerd: "v2.4.2",
  cniPlugins: "v1.10.0",
  coredns: "v1.15.0",
  /** NetworkPolicy enforcer (firewall only). kube-network-policies v0.8.0 needs nft's `queue` (nfnetlink_queue), which this kernel lacks. */
  kubeRouter: "v2.1.0",
} as const;

/** Paths of the node binaries. */
export interface RuntimeBinaries {
  readonly binDir: string;
  /** CNI plugin folder (bridge, host-local, loopback, portmap). */
  readonly cniBinDir: string;
  readonly kubelet: string;
  readonly kubeProxy: string;
  readonly containerd: string;
  readonly ctr: string;
  readonly coredns: string;
  readonly kubeRouter: string;
  readonly relay: string;
}

const NODE_BINARIES = ["kubelet", "kube-proxy", "containerd", "containerd-shim-runc-v2", "ctr", "coredns", "kube-router", "relay"] as const;
const CNI_PLUGINS = ["bridge", "host-local", "loopback", "portmap"] as const;

function relayDir(): string {
  return path.join(path.dirname(toolModuleDir()), "runtime", "relay");
}

/** The cache folder for the pinned versions (and this exact tool module and relay source). */
export function runtimeToolDir(): string {
  const mod = toolModuleDir();
  const read = (f: string) => fs.readFileSync(f, "utf8");
  const key = versionKey({
    ...RUNTIME_VERSIONS,
    kubernetes: CLUSTER_VERSIONS.kubernetes,
    goMod: read(path.join(mod, "go.mod")),
    goSum: read(path.join(mod, "go.sum")),
    relay: read(path.join(relayDir(), "main.go")),
    layout: "1",
  });
  return path.join(cacheRoot(), "runtime", key);
}

function binariesIn(dir: string): RuntimeBinaries {
  const b = (n: string) => path.join(dir, "bin", n);
  return {
    binDir: path.join(dir, "bin"),
    cniBinDir: path.join(dir, "cni"),
    kubelet: b("kubelet"),
    kubeProxy: b("kube-proxy"),
    containerd: b("containerd"),
    ctr: b("ctr"),
    coredns: b("coredns"),
    kubeRouter: b("kube-router"),
    relay: b("relay"),
  };
}

function goEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, GOTOOLCHAIN: "local", GOFLAGS: "-mod=mod -buildvcs=false", CGO_ENABLED: "0", ...extra };
}

/** kubelet and kube-proxy from a copy of tools/cluster's module (same pins as the control plane). */
async function buildKubeNode(binDir: string): Promise<void> {
  const version = CLUSTER_VERSIONS.kubernetes;
  const work = fs.mkdtempSync(path.join(fs.realpathSync("/tmp"), "stackwerk-kubelet-"));
  try {
    for (const f of ["go.mod", "go.sum"]) fs.copyFileSync(path.join(toolModuleDir(), f), path.join(work, f));
    const ldflags = kubernetesLdflags(version);
    const args = ["build", "-trimpath", `-ldflags=${ldflags}`, "-o", binDir + path.sep, "k8s.io/kubernetes/cmd/kubelet", "k8s.io/kubernetes/cmd/kube-proxy"];
    progress(`Kubernetes ${version}: go build kubelet, kube-proxy (first build takes minutes)`);
    const started = Date.now();
    const result = await run("go", args, { cwd: work, env: goEnv(), check: false });
    if (result.code !== 0) {
      throw new ToolBuildError(
        "kubelet",
        version,
        `(cd <copy of tools/cluster> && go ${args.join(" ")})`,
        result.stderr || result.stdout,
        "fix the cause above and run `stackwerk cluster up --runtime` again",
      );
    }
    progress(`Kubernetes ${version}: kubelet, kube-proxy built in ${((Date.now() - started) / 1000).toFixed(0)}s`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function buildRelay(binDir: string): Promise<void> {
  const args = ["build", "-trimpath", "-ldflags=-s -w", "-o", path.join(binDir, "relay"), "."];
  const result = await run("go", args, { cwd: relayDir(), env: { ...goEnv(), GOFLAGS: "-buildvcs=false" }, check: false });
  if (result.code !== 0)
    throw new ToolBuildError("relay", "local", `(cd tools/runtime/relay && go ${args.join(" ")})`, result.stderr, "fix tools/runtime/relay/main.go");
}

async function buildAll(binDir: string, cniDir: string): Promise<void> {
  const niceEnv = { GOFLAGS: "-mod=mod -buildvcs=false" };
  const v = RUNTIME_VERSIONS;
  await buildRelay(binDir);
  await buildGoModule(
    {
      tool: "containerd",
      module: "github.com/containerd/containerd/v2",
      version: v.containerd,
      commands: [
        { pkg: "./cmd/containerd", binary: "containerd" },
        { pkg: "./cmd/containerd-shim-runc-v2", binary: "containerd-shim-runc-v2" },
        { pkg: "./cmd/ctr", binary: "ctr" },
      ],
      tags: ["no_btrfs"],
      ldflags: `-s -w -X github.com/containerd/containerd/v2/version.Version=${v.containerd.replace(/^v/, "")}`,
      env: niceEnv,
    },
    binDir,
  );
  await buildGoModule(
    {
      tool: "CNI plugins",
      module: "github.com/containernetworking/plugins",
      version: v.cniPlugins,
      commands: CNI_PLUGINS.map((p) => ({ pkg: `./plugins/${p === "host-local" ? "ipam" : p === "portmap" ? "meta" : "main"}/${p}`, binary: p })),
      ldflags: "-s -w",
      env: niceEnv,
    },
    cniDir,
  );
  await buildGoModule(
    {
      tool: "kube-router",
      module: "github.com/cloudnativelabs/kube-router/v2",
      version: v.kubeRouter,
      commands: [{ pkg: "./cmd/kube-router", binary: "kube-router" }],
      ldflags: `-s -w -X github.com/cloudnativelabs/kube-router/v2/pkg/version.Version=${v.kubeRouter}`,
      env: niceEnv,
    },
    binDir,
  );
  await buildGoModule(
    { tool: "CoreDNS", module: "github.com/coredns/coredns", version: v.coredns, commands: [{ pkg: ".", binary: "coredns" }], ldflags: "-s -w", env: niceEnv },
    binDir,
  );
  await buildKubeNode(binDir);
}

function intact(dir: string): boolean {
  if (!isComplete(dir)) return false;
  const bins = binariesIn(dir);
  return [...NODE_BINARIES.map((n) => path.join(bins.binDir, n)), ...CNI_PLUGINS.map((n) => path.join(bins.cniBinDir, n))].every((f) => fs.existsSync(f));
}

let pending: Promise<RuntimeBinaries> | undefined;

/**
 * Returns the node binaries, building them the first time (progress on stderr; 20+ minutes on
 * two cores with a cold Go build cache). A few stat calls when cached.
 */
export function ensureRuntimeBinaries(): Promise<RuntimeBinaries> {
  pending ??= (async () => {
    const dir = runtimeToolDir();
    if (intact(dir)) return binariesIn(dir);
    return withBuildLock(dir, "runtime", async () => {
      if (intact(dir)) return binariesIn(dir);
      const goVersion = await requireGo("containerd", RUNTIME_VERSIONS.containerd);
      const started = Date.now();
      progress(
        `building the node (kubelet/kube-proxy ${CLUSTER_VERSIONS.kubernetes}, containerd ${RUNTIME_VERSIONS.containerd}, CNI plugins ${RUNTIME_VERSIONS.cniPlugins}, CoreDNS ${RUNTIME_VERSIONS.coredns}, kube-router ${RUNTIME_VERSIONS.kubeRouter}) into ${dir}`,
      );
      await buildAtomically(dir, async (tmp) => {
        const binDir = path.join(tmp, "bin");
        const cniDir = path.join(tmp, "cni");
        fs.mkdirSync(binDir, { recursive: true });
        fs.mkdirSync(cniDir, { recursive: true });
        // Go builds run at nice 10 (children inherit this process's priority): the machine is shared.
        const priority = os.getPriority();
        os.setPriority(Math.max(priority, 10));
        try {
          await buildAll(binDir, cniDir);
        } finally {
          try {
            os.setPriority(priority);
          } catch {
            /* not root: stay nice */
          }
        }
        const binaries: Record<string, { sha256: string; size: number }> = {};
        for (const [folder, names] of [
          ["bin", NODE_BINARIES],
          ["cni", CNI_PLUGINS],
        ] as const) {
          for (const n of names) {
            const f = path.join(tmp, folder, n);
            binaries[`${folder}/${n}`] = { sha256: sha256File(f), size: fs.statSync(f).size };
          }
        }
        const lock = { versions: { ...RUNTIME_VERSIONS, kubernetes: CLUSTER_VERSIONS.kubernetes }, goVersion, builtAt: new Date().toISOString(), binaries };
        fs.writeFileSync(path.join(tmp, "runtime.lock.json"), JSON.stringify(lock, null, 2) + "\n");
      });
      progress(`node binaries built in ${((Date.now() - started) / 1000).toFixed(0)}s`);
      return binariesIn(dir);
    });
  })().finally(() => {
    pending = undefined;
  });
  return pending;
}

/** Debian packages the node needs on the host, by the command each provides. */
export const HOST_PACKAGES: Readonly<Record<string, string>> = {
  runc: "runc",
  nft: "nftables",
  "iptables-restore": "iptables",
  ipset: "ipset",
  unshare: "util-linux",
  nsenter: "util-linux",
  mount: "mount",
};

async function onPath(cmd: string): Promise<boolean> {
  return (await run("sh", ["-c", `command -v ${cmd}`], { check: false })).code === 0;
}

/**
 * Makes sure the commands of `packages` (command → Debian package; default `HOST_PACKAGES`: runc,
 * nft, unshare, nsenter, ...) exist: installs the missing Debian packages with
 * `apt-get install -y` when running as root, otherwise fails naming the command to run.
 */
export async function ensureHostPackages(packages: Readonly<Record<string, string>> = HOST_PACKAGES): Promise<void> {
  const missing: string[] = [];
  for (const [cmd, pkg] of Object.entries(packages)) if (!(await onPath(cmd)) && !missing.includes(pkg)) missing.push(pkg);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`the runtime node needs the Debian packages ${missing.join(", ")}; run: sudo apt-get install -y ${missing.join(" ")}`);
  }
  progress(`runtime node: apt-get install -y ${missing.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  let r = await run("apt-get", ["install", "-y", "--no-install-recommends", ...missing], { env, check: false });
  if (r.code !== 0) {
    await run("apt-get", ["update"], { env, check: false });
    r = await run("apt-get", ["install", "-y", "--no-install-recommends", ...missing], { env, check: false });
  }
  if (r.code !== 0) throw new Error(`apt-get install -y ${missing.join(" ")} failed:\n${r.stderr.trim().split("\n").slice(-10).join("\n")}`);
}
