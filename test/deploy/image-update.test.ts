/**
 * Day two on the embedded cluster: a new image version of a deployed web app goes out with
 * `stackwerk deploy`. Found by running (the upgrade test from v0.2.0 and a bare `tofu apply`): every
 * in-place update of a Deployment the kubernetes provider waits for ends in "Provider produced
 * inconsistent result after apply … deployment.kubernetes.io/revision: was "1", but now "2"" —
 * its read-back bug hashicorp/terraform-provider-kubernetes#1591 — although the change is in.
 * deploy now confirms with a plan that nothing is left to do and reports success with that
 * warning; the cluster runs the new image and the next plan shows no changes.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { EmbeddedCluster, startCluster } from "../../tools/cluster";

jest.setTimeout(900_000);

const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const CLI = path.join(ROOT, "cli/main.ts");

let cluster: EmbeddedCluster;
let program: string;

beforeAll(async () => {
  cluster = await startCluster({ name: "image-update" });
  program = fs.mkdtempSync(path.join(os.tmpdir(), "image-update-"));
  fs.writeFileSync(path.join(program, "cdktf.json"), JSON.stringify({ app: `${TSX} main.ts` }));
});
afterAll(async () => {
  await cluster?.stop();
  if (program) fs.rmSync(program, { recursive: true, force: true });
});

const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("TF_VAR_"))),
  TF_VAR_state_passphrase: randomBytes(24).toString("base64url"),
};

/** Writes the program with `image` and runs the real CLI in its folder. */
function stackwerk(args: string[], image: string): Promise<{ code: number; stdout: string; stderr: string }> {
  fs.writeFileSync(
    path.join(program, "main.ts"),
    `import { App, WebAppStack, targets } from ${JSON.stringify(path.join(ROOT, "index"))};
const app = new App();
new WebAppStack(app, "shop", { target: targets.onprem({ kubeconfigPath: ${JSON.stringify(cluster.kubeconfig)} }), image: ${JSON.stringify(image)} });
app.synth();
`,
  );
  return new Promise((resolve) =>
    execFile(TSX, [CLI, ...args], { cwd: program, env, maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

const deployedImage = async () =>
  (await cluster.kubectl(["get", "deployment", "web", "-n", "shop-test", "-o", "jsonpath={.spec.template.spec.containers[0].image}"])).stdout;

test("a new image version deploys: exit 0, the provider's revision read-back named as a warning, the new image running, no changes left", async () => {
  const first = await stackwerk(["deploy", "--auto-approve"], "registry.example.de/shop/web:1.0.0");
  expect({ code: first.code, stderr: first.code === 0 ? "" : first.stderr }).toEqual({ code: 0, stderr: "" });
  expect(await deployedImage()).toBe("registry.example.de/shop/web:1.0.0");

  const update = await stackwerk(["deploy", "--auto-approve"], "registry.example.de/shop/web:1.0.1");
  expect({ code: update.code, stderr: update.code === 0 ? "" : update.stderr.slice(-3000) }).toEqual({ code: 0, stderr: "" });
  expect(update.stderr).toMatch(
    /shop-platform: the kubernetes provider misread a rollout's revision annotation after the apply \(hashicorp\/terraform-provider-kubernetes#1591\)/,
  );
  expect(update.stderr).toMatch(/shop-platform: .*warning\(s\): Provider produced inconsistent result after apply/);
  expect(await deployedImage()).toBe("registry.example.de/shop/web:1.0.1");

  const plan = await stackwerk(["plan"], "registry.example.de/shop/web:1.0.1");
  expect(plan.stdout).toContain("shop-platform: no changes");
});
