/**
 * The Pulumi engine for real (issue 28): the pinned Pulumi CLI and Kubernetes provider plugin
 * (built from Go modules by tools/pulumi), a file backend and passphrase secrets, deploy the
 * web-app pattern on-prem to the embedded cluster: `pulumi up`, the objects are in the cluster,
 * `pulumi preview --expect-no-changes` is clean, a field kubectl changed is taken back by
 * `pulumi up --refresh`, raising `stackwerk:credentials_rotation` writes a new password, and
 * `pulumi destroy` leaves no object of the instance. Then `conformance --engine pulumi --targets
 * onprem`: every registered pattern through levels 1-6. Runs in `npm test` (the global setup builds
 * the tools, or finds them in the cache); measured 08:30 UTC under load ~27 on 2 cores: the
 * lifecycle test 36 s, the five cells 100-150 s each except monitoring (about 7 min, its CRDs).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import "../../patterns";
import { WebAppStack } from "../../patterns";
import { targets } from "../../providers";
import { EmbeddedCluster, startCluster } from "../../tools/cluster";
import { ensurePulumi } from "../../tools/pulumi";
import { pulumiProgram, PulumiProgram } from "../../conformance/pulumi-program";
import { runConformance } from "../../conformance";
import { admissionPolicyObjects } from "../../constructs/admission-policies";
import { registeredPatterns } from "../../patterns/registry";

jest.setTimeout(3_600_000);

const ns = "shop-test";
let cluster: EmbeddedCluster;
let workDir: string;
let program: PulumiProgram;
const log: string[] = [];
const onOutput = (line: string): void => {
  log.push(line);
};

beforeAll(async () => {
  await ensurePulumi(); // built by test/global-setup.ts (cached); a no-op here
  cluster = await startCluster({ name: "pulumi-real" });
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-pulumi-real-"));
  program = await pulumiProgram({
    stack: "webapp",
    workDir,
    build: (model) => [
      new WebAppStack(model, "shop", {
        target: targets.onprem({ kubeconfigPath: cluster.kubeconfig }),
        image: "registry.example.de/shop/web:1.4.2",
        database: true,
        bucket: true,
        stage: "test",
      }),
    ],
  });
});
afterAll(async () => {
  await cluster?.stop();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

async function password(): Promise<string> {
  const secret = JSON.parse((await cluster.kubectl(["get", "secret", "postgres-credentials", "-n", ns, "-o", "json"])).stdout);
  return Buffer.from(secret.data.password, "base64").toString();
}

const tail = (): string => log.join("").slice(-4000);

test("pulumi up, preview without changes, drift taken back, rotation, destroy: on the embedded cluster", async () => {
  const up = await program.stack.up({ onOutput });
  expect({ result: up.summary.result, log: up.summary.result === "succeeded" ? "" : tail() }).toEqual({ result: "succeeded", log: "" });
  const created = up.summary.resourceChanges?.create ?? 0;
  expect(created).toBeGreaterThan(20);

  // The objects are in the cluster, managed by Pulumi's server-side apply.
  expect((await cluster.kubectl(["get", "namespace", ns, "-o", "jsonpath={.metadata.labels.pod-security\\.kubernetes\\.io/enforce}"])).stdout).toBe(
    "restricted",
  );
  expect((await cluster.kubectl(["get", "deployment", "web", "-n", ns, "-o", "name"])).stdout.trim()).toBe("deployment.apps/web");
  expect((await cluster.kubectl(["get", "statefulset", "postgres", "-n", ns, "-o", "name"])).stdout.trim()).toBe("statefulset.apps/postgres");
  const original = await password();
  expect(original).toMatch(/^[A-Za-z0-9]{32}$/);

  const clean = await program.stack.preview({ expectNoChanges: true, onOutput });
  expect({ changes: clean.changeSummary, log: "" }).toEqual({ changes: { same: clean.changeSummary.same }, log: "" });

  // Drift: a field another manager (kubectl) changed is taken back.
  const widen = '[{"op":"replace","path":"/spec/egress/0/ports/0/port","value":443}]';
  await cluster.kubectl(["patch", "networkpolicy", "web-allow-to-object-store", "-n", ns, "--type=json", "-p", widen]);
  const restore = await program.stack.up({ refresh: true, onOutput });
  expect({ result: restore.summary.result, log: restore.summary.result === "succeeded" ? "" : tail() }).toEqual({ result: "succeeded", log: "" });
  const port = await cluster.kubectl(["get", "networkpolicy", "web-allow-to-object-store", "-n", ns, "-o", "jsonpath={.spec.egress[0].ports[0].port}"]);
  expect(port.stdout).toBe("9000");
  expect(await password()).toBe(original);

  // Rotation: explicit, by raising the counter; only then does the password change. The Secret is
  // updated in place (same uid, as cdktf does), not replaced: Pulumi's default deletes and re-creates
  // it, which leaves the workloads without it for a moment and fails on a protected Secret.
  const uid = async () => (await cluster.kubectl(["get", "secret", "postgres-credentials", "-n", ns, "-o", "jsonpath={.metadata.uid}"])).stdout;
  const before = await uid();
  await program.stack.setConfig("stackwerk:credentials_rotation", { value: "2" });
  const rotate = await program.stack.up({ onOutput });
  expect(rotate.summary.result).toBe("succeeded");
  expect(rotate.summary.resourceChanges?.update ?? 0).toBeGreaterThanOrEqual(2);
  expect(rotate.summary.resourceChanges?.replace ?? 0).toBe(0);
  const rotated = await password();
  expect(rotated).toMatch(/^[A-Za-z0-9]{32}$/);
  expect(rotated).not.toBe(original);
  expect(await uid()).toBe(before);

  const destroy = await program.stack.destroy({ onOutput });
  expect({ result: destroy.summary.result, log: destroy.summary.result === "succeeded" ? "" : tail() }).toEqual({ result: "succeeded", log: "" });
  const left = await cluster.kubectl(["get", "namespace", ns, "-o", "name"], { check: false });
  expect(
    left.stdout.trim() === "" ||
      /Terminating/.test((await cluster.kubectl(["get", "namespace", ns, "-o", "jsonpath={.status.phase}"], { check: false })).stdout),
  ).toBe(true);
});

/**
 * `stackwerk conformance --engine pulumi --targets onprem`: levels 1-6 through the real CLI and
 * provider for every registered pattern on-prem, on the run's own embedded cluster (3 cells at a
 * time, like the OpenTofu cells), with the report's engine per cell.
 */
describe("conformance --engine pulumi, on-prem", () => {
  test("every registered pattern passes levels 1-6", async () => {
    // Stackwerk's admission policies, as on a cluster the runner starts itself.
    await cluster.kubectl(["apply", "-f", "-"], { input: JSON.stringify({ apiVersion: "v1", kind: "List", items: admissionPolicyObjects() }) });
    const run = await runConformance({
      engines: ["pulumi"],
      targets: ["onprem"],
      kubeconfig: cluster.kubeconfig, // one embedded cluster per test file
      reportDir: path.join(workDir, "report"),
      workDir: path.join(workDir, "conformance"),
      handleSignals: false,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    const cells = run.report.cells.map((c) => ({
      id: c.id,
      engine: c.engine,
      levels: c.levels.slice(0, 6).map((l) => l.status),
      failed: c.levels.filter((l) => l.required && l.status !== "pass").map((l) => `L${l.level} ${l.status}: ${l.message.slice(0, 600)}`),
    }));
    expect(cells).toEqual(
      registeredPatterns().map((p) => ({
        id: `${p.name}/onprem/pulumi`,
        engine: "pulumi",
        levels: ["pass", "pass", "n/a", "pass", "pass", "pass"],
        failed: [],
      })),
    );
    expect(run.report.run.options.engines).toEqual(["pulumi"]);
    expect(fs.readFileSync(run.files.markdown, "utf8")).toContain("(pulumi)");
    process.stderr.write(`durations: ${run.report.cells.map((c) => `${c.id} ${(c.durationMs / 1000).toFixed(1)}s`).join(", ")}\n`);
  });
});
