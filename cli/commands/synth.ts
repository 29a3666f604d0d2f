/**
 * `stackwerk synth`: Terraform JSON of a registered pattern for one target and stage, or, with
 * `--fleet <file>`, of every tenant of a fleet catalogue in parallel worker processes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { App } from "../../engines/cdktf/cdk";
import { CliCommand, CliUsageError, parseFlags } from "../command";
import { Size, STAGES, Stage } from "../../core/profile";
import { synthesize, synthPattern } from "../../engines/cdktf";
import "../../patterns";
import { registeredPatterns } from "../../patterns/registry";
import { targetByName, TARGET_NAMES, TargetName, targets } from "../../providers";
import { orphanMessage, orphanStacks } from "../../deploy/stack-folders";
import { FleetCatalogueError, loadCatalogue, parseCatalogueText } from "../fleet/catalogue";
import { fleetPattern, fleetPatternNames } from "../fleet/patterns";
import { defaultJobs, runFleet } from "../fleet/run";
import { gitopsOutdir, synthFleetGitOpsCli, synthGitOpsCli } from "./synth-gitops";

const HELP = `usage: stackwerk synth --pattern <name> --target <ionos|stackit|onprem> [--stage <stage>] [--out <dir>]
                       [--props <file>] [--target-props <file>]
       stackwerk synth --engine gitops --pattern <name> --target <target> --git-url <url> --age-recipient <age1…> [--stage <stage>] [--out <dir>]
       stackwerk synth --fleet <catalogue.yaml|.json> [--jobs <n>] [--out <dir>]

Synthesises the reference instance of a pattern to Terraform JSON for OpenTofu:
one folder per stack under <dir>/stacks/ (<id>-infra for cloud resources, <id>-platform for
Kubernetes objects). With --fleet, synthesises every tenant of a catalogue (docs/fleet.md) in
parallel worker processes into the same layout, plus <dir>/fleet.json (tenant -> stacks).

options:
  --pattern  registered pattern (see \`stackwerk list\`)
  --target   ${TARGET_NAMES.join(" | ")}
  --stage    ${STAGES.join(" | ")} (default: test)
  --props    YAML or JSON file of the pattern's props (as a fleet entry's props); instead of
             the reference instance, the pattern is built with them and checked like the API
  --target-props  YAML or JSON file of the target's props (targets.<target>(props))
  --fleet    tenant catalogue (YAML or JSON); takes the place of --pattern, --target and --stage
  --jobs     worker processes for --fleet, 1 to 256 (default: the number of CPU cores)
  --out      output folder (default: cdktf.out; gitops.out with --engine gitops)
  --engine   cdktf (default) | gitops: plain Kubernetes YAML for Flux / Argo CD (docs/gitops.md)
  --git-url  with --engine gitops: the repository the controllers pull from
  --age-recipient  with --engine gitops: age recipient(s), comma-separated, Secrets are encrypted to
  --branch   with --engine gitops: the branch the controllers follow (default: main)
  Generated credentials with --engine gitops need STACKWERK_CREDENTIALS_SEED (at least 32 characters).
`;

const FLAGS = {
  pattern: "string",
  target: "string",
  stage: "string",
  out: "string",
  fleet: "string",
  jobs: "string",
  props: "string",
  "target-props": "string",
  engine: "string",
  "git-url": "string",
  "age-recipient": "string",
  branch: "string",
} as const;

/** The mapping in a `--props`/`--target-props` file (YAML or JSON, read like a fleet catalogue: no YAML tags, `.nan` stays a number the props check refuses). */
function readPropsFile(flag: string, file: string): Record<string, unknown> {
  if (!fs.existsSync(file)) throw new CliUsageError(`--${flag}: ${JSON.stringify(file)} does not exist. Allowed: a .yaml, .yml or .json file`);
  let data: unknown;
  try {
    data = parseCatalogueText(file, fs.readFileSync(file, "utf8"));
  } catch (err) {
    if (err instanceof FleetCatalogueError) throw new CliUsageError(`--${flag}: ${file}: ${err.problems.join("; ")}`);
    throw err;
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data))
    throw new CliUsageError(`--${flag}: ${file} holds ${JSON.stringify(data)}. Allowed: a mapping of props (name: value)`);
  return data as Record<string, unknown>;
}

/** Synthesises `pattern` with the user's props (the fleet's pattern constructors) on `targets.<target>(targetProps)`. */
function synthWithProps(
  pattern: string,
  targetName: TargetName,
  stage: Stage,
  outdir: string,
  props: Record<string, unknown>,
  targetProps: Record<string, unknown>,
) {
  const factory = fleetPattern(pattern);
  if (!factory) throw new CliUsageError(`--props: pattern ${pattern} takes no props file. Allowed with --props: ${fleetPatternNames().join(", ")}`);
  for (const reserved of ["target", "stage"]) {
    if (Object.hasOwn(props, reserved)) throw new CliUsageError(`--props: ${reserved} is set by --${reserved}. Allowed: the pattern's other props`);
  }
  const app = new App({ outdir, skipValidation: false });
  const target = targets[targetName](targetProps as never);
  factory(app, `${pattern}-${targetName}`, { target, stage, size: (props.size ?? "S") as Size, props });
  return synthesize(app);
}

/** `value` if it is one of `allowed` (own values only: `__proto__`, `constructor` are refused). */
function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new CliUsageError(`--${flag}: ${JSON.stringify(value)} is not allowed. Allowed: ${allowed.join(", ")}`);
  return value as T;
}

/** The flag's value, refusing an empty or blank one. */
function nonEmpty(flag: string, value: string | boolean | undefined, allowed: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.trim() === "") throw new CliUsageError(`--${flag}: an empty value is not allowed. Allowed: ${allowed}`);
  return value;
}

async function synthFleet(flags: Record<string, string | boolean>): Promise<number> {
  for (const single of ["pattern", "target", "stage", "props", "target-props"]) {
    if (flags[single] !== undefined) throw new CliUsageError(`--${single} cannot be combined with --fleet: each catalogue entry sets its own ${single}`);
  }
  const file = nonEmpty("fleet", flags.fleet, "a catalogue file (.yaml, .yml or .json)")!;
  const jobsText = nonEmpty("jobs", flags.jobs, "a whole number from 1 to 256");
  const jobs = jobsText === undefined ? defaultJobs() : Number(jobsText);
  if (!/^\d+$/.test(jobsText ?? "1") || !Number.isInteger(jobs) || jobs < 1 || jobs > 256)
    throw new CliUsageError(`--jobs: ${JSON.stringify(jobsText)} is not allowed. Allowed: a whole number from 1 to 256`);
  const outdir = path.resolve(nonEmpty("out", flags.out, "a folder path (default: cdktf.out)") ?? "cdktf.out");
  const catalogue = loadCatalogue(file);
  const result = await runFleet({ catalogue, outdir, jobs, progress: (line) => process.stderr.write(`[stackwerk] ${line}\n`) });
  for (const t of result.tenants) {
    if (t.error) process.stderr.write(`[stackwerk] tenants[${t.index}] (${t.name}) failed: ${t.error}\n`);
  }
  const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
  const stacks = result.tenants.reduce((n, t) => n + (t.stacks?.length ?? 0), 0);
  process.stderr.write(
    `[stackwerk] fleet: ${result.tenants.length - result.failed}/${result.tenants.length} tenant(s), ${stacks} stack(s) in ${(result.wallMs / 1000).toFixed(1)} s ` +
      `with ${result.jobs} worker(s); peak worker memory ${mib(Math.max(0, ...result.workerPeakRssBytes))} (all workers ${mib(result.workerPeakRssBytes.reduce((a, b) => a + b, 0))})\n`,
  );
  // A failed tenant's folders are still in the program: not reported.
  const failedPrefixes = result.tenants.filter((t) => t.error).map((t) => `${t.name}-`);
  reportOrphans(
    outdir,
    result.tenants.flatMap((t) => (t.stacks ?? []).map((s) => s.name)),
    (name) => failedPrefixes.some((p) => name.startsWith(p)),
  );
  process.stdout.write(`${path.relative(process.cwd(), path.join(outdir, "fleet.json")) || "fleet.json"}\n`);
  return result.failed ? 1 : 0;
}

/** Names every stack folder in `outdir` that this synth did not produce (never deletes it). */
function reportOrphans(outdir: string, current: readonly string[], stillInProgram: (name: string) => boolean = () => false): void {
  for (const o of orphanStacks(outdir, current).filter((x) => !stillInProgram(x.name))) process.stderr.write(`[stackwerk] ${orphanMessage(o)}\n`);
}

export const command: CliCommand = {
  name: "synth",
  summary: "synthesise a pattern (or a fleet catalogue) to Terraform JSON",
  help: HELP,
  async run(args) {
    const { flags, positional } = parseFlags(args, FLAGS);
    if (positional.length) throw new CliUsageError(`unexpected argument '${positional[0]}'`);
    const str = (f: string) => nonEmpty(f, flags[f], "a value");
    if (flags.fleet !== undefined && flags.engine === "gitops") {
      if (flags.jobs !== undefined) throw new CliUsageError("--jobs only applies to the fleet synth of --engine cdktf");
      return synthFleetGitOpsCli({
        file: str("fleet")!,
        outdir: gitopsOutdir(str("out")),
        gitUrl: str("git-url"),
        ageRecipients: str("age-recipient"),
        branch: str("branch"),
      });
    }
    if (flags.fleet !== undefined) return synthFleet(flags);
    if (flags.jobs !== undefined) throw new CliUsageError("--jobs only applies to --fleet. Allowed: --fleet <file> --jobs <n>, or leave --jobs out");
    const patterns = registeredPatterns().map((p) => p.name);
    const patternName = nonEmpty("pattern", flags.pattern, patterns.join(", "));
    if (!patternName) throw new CliUsageError(`--pattern is required. Allowed: ${patterns.join(", ")}`);
    oneOf("pattern", patternName, patterns);
    const targetName = nonEmpty("target", flags.target, TARGET_NAMES.join(", "));
    if (!targetName) throw new CliUsageError(`--target is required. Allowed: ${TARGET_NAMES.join(", ")}`);
    oneOf("target", targetName, TARGET_NAMES);
    const stage: Stage = oneOf("stage", nonEmpty("stage", flags.stage, STAGES.join(", ")) ?? "test", STAGES);
    const engine = oneOf("engine", nonEmpty("engine", flags.engine, "cdktf, gitops") ?? "cdktf", ["cdktf", "gitops"] as const);
    if (engine === "gitops")
      return synthGitOpsCli({
        pattern: patternName,
        target: targetName,
        stage,
        outdir: gitopsOutdir(str("out")),
        gitUrl: str("git-url"),
        ageRecipients: str("age-recipient"),
        branch: str("branch"),
      });
    for (const f of ["git-url", "age-recipient", "branch"]) if (flags[f] !== undefined) throw new CliUsageError(`--${f} only applies to --engine gitops`);
    const outdir = path.resolve(nonEmpty("out", flags.out, "a folder path (default: cdktf.out)") ?? "cdktf.out");
    const started = Date.now();
    process.stderr.write(`[stackwerk] synth ${patternName} for ${targetName} (${stage}) into ${outdir}\n`);
    const propsFile = nonEmpty("props", flags.props, "a .yaml, .yml or .json file of pattern props");
    const targetPropsFile = nonEmpty("target-props", flags["target-props"], "a .yaml, .yml or .json file of target props");
    const stacks =
      propsFile !== undefined || targetPropsFile !== undefined
        ? synthWithProps(
            patternName,
            targetName as TargetName,
            stage,
            outdir,
            propsFile !== undefined ? readPropsFile("props", propsFile) : {},
            targetPropsFile !== undefined ? readPropsFile("target-props", targetPropsFile) : {},
          )
        : synthPattern({ pattern: patternName, target: targetByName(targetName), stage, outdir });
    for (const s of stacks) process.stdout.write(`${s.role.padEnd(8)} ${s.name.padEnd(32)} ${path.relative(process.cwd(), s.file)}\n`);
    process.stderr.write(`[stackwerk] ${stacks.length} stack(s) in ${Date.now() - started} ms\n`);
    reportOrphans(
      outdir,
      stacks.map((s) => s.name),
    );
    return 0;
  },
};
