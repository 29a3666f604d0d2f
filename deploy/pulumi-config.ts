/**
 * Cloud infra for Pulumi users (ADR 0360): the infra stays an OpenTofu stack (`stackwerk deploy`
 * applies it), and one command wires its outputs into the Pulumi stack's config, where the Pulumi
 * engine reads every platform input (`stackwerk:<name>`, engines/pulumi/layer.ts):
 *
 *   stackwerk pulumi config-from-infra <infra stack folder> --stack <pulumi stack> [--cwd <pulumi project>]
 *
 * The names match by construction: a platform input `x` is the infra stack's output `x` (the same
 * rule `stackwerk deploy` wires platform variables by, deploy/wiring.ts). Sensitive outputs become
 * Pulumi secrets (encrypted in the stack config) and travel to the CLI on stdin, never in argv.
 */
import { spawn } from "node:child_process";

/** A platform input the Pulumi program reads (from the model's PlatformInput nodes). */
export interface PulumiInputSpec {
  readonly name: string;
  readonly sensitive: boolean;
  readonly hasDefault: boolean;
}

/** One Pulumi config value to set. */
export interface PulumiConfigEntry {
  /** `stackwerk:<name>`. */
  readonly key: string;
  /** The text Pulumi stores (strings as they are, other values as JSON). */
  readonly value: string;
  /** Set with `--secret` (the output or the input is sensitive). */
  readonly secret: boolean;
}

/** What `pulumiConfigFromOutputs` produced. */
export interface PulumiWiring {
  readonly entries: PulumiConfigEntry[];
  /** Required inputs (no default) no output supplies, when the inputs are known. */
  readonly missing: string[];
}

/** Pulumi config key of platform input `name`. */
export function pulumiConfigKey(name: string): string {
  return `stackwerk:${name}`;
}

/**
 * Config entries from OpenTofu outputs (`tofu output -json`): every output when `inputs` is not
 * given, else the outputs the inputs name (secret when either side is sensitive), plus the
 * required inputs no output supplies.
 */
export function pulumiConfigFromOutputs(
  outputs: Readonly<Record<string, { value: unknown; sensitive?: boolean }>>,
  inputs?: readonly PulumiInputSpec[],
): PulumiWiring {
  const names = inputs ? inputs.map((i) => i.name).filter((n) => n in outputs) : Object.keys(outputs);
  const entries = names.sort().map((name) => {
    const output = outputs[name];
    const input = inputs?.find((i) => i.name === name);
    return {
      key: pulumiConfigKey(name),
      value: typeof output.value === "string" ? output.value : JSON.stringify(output.value),
      secret: output.sensitive === true || input?.sensitive === true,
    };
  });
  const missing = (inputs ?? []).filter((i) => !i.hasDefault && !(i.name in outputs)).map((i) => i.name);
  return { entries, missing };
}

/** How to run the Pulumi CLI for `applyPulumiConfig`. */
export interface PulumiCliOptions {
  /** The `pulumi` binary. @default "pulumi" on PATH */
  readonly pulumi?: string;
  /** The Pulumi project folder. @default the current folder */
  readonly cwd?: string;
  readonly stack: string;
  readonly env?: NodeJS.ProcessEnv;
}

/** `pulumi config set [--secret] <key> --stack <stack>` for every entry, the value on stdin. */
export async function applyPulumiConfig(entries: readonly PulumiConfigEntry[], options: PulumiCliOptions): Promise<void> {
  for (const e of entries) {
    const args = ["config", "set", e.key, ...(e.secret ? ["--secret"] : ["--plaintext"]), "--stack", options.stack, "--non-interactive"];
    await new Promise<void>((resolve, reject) => {
      const child = spawn(options.pulumi ?? "pulumi", args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["pipe", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.stdout.resume();
      child.on("error", (err) => reject(new Error(`pulumi config set ${e.key}: ${err.message}`)));
      child.on("close", (code) =>
        code === 0 ? resolve() : reject(new Error(`pulumi config set ${e.key} --stack ${options.stack} exited ${code}: ${stderr.trim().slice(-1000)}`)),
      );
      child.stdin.end(e.value);
    });
  }
}
