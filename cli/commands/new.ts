/**
 * `stackwerk new pattern <name>`: scaffolds a pattern into this Stackwerk checkout (files,
 * registration, test, docs; cli/scaffold/pattern.ts) and regenerates the props schemas, so the
 * new pattern synthesises, is listed, fleet-capable and in the conformance matrix at once.
 */
import * as fs from "node:fs";
import { CliCommand, CliUsageError, parseFlags } from "../command";
import { scaffoldPattern } from "../scaffold/pattern";

const HELP = `usage: stackwerk new pattern <name>

Writes a new pattern into this Stackwerk source checkout:
  patterns/<name>/index.ts     the class (<Name>Stack) with one workload and validated props
  patterns/<name>/register.ts  its registration: CLI, fleet catalogues, conformance read it
  patterns/index.ts            the registration's import and the exports
  test/<name>/<name>.test.ts   synth on every target, bad input
  docs/patterns/<name>.md      the docs page; README.md gets the pattern-table row
and regenerates core/validation/schemas.generated.ts. The pattern passes conformance levels 1-6
on every target as written; then replace the workload with the real content.
`;

export const command: CliCommand = {
  name: "new",
  summary: "scaffold a new pattern into this checkout (stackwerk new pattern <name>)",
  help: HELP,
  async run(args) {
    const { positional } = parseFlags(args, {});
    const [kind, name, ...rest] = positional;
    if (kind !== "pattern") throw new CliUsageError(`${kind === undefined ? "a kind" : JSON.stringify(kind)} is not allowed. Allowed: pattern`);
    if (!name) throw new CliUsageError("the pattern name is missing, e.g. stackwerk new pattern queue-worker");
    if (rest.length) throw new CliUsageError(`unexpected argument '${rest[0]}'`);
    // Loaded here, not at CLI start: the schema generator loads the TypeScript compiler.
    const { SCHEMAS_FILE, schemasSource } = await import("../../tools/props/generate-schemas");
    const { REPO_ROOT } = await import("../../tools/props/shapes");
    let result;
    try {
      result = scaffoldPattern(REPO_ROOT, name);
    } catch (err) {
      throw new CliUsageError((err as Error).message);
    }
    process.stderr.write(`new pattern ${name}: regenerating the props schemas...\n`);
    fs.writeFileSync(SCHEMAS_FILE, schemasSource());
    const lines = [
      `new pattern ${name} (${result.names.className}):`,
      ...[...result.files, "core/validation/schemas.generated.ts"].map((f) => `  wrote ${f}`),
      "next:",
      `  npx jest test/${name}                                   # synth on every target, bad input`,
      `  npx stackwerk conformance --patterns ${name} --jobs 1   # levels 1-6 on ionos, stackit, onprem`,
      "  npm run api:update && npm run addresses:update          # the new public API and addresses; add a CHANGELOG line",
    ];
    process.stdout.write(lines.join("\n") + "\n");
    return 0;
  },
};
