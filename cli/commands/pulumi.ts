/**
 * `stackwerk pulumi config-from-infra`: the one step between a cloud target's OpenTofu infra stack
 * and a Pulumi program of the same instance (ADR 0360). Reads the applied infra stack's outputs
 * (`tofu output -json`, the toolchain's OpenTofu) and sets each as `stackwerk:<output>` in the Pulumi
 * stack's config, sensitive ones as Pulumi secrets, values on stdin (deploy/pulumi-config.ts).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CliCommand, CliUsageError, parseFlags } from "../command";
import { ProcessTracker } from "../../deploy/exec";
import { Tofu } from "../../deploy/tofu";
import { applyPulumiConfig, pulumiConfigFromOutputs } from "../../deploy/pulumi-config";
import { stackVariables } from "../../deploy/stack-json";
import { ensureToolchain } from "../../tools/toolchain";

const HELP = `usage: stackwerk pulumi config-from-infra <infra stack folder> --stack <pulumi stack> [--cwd <pulumi project>] [--pulumi <binary>]

Wires a cloud target's infra into a Pulumi program: the infra is an OpenTofu stack (apply it with
'stackwerk deploy --stacks <instance>-infra'); this reads its outputs (tofu output -json in the
stack's folder, e.g. cdktf.out/stacks/shop-infra) and sets every one as 'stackwerk:<output>' in the
Pulumi stack's config, where the Pulumi engine reads the platform inputs (the kubeconfig among
them). Sensitive outputs are stored as Pulumi secrets; no value appears on a command line.
Set TF_VAR_state_passphrase (the infra state is encrypted) and PULUMI_CONFIG_PASSPHRASE (or your
Pulumi secrets provider) as for 'stackwerk deploy' and 'pulumi up'.

options:
  --stack S     the Pulumi stack to configure (required)
  --cwd DIR     the Pulumi project folder (default: the current folder)
  --pulumi BIN  the Pulumi CLI (default: 'pulumi' on PATH)
  --dry-run     print the keys that would be set (secrets as '(secret)') and change nothing
`;

/** `stackwerk pulumi <subcommand>`. */
export const command: CliCommand = {
  name: "pulumi",
  summary: "wire a cloud target's OpenTofu infra outputs into a Pulumi stack's config (config-from-infra)",
  help: HELP,
  async run(args) {
    const { flags, positional } = parseFlags(args, { stack: "string", cwd: "string", pulumi: "string", "dry-run": "boolean" });
    const [sub, folder, ...extra] = positional;
    if (sub !== "config-from-infra")
      throw new CliUsageError(sub ? `unknown subcommand '${sub}'. Allowed: config-from-infra` : "missing subcommand. Allowed: config-from-infra");
    if (!folder) throw new CliUsageError("config-from-infra needs the infra stack's folder (e.g. cdktf.out/stacks/shop-infra)");
    if (extra.length) throw new CliUsageError(`unexpected argument '${extra[0]}'`);
    if (typeof flags.stack !== "string" && flags["dry-run"] !== true) throw new CliUsageError("--stack <pulumi stack> is required");
    const dir = path.resolve(folder);
    if (!fs.existsSync(path.join(dir, "cdk.tf.json")))
      throw new CliUsageError(`${folder}: no cdk.tf.json; give the folder of the synthesised infra stack (cdktf.out/stacks/<instance>-infra)`);
    const tofu = new Tofu(await ensureToolchain(), new ProcessTracker());
    const outputs = await tofu.outputs(dir);
    const { entries } = pulumiConfigFromOutputs(outputs);
    if (entries.length === 0) throw new Error(`${folder}: the stack has no outputs (is it applied? run 'stackwerk deploy' first)`);
    if (flags["dry-run"] !== true)
      await applyPulumiConfig(entries, {
        stack: flags.stack as string,
        ...(typeof flags.cwd === "string" ? { cwd: path.resolve(flags.cwd) } : {}),
        ...(typeof flags.pulumi === "string" ? { pulumi: flags.pulumi } : {}),
      });
    for (const e of entries) process.stdout.write(`${flags["dry-run"] === true ? "would set" : "set"} ${e.key}${e.secret ? " (secret)" : ` = ${e.value}`}\n`);
    // Inputs of the instance's platform stack (synthesised beside it) no output supplies: the operator's.
    for (const name of operatorInputs(dir, new Set(entries.map((e) => e.key.replace(/^stackwerk:/, "")))))
      process.stdout.write(
        `still yours to set: pulumi config set ${name.sensitive ? "--secret " : ""}stackwerk:${name.name} <value>${typeof flags.stack === "string" ? ` --stack ${flags.stack}` : ""}\n`,
      );
    return 0;
  },
};

/** Variables OpenTofu takes from the operator, not from the stacks (no default, not wired). */
const NOT_PLATFORM_INPUTS = new Set(["kubeconfig_path", "kube_context", "state_passphrase", "credentials_rotation"]);

/** Required inputs of the sibling platform stack (`<instance>-platform`) that no infra output supplies. */
export function operatorInputs(infraDir: string, wired: ReadonlySet<string>): Array<{ name: string; sensitive: boolean }> {
  const platform = path.join(path.dirname(infraDir), `${path.basename(infraDir).replace(/-infra$/, "")}-platform`, "cdk.tf.json");
  if (!/-infra$/.test(path.basename(infraDir)) || !fs.existsSync(platform)) return [];
  return stackVariables(JSON.parse(fs.readFileSync(platform, "utf8")))
    .filter((v) => !v.hasDefault && !NOT_PLATFORM_INPUTS.has(v.name) && !wired.has(v.name))
    .map((v) => ({ name: v.name, sensitive: v.sensitive }));
}
