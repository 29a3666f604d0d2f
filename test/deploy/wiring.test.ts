/**
 * Wiring without hands, checked on what synth writes: for a landing zone with a web app and IAM
 * on STACKIT and IONOS, every platform (and add-ons) input is wired from an infra output (the operator gives
 * only the passphrase there), and no input is asked of the operator twice: each operator input
 * belongs to one stack. Plus the program reader: apply order from manifest.json, --stacks globs,
 * the app command from cdktf.json or --app, and clear errors.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import { IdentityStack, LandingZone, targets, WebAppStack } from "../../index";
import { applyOrder, readProgram, resolveProgram, stackMatcher, synthProgram } from "../../deploy/program";
import { declaredOutputs, feedbackInputs, wireInputs } from "../../deploy/wiring";

const ROOT = path.resolve(__dirname, "../..");

function landingZone(target: "stackit" | "ionos"): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `wiring-${target}-`));
  const app = new App({ outdir });
  const zone = new LandingZone(app, "amt", { target: target === "stackit" ? targets.stackit() : targets.ionos() });
  new IdentityStack(app, "identity", { landingZone: zone, hostName: "id.amt.example.de" });
  new WebAppStack(app, "shop", {
    landingZone: zone,
    image: "registry.example.de/shop/web:1.4.2",
    hostName: "shop.amt.example.de",
    database: true,
    bucket: true,
  });
  app.synth();
  return outdir;
}

test.each(["stackit", "ionos"] as const)("%s: every platform input comes from the infra stack, and no input is asked for twice", (target) => {
  const program = readProgram(landingZone(target));
  // The zone's add-ons stack (its Gateway, Gateway API change) comes between the infra and the patterns.
  expect(program.stacks.map((s) => s.name)).toEqual(["amt-infra", "amt-addons", "identity-platform", "shop-platform"]);
  const json = new Map(program.stacks.map((s) => [s.name, JSON.parse(fs.readFileSync(s.file, "utf8"))]));
  const askedBy = new Map<string, string[]>();
  for (const stack of program.stacks) {
    const upstream = stack.dependencies.map((d) => ({ stack: d, declared: declaredOutputs(json.get(d)) }));
    const wired = wireInputs(json.get(stack.name), upstream, {});
    for (const s of wired.sources.filter((x) => x.from === "operator")) askedBy.set(s.name, [...(askedBy.get(s.name) ?? []), stack.name]);
    if (stack.name.endsWith("-platform")) {
      const fromInfra = wired.sources.filter((s) => s.from === "stack");
      expect(fromInfra.length).toBeGreaterThan(3);
      expect(fromInfra.every((s) => s.stack === "amt-infra")).toBe(true);
      expect(fromInfra.map((s) => s.name)).toEqual(expect.arrayContaining(["kubeconfig"]));
      // The operator gives nothing but the passphrase to a platform stack.
      expect(wired.missing).toEqual(["state_passphrase"]);
      expect(wired.pending.map((p) => p.name).sort()).toEqual(fromInfra.map((s) => s.name).sort());
    }
    if (stack.name === "amt-addons") {
      // The add-ons need only the cluster: its kubeconfig from the infra stack, and the passphrase.
      // (They output their Gateway's address for the infra stack's DNS records: ingress_ip.)
      expect(stack.dependencies).toEqual(["amt-infra"]);
      expect(wired.sources.filter((s) => s.from === "stack")).toEqual([{ name: "kubeconfig", sensitive: true, from: "stack", stack: "amt-infra" }]);
      expect(wired.missing).toEqual(["state_passphrase"]);
    }
  }
  // No second pass: the DNS records' address is the add-ons stack's output (its Gateway's), taken in the same run.
  const stacks = program.stacks.map((s) => ({ name: s.name, tf: json.get(s.name), dependencies: s.dependencies }));
  expect(feedbackInputs(stacks[0], stacks)).toEqual([{ name: "ingress_ip", stack: "amt-addons" }]);
  expect(declaredOutputs(json.get("amt-addons"))).toEqual(["ingress_ip"]);
  expect(askedBy.has("ingress_ip")).toBe(false);
  // The passphrase is one TF_VAR for every stack; every other operator input belongs to exactly one stack.
  expect(askedBy.get("state_passphrase")).toEqual(program.stacks.map((s) => s.name));
  const twice = [...askedBy].filter(([name, stacks]) => name !== "state_passphrase" && stacks.length > 1);
  expect(twice).toEqual([]);
  expect([...askedBy.keys()].filter((n) => n !== "state_passphrase").every((n) => askedBy.get(n)!.every((s) => s === "amt-infra"))).toBe(true);
});

test("sensitive infra outputs stay sensitive and are only in the tofu process's environment", () => {
  const tf = {
    variable: { kubeconfig: { type: "string", sensitive: true }, db_host: { type: "string" }, state_passphrase: { type: "string", sensitive: true } },
  };
  const wired = wireInputs(
    tf,
    [
      {
        stack: "amt-infra",
        declared: ["kubeconfig", "db_host"],
        values: { kubeconfig: { value: "apiVersion: v1", sensitive: true }, db_host: { value: "db.internal", sensitive: false } },
      },
    ],
    {
      TF_VAR_state_passphrase: "x".repeat(20),
    },
  );
  expect(wired.env).toEqual({ TF_VAR_kubeconfig: "apiVersion: v1", TF_VAR_db_host: "db.internal" });
  expect(wired.sources).toEqual([
    { name: "kubeconfig", sensitive: true, from: "stack", stack: "amt-infra" },
    { name: "db_host", sensitive: false, from: "stack", stack: "amt-infra" },
    { name: "state_passphrase", sensitive: true, from: "operator" },
  ]);
  expect(wired.missing).toEqual([]);
});

test("apply order follows the dependencies; a cycle is named", () => {
  const s = (name: string, ...dependencies: string[]) => ({ name, dependencies });
  expect(applyOrder([s("shop-platform", "amt-infra", "amt-addons"), s("amt-addons", "amt-infra"), s("amt-infra")]).map((x) => x.name)).toEqual([
    "amt-infra",
    "amt-addons",
    "shop-platform",
  ]);
  expect(() => applyOrder([s("a", "b"), s("b", "a")])).toThrow("the stacks depend on each other in a cycle: a -> b -> a");
});

test("--stacks takes comma-separated globs", () => {
  const match = stackMatcher("amt-*, shop-platform");
  expect(["amt-infra", "amt-addons", "shop-platform", "shop-infra", "xamt-infra"].filter(match)).toEqual(["amt-infra", "amt-addons", "shop-platform"]);
  expect(stackMatcher(undefined)("anything")).toBe(true);
});

test("the app command comes from --app or cdktf.json; a missing one is a clear error", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "program-"));
  expect(() => resolveProgram({ cwd: dir })).toThrow(`no cdktf.json in ${dir} and no --app. Allowed: --app "<command that synthesises your program>"`);
  fs.writeFileSync(path.join(dir, "cdktf.json"), JSON.stringify({ app: "" }));
  expect(() => resolveProgram({ cwd: dir })).toThrow(`${path.join(dir, "cdktf.json")}: "app" is "". Allowed: the command that synthesises your program`);
  fs.writeFileSync(path.join(dir, "cdktf.json"), JSON.stringify({ app: "false", output: "out" }));
  expect(resolveProgram({ cwd: dir })).toEqual({ cwd: dir, app: "false", outdir: path.join(dir, "out") });
  await expect(synthProgram({ cwd: dir })).rejects.toThrow('the app command "false" failed (exit code 1)');
  fs.writeFileSync(
    path.join(dir, "main.ts"),
    `import { App, LandingZone, WebAppStack, targets } from ${JSON.stringify(path.join(ROOT, "index"))};
const app = new App();
new WebAppStack(app, "shop", { target: targets.stackit(), image: "registry.example.de/shop/web:1.4.2" });
app.synth();
`,
  );
  const program = await synthProgram({ cwd: dir, app: `${path.join(ROOT, "node_modules/.bin/tsx")} main.ts` });
  expect(program.outdir).toBe(path.join(dir, "out"));
  expect(program.stacks.map((s) => [s.name, s.dependencies])).toEqual([
    ["shop-infra", []],
    // The pattern's private zone ships its admission policies in an add-ons stack (ADR 0385).
    ["shop-addons", ["shop-infra"]],
    ["shop-platform", ["shop-infra", "shop-addons"]],
  ]);
});
