/**
 * Security defaults shared by every pod Stackwerk writes: they satisfy Pod Security
 * `restricted` (non-root, no privilege escalation, all capabilities dropped, RuntimeDefault
 * seccomp) and add a read-only root filesystem.
 */
import { IConstruct } from "constructs";
import type { PodSecurityContext, SecurityContext } from "kubernetes-types/core/v1";
import { fail } from "../core/errors";

/** The restricted pod security context: non-root as `runAsUser`, RuntimeDefault seccomp. */
export function podSecurityContext(runAsUser: number): PodSecurityContext {
  return {
    runAsNonRoot: true,
    runAsUser,
    runAsGroup: runAsUser,
    fsGroup: runAsUser,
    seccompProfile: { type: "RuntimeDefault" },
  };
}

/** The restricted container security context: no privilege escalation, all capabilities dropped. */
export function containerSecurityContext(options: { readOnlyRootFilesystem: boolean; runAsUser: number }): SecurityContext {
  return {
    allowPrivilegeEscalation: false,
    privileged: false,
    readOnlyRootFilesystem: options.readOnlyRootFilesystem,
    runAsNonRoot: true,
    runAsUser: options.runAsUser,
    capabilities: { drop: ["ALL"] },
    seccompProfile: { type: "RuntimeDefault" },
  };
}

// registry/path:tag or registry/path@sha256:digest (OCI reference grammar, simplified).
const IMAGE =
  /^(?:[a-z0-9.-]+(?::[0-9]+)?\/)?[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?::([\w][\w.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/;

/** Requires an image reference pinned by tag or digest; `latest` is refused. */
export function validateImage(scope: IConstruct, property: string, image: string): string {
  const match = IMAGE.exec(image);
  if (!match) fail(scope, property, `${JSON.stringify(image)} is not a valid image reference. Allowed: registry/name:tag or registry/name@sha256:<digest>`);
  const [, tag, digest] = match;
  if (!tag && !digest)
    fail(scope, property, `${JSON.stringify(image)} has no tag or digest. Allowed: an image pinned by tag (name:1.2.3) or digest (name@sha256:...)`);
  if (tag === "latest" && !digest) fail(scope, property, `${JSON.stringify(image)} uses the moving tag 'latest'. Allowed: a fixed tag or a digest`);
  return image;
}

/** Puts `image` behind a registry mirror host (e.g. `registry.intern.example.de`), keeping path and tag. */
export function withRegistryMirror(image: string, mirror: string | undefined): string {
  if (!mirror) return image;
  const first = image.split("/")[0];
  const hasRegistry = image.includes("/") && (first.includes(".") || first.includes(":") || first === "localhost");
  const path = hasRegistry ? image.slice(first.length + 1) : image.includes("/") ? image : `library/${image}`;
  return `${mirror.replace(/\/+$/, "")}/${path}`;
}
