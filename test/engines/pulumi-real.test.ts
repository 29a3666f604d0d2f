/**
 * The Pulumi engine for real (issue 28): the pinned Pulumi CLI and Kubernetes provider plugin
 * (built from Go modules by tools/pulumi), a file backend and passphrase secrets, deploy the
 * web-app pattern on-prem to the embedded cluster: `pulumi up`, the objects are in the cluster,
 * `pulumi preview --expect-no-changes` is clean, a field kubectl changed is taken back by
 * `pulumi up --refresh`, raising `stackwerk:credentials_rotation` writes a new password, and
 * `pulumi destroy` leaves no object of the instance. Then every registered pattern through the
 * Pulumi conformance cell (levels 1-6). NOT RUN YET: the first build of the CLI did not finish in
 * the session that wrote this (1,177 Go packages on 2 shared cores).
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
import { runPulumiCell } from "../../conformance/pulumi-cell";
import { Kube } from "../../conformance/kube";
import { ProcessTracker } from "../../deploy/exec";
import { kubectlPath } from "../../tools/cluster";
import { registeredPatterns } from "../../patterns/registry";

jest.setTimeout(3_600_000);

/**
 * Opt-in until it has passed once: the first build of the CLI alone takes over an hour on 2 cores,
 * and this file has never run to the end (issue 28 stays open). `STACKWERK_PULUMI_REAL=1 npx jest
 * test/engines/pulumi-real.test.ts` runs it.
 */
const REAL = process.env.STACKWERK_PULUMI_REAL === "1";
const realTest = REAL ? test : test.skip;
const realDescribe = REAL ? describe : describe.skip;

const ns = "shop-test";
let cluster: EmbeddedCluster;
let workDir: string;
let program: PulumiProgram;
const log: string[] = [];
const onOutput = (line: string): void => {
  log.push(line);
};

beforeAll(async () => {
  if (!REAL) return;
  await ensurePulumi(); // first build: the CLI and the provider from Go modules (long on 2 cores)
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

realTest("pulumi up, preview without changes, drift taken back, rotation, destroy: on the embedded cluster", async () => {
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

  // Rotation: explicit, by raising the counter; only then does the password change.
  await program.stack.setConfig("stackwerk:credentials_rotation", { value: "2" });
  const rotate = await program.stack.up({ onOutput });
  expect(rotate.summary.result).toBe("succeeded");
  const rotated = await password();
  expect(rotated).toMatch(/^[A-Za-z0-9]{32}$/);
  expect(rotated).not.toBe(original);

  const destroy = await program.stack.destroy({ onOutput });
  expect({ result: destroy.summary.result, log: destroy.summary.result === "succeeded" ? "" : tail() }).toEqual({ result: "succeeded", log: "" });
  const left = await cluster.kubectl(["get", "namespace", ns, "-o", "name"], { check: false });
  expect(
    left.stdout.trim() === "" ||
      /Terminating/.test((await cluster.kubectl(["get", "namespace", ns, "-o", "jsonpath={.status.phase}"], { check: false })).stdout),
  ).toBe(true);
});

/**
 * The Pulumi engine's conformance cells (conformance/pulumi-cell.ts): levels 1-6 through the real
 * CLI and provider for every registered pattern on-prem, one after the other on the same cluster.
 */
realDescribe("conformance through the Pulumi engine, on-prem", () => {
  test.each(registeredPatterns().map((p) => p.name))("%s: levels 1-6 pass", async (pattern) => {
    const kube = new Kube(await kubectlPath(), cluster.kubeconfig, new ProcessTracker());
    const report = await runPulumiCell({
      pattern,
      stage: "test",
      workDir,
      kubeconfig: cluster.kubeconfig,
      kube,
      rolloutTimeoutMs: 180_000,
      leftoverTimeoutMs: 120_000,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    const failed = report.levels.filter((l) => l.required && l.status !== "pass").map((l) => `L${l.level} ${l.status}: ${l.message}`);
    expect({ pattern, engine: report.engine, failed }).toEqual({ pattern, engine: "pulumi", failed: [] });
    expect(report.levels.slice(0, 6).map((l) => l.status)).toEqual(["pass", "pass", "n/a", "pass", "pass", "pass"]);
  });
});
