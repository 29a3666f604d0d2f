/**
 * Test helpers for examples/: run a program as a newcomer would (`npx tsx <file>`) into a fresh
 * folder, and check stacks it wrote with `tofu validate` and the real providers.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { run } from "../../tools/cache";
import { pinProviderRequirements } from "../../tools/toolchain/provider-requirements";
import { runTofu, Toolchain } from "../../tools/toolchain";

const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

/** The `.ts` programs of `examples/<folder>`, as absolute paths by file name. */
export function examplePrograms(folder: string): { dir: string; programs: string[] } {
  const dir = path.join(ROOT, "examples", folder);
  return { dir, programs: fs.readdirSync(dir).filter((f) => f.endsWith(".ts")) };
}

/** Runs `program` with STACKWERK_OUTDIR set to a fresh folder; returns the folder and the stack names it wrote. */
export async function runExample(program: string): Promise<{ outdir: string; stacks: string[] }> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-example-"));
  await run(TSX, [program], { env: { ...process.env, STACKWERK_OUTDIR: outdir } });
  return { outdir, stacks: fs.readdirSync(path.join(outdir, "stacks")).sort() };
}

/** One stack per role (`-infra`, `-platform`): examples with several instances repeat the same shape. */
export function onePerRole(stacks: readonly string[]): string[] {
  return [...new Map(stacks.map((s) => [s.replace(/^.*-(infra|platform)$/, "$1"), s])).values()];
}

/** Pins each stack's providers to the toolchain, runs `tofu init` and `tofu validate`; expects both to succeed, naming the stack. */
export async function validateStacks(tc: Toolchain, outdir: string, stacks: readonly string[]): Promise<void> {
  for (const stack of stacks) {
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
}
