/**
 * GitOps fleet reconciliation: `BENCH_GITOPS_TENANTS` (default 100) web-app tenants (database,
 * bucket) rendered by the GitOps engine, committed to a local Git server and reconciled by the real
 * Flux controllers on the embedded cluster. Reports the synth time, the wall time from push to
 * every tenant Ready, and the controllers' peak resident memory (sampled every 2 s). The OpenTofu
 * fleet path is `npm run bench -- fleet` (synth only; its apply is one OpenTofu run per stack).
 * Results: reports/bench-gitops.json.
 */
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
        props: { image: "registry.example.de/shop/web:1.4.2", database: true, bucket: true },
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
    const result: GitOpsBenchResult = {
      tenants: n,
      synthMs,
      files: output.files.size,
      reconcileMs: Date.now() - t1,
      peakControllersRssBytes: Math.max(peak, repo.flux.rssBytes()),
    };
    fs.mkdirSync("reports", { recursive: true });
    fs.writeFileSync(path.join("reports", "bench-gitops.json"), JSON.stringify(result, null, 2) + "\n");
    process.stderr.write(
      `[bench] gitops: ${n} tenants, synth ${(synthMs / 1000).toFixed(1)} s (${output.files.size} files), Flux reconciled all in ${(result.reconcileMs / 1000).toFixed(1)} s, controllers peak ${(result.peakControllersRssBytes / 2 ** 20).toFixed(0)} MiB\n`,
    );
    return result;
  } finally {
    await repo?.stop();
    await cluster.stop();
    fs.rmSync(stateDir, { recursive: true, force: true });
  }
}
