/**
 * The GitOps engine with real Flux (issue 29): source-controller and kustomize-controller built
 * from their Go modules (tools/flux) run against the embedded cluster and pull from a local Git
 * server. The web-app pattern on-prem is rendered, committed and pushed:
 *   1. Flux applies the commit (add-ons, then platform): the objects are in the cluster, and the
 *      SOPS-encrypted Secret arrives decrypted by kustomize-controller (the value the engine derived);
 *   2. a second reconcile of the same commit applies no new revision and changes no object;
 *   3. removing the instance from Git prunes its Kustomizations and, with them, its objects.
 * Then every registered pattern through the GitOps conformance cell (levels 1-6).
 * Runs by default: Jest's global setup builds the two controllers once (73 min cold on 2 shared
 * cores, a no-op with a warm cache, like the Pulumi tools); the conformance cells are what
 * `stackwerk conformance --engine gitops` runs.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import "../../patterns";
import { targets } from "../../providers";
import { GitOpsModel, GitOpsOutput, synthGitOps } from "../../engines/gitops";
import { EmbeddedCluster, startCluster } from "../../tools/cluster";
import { GitOpsRepo } from "../../conformance/gitops-repo";
import { runGitOpsCell } from "../../conformance/gitops-cell";
import { Kube } from "../../conformance/kube";
import { ProcessTracker } from "../../deploy/exec";
import { kubectlPath } from "../../tools/cluster";
import { getPattern, registeredPatterns } from "../../patterns/registry";

jest.setTimeout(3_600_000);

const SEED = "flux-reconcile-test-seed-0123456789abcdef";
const ns = "web-app-test";
let cluster: EmbeddedCluster;
let repo: GitOpsRepo;
let stateDir: string;

function render(withInstance: boolean): GitOpsOutput {
  const model = new GitOpsModel();
  const instances = withInstance
    ? [getPattern("web-app").create(model, "web-app", { target: targets.onprem({ kubeconfigPath: cluster.kubeconfig }), stage: "test" })]
    : [];
  return synthGitOps(instances, { recipients: [repo.age.recipient], seed: SEED, gitUrl: repo.gitUrl, interval: "10s" });
}

beforeAll(async () => {
  stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-gitops-"));
  cluster = await startCluster({ name: "gitops-flux" });
  repo = await GitOpsRepo.start(cluster, stateDir);
});
afterAll(async () => {
  const logs = repo ? Object.values(repo.flux.logs) : [];
  await repo?.stop();
  await cluster?.stop();
  if (process.env.STACKWERK_KEEP_LOGS) for (const l of logs) fs.copyFileSync(l, path.join(os.tmpdir(), path.basename(l)));
  if (stateDir) fs.rmSync(stateDir, { recursive: true, force: true });
});

test("commit -> Flux reconciles -> objects exist; a second reconcile applies nothing new; removal from Git is pruned", async () => {
  const out = render(true);
  const units = out.units.map((u) => u.name);
  expect(units).toEqual(["web-app-test-web-app-addons", "web-app-test-web-app-platform"]);
  const first = await repo.publish(out, "web-app on-prem (test)");
  await repo.bootstrap(out);
  const applied = await repo.waitApplied(units, first, 600_000);
  expect([...applied.values()].map((s) => s.lastAppliedRevision)).toEqual([`main@sha1:${first}`, `main@sha1:${first}`]);

  // The objects are in the cluster, applied by kustomize-controller.
  const deployment = JSON.parse((await cluster.kubectl(["get", "deployment", "web", "-n", ns, "-o", "json"])).stdout);
  expect(deployment.metadata.labels["kustomize.toolkit.fluxcd.io/name"]).toBe("web-app-test-web-app-platform");
  expect((await cluster.kubectl(["get", "namespace", ns, "-o", "jsonpath={.metadata.labels.pod-security\\.kubernetes\\.io/enforce}"])).stdout).toBe(
    "restricted",
  );
  // The Secret was committed encrypted and arrives decrypted: the value the engine derived.
  const plain = out.objects.get("web-app-test-web-app-platform")!.find((o) => o.key === `Secret/${ns}/postgres-credentials`)!;
  const expected = (plain.object.stringData as Record<string, string>).password;
  const committed = fs.readFileSync(path.join(repo.workTree, `tenants/web-app/test/web-app/platform/secret-${ns}-postgres-credentials.yaml`), "utf8");
  expect(committed).not.toContain(expected);
  const secret = JSON.parse((await cluster.kubectl(["get", "secret", "postgres-credentials", "-n", ns, "-o", "json"])).stdout);
  expect(Buffer.from(secret.data.password, "base64").toString()).toBe(expected);

  // A second reconcile of the same commit: same revision, no object changed (generation and resourceVersion of the spec-only objects).
  const before = JSON.parse((await cluster.kubectl(["get", "networkpolicies,configmaps,services", "-n", ns, "-o", "json"])).stdout) as {
    items: Array<{ kind: string; metadata: { name: string; resourceVersion: string } }>;
  };
  const again = await repo.publish(render(true), "unchanged");
  expect(again).toBe(first);
  const handled = await repo.requestReconcile(units);
  const second = await repo.waitApplied(units, first, 300_000, handled);
  expect([...second.values()].map((s) => s.lastAppliedRevision)).toEqual([`main@sha1:${first}`, `main@sha1:${first}`]);
  const after = JSON.parse((await cluster.kubectl(["get", "networkpolicies,configmaps,services", "-n", ns, "-o", "json"])).stdout) as typeof before;
  const versions = (l: typeof before) => Object.fromEntries(l.items.map((i) => [`${i.kind}/${i.metadata.name}`, i.metadata.resourceVersion]));
  expect(before.items.length).toBeGreaterThan(5);
  expect(versions(after)).toEqual(versions(before));

  // Removal from Git: the root Kustomization prunes the instance's Kustomizations, whose objects go with them.
  const removed = await repo.publish(render(false), "remove web-app");
  expect(removed).not.toBe(first);
  await repo.requestReconcile(["stackwerk-root"]);
  await repo.waitPruned(units, 600_000);
  const deadline = Date.now() + 300_000;
  let left = "";
  do {
    left = (await cluster.kubectl(["get", "namespace", ns, "-o", "name"], { check: false })).stdout.trim();
    if (!left) break;
    await new Promise((r) => setTimeout(r, 2000));
  } while (Date.now() < deadline);
  expect(left).toBe("");
});

/** The GitOps conformance cells (conformance/gitops-cell.ts): levels 1-6 for every registered pattern on-prem, one after the other. */
describe("conformance through the GitOps engine, on-prem", () => {
  test.each(registeredPatterns().map((p) => p.name))("%s: levels 1-6 pass", async (pattern) => {
    const kube = new Kube(await kubectlPath(), cluster.kubeconfig, new ProcessTracker());
    const report = await runGitOpsCell({
      pattern,
      stage: "test",
      workDir: stateDir,
      repo,
      kube,
      rolloutTimeoutMs: 180_000,
      leftoverTimeoutMs: 120_000,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    const failed = report.levels.filter((l) => l.required && l.status !== "pass").map((l) => `L${l.level} ${l.status}: ${l.message}`);
    expect({ pattern, engine: report.engine, failed }).toEqual({ pattern, engine: "gitops", failed: [] });
    expect(report.levels.slice(0, 6).map((l) => l.status)).toEqual(["pass", "pass", "n/a", "pass", "pass", "pass"]);
  });
});
