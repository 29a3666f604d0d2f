/**
 * `stackwerk promote <instance> --from <stage> --to <next stage> --repo <git work tree>`: renders
 * the instance for the next stage (the stage table's replicas, sizes and HA) with the GitOps
 * engine and writes it into the repository as a commit on a new branch
 * `promote/<instance>/<from>-to-<to>`; a reviewer merges it (the approval). The instance must
 * already be in the repository at `--from`; stages cannot be skipped. `--direct` commits on the
 * current branch instead, and is refused for the last stage (production is never written directly).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CliCommand, CliUsageError, parseFlags } from "../command";
import { STAGES, Stage } from "../../core/profile";
import { GitOpsModel, mergeGitOps, synthGitOps } from "../../engines/gitops";
import "../../patterns";
import { getPattern, registeredPatterns } from "../../patterns/registry";
import { targetByName } from "../../providers";
import { run } from "../../tools/cache";
import { cliBase, inputsFromEnv } from "./synth-gitops";

const HELP = `usage: stackwerk promote <instance> --from <stage> --to <next stage> --repo <dir> --git-url <url> --age-recipient <age1…> [--direct]

Renders a registered pattern's instance for the next stage (${STAGES.join(" > ")}) with the GitOps
engine and commits it on a new branch promote/<instance>/<from>-to-<to> of the Git work tree <dir>,
for review. --direct commits on the current branch (never for ${STAGES[STAGES.length - 1]}).
Generated credentials need STACKWERK_CREDENTIALS_SEED, platform inputs STACKWERK_INPUT_<NAME>.
`;

const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: "stackwerk promote",
  GIT_AUTHOR_EMAIL: "stackwerk@localhost",
  GIT_COMMITTER_NAME: "stackwerk promote",
  GIT_COMMITTER_EMAIL: "stackwerk@localhost",
};

/** What a promotion did. */
export interface PromotionResult {
  readonly branch: string;
  readonly commit: string;
  readonly files: readonly string[];
}

/** Promotes `instance` (a registered pattern's reference instance on-prem) from `from` to `to` in `repo`. */
export async function promote(args: {
  instance: string;
  from: Stage;
  to: Stage;
  repo: string;
  gitUrl: string;
  recipients: readonly string[];
  direct?: boolean;
  env?: NodeJS.ProcessEnv;
}): Promise<PromotionResult> {
  const env = args.env ?? process.env;
  const names = registeredPatterns().map((p) => p.name);
  if (!names.includes(args.instance))
    throw new CliUsageError(`instance ${JSON.stringify(args.instance)}: not a registered pattern's instance. Allowed: ${names.join(", ")}`);
  const next = STAGES[STAGES.indexOf(args.from) + 1];
  if (args.to !== next)
    throw new CliUsageError(`--to ${args.to}: promotion goes one stage at a time. Allowed after ${args.from}: ${next ?? "none (it is the last stage)"}`);
  if (args.direct && STAGES.indexOf(args.to) === STAGES.length - 1)
    throw new CliUsageError(`--direct: ${args.to} is never written directly. Allowed: leave --direct out; the promotion becomes a branch for review`);
  const render = (stage: Stage) => {
    const model = new GitOpsModel();
    const instance = getPattern(args.instance).create(model, args.instance, { target: targetByName("onprem"), stage });
    return synthGitOps([instance], {
      gitUrl: args.gitUrl,
      recipients: args.recipients,
      seed: env.STACKWERK_CREDENTIALS_SEED,
      inputs: inputsFromEnv(env),
      base: cliBase,
    });
  };
  const source = render(args.from);
  const missing = source.units.filter((u) => !fs.existsSync(path.join(args.repo, u.path, "kustomization.yaml")));
  if (missing.length)
    throw new CliUsageError(
      `${args.instance} is not at ${args.from} in ${args.repo} (missing ${missing.map((u) => u.path).join(", ")}). Allowed: promote what the repository has`,
    );
  const git = (a: string[]) => run("git", ["-C", args.repo, ...a], { env: { ...process.env, ...GIT_IDENTITY } });
  if ((await git(["status", "--porcelain"])).stdout.trim()) throw new CliUsageError(`${args.repo} has uncommitted changes. Allowed: a clean work tree`);
  const original = (await git(["rev-parse", "--abbrev-ref", "HEAD"])).stdout.trim();
  const branch = args.direct ? original : `promote/${args.instance}/${args.from}-to-${args.to}`;
  if (!args.direct) await git(["checkout", "--quiet", "-b", branch]);
  try {
    const files = mergeGitOps(args.repo, render(args.to));
    await git(["add", "-A"]);
    await git(["commit", "--quiet", "-m", `promote ${args.instance} from ${args.from} to ${args.to}`]);
    const commit = (await git(["rev-parse", "HEAD"])).stdout.trim();
    return { branch, commit, files };
  } finally {
    if (!args.direct) await git(["checkout", "--quiet", original]);
  }
}

/** `stackwerk promote`. */
export const command: CliCommand = {
  name: "promote",
  summary: "promote a GitOps instance to the next stage as a commit on a review branch",
  help: HELP,
  async run(argv) {
    const { flags, positional } = parseFlags(argv, {
      from: "string",
      to: "string",
      repo: "string",
      "git-url": "string",
      "age-recipient": "string",
      direct: "boolean",
    });
    if (positional.length !== 1)
      throw new CliUsageError("exactly one instance is required, e.g. stackwerk promote web-app --from test --to acceptance --repo .");
    const stage = (f: string): Stage => {
      const v = flags[f];
      if (typeof v !== "string" || !(STAGES as readonly string[]).includes(v))
        throw new CliUsageError(`--${f}: ${JSON.stringify(v ?? "")} is not allowed. Allowed: ${STAGES.join(", ")}`);
      return v as Stage;
    };
    const repo = typeof flags.repo === "string" ? path.resolve(flags.repo) : undefined;
    if (!repo || !fs.existsSync(path.join(repo, ".git"))) throw new CliUsageError("--repo: a Git work tree holding the GitOps output is required");
    if (typeof flags["git-url"] !== "string") throw new CliUsageError("--git-url is required. Allowed: the URL the controllers pull from");
    const result = await promote({
      instance: positional[0],
      from: stage("from"),
      to: stage("to"),
      repo,
      gitUrl: flags["git-url"],
      recipients: typeof flags["age-recipient"] === "string" ? flags["age-recipient"].split(",").map((r) => r.trim()) : [],
      direct: flags.direct === true,
    });
    process.stdout.write(`${result.branch} ${result.commit}\n`);
    process.stderr.write(`[stackwerk] ${result.files.length} file(s) committed on ${result.branch}; merge it after review to deploy\n`);
    return 0;
  },
};
