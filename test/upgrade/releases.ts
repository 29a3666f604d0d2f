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
import { PLACEHOLDERS, SNAPSHOT_STAGES, STACK_ROLES } from "../../tools/upgrade/snapshot";

/** Role of a stack in a release's synth. */
export type StackRole = (typeof STACK_ROLES)[number];

export const RELEASES_DIR = path.join(__dirname, "releases");
export { SNAPSHOT_STAGES };

interface ProvenanceEntry {
  readonly pattern: string;
  readonly target: string;
  readonly stage: Stage;
  readonly skipped?: string;
  readonly stacks?: ReadonlyArray<{ readonly role: StackRole; readonly stack: string; readonly file: string; readonly sha256: string }>;
}

export interface Provenance {
  readonly release: string;
  readonly commit: string;
  readonly patterns: readonly string[];
  readonly targets: readonly string[];
  readonly stages: readonly Stage[];
  readonly entries: readonly ProvenanceEntry[];
}

/** Orders release tags by semantic version; a pre-release (`v1.0.0-rc.1`) before its release. */
export function compareTags(a: string, b: string): number {
  const parse = (tag: string) => {
    const [core, pre] = tag.replace(/^v/, "").split(/-(.*)/s);
    return { nums: core.split(".").map((n) => Number(n) || 0), pre };
  };
  const [x, y] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) if ((x.nums[i] ?? 0) !== (y.nums[i] ?? 0)) return (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  return x.pre < y.pre ? -1 : 1;
}

/** Tags with fixtures under `dir` (a folder holding provenance.json), oldest first. */
export function releaseTags(dir: string = RELEASES_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((d) => fs.existsSync(path.join(dir, d, "provenance.json")))
    .sort(compareTags);
}

function readProvenance(tag: string, dir: string): Provenance {
  const file = path.join(dir, tag, "provenance.json");
  if (!fs.existsSync(file))
    throw new Error(`no fixtures for ${tag} under ${dir} (have: ${releaseTags(dir).join(", ") || "none"}): run npm run upgrade:snapshot -- ${tag}`);
  return JSON.parse(fs.readFileSync(file, "utf8")) as Provenance;
}

/**
 * Every release the upgrade tests start from, oldest first: each folder under releases/ (a new
 * release's folder, written by `npm run upgrade:snapshot -- <tag>`, is picked up without a code
 * change). `STACKWERK_UPGRADE_FROM=<tag>[,<tag>…]` limits the run to those.
 */
export function upgradeReleases(dir: string = RELEASES_DIR, only: string | undefined = process.env.STACKWERK_UPGRADE_FROM): Provenance[] {
  const tags = only
    ? only
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean)
    : releaseTags(dir);
  if (tags.length === 0) throw new Error(`no previous release under ${dir}: run npm run upgrade:snapshot -- <tag>`);
  return tags.sort(compareTags).map((tag) => readProvenance(tag, dir));
}

/**
 * The stages the on-prem upgrade test applies (ADR 0455). By default only `production`: every
 * release's test-stage stacks hold the same addresses as its production stacks, less the
 * production-only objects (PodDisruptionBudgets), once the stage name and content hashes are
 * normalised (`stageAddresses`; `stages.test.ts` enforces it for every release and the current
 * code), so a production upgrade plans every kind of change a test-stage upgrade would; the stages
 * differ in values (replicas, sizes), not in addresses. `STACKWERK_UPGRADE_STAGES=all` (or a
 * list, e.g. `test`) runs the others too.
 */
export function upgradeStages(only: string | undefined = process.env.STACKWERK_UPGRADE_STAGES): Stage[] {
  if (!only) return ["production"];
  if (only.trim() === "all") return [...SNAPSHOT_STAGES];
  const wanted = only
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = wanted.filter((s) => !(SNAPSHOT_STAGES as readonly string[]).includes(s));
  if (unknown.length > 0 || wanted.length === 0)
    throw new Error(`STACKWERK_UPGRADE_STAGES: unknown stage(s) ${unknown.join(", ") || "(none given)"}; allowed: all, ${SNAPSHOT_STAGES.join(", ")}`);
  return SNAPSHOT_STAGES.filter((s) => wanted.includes(s));
}

/**
 * A stack's resource addresses with its stage's name replaced by `<stage>` and content hashes
 * (a `-` and 8 hex digits, e.g. a realm sync Job's) by `<hash>`: what two stages' stacks share.
 */
export function stageAddresses(json: { resource?: Record<string, Record<string, unknown>> }, stage: string): Set<string> {
  const out = new Set<string>();
  for (const [type, byName] of Object.entries(json.resource ?? {}))
    for (const name of Object.keys(byName))
      out.add(
        `${type}.${name}`
          .split(stage)
          .join("<stage>")
          .replace(/-[0-9a-f]{8}(?=-|$)/g, "-<hash>"),
      );
  return out;
}

/** The newest release the upgrade tests start from (see `upgradeReleases`). */
export function previousRelease(): Provenance {
  const all = upgradeReleases();
  return all[all.length - 1];
}

/** One stack of the old release: its role, name and Terraform JSON. */
export interface OldStack {
  readonly role: StackRole;
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
