/** `stackwerk synth`: Terraform JSON of a registered pattern for one target and stage. */
import * as path from "node:path";
import { CliCommand, CliUsageError, parseFlags } from "../command";
import { STAGES, Stage } from "../../constructs/profile";
import { synthPattern } from "../../engines/cdktf";
import "../../patterns";
import { registeredPatterns } from "../../patterns/registry";
import { targetByName, TARGET_NAMES } from "../../providers";

const HELP = `usage: stackwerk synth --pattern <name> --target <ionos|stackit|onprem> [--stage <stage>] [--out <dir>]

Synthesises the reference instance of a pattern to Terraform JSON for OpenTofu:
one folder per stack under <dir>/stacks/ (<id>-infra for cloud resources, <id>-platform for
Kubernetes objects).

options:
  --pattern  registered pattern (see \`stackwerk list\`)
  --target   ${TARGET_NAMES.join(" | ")}
  --stage    ${STAGES.join(" | ")} (default: test)
  --out      output folder (default: cdktf.out)
`;

export const command: CliCommand = {
  name: "synth",
  summary: "synthesise a pattern for a target to Terraform JSON",
  help: HELP,
  async run(args) {
    const { flags, positional } = parseFlags(args, { pattern: "string", target: "string", stage: "string", out: "string" });
    if (positional.length) throw new CliUsageError(`unexpected argument '${positional[0]}'`);
    if (!flags.pattern)
      throw new CliUsageError(
        `--pattern is required. Allowed: ${registeredPatterns()
          .map((p) => p.name)
          .join(", ")}`,
      );
    if (!flags.target) throw new CliUsageError(`--target is required. Allowed: ${TARGET_NAMES.join(", ")}`);
    const stage = (flags.stage ?? "test") as Stage;
    if (!STAGES.includes(stage)) throw new CliUsageError(`unknown stage '${stage}'. Allowed: ${STAGES.join(", ")}`);
    const outdir = path.resolve(String(flags.out ?? "cdktf.out"));
    const started = Date.now();
    process.stderr.write(`[stackwerk] synth ${flags.pattern} for ${flags.target} (${stage}) into ${outdir}\n`);
    const stacks = synthPattern({ pattern: String(flags.pattern), target: targetByName(String(flags.target)), stage, outdir });
    for (const s of stacks) process.stdout.write(`${s.role.padEnd(8)} ${s.name.padEnd(32)} ${path.relative(process.cwd(), s.file)}\n`);
    process.stderr.write(`[stackwerk] ${stacks.length} stack(s) in ${Date.now() - started} ms\n`);
    return 0;
  },
};
