/**
 * The Argo CD Applications the GitOps engine writes (argocd/*.yaml) against the real Argo CD CRDs
 * (v3.5.8, from the module's manifests/crds, tools/argocd) on the embedded kube-apiserver: a
 * server-side dry run of every Application of every registered pattern on-prem passes the CRD's
 * OpenAPI schema, and a wrongly typed field is rejected (the schema is really checked). The Argo CD
 * controller itself is not run: sync waves and SOPS decryption on Argo CD's side are not exercised.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import "../../patterns";
import { getPattern, registeredPatterns } from "../../patterns/registry";
import { targets } from "../../providers";
import { generateAgeIdentity, GitOpsModel, referenceBase, synthGitOps, writeGitOps } from "../../engines/gitops";
import { EmbeddedCluster, startCluster } from "../../tools/cluster";
import { ensureArgoCdCrds } from "../../tools/argocd";

jest.setTimeout(900_000);
let cluster: EmbeddedCluster;
let work: string;

beforeAll(async () => {
  const crds = await ensureArgoCdCrds();
  expect(crds.map((c) => path.basename(c))).toEqual(["application-crd.yaml", "applicationset-crd.yaml", "appproject-crd.yaml"]);
  work = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-argocd-"));
  cluster = await startCluster({ name: "gitops-argocd" });
  for (const crd of crds) await cluster.kubectl(["apply", "--server-side", "-f", crd]);
  const names = ["applications", "applicationsets", "appprojects"].map((n) => `crd/${n}.argoproj.io`);
  // Polled: `kubectl wait` errors on a CRD whose status has no conditions yet instead of waiting.
  for (const name of names) {
    let status = "";
    for (let i = 0; i < 120 && status !== "True"; i++) {
      if (i) await new Promise((r) => setTimeout(r, 500));
      status = (await cluster.kubectl(["get", name, "-o", 'jsonpath={.status.conditions[?(@.type=="Established")].status}'], { check: false })).stdout.trim();
    }
    expect({ name, established: status }).toEqual({ name, established: "True" });
  }
  await cluster.kubectl(["create", "namespace", "argocd"]);
});
afterAll(async () => {
  await cluster?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test("every pattern's Argo CD Applications pass the Application CRD (server-side dry run)", async () => {
  const model = new GitOpsModel();
  const instances = registeredPatterns().map((p) =>
    getPattern(p.name).create(model, p.name, { target: targets.onprem({ kubeconfigPath: cluster.kubeconfig, gpuNodes: 1 }), stage: "test" }),
  );
  const out = synthGitOps(instances, {
    recipients: [generateAgeIdentity(Buffer.alloc(32, 1)).recipient],
    seed: "argocd-crd-test-seed-0123456789abcdef0123",
    gitUrl: "https://git.example.org/platform.git",
    base: (p) => referenceBase(p),
  });
  writeGitOps(work, out);
  const files = out.units.map((u) => path.join(work, "argocd", `${u.name}.yaml`));
  expect(files.length).toBeGreaterThanOrEqual(registeredPatterns().length);
  const r = await cluster.kubectl(["apply", "--dry-run=server", ...files.flatMap((f) => ["-f", f])], { check: false });
  expect({ code: r.code, stderr: r.stderr.trim() }).toEqual({ code: 0, stderr: "" });
  expect(r.stdout.split("\n").filter((l) => l.includes("(server dry run)"))).toHaveLength(files.length);
});

test("a wrongly typed field is rejected by the CRD's schema", async () => {
  const bad = path.join(work, "bad.yaml");
  fs.writeFileSync(
    bad,
    JSON.stringify({
      apiVersion: "argoproj.io/v1alpha1",
      kind: "Application",
      metadata: { name: "bad", namespace: "argocd" },
      spec: {
        project: "default",
        source: { repoURL: "https://git.example.org/x.git", path: "x" },
        destination: { server: "https://kubernetes.default.svc" },
        syncPolicy: { automated: { prune: "yes" } },
      },
    }),
  );
  const r = await cluster.kubectl(["apply", "--dry-run=server", "-f", bad], { check: false });
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(/spec\.syncPolicy\.automated\.prune/);
});
