/**
 * `stackwerk synth --engine gitops`: the platform layer of a registered pattern (and its zone's
 * add-ons) as plain Kubernetes YAML in the GitOps layout (engines/gitops, docs/gitops.md), with
 * Secrets SOPS-encrypted to the given age recipients; and `stackwerk gitops keygen`, which prints a
 * new age identity (the cluster's decryption key) and its recipient.
 *
 * Sensitive values come from the environment, never from flags (shell history, process lists):
 * STACKWERK_CREDENTIALS_SEED (generated credentials, ≥ 32 characters) and STACKWERK_INPUT_<NAME>
 * for platform inputs.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "../../engines/cdktf/cdk";
import { CliCommand, CliUsageError, parseFlags } from "../command";
import { STAGES, Stage } from "../../core/profile";
import type { Pattern } from "../../constructs/pattern";
import { generateAgeIdentity, GitOpsModel, referenceBase, synthGitOps, writeGitOps } from "../../engines/gitops";
import "../../patterns";
import { getPattern } from "../../patterns/registry";
import { targetByName } from "../../providers";
import { loadCatalogue } from "../fleet/catalogue";
import { fleetPattern, fleetPatternNames } from "../fleet/patterns";
import { TargetCache } from "../fleet/tenant";
import { overlayFromInfra } from "./gitops-infra";

/** What `synth --engine gitops` takes (already checked by the synth command). */
export interface GitOpsSynthArgs {
  readonly pattern: string;
  readonly target: string;
  readonly stage: Stage;
  readonly outdir: string;
  readonly gitUrl?: string;
  readonly ageRecipients?: string;
  readonly branch?: string;
}

/** Platform inputs from STACKWERK_INPUT_<NAME> variables (name upper-cased). */
export function inputsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (k.startsWith("STACKWERK_INPUT_") && v !== undefined) out[k.slice("STACKWERK_INPUT_".length).toLowerCase()] = v;
  return out;
}

/**
 * The base of an instance (ADR 0400, engines/gitops/base.ts): its registered pattern's reference
 * instance at the first stage; on a cloud target under a cdktf App (its infra layer is not rendered).
 */
export function cliBase(instance: Pattern): Pattern | undefined {
  return referenceBase(
    instance,
    instance.target.name === "onprem" ? undefined : () => new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-gitops-")) }),
  );
}

/**
 * `synthGitOps` with the CLI's options: recipients from the comma-separated `--age-recipients`,
 * the credentials seed and inputs from the environment, the reference base; a refusal is a usage error.
 */
function synthForCli(instances: Pattern[], args: { gitUrl: string; ageRecipients?: string; branch?: string }): ReturnType<typeof synthGitOps> {
  try {
    return synthGitOps(instances, {
      gitUrl: args.gitUrl,
      branch: args.branch,
      recipients: (args.ageRecipients ?? "")
        .split(",")
        .map((r) => r.trim())
        .filter(Boolean),
      seed: process.env.STACKWERK_CREDENTIALS_SEED,
      inputs: inputsFromEnv(),
      base: cliBase,
    });
  } catch (err) {
    throw new CliUsageError((err as Error).message);
  }
}

/** Renders and writes the GitOps output; prints one line per file. */
export function synthGitOpsCli(args: GitOpsSynthArgs): number {
  if (!args.gitUrl)
    throw new CliUsageError("--git-url is required with --engine gitops. Allowed: the http(s):// or ssh:// URL of the repository Flux / Argo CD pull from");
  const started = Date.now();
  process.stderr.write(`[stackwerk] synth ${args.pattern} for ${args.target} (${args.stage}) with the gitops engine into ${args.outdir}\n`);
  // A cloud target's infra layer needs a cdktf App as the root; it is not rendered here (stackwerk deploy).
  const model = args.target === "onprem" ? new GitOpsModel() : new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-gitops-")) });
  const instance = getPattern(args.pattern).create(model, args.pattern, { target: targetByName(args.target), stage: args.stage });
  const output = synthForCli([instance], { gitUrl: args.gitUrl, ageRecipients: args.ageRecipients, branch: args.branch });
  const files = writeGitOps(args.outdir, output);
  for (const infra of output.infraLayers)
    process.stderr.write(
      `[stackwerk] infra layer ${infra} is not rendered by the gitops engine: stackwerk deploy --stacks ${infra}, then stackwerk gitops overlay-from-infra\n`,
    );
  for (const u of output.units) process.stdout.write(`${u.name.padEnd(40)} ${u.path}${u.dependsOn.length ? ` (after ${u.dependsOn.join(", ")})` : ""}\n`);
  process.stderr.write(`[stackwerk] ${output.units.length} unit(s), ${files.length} file(s) in ${Date.now() - started} ms\n`);
  return 0;
}

/**
 * `synth --fleet <catalogue> --engine gitops`: every tenant of the catalogue in one GitOps output
 * (one process: rendering YAML is cheap), one platform Kustomization per tenant (and one for the
 * add-ons of each private zone), written to `outdir`.
 */
export function synthFleetGitOpsCli(args: { file: string; outdir: string; gitUrl?: string; ageRecipients?: string; branch?: string }): number {
  if (!args.gitUrl)
    throw new CliUsageError("--git-url is required with --engine gitops. Allowed: the http(s):// or ssh:// URL of the repository Flux / Argo CD pull from");
  const started = Date.now();
  const catalogue = loadCatalogue(args.file);
  const model = new GitOpsModel();
  const cache = new TargetCache();
  const instances = catalogue.tenants.map((t) => {
    const factory = fleetPattern(t.pattern);
    if (!factory)
      throw new CliUsageError(`tenants[${t.index}] (${t.name}): pattern ${t.pattern} cannot be used in a fleet. Allowed: ${fleetPatternNames().join(", ")}`);
    return factory(model, t.name, { target: cache.get(t.target), stage: t.stage, size: t.size, props: t.props });
  });
  const output = synthForCli(instances, { gitUrl: args.gitUrl, ageRecipients: args.ageRecipients, branch: args.branch });
  const files = writeGitOps(args.outdir, output);
  process.stderr
    .write(`[stackwerk] fleet (gitops): ${catalogue.tenants.length} tenant(s), ${output.units.length} unit(s), ${files.length} file(s) in ${Date.now() - started} ms
`);
  process.stdout.write(`${path.relative(process.cwd(), path.join(args.outdir, "flux", "kustomization.yaml"))}\n`);
  return 0;
}

const HELP = `usage: stackwerk gitops keygen
       stackwerk gitops overlay-from-infra <infra stack folder> --pattern <name> --target <ionos|stackit> --stage <stage>
                       --git-url <url> --age-recipient <age1…> [--instance <id>] [--out <dir>]

keygen: prints a new age identity for SOPS decryption by Flux: the secret key (AGE-SECRET-KEY-1…) on
stdout, to be stored in the cluster as Secret flux-system/sops-age (key identity.agekey), and the
recipient (age1…) on stderr, for stackwerk synth --engine gitops --age-recipient.

overlay-from-infra: a cloud target's infra is an OpenTofu stack (apply it with
'stackwerk deploy --stacks <instance>-infra'); this reads its outputs (tofu output -json in the
stack's folder, e.g. cdktf.out/stacks/shop-infra) and writes the instance's GitOps overlay with them
as its platform inputs into --out (default gitops.out), beside the base and other instances.
Sensitive outputs reach only Secrets, SOPS-encrypted. Set TF_VAR_state_passphrase (the infra state
is encrypted) and STACKWERK_CREDENTIALS_SEED; inputs no output supplies come from STACKWERK_INPUT_<NAME>.
`;

/** \`stackwerk gitops keygen | overlay-from-infra\`. */
export const command: CliCommand = {
  name: "gitops",
  summary: "GitOps helpers: keygen (an age identity for SOPS-encrypted Secrets), overlay-from-infra (infra outputs into an overlay)",
  help: HELP,
  async run(args) {
    const { flags, positional } = parseFlags(args, {
      pattern: "string",
      target: "string",
      stage: "string",
      instance: "string",
      out: "string",
      "git-url": "string",
      "age-recipient": "string",
    });
    if (positional[0] === "keygen" && positional.length === 1) {
      const id = generateAgeIdentity();
      process.stderr.write(`[stackwerk] recipient: ${id.recipient}\n`);
      process.stdout.write(`${id.identity}\n`);
      return 0;
    }
    if (positional[0] !== "overlay-from-infra")
      throw new CliUsageError(`unknown sub-command ${JSON.stringify(positional.join(" "))}. Allowed: keygen, overlay-from-infra`);
    if (positional.length !== 2) throw new CliUsageError("overlay-from-infra needs the infra stack's folder (e.g. cdktf.out/stacks/shop-infra)");
    const required = (f: string): string => {
      const v = flags[f];
      if (typeof v !== "string" || !v) throw new CliUsageError(`--${f} is required with overlay-from-infra`);
      return v;
    };
    const stage = required("stage");
    if (!(STAGES as readonly string[]).includes(stage))
      throw new CliUsageError(`--stage: ${JSON.stringify(stage)} is not allowed. Allowed: ${STAGES.join(", ")}`);
    const started = Date.now();
    const outdir = gitopsOutdir(typeof flags.out === "string" ? flags.out : undefined);
    const result = await overlayFromInfra({
      infraDir: path.resolve(positional[1]),
      pattern: required("pattern"),
      target: required("target"),
      stage: stage as Stage,
      ...(typeof flags.instance === "string" ? { instance: flags.instance } : {}),
      outdir,
      gitUrl: required("git-url"),
      recipients: required("age-recipient")
        .split(",")
        .map((r) => r.trim())
        .filter(Boolean),
    });
    for (const w of result.wired) process.stdout.write(`input ${w.name} from the infra output${w.secret ? " (secret: only in SOPS-encrypted Secrets)" : ""}\n`);
    for (const u of result.unused) process.stdout.write(`output ${u} is not a platform input of the GitOps layers (not written)\n`);
    process.stderr.write(`[stackwerk] ${result.files.length} file(s) written to ${outdir} in ${Date.now() - started} ms; review and commit them\n`);
    return 0;
  },
};

/** Resolved path of --out for the gitops engine (default `gitops.out`). */
export function gitopsOutdir(out: string | undefined): string {
  return path.resolve(out ?? "gitops.out");
}
