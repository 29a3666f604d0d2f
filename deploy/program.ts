/**
 * A user's program as `stackwerk plan/deploy/destroy/output` see it: the app command
 * (`--app "<command>"`, else `cdktf.json`'s `app`), run once with `CDKTF_OUTDIR`
 * to synthesise, and the stacks the synthesised `manifest.json` lists with the dependencies between
 * them, in apply order (a dependency before its dependants). Stack folders synth no longer
 * writes stay where they are and are reported (deploy/stack-folders.ts).
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { orphanStacks, OrphanStack } from "./stack-folders";

/** One stack of the program. */
export interface ProgramStack {
  /** Stack name (its folder's name), e.g. `amt-infra`. */
  readonly name: string;
  /** Construct path in the program. */
  readonly constructPath: string;
  /** Folder OpenTofu runs in (state, lock file and `.terraform/` live here with the local backend). */
  readonly dir: string;
  /** The synthesised `cdk.tf.json`. */
  readonly file: string;
  /** Names of the stacks this one needs applied first. */
  readonly dependencies: readonly string[];
}

/** A synthesised program. */
export interface Program {
  /** Output folder holding `manifest.json` and `stacks/`. */
  readonly outdir: string;
  /** Every stack in apply order. */
  readonly stacks: readonly ProgramStack[];
  /** Stack folders in the output that the program no longer declares (kept, never deleted). */
  readonly orphans: readonly OrphanStack[];
}

/** Where the program is and how to run it. */
export interface ProgramOptions {
  /** Folder of the program (holding `cdktf.json`). @default process.cwd() */
  readonly cwd?: string;
  /** Command that synthesises the app (as cdktf.json's `app`). @default cdktf.json's `app` */
  readonly app?: string;
  /** Output folder. @default cdktf.json's `output`, else `cdktf.out` */
  readonly outdir?: string;
}

interface AppConfigJson {
  app?: unknown;
  output?: unknown;
}

function readAppConfig(cwd: string): AppConfigJson | undefined {
  const file = path.join(cwd, "cdktf.json");
  if (!fs.existsSync(file)) return undefined;
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as AppConfigJson;
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`);
  }
}

/** The app command and output folder of the program in `options.cwd`. */
export function resolveProgram(options: ProgramOptions = {}): { cwd: string; app: string; outdir: string } {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const config = readAppConfig(cwd);
  const app = options.app ?? config?.app;
  if (typeof app !== "string" || app.trim() === "") {
    throw new Error(
      config
        ? `${path.join(cwd, "cdktf.json")}: "app" is ${JSON.stringify(app)}. Allowed: the command that synthesises your program, e.g. "npx tsx main.ts"`
        : `no cdktf.json in ${cwd} and no --app. Allowed: --app "<command that synthesises your program>" (e.g. --app "npx tsx main.ts"), or a cdktf.json with "app"`,
    );
  }
  const output = options.outdir ?? (typeof config?.output === "string" ? config.output : "cdktf.out");
  return { cwd, app, outdir: path.resolve(cwd, output) };
}

/** Runs the app command with `CDKTF_OUTDIR`; rejects with its output when it fails. */
function runApp(app: string, cwd: string, outdir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(app, { cwd, shell: true, env: { ...process.env, CDKTF_OUTDIR: outdir }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", (err) => reject(new Error(`cannot run the app command ${JSON.stringify(app)}: ${err.message}`)));
    child.on("close", (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(`the app command ${JSON.stringify(app)} failed (${signal ?? `exit code ${code}`}):\n${output.trim().split("\n").slice(-30).join("\n")}`),
        );
    });
  });
}

/** Synthesises the program (runs its app command) and reads its stacks. */
export async function synthProgram(options: ProgramOptions = {}): Promise<Program> {
  const { cwd, app, outdir } = resolveProgram(options);
  const manifest = path.join(outdir, "manifest.json");
  const before = fs.existsSync(manifest) ? fs.statSync(manifest).mtimeMs : undefined;
  await runApp(app, cwd, outdir);
  if (!fs.existsSync(manifest) || fs.statSync(manifest).mtimeMs === before) {
    throw new Error(
      `the app command ${JSON.stringify(app)} wrote no ${manifest}. If the program sets App({ outdir }), give the same folder as cdktf.json's "output" or --out`,
    );
  }
  return readProgram(outdir);
}

/** The stacks of an already synthesised output folder (its `manifest.json`), in apply order. */
export function readProgram(outdir: string): Program {
  const file = path.join(outdir, "manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as {
    stacks?: Record<string, { name: string; constructPath: string; workingDirectory: string; synthesizedStackPath: string; dependencies?: string[] }>;
  };
  const entries = Object.values(manifest.stacks ?? {});
  const byPath = new Map(entries.map((s) => [s.constructPath, s.name]));
  const stacks = entries.map((s) => ({
    name: s.name,
    constructPath: s.constructPath,
    dir: path.join(outdir, s.workingDirectory),
    file: path.join(outdir, s.synthesizedStackPath),
    dependencies: (s.dependencies ?? []).map((p) => {
      const name = byPath.get(p);
      if (!name) throw new Error(`${file}: stack ${s.name} depends on ${p}, which is not a stack of the program`);
      return name;
    }),
  }));
  return {
    outdir,
    stacks: applyOrder(stacks),
    orphans: orphanStacks(
      outdir,
      stacks.map((s) => s.name),
    ),
  };
}

/** `stacks` in apply order: every stack after its dependencies, otherwise in manifest order. */
export function applyOrder<T extends { name: string; dependencies: readonly string[] }>(stacks: readonly T[]): T[] {
  const byName = new Map(stacks.map((s) => [s.name, s]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: T[] = [];
  const visit = (s: T, chain: string[]): void => {
    if (done.has(s.name)) return;
    if (visiting.has(s.name)) throw new Error(`the stacks depend on each other in a cycle: ${[...chain, s.name].join(" -> ")}`);
    visiting.add(s.name);
    for (const d of s.dependencies) {
      const dep = byName.get(d);
      if (dep) visit(dep, [...chain, s.name]);
    }
    visiting.delete(s.name);
    done.add(s.name);
    out.push(s);
  };
  for (const s of stacks) visit(s, []);
  return out;
}

/** A matcher for `--stacks`: comma-separated globs (`*` any text, `?` one character). */
export function stackMatcher(globs: string | undefined): (name: string) => boolean {
  if (globs === undefined) return () => true;
  const patterns = globs
    .split(",")
    .map((g) => g.trim())
    .filter(Boolean)
    .map(
      (g) =>
        new RegExp(
          `^${g
            .replace(/[.+^${}()|[\]\\]/g, "\\$&")
            .replace(/\*/g, ".*")
            .replace(/\?/g, ".")}$`,
        ),
    );
  return (name) => patterns.some((p) => p.test(name));
}
