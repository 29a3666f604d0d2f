/** Test helpers for running synthesised stacks with the toolchain's OpenTofu: pinned providers, init, the state passphrase. */
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import type { SynthesizedStack } from "../../engines/cdktf";
import { pinProviderRequirements } from "../../tools/toolchain/provider-requirements";
import { runTofu, Toolchain } from "../../tools/toolchain";

/** A fresh state passphrase per test process: every stack (infra and platform) encrypts state and plans. */
export const PASSPHRASE: Readonly<Record<string, string>> = { TF_VAR_state_passphrase: randomBytes(24).toString("base64url") };

/** Rewrites provider requirements to the offline mirror and runs `tofu init`; throws with tofu's output on failure. */
export async function initStack(tc: Toolchain, stack: SynthesizedStack, env: Record<string, string> = { ...PASSPHRASE }): Promise<void> {
  const json = JSON.parse(fs.readFileSync(stack.file, "utf8"));
  fs.writeFileSync(stack.file, JSON.stringify(pinProviderRequirements(json, tc), null, 2));
  const result = await runTofu(tc, stack.dir, ["init", "-input=false", "-no-color"], { env });
  if (result.code !== 0) throw new Error(`tofu init of ${stack.name} failed:\n${result.stdout}\n${result.stderr}`);
}

/** Runs tofu in `stack`'s folder with the passphrase (plus `env`); returns code and output. */
export function tofuIn(tc: Toolchain, stack: SynthesizedStack, args: string[], env: Record<string, string> = {}) {
  return runTofu(tc, stack.dir, [...args, "-no-color"], { env: { ...PASSPHRASE, ...env } });
}
