/**
 * `npm run upgrade:snapshot -- <tag>`: writes the synthesised Terraform JSON of a previous release
 * as fixtures for the upgrade test (test/upgrade/README.md).
 *
 * It checks the tag out with `git worktree add` (detached, in a temp folder), links the current
 * node_modules in, and runs that release's own CLI (`stackwerk list --json`, then
 * `stackwerk synth --pattern P --target T --stage S`) for every registered pattern × target ×
 * stage "production" and "test". Each stack lands in
 * `test/upgrade/releases/<tag>/<pattern>/<target>/<stage>/<stack>.tf.json`, formatted with the
 * project's prettier config, with machine-dependent strings (home folder, the temp worktree)
 * replaced by placeholders; `provenance.json` beside them records tag, commit, command, toolchain
 * versions, placeholders and a sha256 per file. The worktree is removed afterwards.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** Stages snapshotted per pattern × target. */
export const SNAPSHOT_STAGES = ["production", "test"] as const;

/** Roles of the stacks a release's `stackwerk synth` lists (v0.1: infra, platform; v0.2 adds the zone's add-ons). */
export const STACK_ROLES = ["infra", "addons", "platform"] as const;

/** Placeholders for machine-dependent strings in the old synth; the upgrade test overrides them with variables. */
export const PLACEHOLDERS = { worktree: "@RELEASE_WORKTREE@", home: "@HOME@" } as const;

const REPO = path.resolve(__dirname, "..", "..");
const RELEASES = path.join(REPO, "test", "upgrade", "releases");

function git(args: string[], cwd = REPO): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Replaces machine-dependent prefixes (the worktree, the home folder) by placeholders. */
export function scrub(text: string, machine: { worktree: string; home: string }): string {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  let out = text.split(machine.worktree).join(PLACEHOLDERS.worktree);
  // Only whole path prefixes (`/root/…`), not words that start the same way.
  out = out.replace(new RegExp(`${escape(machine.home)}(?=/)`, "g"), PLACEHOLDERS.home);
  return out;
}

interface ListJson {
  readonly patterns: ReadonlyArray<{ readonly name: string }>;
  readonly targets: ReadonlyArray<{ readonly name: string; readonly unavailable?: string }>;
}

async function main(argv: string[]): Promise<number> {
  const tag = argv[0];
  if (!tag || !/^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(tag)) {
    process.stderr.write("usage: npm run upgrade:snapshot -- <tag>   (a release tag such as v0.1.0)\n");
    return 2;
  }
  const commit = git(["rev-parse", "--verify", `${tag}^{commit}`]);
  const tagObject = git(["cat-file", "-t", tag]);
  const worktree = fs.mkdtempSync(path.join(os.tmpdir(), `stackwerk-${tag}-`));
  fs.rmSync(worktree, { recursive: true });
  git(["worktree", "add", "--detach", worktree, tag]);
  const outRoot = path.join(RELEASES, tag);
  try {
    fs.symlinkSync(path.join(REPO, "node_modules"), path.join(worktree, "node_modules"), "dir");
    const tsx = path.join(REPO, "node_modules", ".bin", "tsx");
    const cli = (args: string[]) => execFileSync(tsx, ["cli/main.ts", ...args], { cwd: worktree, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    const list = JSON.parse(cli(["list", "--json"])) as ListJson;
    const prettier = await import("prettier");
    const prettierOptions = { ...((await prettier.resolveConfig(path.join(REPO, "package.json"))) ?? {}), parser: "json" };
    const machine = { worktree, home: os.homedir() };

    fs.rmSync(outRoot, { recursive: true, force: true });
    const entries: Array<Record<string, unknown>> = [];
    for (const pattern of list.patterns) {
      for (const target of list.targets) {
        for (const stage of SNAPSHOT_STAGES) {
          const id = `${pattern.name}/${target.name}/${stage}`;
          if (target.unavailable) {
            entries.push({ pattern: pattern.name, target: target.name, stage, skipped: `target unavailable in ${tag}: ${target.unavailable}` });
            continue;
          }
          const out = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-snapshot-"));
          let stdout: string;
          try {
            stdout = cli(["synth", "--pattern", pattern.name, "--target", target.name, "--stage", stage, "--out", out]);
          } catch (err) {
            const e = err as { stderr?: string; message: string };
            entries.push({ pattern: pattern.name, target: target.name, stage, skipped: `synth failed in ${tag}: ${(e.stderr || e.message).trim()}` });
            process.stderr.write(`[upgrade:snapshot] ${id}: synth failed, recorded as skipped\n`);
            continue;
          }
          // The CLI prints "<role> <stack> <path>" per stack in apply order (infra, add-ons from v0.2 on, platform).
          const stacks = stdout
            .split("\n")
            .map((l) => l.trim().split(/\s+/))
            .filter((f) => f.length >= 2 && (STACK_ROLES as readonly string[]).includes(f[0]))
            .map(([role, name]) => {
              const json = fs.readFileSync(path.join(out, "stacks", name, "cdk.tf.json"), "utf8");
              return { role, name, text: scrub(json, machine) };
            });
          const dir = path.join(outRoot, pattern.name, target.name, stage);
          fs.mkdirSync(dir, { recursive: true });
          const files = [];
          for (const s of stacks) {
            const text = await prettier.format(s.text, prettierOptions);
            const file = path.join(dir, `${s.name}.tf.json`);
            fs.writeFileSync(file, text);
            files.push({ role: s.role, stack: s.name, file: path.relative(outRoot, file), sha256: sha256(text) });
          }
          entries.push({ pattern: pattern.name, target: target.name, stage, stacks: files });
          fs.rmSync(out, { recursive: true, force: true });
          process.stderr.write(`[upgrade:snapshot] ${id}: ${stacks.map((s) => s.name).join(", ")}\n`);
        }
      }
    }
    const provenance = {
      release: tag,
      commit,
      tagObject,
      generatedBy: `npm run upgrade:snapshot -- ${tag}`,
      method: `git worktree add --detach <tmp> ${tag}; node_modules of the generating checkout linked in; the release's own CLI: stackwerk list --json, stackwerk synth --pattern <p> --target <t> --stage <s>`,
      generator: { commit: git(["rev-parse", "HEAD"]), node: process.version },
      placeholders: {
        [PLACEHOLDERS.home]:
          "the home folder of the generating machine (e.g. in the default kubeconfig_path of on-prem platform stacks): the upgrade test sets TF_VAR_kubeconfig_path",
        [PLACEHOLDERS.worktree]: "the temporary worktree of the release",
      },
      patterns: list.patterns.map((p) => p.name),
      targets: list.targets.map((t) => t.name),
      stages: SNAPSHOT_STAGES,
      entries,
    };
    fs.writeFileSync(path.join(outRoot, "provenance.json"), await prettier.format(JSON.stringify(provenance), prettierOptions));
    process.stderr.write(`[upgrade:snapshot] wrote ${path.relative(REPO, outRoot)} (${entries.length} entries)\n`);
    return entries.some((e) => e.skipped && String(e.skipped).startsWith("synth failed")) ? 1 : 0;
  } finally {
    git(["worktree", "remove", "--force", worktree]);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`[upgrade:snapshot] ${(err as Error).stack ?? err}\n`);
      process.exit(1);
    },
  );
}
