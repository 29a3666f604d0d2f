/**
 * The core is engine-neutral (issue 9): a model under a PulumiModel root gets plain construct
 * layers (no OpenTofu stack), renders the same objects as under a cdktf App, loads no cdktf
 * engine through the `stackwerk/pulumi` entry point, and a target that needs cloud resources
 * says at synth that only the cdktf engine renders them.
 */
import * as path from "node:path";
import { TerraformStack } from "cdktf";
import { NeutralPlatformLayer } from "../../core/layers";
import { PulumiModel } from "../../engines/pulumi";
import { WebAppStack } from "../../patterns";
import { targets } from "../../providers";
import { run } from "../../tools/cache";
import { runPulumi } from "../support/pulumi";

const props = { image: "registry.example.de/shop/web:1.4.2", database: true, bucket: true, stage: "production" as const };
const keys = (registered: Array<{ type: string; name: string }>) => registered.map((r) => `${r.type} ${r.name}`).sort();

test("under a PulumiModel the platform layer is a plain construct, and Pulumi registers the same resources as under a cdktf App", async () => {
  const model = new PulumiModel();
  const shop = new WebAppStack(model, "shop", { ...props, target: targets.onprem() });
  expect(shop.platformStack).toBeInstanceOf(NeutralPlatformLayer);
  expect(shop.platformStack).not.toBeInstanceOf(TerraformStack);

  const neutral = await runPulumi(
    (root) => new WebAppStack(root, "shop", { ...props, target: targets.onprem() }),
    () => new PulumiModel(),
  );
  const cdktf = await runPulumi((app) => new WebAppStack(app, "shop", { ...props, target: targets.onprem() }));
  expect(neutral.length).toBeGreaterThan(20);
  expect(keys(neutral)).toEqual(keys(cdktf));
});

test("a cloud target under a PulumiModel fails at synth: only the cdktf engine renders cloud resources", () => {
  expect(() => new WebAppStack(new PulumiModel(), "shop", { ...props, target: targets.stackit() })).toThrow(
    /^\[shop\/zone\] target: creates cloud resources \(an infra layer\), which needs an engine that renders infra layers \(the Terraform engine\)\. Allowed: an App as the root/,
  );
});

/** What `require("./pulumi.ts")` puts into require.cache: engine files, patterns, cdktf package modules. */
async function loadedByEntryPoint(): Promise<{ engines: string[]; patterns: boolean; cdktf: string[] }> {
  const root = path.resolve(__dirname, "../..");
  const script = [
    'require("./pulumi.ts");',
    "const loaded = Object.keys(require.cache).map((f) => f.replace(process.cwd() + '/', ''));",
    "const cdktf = loaded.filter((f) => /(^|\\/)node_modules\\/(@cdktf\\/|@cdktn\\/|cdktf\\/|cdktn\\/)/.test(f));",
    "console.log(JSON.stringify({ engines: loaded.filter((f) => f.startsWith('engines/')), patterns: loaded.some((f) => f.startsWith('patterns/web-app')), cdktf }));",
  ].join("\n");
  const res = await run(path.join(root, "node_modules", ".bin", "tsx"), ["-e", script], { cwd: root, check: false });
  expect({ code: res.code, stderr: res.code ? res.stderr.slice(-2000) : "" }).toEqual({ code: 0, stderr: "" });
  return JSON.parse(res.stdout.trim().split("\n").pop()!);
}

test("the stackwerk/pulumi entry point loads no cdktf engine (require.cache)", async () => {
  const loaded = await loadedByEntryPoint();
  expect(loaded.patterns).toBe(true);
  expect(loaded.engines).toContain("engines/pulumi/index.ts");
  // engines/shared/ holds engine-neutral helpers (the credential derivation both engines share), no cdktf.
  expect(loaded.engines.filter((f) => !f.startsWith("engines/pulumi/") && !f.startsWith("engines/shared/"))).toEqual([]);
}, 60_000);

test("the stackwerk/pulumi entry point loads no cdktf package module (require.cache)", async () => {
  const loaded = await loadedByEntryPoint();
  expect(loaded.cdktf).toEqual([]);
}, 60_000);
