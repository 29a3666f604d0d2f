/** Contract every `stackwerk` sub-command implements. */
export interface CliCommand {
  /** Word after `stackwerk`, e.g. `synth`. */
  readonly name: string;
  /** One line for `stackwerk --help`. */
  readonly summary: string;
  /** Full help text for `stackwerk <name> --help`. */
  readonly help: string;
  /** Runs the command; resolves to the process exit code. */
  run(args: readonly string[]): Promise<number>;
}

/** Thrown for bad command-line input; the dispatcher prints it with the command's help. */
export class CliUsageError extends Error {}

/**
 * Minimal flag parser: `--name value`, `--name=value`, boolean `--flag`.
 * Unknown flags are an error (nothing the user typed is silently ignored).
 */
export function parseFlags(
  args: readonly string[],
  spec: Readonly<Record<string, "string" | "boolean">>,
): { flags: Record<string, string | boolean>; positional: string[] } {
  const flags: Record<string, string | boolean> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [rawName, inline] = arg.slice(2).split(/=(.*)/s, 2);
    // Own keys only: `--constructor` or `--__proto__` must not find Object.prototype members.
    const kind = Object.hasOwn(spec, rawName) ? spec[rawName] : undefined;
    if (!kind) {
      throw new CliUsageError(
        `unknown option --${rawName}. Allowed: ${Object.keys(spec)
          .map((k) => `--${k}`)
          .join(", ")}`,
      );
    }
    if (kind === "boolean") {
      flags[rawName] = inline === undefined ? true : inline !== "false";
    } else {
      const value = inline ?? args[++i];
      if (value === undefined || value.startsWith("--")) throw new CliUsageError(`option --${rawName} needs a value`);
      flags[rawName] = value;
    }
  }
  return { flags, positional };
}
