/**
 * The previous release's synthesised stacks (fixtures written by `npm run upgrade:snapshot`) and
 * the current code's synth of the same reference instance, side by side, for the upgrade tests.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { synthPattern, targetByName } from "../../index";
import type { Stage, SynthesizedStack } from "../../index";
import type { TerraformJson } from "../../tools/upgrade/compat";
import { PLACEHOLDERS, SNAPSHOT_STAGES } from "../../tools/upgrade/snapshot";

export const RELEASES_DIR = path.join(__dirname, "releases");
export { SNAPSHOT_STAGES };

interface ProvenanceEntry {
  readonly pattern: string;
  readonly target: string;
  readonly stage: Stage;
  readonly skipped?: string;
  readonly stacks?: ReadonlyArray<{ readonly role: "infra" | "platform"; readonly stack: string; readonly file: string; readonly sha256: string }>;
}

export interface Provenance {
  readonly release: string;
  readonly commit: string;
  readonly patterns: readonly string[];
  readonly targets: readonly string[];
  readonly stages: readonly Stage[];
  readonly entries: readonly ProvenanceEntry[];
}

function semver(tag: string): number[] {
  return tag
    .replace(/^v/, "")
    .split(/[.-]/)
    .slice(0, 3)
    .map((n) => Number(n) || 0);
}

/** The release to upgrade from: STACKWERK_UPGRADE_FROM, else the newest folder under releases/. */
export function previousRelease(): Provenance {
  const tags = fs.readdirSync(RELEASES_DIR).filter((d) => fs.existsSync(path.join(RELEASES_DIR, d, "provenance.json")));
  tags.sort((a, b) => {
    const [x, y] = [semver(a), semver(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
  const tag = process.env.STACKWERK_UPGRADE_FROM || tags[tags.length - 1];
  if (!tag) throw new Error(`no previous release under ${RELEASES_DIR}: run npm run upgrade:snapshot -- <tag>`);
  return JSON.parse(fs.readFileSync(path.join(RELEASES_DIR, tag, "provenance.json"), "utf8")) as Provenance;
}

/** One stack of the old release: its role, name and Terraform JSON. */
export interface OldStack {
  readonly role: "infra" | "platform";
  readonly name: string;
  readonly json: TerraformJson & Record<string, unknown>;
  readonly text: string;
}

/** The old release's stacks for pattern × target × stage, or why there are none. */
export function oldStacks(release: Provenance, pattern: string, target: string, stage: Stage): { stacks: OldStack[] } | { skip: string } {
  if (!release.patterns.includes(pattern))
    return { skip: `pattern ${pattern} did not exist in ${release.release}: nothing to upgrade from (covered from the next release on)` };
  const entry = release.entries.find((e) => e.pattern === pattern && e.target === target && e.stage === stage);
  if (!entry) return { skip: `${release.release} has no ${target} ${stage} synth of ${pattern} (target or stage did not exist)` };
  if (entry.skipped) return { skip: `${release.release}: ${entry.skipped}` };
  return {
    stacks: entry.stacks!.map((s) => {
      const text = fs.readFileSync(path.join(RELEASES_DIR, release.release, s.file), "utf8");
      return { role: s.role, name: s.stack, json: JSON.parse(text), text };
    }),
  };
}

const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** Removes the folders newSynth and materialise made (call in afterAll). */
export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Synthesises the reference instance with the current code into a fresh temp folder. */
export function newSynth(pattern: string, target: string, stage: Stage): Array<SynthesizedStack & { json: TerraformJson & Record<string, unknown> }> {
  const outdir = tempDir("stackwerk-upgrade-new-");
  return synthPattern({ pattern, target: targetByName(target), stage, outdir }).map((s) => ({ ...s, json: JSON.parse(fs.readFileSync(s.file, "utf8")) }));
}

/** Writes an old stack into a fresh folder as `cdk.tf.json`, shaped like a synthesised stack for the tofu helpers. */
export function materialise(stack: OldStack): SynthesizedStack {
  const dir = tempDir(`stackwerk-upgrade-old-${stack.name}-`);
  const file = path.join(dir, "cdk.tf.json");
  fs.writeFileSync(file, stack.text);
  return { name: stack.name, role: stack.role, instance: stack.name, pattern: "", target: "", dir, file };
}

/** Placeholders of machine-dependent values in the fixtures. */
export const PLACEHOLDER_VALUES = Object.values(PLACEHOLDERS);

/** The document without variable defaults: where placeholders are allowed (they are overridden by TF_VAR_*). */
export function withoutVariableDefaults(doc: Record<string, unknown>): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(doc));
  for (const v of Object.values((copy.variable ?? {}) as Record<string, { default?: unknown }>)) delete v.default;
  return copy;
}
