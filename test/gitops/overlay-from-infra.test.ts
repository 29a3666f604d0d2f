/**
 * Infra outputs into the GitOps overlay (ADR 0401), offline and for real up to the cloud:
 * `stackwerk gitops overlay-from-infra` reads an OpenTofu state made by a real `tofu apply` (the
 * outputs of the STACKIT web app's infra stack: names and sensitivity from its cdktf synth, values
 * stand-ins held by a `terraform_data` resource) and writes the instance's overlay. Checked with a
 * real kustomize build: the non-secret outputs are in the applied objects, the base carries only
 * `<input:…>` placeholders, and no sensitive output's value is in any file in plaintext. A
 * sensitive output wired to a non-sensitive input is refused.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as yaml from "js-yaml";
import "../../patterns";
import { synthPattern } from "../../engines/cdktf";
import { targets } from "../../providers";
import { generateAgeIdentity } from "../../engines/gitops";
import { ensureToolchain, runTofu } from "../../tools/toolchain";
import { ensureKustomize } from "../../tools/kustomize";
import { run } from "../../tools/cache";
import { standInValue } from "../../conformance/inputs";
import { overlayFromInfra } from "../../cli/commands/gitops-infra";
import { runCliCapturingStderr } from "../support/cli";

jest.setTimeout(600_000);
const recipient = generateAgeIdentity(Buffer.alloc(32, 9)).recipient;
const gitUrl = "http://127.0.0.1:9/platform.git";
const env = { ...process.env, STACKWERK_CREDENTIALS_SEED: "overlay-from-infra-seed-0123456789abcdef" };
let work: string;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-overlay-infra-"));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** A folder whose state (real `tofu apply`) has `outputs` (value, sensitive). */
async function applyState(name: string, outputs: Record<string, { value: string; sensitive: boolean }>): Promise<string> {
  const dir = path.join(work, name);
  fs.mkdirSync(dir);
  fs.writeFileSync(
    path.join(dir, "cdk.tf.json"),
    JSON.stringify({
      resource: { terraform_data: { infra: { input: Object.fromEntries(Object.entries(outputs).map(([n, o]) => [n, o.value])) } } },
      output: Object.fromEntries(
        Object.entries(outputs).map(([n, o]) => [n, { value: `\${terraform_data.infra.output.${n}}`, ...(o.sensitive ? { sensitive: true } : {}) }]),
      ),
    }),
  );
  const tc = await ensureToolchain();
  for (const args of [
    ["init", "-input=false", "-no-color"],
    ["apply", "-auto-approve", "-input=false", "-no-color"],
  ]) {
    const r = await runTofu(tc, dir, args);
    expect({ args, code: r.code, err: r.code ? r.stdout + r.stderr : "" }).toEqual({ args, code: 0, err: "" });
  }
  return dir;
}

/** `stackwerk gitops overlay-from-infra <folder>` for the STACKIT web app at test. */
const cliArgs = (folder: string): string[] => [
  "gitops",
  "overlay-from-infra",
  folder,
  "--pattern",
  "web-app",
  "--target",
  "stackit",
  "--stage",
  "test",
  "--git-url",
  gitUrl,
  "--age-recipient",
  recipient,
];

/** Every file below `dir`, as text. */
const allText = (dir: string): string =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => fs.readFileSync(path.join(e.parentPath, e.name), "utf8"))
    .join("\n");

test("STACKIT web app: the infra outputs become the overlay's values, secrets only SOPS-encrypted", async () => {
  const synth = synthPattern({ pattern: "web-app", target: targets.stackit(), stage: "test", outdir: path.join(work, "synth"), id: "shop" });
  const declared = (JSON.parse(fs.readFileSync(synth.find((s) => s.role === "infra")!.file, "utf8")) as { output: Record<string, { sensitive?: boolean }> })
    .output;
  const outputs = Object.fromEntries(
    Object.entries(declared).map(([n, o]) => {
      const sensitive = o.sensitive === true;
      return [n, { value: standInValue({ name: n, sensitive, hasDefault: false }), sensitive }];
    }),
  );
  const secrets = Object.entries(outputs).filter(([, o]) => o.sensitive);
  expect(secrets.map(([n]) => n)).toEqual(expect.arrayContaining(["kubeconfig", "postgres_password", "bucket_secret_key"]));
  const state = await applyState("infra", outputs);

  const out = path.join(work, "repo");
  const result = await overlayFromInfra({
    infraDir: state,
    pattern: "web-app",
    target: "stackit",
    stage: "test",
    instance: "shop",
    outdir: out,
    gitUrl,
    recipients: [recipient],
    env,
  });
  expect(result.wired.find((w) => w.name === "postgres_password")).toEqual({ name: "postgres_password", secret: true });
  expect(result.wired.find((w) => w.name === "postgres_host")).toEqual({ name: "postgres_host", secret: false });

  // No sensitive value anywhere in the output, in any form the command might have written it.
  const text = allText(out);
  for (const [name, o] of secrets) expect({ name, plaintext: text.includes(o.value) }).toEqual({ name, plaintext: false });

  // The base has placeholders, not this stage's infra values.
  const basePlatform = allText(path.join(out, "bases/web-app/stackit/platform"));
  expect(basePlatform).toContain("<input:postgres_host>");
  expect(basePlatform).not.toContain(outputs.postgres_host.value);

  // What Flux applies: a real kustomize build of the overlay carries the non-secret outputs.
  const platform = path.join(out, "tenants");
  const folder = fs
    .readdirSync(platform, { recursive: true })
    .map(String)
    .find((f) => f.endsWith(path.join("test", "shop", "platform")));
  expect(folder).toBeDefined();
  const built = (await run(await ensureKustomize(), ["build", path.join(platform, folder!)])).stdout;
  expect(built).toContain(outputs.postgres_host.value);
  expect(built).not.toContain("<input:");
  const docs = yaml.loadAll(built) as Array<{ kind: string; sops?: unknown; stringData?: Record<string, string> }>;
  const secretDocs = docs.filter((d) => d.kind === "Secret");
  expect(secretDocs.length).toBeGreaterThan(0);
  for (const d of secretDocs) {
    expect(d.sops).toBeDefined();
    for (const v of Object.values(d.stringData ?? {})) expect(v).toMatch(/^ENC\[AES256_GCM,/);
  }
  // The Flux unit of the instance is listed for the root Kustomization.
  expect((yaml.load(fs.readFileSync(path.join(out, "flux/kustomization.yaml"), "utf8")) as { resources: string[] }).resources).toEqual(
    expect.arrayContaining([expect.stringMatching(/-test-shop-platform\.yaml$/)]),
  );

  // The same through the CLI, a second time: the same bytes (deterministic, no churn in Git).
  const before = allText(out);
  const saved = process.env.STACKWERK_CREDENTIALS_SEED;
  process.env.STACKWERK_CREDENTIALS_SEED = env.STACKWERK_CREDENTIALS_SEED;
  try {
    const cli = await runCliCapturingStderr([...cliArgs(state), "--instance", "shop", "--out", out]);
    expect({ code: cli.code, stderr: cli.code ? cli.stderr : "" }).toEqual({ code: 0, stderr: "" });
  } finally {
    if (saved === undefined) delete process.env.STACKWERK_CREDENTIALS_SEED;
    else process.env.STACKWERK_CREDENTIALS_SEED = saved;
  }
  expect(allText(out)).toBe(before);
});

test("a sensitive output wired to an input that is not sensitive is refused, naming both", async () => {
  const state = await applyState("leaky", { postgres_host: { value: "db.internal.example", sensitive: true } });
  await expect(
    overlayFromInfra({
      infraDir: state,
      pattern: "web-app",
      target: "stackit",
      stage: "test",
      instance: "shop",
      outdir: path.join(work, "leaky-repo"),
      gitUrl,
      recipients: [recipient],
      env,
    }),
  ).rejects.toThrow(/infra output 'postgres_host' is sensitive, but platform input 'postgres_host' is not.*Allowed:/);
  expect(fs.existsSync(path.join(work, "leaky-repo"))).toBe(false);
});

test("usage errors name what is allowed", async () => {
  const r = await runCliCapturingStderr(cliArgs(work));
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("no cdk.tf.json");
  const s = await runCliCapturingStderr(["gitops", "overlay-from-infra", work, "--pattern", "web-app", "--target", "stackit", "--stage", "prod"]);
  expect(s.stderr).toContain('--stage: "prod" is not allowed. Allowed: test, acceptance, training, production');
  const u = await runCliCapturingStderr(["gitops", "overlays"]);
  expect(u.stderr).toContain("Allowed: keygen, overlay-from-infra");
});
