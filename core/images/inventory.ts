/**
 * Which images a synthesised stack pulls: every value of an `image` field anywhere in a stack's
 * JSON (pod specs, the Prometheus and Alertmanager resources) and every image given as a flag
 * value (`--prometheus-config-reloader=<image>`), each classified against the catalogue (by
 * digest, else by repository path and tag, so a mirrored reference is still recognised). Used by
 * `stackwerk list --images` and test/images/catalogue.test.ts; pure (no file access).
 */
import { IMAGE_CATALOGUE, IMAGE_KEYS, type CatalogueImage, type ImageKey } from "./catalogue";
import { parseImageRef } from "./reference";

/** One image reference found in synthesised output, classified. */
export interface FoundImage {
  /** The reference as the pods pull it. */
  readonly ref: string;
  /** The catalogue image it is (also behind a mirror), or undefined (an app image the user gave, or a stray reference). */
  readonly key?: ImageKey;
  /** True when the reference carries a digest. */
  readonly digest: boolean;
}

const FLAG_VALUE = /^--[\w.-]+=(.+)$/;

/** True for a reference that names a registry host and a tag or a digest (so a flag value that is no image is not taken for one). */
function looksLikeImage(value: string): boolean {
  const parsed = parseImageRef(value);
  if (!parsed || (!parsed.tag && !parsed.digest)) return false;
  const first = value.split("/")[0];
  return value.includes("/") && (first.includes(".") || first.includes(":") || first === "localhost");
}

/** Every image reference in `json` (a stack's JSON, a manifest), in document order, each once. */
export function imagesIn(json: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, key: string | undefined): void => {
    if (typeof value === "string") {
      if (key === "image") found.add(value);
      else {
        const flag = FLAG_VALUE.exec(value);
        if (flag && looksLikeImage(flag[1])) found.add(flag[1]);
      }
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, undefined);
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(json, undefined);
  return [...found];
}

/** The catalogue key of `ref` (upstream or mirrored), or undefined. */
export function catalogueKeyOf(ref: string): ImageKey | undefined {
  const parsed = parseImageRef(ref);
  if (!parsed) return undefined;
  for (const key of IMAGE_KEYS) {
    const entry: CatalogueImage = IMAGE_CATALOGUE[key];
    if (entry.digest && parsed.digest === entry.digest) return key;
  }
  // Tag-only entries (and a mirror that re-tagged nothing): the repository's path tail and the tag.
  for (const key of IMAGE_KEYS) {
    const entry: CatalogueImage = IMAGE_CATALOGUE[key];
    const upstreamPath = entry.repository.slice(entry.repository.indexOf("/") + 1);
    if (!entry.digest && parsed.tag === entry.tag && `/${parsed.registry}/${parsed.path}`.endsWith(`/${upstreamPath}`)) return key;
  }
  return undefined;
}

/** `imagesIn(json)`, classified. */
export function classifyImages(json: unknown): FoundImage[] {
  return imagesIn(json).map((ref) => {
    const key = catalogueKeyOf(ref);
    return { ref, ...(key ? { key } : {}), digest: parseImageRef(ref)?.digest !== undefined };
  });
}
