/**
 * GitOps fleet reconciliation: `BENCH_GITOPS_TENANTS` (default 100) web-app tenants (database,
 * bucket) rendered by the GitOps engine, committed to a local Git server and reconciled by the real
 * Flux controllers on the embedded cluster. Reports the synth time, the wall time from push to
 * every tenant Ready, and the controllers' peak resident memory (sampled every 2 s). Beside it, on
 * the same cluster in the same run, the OpenTofu fleet path: `stackwerk deploy --fleet` of
 * `BENCH_GITOPS_TOFU_TENANTS` (default 10) tenants of the same pattern and props, `--jobs 2`; the
 * ratio compares wall time per tenant (fewer tenants there, as each costs several OpenTofu runs).
 * Results: reports/bench-gitops.json.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { GitOpsModel, synthGitOps } from "../../engines/gitops";
import { fleetPattern } from "../../cli/fleet/patterns";
import { targets } from "../../providers";
import { startCluster } from "../../tools/cluster";
import { GitOpsRepo } from "../../conformance/gitops-repo";

/** What one GitOps fleet run measured. */
export interface GitOpsBenchResult {
  readonly tenants: number;
  readonly synthMs: number;
  readonly files: number;
  /** Push to every tenant's Kustomization Ready at the commit. */
  readonly reconcileMs: number;
  /** Peak RSS of source-controller + kustomize-controller, bytes. */
  readonly peakControllersRssBytes: number;
  /** The OpenTofu fleet path on the same cluster: `stackwerk deploy --fleet`. */
  readonly tofu: { readonly tenants: number; readonly jobs: number; readonly wallMs: number };
  /** Wall time per tenant, OpenTofu fleet deploy / Flux reconcile. */
  readonly perTenantRatio: number;
}

const ROOT = path.resolve(__dirname, "..", "..");
const TENANT_PROPS = { image: "registry.example.de/shop/web:1.4.2", database: true, bucket: true };

/** `stackwerk deploy --fleet` of `n` web-app tenants on `kubeconfig`; returns its wall time. */
async function tofuFleet(kubeconfig: string, n: number, jobs: number, dir: string): Promise<number> {
  const catalogue = path.join(dir, "fleet.yaml");
  const tenants = Array.from({ length: n }, (_, i) => `  - name: tofu-${String(i).padStart(3, "0")}`).join("\n");
  fs.writeFileSync(
    catalogue,
    `targets:\n  rz: { type: onprem, props: { kubeconfigPath: ${JSON.stringify(kubeconfig)} } }\n` +
      `defaults: { pattern: web-app, target: rz, stage: test, size: S, props: ${JSON.stringify(TENANT_PROPS)} }\ntenants:\n${tenants}\n`,
  );
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("TF_VAR_")));
  const started = Date.now();
  const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(
      path.join(ROOT, "node_modules/.bin/tsx"),
      [path.join(ROOT, "cli/main.ts"), "deploy", "--fleet", catalogue, "--jobs", String(jobs), "--auto-approve", "--out", path.join(dir, "out")],
      { cwd: dir, env: { ...env, TF_VAR_state_passphrase: randomBytes(24).toString("base64url") }, maxBuffer: 256 << 20 },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );
  if (r.code !== 0) throw new Error(`stackwerk deploy --fleet failed (exit ${r.code}):\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  return Date.now() - started;
}

/** Runs the benchmark. */
export async function run(): Promise<GitOpsBenchResult> {
  const n = Number(process.env.BENCH_GITOPS_TENANTS ?? 100);
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-bench-gitops-"));
  const cluster = await startCluster({ name: "bench-gitops", timeoutMs: 180_000 });
  let repo: GitOpsRepo | undefined;
  try {
    repo = await GitOpsRepo.start(cluster, stateDir);
    const t0 = Date.now();
    const model = new GitOpsModel();
    const target = targets.onprem({ kubeconfigPath: cluster.kubeconfig });
    const instances = Array.from({ length: n }, (_, i) =>
      fleetPattern("web-app")!(model, `tenant-${String(i).padStart(3, "0")}`, {
        target,
        stage: "test",
        size: "S",
        props: TENANT_PROPS,
      }),
    );
    const output = synthGitOps(instances, {
      recipients: [repo.age.recipient],
      seed: "bench-gitops-seed-0123456789abcdef0123",
      gitUrl: repo.gitUrl,
      interval: "30s",
    });
    const synthMs = Date.now() - t0;
    const units = output.units.map((u) => u.name);
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, repo!.flux.rssBytes())), 2000);
    const t1 = Date.now();
    try {
      const commit = await repo.publish(output, `${n} tenants`);
      await repo.bootstrap(output);
      await repo.waitApplied(units, commit, 3_600_000);
    } finally {
      clearInterval(sampler);
    }
    const reconcileMs = Date.now() - t1;
    const peakControllersRssBytes = Math.max(peak, repo.flux.rssBytes());
    const tofuTenants = Number(process.env.BENCH_GITOPS_TOFU_TENANTS ?? 10);
    process.stderr.write(
      `[bench] gitops: Flux reconciled ${n} tenants in ${(reconcileMs / 1000).toFixed(1)} s; now deploy --fleet of ${tofuTenants} tenants with OpenTofu\n`,
    );
    const tofuWallMs = await tofuFleet(cluster.kubeconfig, tofuTenants, 2, stateDir);
    const result: GitOpsBenchResult = {
      tenants: n,
      synthMs,
      files: output.files.size,
      reconcileMs,
      peakControllersRssBytes,
      tofu: { tenants: tofuTenants, jobs: 2, wallMs: tofuWallMs },
      perTenantRatio: tofuWallMs / tofuTenants / (reconcileMs / n),
    };
    fs.mkdirSync("reports", { recursive: true });
    fs.writeFileSync(path.join("reports", "bench-gitops.json"), JSON.stringify(result, null, 2) + "\n");
    process.stderr.write(
      `[bench] gitops: ${n} tenants, synth ${(synthMs / 1000).toFixed(1)} s (${output.files.size} files), Flux reconciled all in ${(result.reconcileMs / 1000).toFixed(1)} s, controllers peak ${(result.peakControllersRssBytes / 2 ** 20).toFixed(0)} MiB; OpenTofu ${tofuTenants} tenants in ${(tofuWallMs / 1000).toFixed(1)} s: ${result.perTenantRatio.toFixed(1)}× the wall time per tenant\n`,
    );
    return result;
  } finally {
    await repo?.stop();
    await cluster.stop();
    fs.rmSync(stateDir, { recursive: true, force: true });
  }
}
