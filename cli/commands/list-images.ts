/**
 * `stackwerk list --images`: every container image each pattern × target runs, with its pin, read
 * from the synthesised stacks (what the pods will pull, not a hand-kept list). Two sources:
 * - the registered patterns' reference instances on the targets' defaults (`--target`, `--stage`):
 *   the upstream references of the image catalogue, the list a mirror admin copies;
 * - the user's own program (`--app "<command>"` or cdktf.json in the current folder): the
 *   references after each target's image map and registry mirror (docs/air-gapped.md).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CliUsageError } from "../command";
import { STAGES, type Stage } from "../../core/profile";
import { catalogueRef, IMAGE_CATALOGUE, IMAGE_KEYS, type CatalogueImage, type ImageKey } from "../../core/images/catalogue";
import { classifyImages, type FoundImage } from "../../core/images/inventory";
import { synthPattern } from "../../engines/cdktf";
import "../../patterns";
import { registeredPatterns } from "../../patterns/registry";
import { targetByName, TARGET_NAMES } from "../../providers";
import { synthProgram } from "../../deploy/program";

/** One image of a cell, as printed. */
export interface ListedImage extends FoundImage {
  /** `digest` or `tag` (a tag-only pin). */
  readonly pin: "digest" | "tag";
  /** Catalogue evidence of the digest, or `user image` for an image the program gave. */
  readonly evidence: string;
  readonly description: string;
}

/** The images of one pattern × target (or one stack of a program). */
export interface ImageCell {
  /** `<pattern>/<target>` or the program's stack name. */
  readonly cell: string;
  readonly images: readonly ListedImage[];
}

/** Adds pin, evidence and description to found images. */
function describeImages(found: readonly FoundImage[]): ListedImage[] {
  return found.map((image) => {
    const entry: CatalogueImage | undefined = image.key ? IMAGE_CATALOGUE[image.key] : undefined;
    return {
      ...image,
      pin: image.digest ? "digest" : "tag",
      evidence: entry ? entry.evidence : "user image",
      description: entry ? entry.description : "an image the program gives (not Stackwerk's)",
    };
  });
}

/** Images of the reference instances of every registered pattern on `targets` at `stage`. */
export function referenceImages(options: { targets: readonly string[]; stage: Stage; progress?: (line: string) => void }): ImageCell[] {
  const patterns = registeredPatterns();
  const cells: ImageCell[] = [];
  const total = patterns.length * options.targets.length;
  for (const pattern of patterns) {
    for (const target of options.targets) {
      options.progress?.(`synth ${pattern.name} on ${target} (${cells.length + 1}/${total})`);
      const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-images-"));
      try {
        const stacks = synthPattern({ pattern: pattern.name, target: targetByName(target), stage: options.stage, outdir });
        cells.push({ cell: `${pattern.name}/${target}`, images: describeImages(unique(stacks.flatMap((s) => classifyImages(readJson(s.file))))) });
      } finally {
        fs.rmSync(outdir, { recursive: true, force: true });
      }
    }
  }
  return cells;
}

/** Images of every stack of the user's program (synthesised with its app command). */
export async function programImages(options: { app?: string; outdir?: string }): Promise<ImageCell[]> {
  const program = await synthProgram({ ...(options.app ? { app: options.app } : {}), ...(options.outdir ? { outdir: options.outdir } : {}) });
  return program.stacks.map((s) => ({ cell: s.name, images: describeImages(unique(classifyImages(readJson(s.file)))) })).filter((c) => c.images.length > 0);
}

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

function unique(images: readonly FoundImage[]): FoundImage[] {
  const seen = new Map<string, FoundImage>();
  for (const image of images) if (!seen.has(image.ref)) seen.set(image.ref, image);
  return [...seen.values()];
}

/** The text table: per cell, one line per image (catalogue key, pin, reference). */
export function formatImageCells(cells: readonly ImageCell[], heading: string): string {
  const out: string[] = [heading];
  for (const cell of cells) {
    out.push(`  ${cell.cell}`);
    for (const image of cell.images) out.push(`    ${(image.key ?? "(app)").padEnd(26)} ${image.pin.padEnd(6)} ${image.ref}`);
  }
  const refs = new Set(cells.flatMap((c) => c.images.map((i) => i.ref)));
  const tagOnly = new Set(cells.flatMap((c) => c.images.filter((i) => i.pin === "tag" && i.key).map((i) => i.ref)));
  out.push(
    "",
    `${refs.size} distinct image(s); ${tagOnly.size} catalogue image(s) pinned by tag only${tagOnly.size ? ` (no published digest: ${[...tagOnly].join(", ")})` : ""}.`,
  );
  return out.join("\n") + "\n";
}

/** Validated `--target` / `--stage` of `list --images`. */
export function imageListOptions(flags: Record<string, string | boolean>): { targets: readonly string[]; stage: Stage } {
  const target = flags.target;
  if (target !== undefined && (typeof target !== "string" || !(TARGET_NAMES as readonly string[]).includes(target)))
    throw new CliUsageError(`--target: ${JSON.stringify(target)} is not allowed. Allowed: ${TARGET_NAMES.join(", ")}`);
  const stage = flags.stage ?? "production";
  if (typeof stage !== "string" || !(STAGES as readonly string[]).includes(stage))
    throw new CliUsageError(`--stage: ${JSON.stringify(stage)} is not allowed. Allowed: ${STAGES.join(", ")}`);
  return { targets: target ? [target] : TARGET_NAMES, stage: stage as Stage };
}

/** Catalogue images none of `cells` runs (e.g. Kafka, the CPU model server: options the reference instances do not use). */
export function otherCatalogueImages(cells: readonly ImageCell[]): Array<{ key: ImageKey; ref: string; pin: "digest" | "tag"; description: string }> {
  const used = new Set(cells.flatMap((c) => c.images.flatMap((i) => (i.key ? [i.key] : []))));
  return IMAGE_KEYS.filter((key) => !used.has(key)).map((key) => {
    const entry: CatalogueImage = IMAGE_CATALOGUE[key];
    return { key, ref: catalogueRef(key), pin: entry.digest ? "digest" : "tag", description: entry.description };
  });
}
