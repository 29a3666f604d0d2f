/**
 * Runs a Stackwerk model as a real Pulumi program: the pinned Pulumi CLI (tools/pulumi) and the
 * Kubernetes provider plugin, a local file backend and the passphrase secrets provider. The program
 * is an Automation API inline program: the CLI (`pulumi up/preview/destroy --client=...`) connects
 * to the Node.js language runtime of `@pulumi/pulumi` in this process, because the
 * `pulumi-language-nodejs` host's Go module is not served here (ADR 0140). Everything else (engine,
 * state, diff, provider, server-side apply) is the real thing.
 */
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { LocalWorkspace, PulumiCommand, Stack } from "@pulumi/pulumi/automation";
import type { Construct } from "constructs";
import type { Pattern } from "../constructs/pattern";
import { PulumiModel, renderPulumi } from "../engines/pulumi";
import { progress } from "../tools/cache";
import { ensurePulumi, pulumiEnv } from "../tools/pulumi";

/** What to deploy and where the stack lives. */
export interface PulumiProgramSpec {
  /** Stack name (also the project-local name in the backend). */
  readonly stack: string;
  /**
   * Builds the pattern instances of the model, under the PulumiModel root it is given (or under a
   * root of its own, e.g. a cdktf App for a cloud target's instance, whose infra layer stays OpenTofu's).
   */
  readonly build: (model: Construct) => Pattern[] | Promise<Pattern[]>;
  /** Folder for the file backend and the workspace (created). */
  readonly workDir: string;
  /** Extra Pulumi config (`stackwerk:<key>` → value; secret when `secret`). */
  readonly config?: Readonly<Record<string, { value: string; secret?: boolean }>>;
}

/** A Pulumi stack of a Stackwerk model, ready for up/preview/destroy. */
export interface PulumiProgram {
  readonly stack: Stack;
  /** The environment the CLI runs with (for messages). */
  readonly env: Readonly<Record<string, string>>;
}

/** Creates (or selects) the stack of `spec` with its config; builds the Pulumi tools on first use. */
export async function pulumiProgram(spec: PulumiProgramSpec): Promise<PulumiProgram> {
  const tools = await ensurePulumi();
  const backend = path.join(spec.workDir, "backend");
  fs.mkdirSync(backend, { recursive: true });
  const passphraseFile = path.join(spec.workDir, "passphrase");
  if (!fs.existsSync(passphraseFile)) fs.writeFileSync(passphraseFile, randomBytes(24).toString("hex"), { mode: 0o600 });
  const env = pulumiEnv(tools, backend, fs.readFileSync(passphraseFile, "utf8"));
  const pulumiCommand = await PulumiCommand.get({ root: tools.root, skipVersionCheck: true });
  const program = async (): Promise<void> => {
    const model = new PulumiModel();
    for (const pattern of await spec.build(model)) renderPulumi(pattern);
  };
  const stack = await LocalWorkspace.createOrSelectStack(
    { stackName: spec.stack, projectName: "stackwerk", program },
    {
      workDir: spec.workDir,
      pulumiHome: tools.home,
      pulumiCommand,
      envVars: env,
      secretsProvider: "passphrase",
      projectSettings: { name: "stackwerk", runtime: "nodejs", backend: { url: `file://${backend}` } },
    },
  );
  const config: Record<string, { value: string; secret?: boolean }> = {
    "stackwerk:credentials_seed": { value: randomBytes(32).toString("hex"), secret: true },
    ...spec.config,
  };
  // The seed is generated once per stack: a second call keeps the stored one.
  const existing = await stack.getAllConfig();
  if (existing["stackwerk:credentials_seed"]) delete config["stackwerk:credentials_seed"];
  await stack.setAllConfig(config);
  progress(`pulumi: stack ${spec.stack} in ${spec.workDir} (backend ${backend})`);
  return { stack, env };
}
