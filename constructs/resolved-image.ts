/**
 * An image reference checked once on a pattern's walk (issue 22): the pattern checks the image a
 * user gave it (`validateImage`), and the Workload it builds from that image takes it unchecked,
 * while an image given directly to a Workload is still checked there, naming the Workload.
 */
import type { IConstruct } from "constructs";
import { validateImage } from "./security";

const CHECKED_IMAGES = new WeakMap<IConstruct, Set<string>>();

/** `image`, checked by `validateImage` unless `scope` or an enclosing construct already checked the same reference. */
export function resolveImage(scope: IConstruct, property: string, image: string): string {
  if (![...scope.node.scopes].some((c) => CHECKED_IMAGES.get(c)?.has(image))) validateImage(scope, property, image);
  const checked = CHECKED_IMAGES.get(scope) ?? new Set<string>();
  checked.add(image);
  CHECKED_IMAGES.set(scope, checked);
  return image;
}
