/**
 * The air-gap image map (ADR 0350): a target's `images` prop maps the catalogue's upstream images
 * to an internal registry, per image (`overrides`, by catalogue key or upstream repository) and/or
 * by registry prefix (`prefixes`, longest match wins; the path, tag and digest are kept). The
 * older `registryMirror` prop stays: it puts every image behind one host and applies where no
 * prefix matched. `ImageResolver` validates the map once, at the target's construction, with errors
 * naming the property and what is allowed, and answers every image question of patterns and
 * targets; the map is applied while the model is built, so every engine renders the same objects.
 */
import { fail, nearestName, requireKnownProps } from "../errors";
import { catalogueImage, catalogueRef, IMAGE_CATALOGUE, IMAGE_KEYS, type ImageKey } from "./catalogue";
import { formatImageRef, isRegistryPrefix, parseImageRef, repositoryOf, type ImageReference } from "./reference";

/** Where a target pulls images from, for air-gapped data centres (`targets.onprem({ images })`). */
export interface ImageMap {
  /**
   * Registry-prefix rewrites: an upstream prefix (a registry host, optionally with the start of a
   * repository path, matched at `/` boundaries) → the mirror prefix that replaces it. The rest of
   * the path, the tag and the digest are kept, e.g. `{ "docker.io": "harbor.rz.example.de/dockerhub" }`
   * turns `docker.io/library/postgres:17.2-alpine3.21@sha256:7e5d…` into
   * `harbor.rz.example.de/dockerhub/library/postgres:17.2-alpine3.21@sha256:7e5d…`. Applies to
   * every image (also the app images a user gives). The longest matching prefix wins.
   * @default no rewrite
   */
  readonly prefixes?: Readonly<Record<string, string>>;
  /**
   * Per catalogue image (by key such as `keycloak`, or by upstream repository such as
   * `quay.io/keycloak/keycloak`): where the mirror has it. A repository alone keeps the
   * catalogue's tag and digest (`harbor.rz.example.de/iam/keycloak`); a reference with a digest
   * is used as written (a rebuilt image). A tag without a digest is refused where the catalogue
   * pins a digest. Wins over `prefixes`.
   * @default none
   */
  readonly overrides?: Readonly<Record<string, string>>;
}

/** One catalogue image as a target pulls it. */
export interface ResolvedImage {
  /** Catalogue key. */
  readonly key: ImageKey;
  /** The catalogue's upstream reference. */
  readonly upstream: string;
  /** What the target's pods pull after the image map. */
  readonly resolved: string;
  /** How it was mapped: `upstream` (as in the catalogue), `prefix`, `override` or `registryMirror`. */
  readonly via: "upstream" | "prefix" | "override" | "registryMirror";
}

/** What a target was configured with. */
export interface ImageResolverOptions {
  /** One host every image is pulled through (the path is kept); applies where no prefix matched. @default none */
  readonly registryMirror?: string;
  /** The air-gap image map. @default none */
  readonly images?: ImageMap;
}

/** Catalogue keys by upstream repository. */
const KEY_BY_REPOSITORY: ReadonlyMap<string, ImageKey> = new Map(IMAGE_KEYS.map((key) => [IMAGE_CATALOGUE[key].repository, key]));

/** Validates a target's image map and resolves every image reference through it. */
export class ImageResolver {
  /** No map and no mirror: every image as the catalogue (or the user) wrote it. */
  static readonly UPSTREAM = new ImageResolver("images", {});

  private readonly prefixes: ReadonlyArray<readonly [string, string]>;
  private readonly overrides: ReadonlyMap<ImageKey, string>;
  private readonly mirror?: string;

  /** `where` names the target in errors, e.g. `targets.onprem`. */
  constructor(where: string, options: ImageResolverOptions) {
    if (options.registryMirror !== undefined) {
      if (typeof options.registryMirror !== "string" || !isRegistryPrefix(options.registryMirror.replace(/\/+$/, "")))
        fail(
          where,
          "registryMirror",
          `${JSON.stringify(options.registryMirror)} is not a registry host. Allowed: a host with optional port and path, e.g. registry.intern.example.de or harbor.example.de:5000/mirror`,
        );
      this.mirror = options.registryMirror.replace(/\/+$/, "");
    }
    const map = options.images;
    if (map !== undefined && (typeof map !== "object" || map === null || Array.isArray(map)))
      fail(
        where,
        "images",
        `must be an object. Allowed: { prefixes?: { "<upstream prefix>": "<mirror prefix>" }, overrides?: { "<catalogue key or upstream repository>": "<mirror reference>" } }`,
      );
    requireKnownProps(where, map ?? {}, ["prefixes", "overrides"], "images.");
    this.prefixes = validatePrefixes(where, map?.prefixes);
    this.overrides = validateOverrides(where, map?.overrides);
  }

  /** The reference pods pull for catalogue image `key`; `override` is an operator's explicit image prop (e.g. `postgresImage`), which only the prefixes rewrite. */
  ref(key: ImageKey, override?: string): string {
    if (override !== undefined) return this.rewrite(override);
    return this.resolve(key).resolved;
  }

  /** Rewrites any image reference (an app image, an explicit image prop) by the prefixes or the registry mirror; unchanged when none applies. */
  rewrite(ref: string): string {
    return this.rewriteWithVia(ref).ref;
  }

  /** Catalogue image `key` through the map, with how it was mapped. */
  resolve(key: ImageKey): ResolvedImage {
    const upstream = catalogueRef(key);
    const override = this.overrides.get(key);
    if (override !== undefined) return { key, upstream, resolved: override, via: "override" };
    const { ref, via } = this.rewriteWithVia(upstream);
    return { key, upstream, resolved: ref, via };
  }

  /** Every catalogue image through the map (for `stackwerk list --images` and reports). */
  all(): ResolvedImage[] {
    return IMAGE_KEYS.map((key) => this.resolve(key));
  }

  private rewriteWithVia(ref: string): { ref: string; via: ResolvedImage["via"] } {
    if (this.prefixes.length === 0 && this.mirror === undefined) return { ref, via: "upstream" };
    const parsed = parseImageRef(ref);
    if (!parsed) return { ref, via: "upstream" };
    const repository = repositoryOf(parsed);
    for (const [from, to] of this.prefixes) {
      if (repository === from || repository.startsWith(`${from}/`)) return { ref: `${to}${repository.slice(from.length)}${suffix(parsed)}`, via: "prefix" };
    }
    if (this.mirror !== undefined) return { ref: `${this.mirror}/${parsed.path}${suffix(parsed)}`, via: "registryMirror" };
    return { ref, via: "upstream" };
  }
}

/** `:tag@digest` of a parsed reference. */
function suffix(ref: ImageReference): string {
  return `${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
}

/** Validated prefix rewrites, longest upstream prefix first. */
function validatePrefixes(where: string, prefixes: unknown): Array<readonly [string, string]> {
  if (prefixes === undefined) return [];
  if (typeof prefixes !== "object" || prefixes === null || Array.isArray(prefixes))
    fail(where, "images.prefixes", `must be an object of upstream prefix → mirror prefix, e.g. { "docker.io": "harbor.rz.example.de/dockerhub" }`);
  const out: Array<readonly [string, string]> = [];
  for (const [from, to] of Object.entries(prefixes as Record<string, unknown>)) {
    const upstream = from.replace(/\/+$/, "");
    if (!isRegistryPrefix(upstream))
      fail(
        where,
        `images.prefixes["${from}"]`,
        `is not an upstream registry prefix. Allowed: a registry host, optionally with the start of a repository path, no tag or digest, e.g. docker.io, quay.io/prometheus`,
      );
    if (typeof to !== "string" || !isRegistryPrefix(to.replace(/\/+$/, "")))
      fail(
        where,
        `images.prefixes["${from}"]`,
        `${JSON.stringify(to)} is not a mirror prefix. Allowed: a registry host with optional port and path, no scheme, tag or digest, e.g. harbor.rz.example.de/dockerhub`,
      );
    out.push([upstream, to.replace(/\/+$/, "")]);
  }
  return out.sort((a, b) => b[0].length - a[0].length);
}

/** Validated per-image overrides by catalogue key, each a full reference (the catalogue's tag and digest filled in for a bare repository). */
function validateOverrides(where: string, overrides: unknown): Map<ImageKey, string> {
  const out = new Map<ImageKey, string>();
  if (overrides === undefined) return out;
  if (typeof overrides !== "object" || overrides === null || Array.isArray(overrides))
    fail(where, "images.overrides", `must be an object of catalogue key → mirror reference, e.g. { keycloak: "harbor.rz.example.de/iam/keycloak" }`);
  for (const [name, value] of Object.entries(overrides as Record<string, unknown>)) {
    const property = `images.overrides["${name}"]`;
    const key = (IMAGE_KEYS as readonly string[]).includes(name) ? (name as ImageKey) : KEY_BY_REPOSITORY.get(name);
    if (key === undefined) {
      const near = nearestName(name, IMAGE_KEYS);
      fail(
        where,
        property,
        `is not a catalogue image${near ? ` (did you mean "${near}"?)` : ""}. Allowed: ${IMAGE_KEYS.join(", ")}, or an upstream repository of the catalogue such as ${IMAGE_CATALOGUE.keycloak.repository} (stackwerk list --images)`,
      );
    }
    if (out.has(key)) fail(where, property, `maps ${key} a second time (by key and by repository). Allowed: one entry per image`);
    const parsed = typeof value === "string" ? parseImageRef(value) : undefined;
    if (!parsed || typeof value !== "string" || !isRegistryPrefix(value.split("/")[0]))
      fail(
        where,
        property,
        `${JSON.stringify(value)} is not a mirror reference. Allowed: registry/path (keeps the catalogue's tag and digest) or registry/path:tag@sha256:<64 hex>, with the registry host written out`,
      );
    const entry = catalogueImage(key);
    if (parsed.tag === "latest" && !parsed.digest)
      fail(where, property, `${JSON.stringify(value)} uses the moving tag 'latest'. Allowed: a repository alone, or a reference with a digest`);
    if (parsed.tag && !parsed.digest && entry.digest)
      fail(
        where,
        property,
        `${JSON.stringify(value)} has a tag but no digest, so the catalogue's digest pin (${entry.digest.slice(0, 19)}…) would be lost. Allowed: ${repositoryOf(parsed)} (keeps tag ${entry.tag} and the digest) or ${repositoryOf(parsed)}:<tag>@sha256:<digest of your build>`,
      );
    const full: ImageReference = parsed.tag || parsed.digest ? parsed : { ...parsed, tag: entry.tag, ...(entry.digest ? { digest: entry.digest } : {}) };
    out.set(key, formatImageRef(full));
  }
  return out;
}

/** What `imagesOf` reads of a target (structural, so core/target.ts and this file do not import each other). */
export interface ImageSource {
  /** Target name, for errors. */
  readonly name?: string;
  /** The target's resolver, when it has one. */
  readonly imageResolver?: ImageResolver;
  /** The target's registry mirror (used when it has no resolver). */
  readonly registryMirror?: string;
}

const FALLBACK = new WeakMap<object, ImageResolver>();

/** The target's image resolver; a target implementation without one gets a resolver for its `registryMirror`. */
export function imagesOf(target: ImageSource): ImageResolver {
  if (target.imageResolver) return target.imageResolver;
  if (target.registryMirror === undefined) return ImageResolver.UPSTREAM;
  let resolver = FALLBACK.get(target);
  if (!resolver) {
    resolver = new ImageResolver(`target ${target.name ?? "?"}`, { registryMirror: target.registryMirror });
    FALLBACK.set(target, resolver);
  }
  return resolver;
}
