/**
 * Stack folders are where OpenTofu keeps a stack's state (`terraform.tfstate`), provider cache
 * (`.terraform/`) and lock file next to the synthesised `cdk.tf.json`. Synthesis therefore
 * never deletes a stack folder or anything in it that synth did not write: new output is laid
 * over the old folder file by file, and a folder whose stack left the program is reported with
 * the command that destroys it, never removed silently.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** Files OpenTofu (not synth) keeps in a stack folder: the state, the provider cache, the lock file. */
export const TOFU_FILES = ["terraform.tfstate", "terraform.tfstate.backup", ".terraform", ".terraform.lock.hcl"] as const;

/**
 * Moves the synthesised stack folder `src` to `dest`. When `dest` exists, every file of `src`
 * replaces its namesake and everything else in `dest` (state, `.terraform/`, lock file) stays.
 * `src` is gone afterwards.
 */
export function placeStackFolder(src: string, dest: string): void {
  if (!fs.existsSync(dest)) {
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.renameSync(src, dest);
    return;
  }
  layOver(src, dest);
  fs.rmSync(src, { recursive: true, force: true });
}

/** Copies `src` over `dest` entry by entry: files replaced, folders merged, nothing of `dest` deleted. */
function layOver(src: string, dest: string): void {
  for (const entry of fs.readdirSync(src, { withFileTypes: true })) {
    const from = path.join(src, entry.name);
    const to = path.join(dest, entry.name);
    if (entry.isDirectory()) {
      if (fs.existsSync(to) && !fs.statSync(to).isDirectory())
        throw new Error(`synth wants to write the folder ${to}, but a file of that name is there (not written by synth); move it away`);
      fs.mkdirSync(to, { recursive: true });
      layOver(from, to);
    } else {
      if (fs.existsSync(to) && fs.statSync(to).isDirectory())
        throw new Error(`synth wants to write the file ${to}, but a folder of that name is there (not written by synth); move it away`);
      fs.copyFileSync(from, to);
    }
  }
}

/** A stack folder in the output whose stack the program no longer declares. */
export interface OrphanStack {
  /** Stack name (the folder's name). */
  readonly name: string;
  /** The folder. */
  readonly dir: string;
  /** OpenTofu files in it (state, provider cache, lock file): a non-empty list means it may still own resources. */
  readonly tofuFiles: string[];
}

/** Stack folders under `<outdir>/stacks` that are not in `current` (stack names of this synth). */
export function orphanStacks(outdir: string, current: Iterable<string>): OrphanStack[] {
  const stacksDir = path.join(outdir, "stacks");
  if (!fs.existsSync(stacksDir)) return [];
  const known = new Set(current);
  return fs
    .readdirSync(stacksDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !known.has(e.name))
    .map((e) => {
      const dir = path.join(stacksDir, e.name);
      return { name: e.name, dir, tofuFiles: TOFU_FILES.filter((f) => fs.existsSync(path.join(dir, f))) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The report line for an orphan stack: what is there and how to destroy it. */
export function orphanMessage(o: OrphanStack, cwd: string = process.cwd()): string {
  const where = path.relative(cwd, o.dir) || o.dir;
  if (o.tofuFiles.length === 0) return `stack ${o.name} is no longer in the program; its folder ${where} holds no state (delete it when you like)`;
  return (
    `stack ${o.name} is no longer in the program; destroy it with \`stackwerk destroy --stacks ${o.name}\` ` +
    `(uses the configuration left in ${where}), then delete the folder. Kept: ${o.tofuFiles.join(", ")}`
  );
}
