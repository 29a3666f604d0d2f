#!/usr/bin/env node
/**
 * `stackwerk` command line. Each sub-command lives in cli/commands/<name>.ts and exports
 * `command: CliCommand`; this file only dispatches and prints help.
 */
import { CliCommand, CliUsageError } from "./command";
import { COMMANDS } from "./commands";
import { packageVersion } from "./version";

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "usage: stackwerk <command> [options]",
    "",
    "commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `stackwerk <command> --help` for the options of one command, `stackwerk --version` for the version.",
  ].join("\n");
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage() + "\n");
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(packageVersion() + "\n");
    return 0;
  }
  const command: CliCommand | undefined = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`stackwerk: unknown command '${name}'. Allowed: ${COMMANDS.map((c) => c.name).join(", ")}\n`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(command.help.trimEnd() + "\n");
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof CliUsageError) {
      process.stderr.write(`stackwerk ${name}: ${err.message}\n\n${command.help.trimEnd()}\n`);
      return 2;
    }
    process.stderr.write(`stackwerk ${name}: ${(err as Error).message}\n`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(String(err?.stack ?? err) + "\n");
      process.exit(1);
    },
  );
}
