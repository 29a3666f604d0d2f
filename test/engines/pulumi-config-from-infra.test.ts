/**
 * Cloud infra for Pulumi users (ADR 0360), offline and for real: `stackwerk pulumi config-from-infra`
 * reads an OpenTofu state and configures a Pulumi stack with the real Pulumi CLI, and `pulumi up`
 * of the STACKIT web app's platform layer then deploys to the cluster the infra's kubeconfig output
 * names. The state is made by running `tofu apply` (the toolchain's OpenTofu): a stack whose outputs
 * are the STACKIT infra stack's (names and sensitivity read from its cdktf synth), its values
 * stand-ins held by a `terraform_data` resource, and its kubeconfig the embedded cluster's document
 * (given as a sensitive variable, so it is in the state, not in the file). The cloud itself cannot
 * be reached here; everything after the state is the real thing.
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { App } from "cdktf";
import "../../patterns";
import { getPattern } from "../../patterns";
import { synthPattern } from "../../engines/cdktf";
import { targets } from "../../providers";
import { EmbeddedCluster, startCluster } from "../../tools/cluster";
import { ensureToolchain, runTofu } from "../../tools/toolchain";
import { ensurePulumi, pulumiEnv } from "../../tools/pulumi";
import { pulumiProgram } from "../../conformance/pulumi-program";
import { modelFacts } from "../../conformance/pulumi-cell";
import { pulumiConfigFromOutputs } from "../../deploy/pulumi-config";
import { operatorInputs } from "../../cli/commands/pulumi";
import { main } from "../../cli/main";
import { standInValue } from "../../conformance/inputs";

jest.setTimeout(900_000);

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "../..");

test("pulumiConfigFromOutputs: every output, secrets for sensitive ones, JSON for non-strings, missing required inputs named", () => {
  const wiring = pulumiConfigFromOutputs(
    { kubeconfig: { value: "apiVersion: v1", sensitive: true }, db_port: { value: 5432, sensitive: false }, host: { value: "db.example", sensitive: false } },
    [
      { name: "kubeconfig", sensitive: true, hasDefault: false },
      { name: "host", sensitive: false, hasDefault: false },
      { name: "bucket", sensitive: false, hasDefault: false },
      { name: "region", sensitive: false, hasDefault: true },
    ],
  );
  expect(wiring).toEqual({
    entries: [
      { key: "stackwerk:host", value: "db.example", secret: false },
      { key: "stackwerk:kubeconfig", value: "apiVersion: v1", secret: true },
    ],
    missing: ["bucket"],
  });
  expect(pulumiConfigFromOutputs({ db_port: { value: 5432 } }).entries).toEqual([{ key: "stackwerk:db_port", value: "5432", secret: false }]);
});

test("an input no infra output supplies is the operator's: the AI pattern's IONOS model token is named, the wired ones are not", () => {
  // Found by `conformance --engine pulumi --targets ionos` (level 3 first failed on model_token, an operator input).
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-operator-inputs-"));
  try {
    const stacks = synthPattern({ pattern: "ai", target: targets.ionos(), stage: "test", outdir, id: "ai-ionos" });
    const infra = stacks.find((s) => s.role === "infra")!;
    const outputs = Object.keys((JSON.parse(fs.readFileSync(infra.file, "utf8")) as { output: Record<string, unknown> }).output);
    expect(outputs).toContain("kubeconfig");
    expect(operatorInputs(infra.dir, new Set(outputs))).toEqual([{ name: "model_token", sensitive: true }]);
    // Without the wired outputs every required platform input would be listed: the list is not fixed.
    expect(operatorInputs(infra.dir, new Set()).map((i) => i.name)).toEqual(expect.arrayContaining(["kubeconfig", "model_token"]));
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
});

test("stackwerk pulumi: a wrong subcommand, a folder without a stack, or no --stack is a usage error naming what is allowed", async () => {
  const errors: string[] = [];
  const err = jest.spyOn(process.stderr, "write").mockImplementation((c: string | Uint8Array) => (errors.push(String(c)), true));
  try {
    expect(await main(["pulumi", "config-to-infra"])).toBe(2);
    expect(await main(["pulumi", "config-from-infra", os.tmpdir(), "--stack", "dev"])).toBe(2);
    expect(await main(["pulumi", "config-from-infra", os.tmpdir()])).toBe(2);
  } finally {
    err.mockRestore();
  }
  const text = errors.join("");
  expect(text).toContain("unknown subcommand 'config-to-infra'. Allowed: config-from-infra");
  expect(text).toContain("no cdk.tf.json; give the folder of the synthesised infra stack");
  expect(text).toContain("--stack <pulumi stack> is required");
});

describe("stackwerk pulumi config-from-infra: an OpenTofu state into a Pulumi stack, then pulumi up", () => {
  let cluster: EmbeddedCluster;
  let work: string;
  beforeAll(async () => {
    await ensurePulumi();
    cluster = await startCluster({ name: "pulumi-infra" });
    work = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-pulumi-infra-"));
  });
  afterAll(async () => {
    await cluster?.stop();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  test("STACKIT web app: the infra outputs become the stack's config and its platform layer deploys to the kubeconfig they name", async () => {
    // The infra stack's outputs, from the same instance's cdktf synth.
    const synth = synthPattern({ pattern: "web-app", target: targets.stackit(), stage: "test", outdir: path.join(work, "synth"), id: "shop" });
    const infra = synth.find((s) => s.role === "infra")!;
    const declared = (JSON.parse(fs.readFileSync(infra.file, "utf8")) as { output: Record<string, { sensitive?: boolean }> }).output;
    const names = Object.keys(declared).sort();
    expect(names).toContain("kubeconfig");

    // A state with those outputs, written by a real tofu apply.
    const state = path.join(work, "infra");
    fs.mkdirSync(state);
    // Values of the shape each name implies (CIDRs, hosts, ports; the conformance runner's stand-ins).
    const values = new Map(names.map((n) => [n, standInValue({ name: n, sensitive: declared[n].sensitive === true, hasDefault: false })]));
    const stand = (n: string) => values.get(n)!;
    fs.writeFileSync(
      path.join(state, "cdk.tf.json"),
      JSON.stringify({
        variable: { kubeconfig: { type: "string", sensitive: true } },
        resource: {
          terraform_data: { infra: { input: Object.fromEntries(names.filter((n) => n !== "kubeconfig").map((n) => [n, stand(n)])) } },
        },
        output: Object.fromEntries(
          names.map((n) => [
            n,
            { value: n === "kubeconfig" ? "${var.kubeconfig}" : `\${terraform_data.infra.output.${n}}`, ...(declared[n].sensitive ? { sensitive: true } : {}) },
          ]),
        ),
      }),
    );
    const tc = await ensureToolchain();
    const tofuEnv = { TF_VAR_kubeconfig: fs.readFileSync(cluster.kubeconfig, "utf8") };
    for (const args of [
      ["init", "-input=false", "-no-color"],
      ["apply", "-auto-approve", "-input=false", "-no-color"],
    ]) {
      const r = await runTofu(tc, state, args, { env: tofuEnv });
      expect({ args, code: r.code, err: r.code ? r.stdout + r.stderr : "" }).toEqual({ args, code: 0, err: "" });
    }

    // A Pulumi project with a stack (file backend, passphrase secrets), configured by the command.
    const tools = await ensurePulumi();
    const project = path.join(work, "project");
    fs.mkdirSync(path.join(project, "backend"), { recursive: true });
    fs.writeFileSync(path.join(project, "passphrase"), "config-from-infra-test-passphrase");
    const env = { ...process.env, ...pulumiEnv(tools, path.join(project, "backend"), "config-from-infra-test-passphrase") };
    fs.writeFileSync(path.join(project, "Pulumi.yaml"), `name: stackwerk\nruntime: nodejs\nbackend:\n  url: file://${path.join(project, "backend")}\n`);
    await run(tools.cli, ["stack", "init", "dev", "--non-interactive"], { cwd: project, env });
    const cli = await run(
      process.execPath,
      [
        path.join(ROOT, "node_modules/tsx/dist/cli.mjs"),
        path.join(ROOT, "cli/main.ts"),
        "pulumi",
        "config-from-infra",
        state,
        "--stack",
        "dev",
        "--cwd",
        project,
        "--pulumi",
        tools.cli,
      ],
      { cwd: work, env: { ...env, STACKWERK_CACHE: process.env.STACKWERK_CACHE ?? "" } },
    );
    expect(cli.stdout.split("\n").filter(Boolean).sort()).toEqual(
      names.map((n) => (declared[n].sensitive ? `set stackwerk:${n} (secret)` : `set stackwerk:${n} = ${stand(n)}`)).sort(),
    );
    // Secrets are encrypted in the stack file; the kubeconfig document is nowhere in plain text.
    const stackFile = fs.readFileSync(path.join(project, "Pulumi.dev.yaml"), "utf8");
    expect(stackFile).toContain("stackwerk:kubeconfig:\n    secure:");
    expect(stackFile).not.toContain("client-key-data");

    // Every required platform input of the Pulumi program is among the wired outputs.
    const build = () => [getPattern("web-app").create(new App({ outdir: path.join(work, "app") }), "shop", { target: targets.stackit(), stage: "test" })];
    const required = modelFacts(build()[0])
      .inputs.filter((i) => !i.hasDefault)
      .map((i) => i.name);
    expect(required.filter((n) => !names.includes(n))).toEqual([]);

    // pulumi up of the platform layer: the provider is built from the wired kubeconfig (the embedded cluster).
    const { stack } = await pulumiProgram({ stack: "dev", workDir: project, build });
    const log: string[] = [];
    const up = await stack.up({ onOutput: (l) => void log.push(l) });
    expect({ result: up.summary.result, log: up.summary.result === "succeeded" ? "" : log.join("").slice(-3000) }).toEqual({ result: "succeeded", log: "" });
    const ns = JSON.parse((await cluster.kubectl(["get", "namespaces", "-l", "app.kubernetes.io/managed-by=stackwerk", "-o", "json"])).stdout) as {
      items: Array<{ metadata: { name: string } }>;
    };
    expect(ns.items.map((n) => n.metadata.name)).toEqual(expect.arrayContaining([expect.stringMatching(/^shop/)]));
    expect((await cluster.kubectl(["get", "deployments", "-A", "-o", "name"])).stdout).toContain("deployment.apps/web");
    const destroy = await stack.destroy({ onOutput: (l) => void log.push(l) });
    expect(destroy.summary.result).toBe("succeeded");
  });
});
