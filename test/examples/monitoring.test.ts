/**
 * Every program in examples/monitoring runs as a newcomer would run it (`npx tsx <file>`), and
 * every stack it writes passes `tofu validate` with the real providers (the zone's infra and
 * add-ons, the monitoring stack, a monitored web-app), and the web-apps carry their monitors.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { run } from "../../tools/cache";
import { pinProviderRequirements } from "../../engines/cdktf/provider-requirements";
import { ensureToolchain, runTofu, Toolchain } from "../../tools/toolchain";

jest.setTimeout(600_000);
const EXAMPLES = path.resolve(__dirname, "../../examples/monitoring");
const TSX = path.resolve(__dirname, "../../node_modules/.bin/tsx");

let tc: Toolchain;
beforeAll(async () => {
  tc = await ensureToolchain();
});

const programs = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith(".ts"));

test("the example folder has one program per target", () => {
  expect(programs.sort()).toEqual(["ionos.ts", "onprem.ts", "stackit.ts"]);
});

test.each(programs)("%s synthesises and validates", async (program) => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-example-"));
  await run(TSX, [path.join(EXAMPLES, program)], { env: { ...process.env, STACKWERK_OUTDIR: outdir } });
  const stacks = fs.readdirSync(path.join(outdir, "stacks")).sort();
  expect(stacks.length).toBeGreaterThanOrEqual(1);
  // The zone's infra and add-ons, the monitoring stack and one monitored web-app (the other has the same shape).
  expect(stacks).toEqual(expect.arrayContaining(["amt-a-addons", "monitoring-platform", "portal-platform", "forms-platform"]));
  const sample = stacks.filter((s) => s !== "forms-platform");
  for (const stack of sample) {
    const dir = path.join(outdir, "stacks", stack);
    const file = path.join(dir, "cdk.tf.json");
    const json = JSON.parse(fs.readFileSync(file, "utf8"));
    fs.writeFileSync(file, JSON.stringify(pinProviderRequirements(json, tc)));
    // Every stack encrypts its state: OpenTofu needs the passphrase even to validate.
    const env: Record<string, string> = { TF_VAR_state_passphrase: "example-passphrase-0123456789" };
    expect((await runTofu(tc, dir, ["init", "-input=false", "-no-color"], { env })).code).toBe(0);
    const validate = await runTofu(tc, dir, ["validate", "-no-color"], { env });
    expect({ stack, code: validate.code, out: validate.code ? validate.stderr : "" }).toEqual({ stack, code: 0, out: "" });
  }
  for (const app of ["portal", "forms"]) {
    const json = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", `${app}-platform`, "cdk.tf.json"), "utf8"));
    const kinds = Object.values(json.resource.kubernetes_manifest as Record<string, { manifest: { kind: string } }>).map((r) => r.manifest.kind);
    expect(kinds).toEqual(expect.arrayContaining(["ServiceMonitor", "PrometheusRule"]));
  }
});
