/**
 * Done-when of `stackwerk deploy` (issue 24): a user's program in a fresh folder outside the
 * checkout (a landing zone holding a web app and IAM on targets.onprem(), against the embedded
 * cluster), with TF_VAR_state_passphrase as the only TF_VAR: deploy without --auto-approve shows
 * the plan and changes nothing when the answer is not "yes"; deploy --auto-approve puts the
 * objects into the cluster; plan then shows no changes; destroy --auto-approve leaves nothing.
 * The zone's add-ons stack (amt-addons: its Gateway in namespace amt-test-gateway, from the Gateway API
 * change) is applied before the patterns and destroyed after them.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { EmbeddedCluster, startCluster } from "../../tools/cluster";
import { clusterStateDir } from "../../tools/cluster/paths";
import { PROVIDER_VERSIONS } from "../../engines/cdktf/provider-versions";
import { startS3Server } from "../support/s3";

jest.setTimeout(1_200_000);

const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const CLI = path.join(ROOT, "cli/main.ts");
const NAMESPACES = ["amt-test-gateway", "amt-test-identity", "amt-test-shop"];

let cluster: EmbeddedCluster;
let dir: string;
let env: NodeJS.ProcessEnv;

/** The operator's environment: nothing of the test's TF_VAR_*, only the passphrase. */
function operatorEnv(): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("TF_VAR_")));
  return { ...clean, TF_VAR_state_passphrase: randomBytes(24).toString("base64url") };
}

/** Runs the real CLI in the program's folder. */
function stackwerk(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(TSX, [CLI, ...args], { cwd: dir, env, maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(input ?? "");
  });
}

async function namespaces(): Promise<string[]> {
  const r = await cluster.kubectl(["get", "namespaces", "-o", "jsonpath={.items[*].metadata.name}"]);
  return r.stdout.split(/\s+/).filter((n) => NAMESPACES.includes(n));
}

beforeAll(async () => {
  // Where `stackwerk cluster up` keeps it: deploy finds its kubeconfig there, the user gives none.
  fs.rmSync(clusterStateDir(), { recursive: true, force: true });
  cluster = await startCluster({ stateDir: clusterStateDir() });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "my-landing-zone-"));
  fs.writeFileSync(
    path.join(dir, "main.ts"),
    `import { App, IdentityStack, LandingZone, WebAppStack, targets } from ${JSON.stringify(path.join(ROOT, "index"))};
const app = new App();
const zone = new LandingZone(app, "amt", { target: targets.onprem() });
new IdentityStack(app, "identity", { landingZone: zone, hostName: "id.apps.example.de" });
new WebAppStack(app, "shop", { landingZone: zone, image: "registry.example.de/shop/web:1.4.2", hostName: "shop.apps.example.de" });
app.synth();
`,
  );
  fs.writeFileSync(path.join(dir, "cdktf.json"), JSON.stringify({ language: "typescript", app: `${TSX} main.ts` }, null, 2));
  env = operatorEnv();
});

afterAll(async () => {
  await cluster?.stop();
});

test("deploy -> objects in the cluster -> plan shows no changes -> destroy -> nothing left", async () => {
  // Asked, not answered "yes": the plan is shown, nothing changes.
  const declined = await stackwerk(["deploy"], "no\n");
  expect({ code: declined.code, stderr: declined.code === 1 ? "" : declined.stderr }).toEqual({ code: 1, stderr: "" });
  expect(declined.stdout).toMatch(/^amt-addons: \d+ to create, 0 to update, 0 to replace, 0 to delete$/m);
  expect(declined.stdout).toMatch(/^identity-platform: \d+ to create, 0 to update, 0 to replace, 0 to delete$/m);
  expect(declined.stdout).toMatch(/^shop-platform: \d+ to create, 0 to update, 0 to replace, 0 to delete$/m);
  expect(declined.stdout).toMatch(/Apply \d+ change\(s\) in 3 stack\(s\)\?/);
  expect(declined.stdout).toContain("Not applied: the answer was not 'yes'.");
  expect(await namespaces()).toEqual([]);

  const deployed = await stackwerk(["deploy", "--auto-approve"]);
  expect({ code: deployed.code, stderr: deployed.code === 0 ? "" : deployed.stderr }).toEqual({ code: 0, stderr: "" });
  // Progress per stack, in order.
  expect(deployed.stderr).toMatch(/\[stackwerk\] synth: 3 stack\(s\) in [\d.]+s: amt-addons -> identity-platform -> shop-platform/);
  expect(deployed.stderr).toContain(
    `[stackwerk] kubeconfig_path of amt-addons, identity-platform, shop-platform: ${cluster.kubeconfig} (the embedded cluster)`,
  );
  const applied = [...deployed.stderr.matchAll(/\[stackwerk\] ([a-z-]+): Apply complete! Resources: \d+ added, 0 changed, 0 destroyed\./g)].map((m) => m[1]);
  expect(applied).toEqual(["amt-addons", "identity-platform", "shop-platform"]);
  expect(deployed.stderr).toMatch(/\[stackwerk\] identity-platform: Apply complete! Resources: \d+ added, 0 changed, 0 destroyed\./);
  expect(deployed.stderr).toMatch(/\[stackwerk\] shop-platform: Apply complete! Resources: \d+ added, 0 changed, 0 destroyed\./);
  expect((await namespaces()).sort()).toEqual(NAMESPACES);
  const deployments = await cluster.kubectl(["get", "deployments", "-A", "-o", "jsonpath={.items[*].metadata.name}"]);
  expect(deployments.stdout).toMatch(/keycloak/);
  expect(deployments.stdout).toMatch(/web/);
  const gateway = await cluster.kubectl(["get", "gateways.gateway.networking.k8s.io", "-n", "amt-test-gateway", "-o", "name"]);
  expect(gateway.stdout.trim()).toBe("gateway.gateway.networking.k8s.io/gateway");

  // The lock file deploy wrote pins the tested provider versions.
  for (const stack of ["amt-addons", "identity-platform", "shop-platform"]) {
    const lock = fs.readFileSync(path.join(dir, "cdktf.out/stacks", stack, ".terraform.lock.hcl"), "utf8");
    expect(lock).toContain(`provider "registry.opentofu.org/hashicorp/kubernetes" {\n  version     = "${PROVIDER_VERSIONS.kubernetes.version}"`);
    expect(fs.readFileSync(path.join(dir, "cdktf.out/stacks", stack, "terraform.tfstate"), "utf8")).toMatch(/"encrypted_data"/);
  }

  const plan = await stackwerk(["plan"]);
  expect({ code: plan.code, stderr: plan.code === 0 ? "" : plan.stderr }).toEqual({ code: 0, stderr: "" });
  expect(plan.stdout.split("\n").filter((l) => /^[a-z-]+: /.test(l))).toEqual([
    "amt-addons: no changes",
    "identity-platform: no changes",
    "shop-platform: no changes",
  ]);

  const destroyed = await stackwerk(["destroy", "--auto-approve"]);
  expect({ code: destroyed.code, stderr: destroyed.code === 0 ? "" : destroyed.stderr }).toEqual({ code: 0, stderr: "" });
  // Reverse order: the last stack applied is the first destroyed.
  const order = [...destroyed.stderr.matchAll(/\[stackwerk\] ([a-z-]+): Destroy complete!/g)].map((m) => m[1]);
  expect(order).toEqual(["shop-platform", "identity-platform", "amt-addons"]);
  for (let i = 0; i < 60 && (await namespaces()).length > 0; i++) await sleep(2000);
  expect(await namespaces()).toEqual([]);
  const managed = await cluster.kubectl(["get", "clusterroles,clusterrolebindings", "-l", "app.kubernetes.io/managed-by=stackwerk", "-o", "name"]);
  expect(managed.stdout.trim()).toBe("");
});

/** Runs the real CLI in `folder` with the operator's environment plus `extra`. */
function cliIn(folder: string, args: string[], extra: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(TSX, [CLI, ...args], { cwd: folder, env: { ...env, ...extra }, maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

test("the S3 backend keeps each stack's state as an object in the bucket, written under a lock file", async () => {
  const s3 = await startS3Server();
  try {
    expect((await fetch(`${s3.endpoint}/tofu-state`, { method: "PUT" })).status).toBe(200);
    const program = fs.mkdtempSync(path.join(os.tmpdir(), "s3-backend-"));
    fs.writeFileSync(
      path.join(program, "main.ts"),
      `import { App, stateBackend, WebAppStack, targets } from ${JSON.stringify(path.join(ROOT, "index"))};
const app = new App();
stateBackend(app, { type: "s3", bucket: "tofu-state", endpoint: ${JSON.stringify(s3.endpoint)} });
new WebAppStack(app, "sshop", { target: targets.onprem({ kubeconfigPath: ${JSON.stringify(cluster.kubeconfig)} }), image: "registry.example.de/shop/web:1.4.2" });
app.synth();
`,
    );
    fs.writeFileSync(path.join(program, "cdktf.json"), JSON.stringify({ app: `${TSX} main.ts` }));
    const credentials = { AWS_ACCESS_KEY_ID: "stackwerk-test", AWS_SECRET_ACCESS_KEY: "stackwerk-test-secret" };
    const deployed = await cliIn(program, ["deploy", "--auto-approve"], credentials);
    expect({ code: deployed.code, stderr: deployed.code === 0 ? "" : deployed.stderr }).toEqual({ code: 0, stderr: "" });
    expect(fs.existsSync(path.join(program, "cdktf.out/stacks/sshop-platform/terraform.tfstate"))).toBe(false);
    const object = s3.getObject("tofu-state", "stackwerk/sshop-platform.tfstate");
    expect(object.status).toBe(200);
    const text = object.body;
    expect(text).toMatch(/"encrypted_data"/);
    expect(text).not.toContain("sshop");
    // The lock file was written (conditionally) and removed again.
    expect(s3.log()).toMatch(/PUT \/tofu-state\/stackwerk\/sshop-platform\.tfstate\.tflock/);
    expect(s3.log()).toMatch(/DELETE \/tofu-state\/stackwerk\/sshop-platform\.tfstate\.tflock/);
    expect(s3.getObject("tofu-state", "stackwerk/sshop-platform.tfstate.tflock").status).toBe(404);
    const plan = await cliIn(program, ["plan"], credentials);
    expect(plan.stdout).toContain("sshop-platform: no changes");
    const destroyed = await cliIn(program, ["destroy", "--auto-approve"], credentials);
    expect({ code: destroyed.code, stderr: destroyed.code === 0 ? "" : destroyed.stderr }).toEqual({ code: 0, stderr: "" });
    expect(destroyed.stderr).toMatch(/sshop-platform: Destroy complete!/);
  } finally {
    await s3.stop();
  }
});

test("the Kubernetes backend keeps each stack's state in a Secret of the cluster, locked, encrypted", async () => {
  const program = fs.mkdtempSync(path.join(os.tmpdir(), "k8s-backend-"));
  await cluster.kubectl(["create", "namespace", "tofu-state"]);
  fs.writeFileSync(
    path.join(program, "main.ts"),
    `import { App, stateBackend, WebAppStack, targets } from ${JSON.stringify(path.join(ROOT, "index"))};
const app = new App();
stateBackend(app, { type: "kubernetes", namespace: "tofu-state", kubeconfigPath: ${JSON.stringify(cluster.kubeconfig)} });
new WebAppStack(app, "kshop", { target: targets.onprem({ kubeconfigPath: ${JSON.stringify(cluster.kubeconfig)} }), image: "registry.example.de/shop/web:1.4.2" });
app.synth();
`,
  );
  fs.writeFileSync(path.join(program, "cdktf.json"), JSON.stringify({ app: `${TSX} main.ts` }));
  const inProgram = (args: string[]) => cliIn(program, args);
  const deployed = await inProgram(["deploy", "--auto-approve"]);
  expect({ code: deployed.code, stderr: deployed.code === 0 ? "" : deployed.stderr }).toEqual({ code: 0, stderr: "" });
  expect(fs.existsSync(path.join(program, "cdktf.out/stacks/kshop-platform/terraform.tfstate"))).toBe(false);
  const secret = await cluster.kubectl(["get", "secret", "tfstate-default-kshop-platform", "-n", "tofu-state", "-o", "json"]);
  const state = Buffer.from(JSON.parse(secret.stdout).data.tfstate, "base64");
  // The backend gzips the state; encrypted, it holds no object name in plaintext.
  const text = require("node:zlib").gunzipSync(state).toString();
  expect(text).toMatch(/"encrypted_data"/);
  expect(text).not.toContain("kshop");
  const plan = await inProgram(["plan"]);
  expect(plan.stdout).toContain("kshop-platform: no changes");
  const destroyed = await inProgram(["destroy", "--auto-approve"]);
  expect({ code: destroyed.code, stderr: destroyed.code === 0 ? "" : destroyed.stderr }).toEqual({ code: 0, stderr: "" });
  expect(destroyed.stderr).toMatch(/kshop-platform: Destroy complete!/);
});

/**
 * One fleet for both commands (a fleet deploy costs a web app per tenant): deploy fa, fb and fc
 * (whose cluster is unreachable), then destroy fa and fb with fb's cluster unreachable, then
 * again with it back.
 */
test("deploy --fleet and destroy --fleet: tenants in parallel, a progress line per tenant, a summary table, a failed tenant does not stop the others", async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "fleet-"));
  const catalogue = (name: string, tenants: string) => {
    const file = path.join(folder, `${name}.yaml`);
    fs.writeFileSync(
      file,
      `targets:
  rz: { type: onprem, props: { kubeconfigPath: ${JSON.stringify(cluster.kubeconfig)} } }
  gone: { type: onprem, props: { kubeconfigPath: /nonexistent/kubeconfig, kubeconfigCheckedAtSynth: false } }
defaults: { pattern: web-app, target: rz, props: { image: "registry.example.de/shop/web:1.4.2" } }
tenants:
${tenants}`,
    );
    return file;
  };
  const fleet = (action: string, file: string) => cliIn(folder, [action, "--fleet", file, "--jobs", "2", "--auto-approve", "--out", path.join(folder, "out")]);

  const r = await fleet("deploy", catalogue("deploy", "  - name: fa\n  - name: fb\n  - name: fc\n    target: gone\n"));
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/\[stackwerk\] \[fa\] fa-platform: Apply complete!/);
  expect(r.stderr.match(/\[stackwerk\] fleet deploy \d\/3: f[abc] (ok|FAILED)/g)).toHaveLength(3);
  const rows = r.stdout.split("\n").filter((l) => /^f[abc] /.test(l));
  expect(rows.map((l) => l.split(/\s+/).slice(0, 3))).toEqual([
    // Each tenant's private zone: its add-ons stack (admission policies) and its platform stack.
    ["fa", "ok", "2"],
    ["fb", "ok", "2"],
    ["fc", "FAILED", "0"],
  ]);
  // The first of its stacks (the add-ons) fails on the unreachable cluster; the platform is not tried.
  expect(rows[2]).toMatch(/fc-addons: tofu (plan|apply|init)/);
  expect(r.stdout).toMatch(/^2\/3 tenant\(s\) deployed in \d+\.\ds; failed: fc$/m);
  const ns = await cluster.kubectl(["get", "namespaces", "fa-test", "fb-test", "-o", "name"]);
  expect(ns.stdout.trim().split("\n").sort()).toEqual(["namespace/fa-test", "namespace/fb-test"]);

  // fb's cluster is unreachable now: its destroy fails, fa's is not held up by it.
  const d = await fleet("destroy", catalogue("destroy-gone", "  - name: fa\n  - name: fb\n    target: gone\n"));
  expect(d.code).toBe(1);
  expect(d.stderr).toMatch(/\[stackwerk\] \[fa\] fa-platform: Destroy complete!/);
  expect(d.stderr.match(/\[stackwerk\] fleet destroy \d\/2: f[ab] (ok|FAILED)/g)).toHaveLength(2);
  const destroyRows = d.stdout.split("\n").filter((l) => /^f[ab] /.test(l));
  expect(destroyRows.map((l) => l.split(/\s+/).slice(0, 3))).toEqual([
    ["fa", "ok", "2"],
    ["fb", "FAILED", "0"],
  ]);
  expect(destroyRows[1]).toMatch(/fb-platform: /);
  expect(d.stdout).toMatch(/^1\/2 tenant\(s\) destroyed in \d+\.\ds; failed: fb$/m);
  const left = await cluster.kubectl(["get", "namespaces", "fa-test", "fb-test", "-o", "name", "--ignore-not-found"]);
  expect(left.stdout.trim()).toBe("namespace/fb-test");

  // With its cluster back, fb's state was kept and it is destroyed (fa's, already empty, again).
  const again = await fleet("destroy", catalogue("destroy", "  - name: fa\n  - name: fb\n"));
  expect({ code: again.code, out: again.stdout }).toEqual({ code: 0, out: expect.stringMatching(/^2\/2 tenant\(s\) destroyed/m) });
  const none = await cluster.kubectl(["get", "namespaces", "fb-test", "-o", "name", "--ignore-not-found"]);
  expect(none.stdout.trim()).toBe("");
});
