/**
 * Container image references (the OCI distribution grammar, simplified): parsing into registry,
 * path, tag and digest with Docker's defaults made explicit (`nginx:1.27` is
 * `docker.io/library/nginx:1.27`), and formatting back.
 */

/** An image reference taken apart. */
export interface ImageReference {
  /** Registry host (with port), e.g. `quay.io`, `registry.intern.example.de:5000`; `docker.io` when the reference names none. */
  readonly registry: string;
  /** Repository path inside the registry, e.g. `keycloak/keycloak`, `library/postgres`. */
  readonly path: string;
  readonly tag?: string;
  /** `sha256:<64 hex>`. */
  readonly digest?: string;
}

const COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
const HOST = "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*(?::[0-9]+)?";
const REFERENCE = new RegExp(`^(?:(${HOST})/)?(${COMPONENT}(?:/${COMPONENT})*)(?::([\\w][\\w.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$`);
/** A registry prefix: a host (with port) and optionally the start of a repository path, no tag or digest. */
const PREFIX = new RegExp(`^${HOST}(?:/${COMPONENT})*$`);

/** True when the first path component of a reference names a registry host (Docker's rule). */
function isRegistryHost(component: string): boolean {
  return component.includes(".") || component.includes(":") || component === "localhost";
}

/** Parses `ref`; undefined when it is not a valid image reference. */
export function parseImageRef(ref: string): ImageReference | undefined {
  const match = REFERENCE.exec(ref);
  if (!match) return undefined;
  const [, host, rest, tag, digest] = match;
  // "foo/bar" without a host-like first component is a Docker Hub path, not a registry.
  if (host !== undefined && !isRegistryHost(host)) {
    const again = REFERENCE.exec(`docker.io/${ref}`);
    if (!again) return undefined;
    return { registry: "docker.io", path: again[2], tag: again[3], digest: again[4] };
  }
  const registry = host ?? "docker.io";
  const path = registry === "docker.io" && !rest.includes("/") ? `library/${rest}` : rest;
  return { registry, path, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

/** `registry/path` of a parsed reference, e.g. `docker.io/library/postgres`. */
export function repositoryOf(ref: ImageReference): string {
  return `${ref.registry}/${ref.path}`;
}

/** Formats a reference: `registry/path[:tag][@digest]`. */
export function formatImageRef(ref: ImageReference): string {
  return `${repositoryOf(ref)}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
}

/** True for a registry prefix such as `harbor.example.de`, `harbor.example.de:5000/dockerhub` (no scheme, tag or digest). */
export function isRegistryPrefix(prefix: string): boolean {
  return PREFIX.test(prefix) && isRegistryHost(prefix.split("/")[0]);
}
