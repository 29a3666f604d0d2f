/** `stackwerk list`: patterns, targets, and which implementation each target uses per capability. */
import { CliCommand, CliUsageError, parseFlags } from "../command";
import "../../patterns";
import { registeredPatterns } from "../../patterns/registry";
import { targetByName, TARGET_NAMES } from "../../providers";

export const command: CliCommand = {
  name: "list",
  summary: "list patterns, targets and their capability implementations",
  help: `usage: stackwerk list [--json]

Lists the registered patterns and, per target, how each capability is provided
(managed by the cloud, in-cluster, external, or unsupported).
`,
  async run(args) {
    const { flags, positional } = parseFlags(args, { json: "boolean" });
    if (positional.length) throw new CliUsageError(`unexpected argument '${positional[0]}'`);
    const patterns = registeredPatterns().map((p) => ({ name: p.name, summary: p.summary, uses: p.uses }));
    const targets = TARGET_NAMES.flatMap((name) => {
      try {
        const t = targetByName(name);
        return [{ name, displayName: t.displayName, location: t.location, capabilities: t.capabilities() }];
      } catch (err) {
        return [{ name, displayName: name, location: "-", capabilities: [], unavailable: (err as Error).message }];
      }
    });
    if (flags.json) {
      process.stdout.write(JSON.stringify({ patterns, targets }, null, 2) + "\n");
      return 0;
    }
    const out: string[] = ["Patterns:"];
    for (const p of patterns) out.push(`  ${p.name.padEnd(12)} ${p.summary} (uses: ${p.uses.join(", ")})`);
    out.push("", "Targets:");
    for (const t of targets) {
      out.push(`  ${t.name.padEnd(8)} ${t.displayName} [${t.location}]`);
      if ("unavailable" in t) out.push(`    unavailable: ${t.unavailable}`);
      for (const c of t.capabilities) out.push(`    ${c.capability.padEnd(18)} ${c.implementation.padEnd(11)} ${c.detail}`);
    }
    process.stdout.write(out.join("\n") + "\n");
    return 0;
  },
};
