/**
 * Every program in examples/event-bus runs as a newcomer would run it (`npx tsx <file>`), and
 * every stack it writes passes `tofu validate` with the real providers (all three targets,
 * IONOS infra included: ionoscloud is built from its release source archive).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { run } from "../../tools/cache";
import { pinProviderRequirements } from "../../engines/cdktf/provider-requirements";
import { ensureToolchain, runTofu, Toolchain } from "../../tools/toolchain";

jest.setTimeout(600_000);
const EXAMPLES = path.resolve(__dirname, "../../examples/event-bus");
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
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-event-bus-example-"));
  await run(TSX, [path.join(EXAMPLES, program)], { env: { ...process.env, STACKWERK_OUTDIR: outdir } });
  const stacks = fs.readdirSync(path.join(outdir, "stacks")).sort();
  expect(stacks.length).toBeGreaterThanOrEqual(1);
  // Validate one instance per role (multi-tenant repeats the same stack shape).
  const sample = [...new Map(stacks.map((s) => [s.replace(/^.*-(infra|platform)$/, "$1"), s])).values()];
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
});
