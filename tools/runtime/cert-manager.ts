/**
 * cert-manager for the runtime node (issue 27, ADR 0420): patterns that ask cert-manager for
 * in-cluster certificates (the event bus's broker and client certificates) need its controller
 * running, and the embedded cluster carries only the Certificate CRD. cert-manager is a cluster
 * prerequisite (like the CA ClusterIssuer the operator runs), so the runtime run starts it as a
 * host process against the cluster's API server, like the node's other host processes:
 *
 * - the controllers are cert-manager v1.21.2's own packages (root module
 *   github.com/cert-manager/cert-manager, from the Go module proxy), started by a small main of
 *   Stackwerk's (tools/runtime/cert-manager/main.go): cert-manager's own main lives in the nested
 *   module cmd/controller, which the proxy does not serve. No webhook, no cainjector, no ACME;
 * - the CRDs of that release (Certificate, CertificateRequest, Issuer, ClusterIssuer) are read
 *   from the downloaded module and applied server-side;
 * - the ClusterIssuers the caller names are CA issuers of one key pair made here (node crypto,
 *   tools/cluster/pki.ts), stored as a Secret in the `cert-manager` namespace.
 * conformance/runtime-certs.ts decides which issuers a runtime run gets.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as yaml from "js-yaml";
import { buildAtomically, cacheRoot, isComplete, progress, run, sha256File, ToolBuildError, versionKey, withBuildLock } from "../cache";
import { createCertificateAuthority } from "../cluster/pki";
import { ProcessSupervisor } from "../cluster/processes";
import { downloadModule, requireGo } from "../go-module";

/** cert-manager's module and release the controllers come from. */
export const CERT_MANAGER_MODULE = { module: "github.com/cert-manager/cert-manager", version: "v1.21.2" } as const;
/** Namespace of the ClusterIssuer's CA Secret (`--cluster-resource-namespace`). */
export const CERT_MANAGER_NAMESPACE = "cert-manager";
/** CRD files of the release the controllers need (Orders and Challenges are ACME-only). */
const CRD_FILES = [
  "cert-manager.io_certificates.yaml",
  "cert-manager.io_certificaterequests.yaml",
  "cert-manager.io_issuers.yaml",
  "cert-manager.io_clusterissuers.yaml",
];

/** Runs kubectl against the runtime cluster (the signature of `Kube.kubectl`). */
type Kubectl = (args: string[], opts?: { input?: string; check?: boolean }) => Promise<{ code: number; stdout: string; stderr: string }>;

/** Folder of the committed Go main (go.mod, go.sum, main.go). Works from tools/ and dist/tools/. */
function sourceDir(): string {
  const candidates = [path.join(__dirname, "cert-manager"), path.join(__dirname, "..", "..", "..", "tools", "runtime", "cert-manager")];
  const found = candidates.find((c) => fs.existsSync(path.join(c, "go.mod")));
  if (!found) throw new Error(`tools/runtime/cert-manager/go.mod not found (looked in ${candidates.join(", ")})`);
  return found;
}

/** Builds (once, cached under `<cache>/cert-manager/`) the controller binary and returns its path. */
export async function certManagerControllerBinary(): Promise<string> {
  const src = sourceDir();
  const files = ["go.mod", "go.sum", "main.go"];
  const key = versionKey({ ...CERT_MANAGER_MODULE, ...Object.fromEntries(files.map((f) => [f, sha256File(path.join(src, f))])) });
  const dir = path.join(cacheRoot(), "cert-manager", `controller-${key}`);
  const bin = path.join(dir, "bin", "cert-manager-controller");
  if (isComplete(dir) && fs.existsSync(bin)) return bin;
  await withBuildLock(dir, "cert-manager controller", async () => {
    if (isComplete(dir) && fs.existsSync(bin)) return;
    await requireGo("cert-manager", CERT_MANAGER_MODULE.version);
    await buildAtomically(dir, async (tmp) => {
      const work = fs.mkdtempSync(path.join(fs.realpathSync("/tmp"), "stackwerk-cert-manager-"));
      try {
        for (const f of files) fs.copyFileSync(path.join(src, f), path.join(work, f));
        const args = ["build", "-trimpath", "-ldflags=-s -w", "-o", path.join(tmp, "bin", "cert-manager-controller"), "."];
        progress(`cert-manager ${CERT_MANAGER_MODULE.version}: go ${args.join(" ")} (first build takes minutes)`);
        const env = { ...process.env, GOTOOLCHAIN: "local", GOFLAGS: "-mod=mod -buildvcs=false", CGO_ENABLED: "0" };
        const r = await run("nice", ["-n", "10", "go", ...args], { cwd: work, env, check: false });
        if (r.code !== 0)
          throw new ToolBuildError(
            "cert-manager",
            CERT_MANAGER_MODULE.version,
            `go ${args.join(" ")}`,
            r.stderr || r.stdout,
            "fix the cause above (tools/runtime/cert-manager) and run again; nothing half-built was kept",
          );
      } finally {
        fs.rmSync(work, { recursive: true, force: true });
      }
    });
  });
  return bin;
}

/** The release's CRDs (from the downloaded module), as JSON documents for `kubectl apply`. */
export async function certManagerCrds(): Promise<object[]> {
  const dir = await downloadModule("cert-manager", CERT_MANAGER_MODULE.module, CERT_MANAGER_MODULE.version);
  return CRD_FILES.map((f) => yaml.load(fs.readFileSync(path.join(dir, "deploy", "crds", f), "utf8")) as object);
}

/** A running cert-manager on the runtime cluster. */
export interface RuntimeCertManager {
  readonly pid: number;
  readonly logFile: string;
  /** What the runtime record says about it (a substitution, never "cert-manager's release image"). */
  readonly description: string;
  stop(): Promise<void>;
}

/** What to start: the CA ClusterIssuers, and whether gateway-shim runs (the Gateway API CRDs must exist). */
export interface RuntimeCertManagerOptions {
  /** ClusterIssuers to create, each a CA issuer of the run's one CA. */
  readonly issuers: readonly string[];
  /** Run gateway-shim (`--enable-gateway-api`). @default false */
  readonly gatewayApi?: boolean;
  /** How long the issuers may take to report Ready. @default 120 s */
  readonly timeoutMs?: number;
}

/**
 * Applies the release's CRDs, the CA Secret and the CA ClusterIssuers, starts the controllers as
 * a host process and waits until every ClusterIssuer reports Ready.
 */
export async function startRuntimeCertManager(
  kubectl: Kubectl,
  kubeconfig: string,
  stateDir: string,
  options: RuntimeCertManagerOptions,
): Promise<RuntimeCertManager> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const caSecret = "stackwerk-runtime-ca";
  const [binary, crds] = await Promise.all([certManagerControllerBinary(), certManagerCrds()]);
  await kubectl(["apply", "--server-side", "--force-conflicts", "-f", "-"], { input: JSON.stringify({ apiVersion: "v1", kind: "List", items: crds }) });
  await kubectl([
    "wait",
    "--for=condition=Established",
    "--timeout=60s",
    ...CRD_FILES.map((f) => `crd/${f.replace(/^cert-manager\.io_(.*)\.yaml$/, "$1.cert-manager.io")}`),
  ]);
  const ca = createCertificateAuthority("stackwerk runtime run CA");
  const objects = [
    { apiVersion: "v1", kind: "Namespace", metadata: { name: CERT_MANAGER_NAMESPACE } },
    {
      apiVersion: "v1",
      kind: "Secret",
      type: "kubernetes.io/tls",
      metadata: { name: caSecret, namespace: CERT_MANAGER_NAMESPACE },
      stringData: { "tls.crt": ca.certPem, "tls.key": ca.keyPem },
    },
    ...options.issuers.map((name) => ({ apiVersion: "cert-manager.io/v1", kind: "ClusterIssuer", metadata: { name }, spec: { ca: { secretName: caSecret } } })),
  ];
  await kubectl(["apply", "-f", "-"], { input: JSON.stringify({ apiVersion: "v1", kind: "List", items: objects }) });
  const supervisor = new ProcessSupervisor(path.join(stateDir, "logs"));
  const args = [
    `--kubeconfig=${kubeconfig}`,
    `--cluster-resource-namespace=${CERT_MANAGER_NAMESPACE}`,
    ...(options.gatewayApi ? ["--enable-gateway-api"] : []),
  ];
  const proc = supervisor.start("cert-manager-controller", binary, args, {
    ...process.env,
    KUBECONFIG: kubeconfig,
  });
  progress(`cert-manager ${CERT_MANAGER_MODULE.version}: controllers pid ${proc.pid} (log ${proc.logFile})`);
  const stop = async () => {
    await supervisor.stopAll();
  };
  const deadline = Date.now() + timeoutMs;
  const ready = async (name: string) =>
    (await kubectl(["get", "clusterissuer", name, "-o", "jsonpath={.status.conditions[?(@.type=='Ready')].status}"], { check: false })).stdout.trim() ===
    "True";
  for (;;) {
    const waiting: string[] = [];
    for (const name of options.issuers) if (!(await ready(name))) waiting.push(name);
    if (waiting.length === 0) break;
    if (proc.exit !== undefined || Date.now() > deadline) {
      await stop();
      const log = fs.existsSync(proc.logFile) ? fs.readFileSync(proc.logFile, "utf8").trim().split("\n").slice(-15).join("\n") : "(no log)";
      throw new Error(
        `cert-manager: ClusterIssuer(s) ${waiting.join(", ")} not Ready${proc.exit !== undefined ? ` (controller exited: ${proc.exit})` : ` within ${timeoutMs / 1000}s`}:\n${log}`,
      );
    }
    await new Promise((res) => setTimeout(res, 1000));
  }
  return {
    pid: proc.pid,
    logFile: proc.logFile,
    description:
      `cert-manager ${CERT_MANAGER_MODULE.version}'s controllers (certificates, CertificateRequests with the CA issuer, approver, issuers) ran as a host process, ` +
      `built here from its Go module with a Stackwerk main (its cmd/controller module is not served); webhook and cainjector not run; ` +
      `ClusterIssuer(s) ${options.issuers.join(", ")}: CA issuers of one CA made for the run${options.gatewayApi ? "; gateway-shim on" : ""}`,
    stop,
  };
}
