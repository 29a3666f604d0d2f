/**
 * `stackwerk plan | deploy | destroy | output`: a user's own program from source to a running
 * system. The program is synthesised (cdktf.json's `app`, or `--app "<command>"`), then every
 * stack is planned, applied or destroyed in dependency order with its inputs wired from the
 * outputs of the stacks it depends on (deploy/run.ts). Only TF_VAR_state_passphrase (and the
 * cloud's credentials) come from the operator. `deploy --fleet` deploys every tenant of a
 * fleet catalogue (cli/commands/deploy-fleet.ts).
 */
import * as fs from "node:fs";
import * as readline from "node:readline";
import { CliCommand, CliUsageError, parseFlags } from "../command";
import { ProcessTracker } from "../../deploy/exec";
import { Tofu } from "../../deploy/tofu";
import { ensureToolchain } from "../../tools/toolchain";
import { clusterKubeconfigPath } from "../../tools/cluster/paths";
import { Program, stackMatcher, synthProgram } from "../../deploy/program";
import { orphanMessage } from "../../deploy/stack-folders";
import { DeployAction, runDeployment } from "../../deploy/run";
import { deployFleet } from "./deploy-fleet";

const FLAGS = {
  app: "string",
  out: "string",
  stacks: "string",
  "auto-approve": "boolean",
  parallelism: "string",
  fleet: "string",
  jobs: "string",
} as const;

const COMMON = `options:
  --app "<command>"  the command that synthesises your program (default: cdktf.json's "app")
  --out <dir>        synth output folder (default: cdktf.json's "output", else cdktf.out)
  --stacks <globs>   only these stacks, comma-separated globs (e.g. "amt-*,shop-platform")
  --parallelism <n>  OpenTofu operations at once per stack (default: OpenTofu's 10)

Every stack encrypts its state and plans: set TF_VAR_state_passphrase (16+ characters).
Inputs a stack takes from the stacks it depends on (kubeconfig, hosts, credentials) are wired
automatically and never written to disk; cloud credentials come from the environment
(STACKIT_SERVICE_ACCOUNT_KEY_PATH, IONOS_TOKEN, ...).`;

const HELP: Record<DeployAction, string> = {
  plan: `usage: stackwerk plan [--app "<command>"] [--out <dir>] [--stacks <globs>]

Synthesises the program and shows, per stack in dependency order, what an apply would change
(create/update/replace/delete counts, every replace and delete by address) and which inputs
come from which stack. A stack whose inputs are outputs of a stack not applied yet is listed as
planned after that apply. Exit status 0 when every stack could be planned, 1 otherwise.

${COMMON}`,
  deploy: `usage: stackwerk deploy [--app "<command>"] [--out <dir>] [--stacks <globs>] [--auto-approve]
       stackwerk deploy --fleet <catalogue.yaml> [--jobs <n>] [--out <dir>] [--auto-approve]

Synthesises the program and applies every stack in dependency order (add-ons after infra,
platform after both), each with its inputs from the outputs of the stacks before it, taken in
the same run. Without --auto-approve it first shows the plan of every stack and asks once, then
applies exactly those saved plans; a stack planned only after the stacks it takes inputs from
are applied (or whose inputs that apply changed) is shown and asked for then.
With --fleet, every tenant of the catalogue is synthesised and deployed, --jobs tenants at a
time (default 2), with a progress line per tenant and a summary table; a failed tenant does
not stop the others (exit status 1 when any failed). --fleet needs --auto-approve.

${COMMON}
  --auto-approve     apply without asking (CI)
  --fleet <file>     fleet catalogue (docs/fleet.md)
  --jobs <n>         tenants at a time with --fleet`,
  destroy: `usage: stackwerk destroy [--app "<command>"] [--out <dir>] [--stacks <globs>] [--auto-approve]
       stackwerk destroy --fleet <catalogue.yaml> [--jobs <n>] [--out <dir>] --auto-approve

Destroys every stack of the program in reverse dependency order (platform stacks before the
add-ons and infra stacks they use). Without --auto-approve it shows what each stack would delete
and asks once. --stacks may also name a stack folder the program no longer declares (synth
reports those): it is destroyed with the configuration left in its folder. With --fleet, every
tenant of the catalogue is destroyed, --jobs tenants at a time (default 2), with the same
progress lines, summary table and failure handling as deploy --fleet.

${COMMON}
  --auto-approve     destroy without asking (CI)
  --fleet <file>     fleet catalogue (docs/fleet.md)
  --jobs <n>         tenants at a time with --fleet`,
  output: `usage: stackwerk output [--app "<command>"] [--out <dir>] [--stacks <globs>]

Prints every output of the program's applied stacks as <stack>.<name> = <JSON value>;
sensitive values are shown as (sensitive).

${COMMON}`,
};

/** Asks `question` on the terminal; true only for "yes". */
function askYes(question: string): Promise<boolean> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: false });
  return new Promise((resolve) => {
    let answered = false;
    process.stdout.write(`\n${question}\n  Only 'yes' will be accepted: `);
    rl.once("line", (line) => {
      answered = true;
      rl.close();
      resolve(line.trim() === "yes");
    });
    rl.once("close", () => {
      if (!answered) resolve(false);
    });
  });
}

function positiveInt(flag: string, value: string | boolean | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== "string" || !/^\d+$/.test(value) || n < 1 || n > max)
    throw new CliUsageError(`--${flag}: ${JSON.stringify(value)} is not allowed. Allowed: a whole number from 1 to ${max}`);
  return n;
}

/**
 * The operator's environment, plus `TF_VAR_kubeconfig_path` when a stack needs one (an on-prem
 * target without kubeconfigPath) and none is given: STACKWERK_KUBECONFIG, else the embedded
 * cluster's (`stackwerk cluster up`), when that file exists.
 */
export function operatorEnv(program: Program, log: (line: string) => void, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (env.TF_VAR_kubeconfig_path !== undefined) return env;
  const needs = program.stacks.filter((s) => {
    const variable = JSON.parse(fs.readFileSync(s.file, "utf8")).variable?.kubeconfig_path;
    return variable !== undefined && !("default" in variable);
  });
  if (needs.length === 0) return env;
  const file = env.STACKWERK_KUBECONFIG || clusterKubeconfigPath();
  if (!fs.existsSync(file)) return env; // the stacks then say TF_VAR_kubeconfig_path is missing
  log(`kubeconfig_path of ${needs.map((s) => s.name).join(", ")}: ${file} (${env.STACKWERK_KUBECONFIG ? "STACKWERK_KUBECONFIG" : "the embedded cluster"})`);
  return { ...env, TF_VAR_kubeconfig_path: file };
}

/** A stack folder the program no longer declares, named by --stacks, joins a destroy run (leaf first). */
function withOrphans(program: Program, select: (name: string) => boolean): Program {
  const orphans = program.orphans.filter((o) => select(o.name) && o.tofuFiles.length > 0);
  if (orphans.length === 0) return program;
  const all = program.stacks.map((s) => s.name);
  const extra = orphans.map((o) => ({
    name: o.name,
    constructPath: `(no longer in the program) ${o.name}`,
    dir: o.dir,
    file: `${o.dir}/cdk.tf.json`,
    dependencies: all,
  }));
  return { ...program, stacks: [...program.stacks, ...extra], orphans: program.orphans.filter((o) => !orphans.includes(o)) };
}

function makeCommand(action: DeployAction, summary: string): CliCommand {
  return {
    name: action,
    summary,
    help: HELP[action],
    async run(args) {
      const { flags, positional } = parseFlags(args, FLAGS);
      if (positional.length) throw new CliUsageError(`unexpected argument '${positional[0]}'`);
      const log = (line: string) => process.stderr.write(`[stackwerk] ${line}\n`);
      const print = (line: string) => process.stdout.write(`${line}\n`);
      const autoApprove = flags["auto-approve"] === true;
      if (autoApprove && (action === "plan" || action === "output")) throw new CliUsageError(`--auto-approve only applies to deploy and destroy`);
      const parallelism = positiveInt("parallelism", flags.parallelism, 256);
      if (flags.fleet !== undefined || flags.jobs !== undefined) {
        if (action !== "deploy" && action !== "destroy") throw new CliUsageError("--fleet and --jobs only apply to deploy and destroy");
        if (typeof flags.fleet !== "string") throw new CliUsageError("--jobs only applies to --fleet. Allowed: --fleet <file> --jobs <n>");
        if (!autoApprove)
          throw new CliUsageError(
            `--fleet ${action === "deploy" ? "deploys" : "destroys"} many tenants unattended: pass --auto-approve (review one tenant with \`stackwerk plan\` first)`,
          );
        for (const single of ["app", "stacks"] as const)
          if (flags[single] !== undefined) throw new CliUsageError(`--${single} cannot be combined with --fleet: the catalogue defines the program`);
        return deployFleet({
          action,
          catalogue: flags.fleet,
          jobs: positiveInt("jobs", flags.jobs, 64) ?? 2,
          outdir: typeof flags.out === "string" ? flags.out : "cdktf.out",
          ...(parallelism ? { parallelism } : {}),
          log,
          print,
        });
      }
      const started = Date.now();
      log(`synth ...`);
      let program = await synthProgram({
        ...(typeof flags.app === "string" ? { app: flags.app } : {}),
        ...(typeof flags.out === "string" ? { outdir: flags.out } : {}),
      });
      const select = stackMatcher(typeof flags.stacks === "string" ? flags.stacks : undefined);
      if (action === "destroy") program = withOrphans(program, select);
      log(`synth: ${program.stacks.length} stack(s) in ${((Date.now() - started) / 1000).toFixed(1)}s: ${program.stacks.map((s) => s.name).join(" -> ")}`);
      for (const o of program.orphans) log(orphanMessage(o));
      const tc = await ensureToolchain();
      const tracker = new ProcessTracker();
      const stop = () => tracker.interrupt();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      try {
        const result = await runDeployment({
          program,
          action,
          tofu: new Tofu(tc, tracker),
          select,
          autoApprove,
          confirm: askYes,
          log,
          print,
          env: operatorEnv(program, log),
          ...(parallelism ? { parallelism } : {}),
        });
        if (result.declined) {
          const applied = result.stacks.filter((s) => s.status === "applied").map((s) => s.name);
          print(`Not applied: the answer was not 'yes'.${applied.length ? ` Applied before that: ${applied.join(", ")}.` : ""}`);
          return 1;
        }
        const failed = result.stacks.filter((s) => s.status === "failed");
        for (const f of failed) process.stderr.write(`stackwerk ${action}: ${f.name}: ${f.message}\n`);
        log(`${action}: ${result.ok ? "done" : `${failed.length} stack(s) failed`} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
        return tracker.interrupted ? 130 : result.ok ? 0 : 1;
      } finally {
        process.removeListener("SIGINT", stop);
        process.removeListener("SIGTERM", stop);
      }
    },
  };
}

/** `stackwerk plan`. */
export const planCommand = makeCommand("plan", "show what deploy would change in every stack of your program, in dependency order");
/** `stackwerk deploy`. */
export const deployCommand = makeCommand("deploy", "synthesise your program and apply every stack in dependency order (or a fleet)");
/** `stackwerk destroy`. */
export const destroyCommand = makeCommand("destroy", "destroy every stack of your program in reverse dependency order");
/** `stackwerk output`. */
export const outputCommand = makeCommand("output", "print the outputs of your program's applied stacks");
