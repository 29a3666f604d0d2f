/** Helpers for the toolchain tests: synthesise a real cdktf stack and run the real tofu on it. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { pinProviderRequirements } from "../../tools/toolchain/provider-requirements";
import { RunResult } from "../../tools/cache";
import { runTofu, Toolchain } from "../../tools/toolchain";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TfJson = any;

/** Synthesises one cdktf stack with `build` and returns its `cdk.tf.json` (parsed). */
export function synthStack(build: (stack: Construct) => void): TfJson {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-synth-"));
  try {
    const app = new App({ outdir });
    const stack = new TerraformStack(app, "test");
    build(stack);
    app.synth();
    const json = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", "test", "cdk.tf.json"), "utf8"));
    // Local state under the throw-away work folder, not the cwd cdktf resolved at synth time.
    delete json.terraform?.backend;
    return json;
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** Renames the key `from` to `to` of the object at `pathInJson` (a real typo in a real stack). */
export function misspell(json: TfJson, pathInJson: readonly string[], from: string, to: string): TfJson {
  const copy = JSON.parse(JSON.stringify(json));
  let node = copy;
  for (const key of pathInJson) node = node[key];
  if (!(from in node)) throw new Error(`misspell: ${[...pathInJson, from].join(".")} not in the stack`);
  node[to] = node[from];
  delete node[from];
  return copy;
}

export interface TofuCheck {
  readonly dir: string;
  readonly init: RunResult;
  readonly validate?: RunResult;
}

/** Writes `json` to a temp folder, runs `tofu init` (offline, mirror only) and, if it passed, `tofu validate`. */
export async function initAndValidate(tc: Toolchain, json: TfJson, opts: { pin?: boolean } = {}): Promise<TofuCheck> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-validate-"));
  const config = opts.pin === false ? json : pinProviderRequirements(json, tc);
  fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify(config, null, 2));
  const init = await runTofu(tc, dir, ["init", "-input=false", "-no-color"]);
  if (init.code !== 0) return { dir, init };
  const validate = await runTofu(tc, dir, ["validate", "-no-color"]);
  return { dir, init, validate };
}

/** Removes the work folder of a check. */
export function cleanup(check: TofuCheck): void {
  fs.rmSync(check.dir, { recursive: true, force: true });
}

/** Output of a run for assertion messages. */
export function output(r: RunResult | undefined): string {
  return r ? `exit ${r.code}\n${r.stdout}\n${r.stderr}` : "(not run)";
}
