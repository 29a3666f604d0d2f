/**
 * `stackwerk plan` of a landing zone with a web app and IAM on STACKIT and IONOS, offline with
 * placeholder credentials: the operator is told once which infra inputs to give (never the
 * Gateway's address: the add-ons stack outputs it and the infra stack takes it in the same run); with them the
 * infra stack plans with the real provider (or stops where the provider needs the cloud API),
 * and each platform stack is listed as planned after the infra apply, with every one of its
 * inputs wired from the infra stack's outputs: only the passphrase comes from the operator.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { placeholderEnv } from "../../conformance/credentials";
import { standInValue } from "../../conformance/inputs";
import { readProgram } from "../../deploy/program";

jest.setTimeout(900_000);

const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const CLI = path.join(ROOT, "cli/main.ts");

function program(target: "stackit" | "ionos"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `plan-${target}-`));
  fs.writeFileSync(
    path.join(dir, "main.ts"),
    `import { App, IdentityStack, LandingZone, WebAppStack, targets } from ${JSON.stringify(path.join(ROOT, "index"))};
const app = new App();
const zone = new LandingZone(app, "amt", { target: targets.${target}() });
new IdentityStack(app, "identity", { landingZone: zone, hostName: "id.amt.example.de" });
new WebAppStack(app, "shop", { landingZone: zone, image: "registry.example.de/shop/web:1.4.2", hostName: "shop.amt.example.de", database: true });
app.synth();
`,
  );
  fs.writeFileSync(path.join(dir, "cdktf.json"), JSON.stringify({ app: `${TSX} main.ts` }));
  return dir;
}

function stackwerk(dir: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(TSX, [CLI, ...args], { cwd: dir, env, maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

test.each(["stackit", "ionos"] as const)("%s: plan runs offline with every platform input wired from infra outputs", async (target) => {
  const dir = program(target);
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("TF_VAR_")));
  const env = { ...clean, ...placeholderEnv(target), TF_VAR_state_passphrase: randomBytes(24).toString("base64url") };

  // Without the infra stack's own inputs: named once, for the one stack that needs them.
  const first = await stackwerk(dir, ["plan"], env);
  expect(first.code).toBe(1);
  const asked = /^amt-infra: needs (.*): no stack it depends on outputs/m.exec(first.stdout)?.[1];
  expect(asked).toBeDefined();
  const names = asked!.split(", ").map((n) => n.replace(/^TF_VAR_/, ""));
  // Not the Gateway's address: it comes from the add-ons stack in the same run (no second pass).
  expect(names).not.toContain("ingress_ip");
  expect(names).toEqual(expect.arrayContaining(["admin_cidrs"]));
  expect(first.stdout).not.toMatch(/^(identity|shop)-platform: needs/m);

  const operator = Object.fromEntries(names.map((n) => [`TF_VAR_${n}`, standInValue({ name: n, sensitive: false, hasDefault: false })]));
  const plan = await stackwerk(dir, ["plan"], { ...env, ...operator });
  const lines = plan.stdout.split("\n");
  const infra = lines.find((l) => l.startsWith("amt-infra: "))!;
  // The real provider planned the infra stack offline, or stopped only where it needs the cloud API.
  if (plan.code === 0) expect(infra).toMatch(/^amt-infra: \d+ to create, 0 to update, 0 to replace, 0 to delete$/);
  else expect(infra).toMatch(/^amt-infra: tofu plan: .*(no such host|lookup)/);

  expect(lines).toContain("  then applied again in the same run with ingress_ip from amt-addons, known only after that stack is applied");
  const synthesised = readProgram(path.join(dir, "cdktf.out"));
  for (const stack of ["identity-platform", "shop-platform"]) {
    const tf = JSON.parse(fs.readFileSync(synthesised.stacks.find((s) => s.name === stack)!.file, "utf8"));
    const required = Object.entries<{ default?: unknown }>(tf.variable)
      .filter(([n, v]) => !("default" in v) && n !== "state_passphrase")
      .map(([n]) => n)
      .sort();
    expect(required.length).toBeGreaterThan(3);
    const at = lines.findIndex((l) => l.startsWith(`${stack}: `));
    expect(lines[at]).toMatch(new RegExp(`^${stack}: planned when amt-infra is applied: its inputs .* are outputs known only after that apply$`));
    const wired = /^ {2}inputs from amt-infra: (.*)$/
      .exec(lines[at + 1])?.[1]
      .split(", ")
      .map((n) => n.replace(/ \(sensitive\)$/, ""));
    expect(wired?.filter((n) => required.includes(n)).sort()).toEqual(required);
    expect(lines[at + 1]).toMatch(/kubeconfig \(sensitive\)/);
  }
});
