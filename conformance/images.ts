/**
 * The images of a conformance cell for its report (`CellReport.images`): every image its
 * synthesised stacks run, classified against the image catalogue (core/images/inventory.ts), each
 * once. Image substitutions (local stand-ins for upstream images in a runtime run) come with the
 * cell's spec (`CellSpec.imageSubstitutions`) and are reported as given.
 */
import { classifyImages } from "../core/images/inventory";
import type { CellImage } from "./types";

/** Every image the stacks' JSON runs, in stack order, each reference once. */
export function cellImages(stackJsons: readonly unknown[]): CellImage[] {
  const seen = new Set<string>();
  const out: CellImage[] = [];
  for (const json of stackJsons) {
    for (const image of classifyImages(json)) {
      if (seen.has(image.ref)) continue;
      seen.add(image.ref);
      out.push({ ref: image.ref, ...(image.key ? { key: image.key } : {}), pin: image.digest ? "digest" : "tag" });
    }
  }
  return out;
}
