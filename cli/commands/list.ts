/** `stackwerk list`: patterns, targets, and which implementation each target uses per capability; with `--images`, every image each pattern × target runs. */
import { CliCommand, CliUsageError, parseFlags } from "../command";
import { formatImageCells, imageListOptions, otherCatalogueImages, programImages, referenceImages } from "./list-images";
import "../../patterns";
import { registeredPatterns } from "../../patterns/registry";
import { targetByName, TARGET_NAMES } from "../../providers";

export const command: CliCommand = {
  name: "list",
  summary: "list patterns, targets and their capability implementations",
  help: `usage: stackwerk list [--json]
       stackwerk list --images [--target <ionos|stackit|onprem>] [--stage <stage>] [--json]
       stackwerk list --images --app "<command>" [--out <dir>] [--json]

Lists the registered patterns and, per target, how each capability is provided
(managed by the cloud, in-cluster, external, or unsupported).

With --images, lists every container image each pattern x target runs, with its pin
(digest, or tag for the listed exceptions), read from the synthesised stacks:
  - the reference instances on the targets' defaults: the upstream references of the
    image catalogue (the list to copy into an air-gapped registry; docs/air-gapped.md);
  - with --app (or a cdktf.json in the current folder and --program): your own program's
    stacks, after each target's image map and registry mirror.

options:
  --images   list images instead of capabilities
  --target   only this target (reference instances)
  --stage    stage of the reference instances (default: production)
  --program  read your program (cdktf.json's "app" in the current folder)
  --app      the command that synthesises your program (implies --program)
  --out      your program's output folder (default: cdktf.json's "output", else cdktf.out)
  --json     machine-readable output
`,
  async run(args) {
    const { flags, positional } = parseFlags(args, {
      json: "boolean",
      images: "boolean",
      target: "string",
      stage: "string",
      program: "boolean",
      app: "string",
      out: "string",
    });
    if (positional.length) throw new CliUsageError(`unexpected argument '${positional[0]}'`);
    if (!flags.images) {
      for (const only of ["target", "stage", "program", "app", "out"])
        if (flags[only] !== undefined) throw new CliUsageError(`--${only} only applies to --images. Allowed: stackwerk list --images --${only} ...`);
    } else return listImages(flags);
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

/** `stackwerk list --images`: reference instances, or the user's program with --app/--program. */
async function listImages(flags: Record<string, string | boolean>): Promise<number> {
  const progress = (line: string) => process.stderr.write(`[stackwerk] list --images: ${line}\n`);
  const fromProgram = flags.program === true || typeof flags.app === "string";
  if (fromProgram) {
    for (const only of ["target", "stage"])
      if (flags[only] !== undefined)
        throw new CliUsageError(`--${only} applies to the reference instances, not to your program (its targets and stages are in the program)`);
    progress("synth of your program ...");
    const cells = await programImages({
      ...(typeof flags.app === "string" ? { app: flags.app } : {}),
      ...(typeof flags.out === "string" ? { outdir: flags.out } : {}),
    });
    if (flags.json) process.stdout.write(JSON.stringify({ source: "program", stacks: cells }, null, 2) + "\n");
    else process.stdout.write(formatImageCells(cells, "Images of your program, per stack (after each target's image map):"));
    return 0;
  }
  if (flags.out !== undefined) throw new CliUsageError("--out applies to your program (--app or --program)");
  const options = imageListOptions(flags);
  const cells = referenceImages({ ...options, progress });
  const others = otherCatalogueImages(cells);
  if (flags.json) process.stdout.write(JSON.stringify({ source: "reference", stage: options.stage, cells, otherCatalogueImages: others }, null, 2) + "\n");
  else {
    process.stdout.write(
      formatImageCells(cells, `Images per pattern/target (reference instances, stage ${options.stage}; upstream references, no image map):`),
    );
    if (others.length) {
      process.stdout.write("\nCatalogue images these reference instances do not run (other options of the patterns; mirror them too):\n");
      for (const o of others) process.stdout.write(`    ${o.key.padEnd(26)} ${o.pin.padEnd(6)} ${o.ref}  (${o.description})\n`);
    }
  }
  return 0;
}
