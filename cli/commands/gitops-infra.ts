/**
 * `stackwerk gitops overlay-from-infra <infra stack folder> --pattern <p> --target <t> --stage <s>`
 * (ADR 0401): a cloud target's infra stays an OpenTofu stack (`stackwerk deploy` applies it); this
 * reads its outputs (`tofu output -json`) and renders the instance's GitOps overlay with them as the
 * platform inputs, into the output folder beside what is there (the base, other instances). Names
 * match by construction: platform input `x` is the infra output `x` (as for
 * `stackwerk pulumi config-from-infra`, ADR 0360, whose matching it reuses). Sensitive outputs only
 * reach Secrets, which are SOPS-encrypted; a sensitive output wired to an input that is not
 * sensitive is refused (it would be written in plaintext).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "../../engines/cdktf/cdk";
import { CliUsageError } from "../command";
import { PlatformInput } from "../../core/context";
import type { Stage } from "../../core/profile";
import type { Pattern } from "../../constructs/pattern";
import { mergeGitOps, synthGitOps } from "../../engines/gitops";
import "../../engines/cdktf";
import { getPattern } from "../../patterns/registry";
import { targetByName } from "../../providers";
import { ProcessTracker } from "../../deploy/exec";
import { Tofu } from "../../deploy/tofu";
import { pulumiConfigFromOutputs } from "../../deploy/pulumi-config";
import { ensureToolchain } from "../../tools/toolchain";
import { cliBase, inputsFromEnv } from "./synth-gitops";

/** What `overlay-from-infra` takes. */
export interface OverlayFromInfraArgs {
  /** Folder of the applied infra stack (cdktf.out/stacks/<instance>-infra). */
  readonly infraDir: string;
  readonly pattern: string;
  readonly target: string;
  readonly stage: Stage;
  /** Instance id. @default the pattern name */
  readonly instance?: string;
  /** The GitOps output folder (the repository's work tree). */
  readonly outdir: string;
  readonly gitUrl: string;
  readonly recipients: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
}

/** What the command did: files written, inputs taken from outputs, outputs no GitOps layer uses. */
export interface OverlayFromInfraResult {
  readonly files: readonly string[];
  /** Inputs set from infra outputs, with whether they are secret (only ever in a SOPS file). */
  readonly wired: ReadonlyArray<{ readonly name: string; readonly secret: boolean }>;
  readonly unused: readonly string[];
}

/** Platform inputs an instance's GitOps layers (private add-ons, platform) declare, once each. */
function declaredInputs(instance: Pattern): PlatformInput[] {
  const layers = [...instance.landingZone.layers.filter((l) => l.role === "addons"), ...instance.layers.filter((l) => l.role === "platform")];
  const byName = new Map<string, PlatformInput>();
  for (const l of layers) for (const i of PlatformInput.all(l.layer)) if (!byName.has(i.inputName)) byName.set(i.inputName, i);
  return [...byName.values()];
}

/** Renders the instance with the infra stack's outputs as its inputs and writes its overlay into `outdir`. */
export async function overlayFromInfra(args: OverlayFromInfraArgs): Promise<OverlayFromInfraResult> {
  const env = args.env ?? process.env;
  if (!fs.existsSync(path.join(args.infraDir, "cdk.tf.json")))
    throw new CliUsageError(`${args.infraDir}: no cdk.tf.json; give the folder of the synthesised and applied infra stack (cdktf.out/stacks/<instance>-infra)`);
  const root = args.target === "onprem" ? undefined : new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-gitops-")) });
  if (!root) throw new CliUsageError(`--target onprem has no infra stack. Allowed: ionos, stackit (on-prem: stackwerk synth --engine gitops)`);
  const instance = getPattern(args.pattern).create(root, args.instance ?? args.pattern, { target: targetByName(args.target), stage: args.stage });
  const inputs = declaredInputs(instance);

  const tofu = new Tofu(await ensureToolchain(), new ProcessTracker());
  const outputs = await tofu.outputs(args.infraDir);
  if (Object.keys(outputs).length === 0) throw new Error(`${args.infraDir}: the stack has no outputs (is it applied? run 'stackwerk deploy' first)`);
  const wiring = pulumiConfigFromOutputs(
    outputs,
    inputs.map((i) => ({ name: i.inputName, sensitive: i.sensitive, hasDefault: i.defaultValue !== undefined })),
  );
  const declared = new Map(inputs.map((i) => [i.inputName, i]));
  const values: Record<string, string> = { ...inputsFromEnv(env) };
  const wired: Array<{ name: string; secret: boolean }> = [];
  for (const e of wiring.entries) {
    const name = e.key.replace(/^stackwerk:/, "");
    const input = declared.get(name)!;
    if (e.secret && !input.sensitive)
      throw new Error(
        `[${input.node.path}] infra output '${name}' is sensitive, but platform input '${name}' is not, so its value could be written in plaintext. Allowed: declare the input sensitive, or make the output non-sensitive`,
      );
    values[name] = e.value;
    wired.push({ name, secret: e.secret });
  }
  const missing = wiring.missing.filter((n) => values[n] === undefined);
  if (missing.length)
    throw new CliUsageError(
      `platform input(s) no infra output supplies: ${missing.join(", ")}. Allowed: set ${missing.map((n) => `STACKWERK_INPUT_${n.toUpperCase()}`).join(", ")} (the operator's values)`,
    );
  const output = synthGitOps([instance], {
    gitUrl: args.gitUrl,
    recipients: args.recipients,
    seed: env.STACKWERK_CREDENTIALS_SEED,
    inputs: values,
    base: cliBase,
  });
  fs.mkdirSync(args.outdir, { recursive: true });
  const files = mergeGitOps(args.outdir, output);
  const unused = Object.keys(outputs)
    .filter((n) => !declared.has(n))
    .sort();
  return { files, wired, unused };
}
