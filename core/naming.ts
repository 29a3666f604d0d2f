/**
 * Names of objects built from user input (instance, client, service names): one rule for how a
 * name that is too long is shortened. A cut name ends in `-` and 8 hex digits of the SHA-256 of
 * the whole name, so two long names that share a prefix stay distinct (a plain `.slice(0, 63)`
 * would give two broker clients one credentials Secret). Names that fit are returned unchanged.
 */
import { createHash } from "node:crypto";

/** Longest Kubernetes object name Stackwerk writes (an RFC 1123 label: Services, Secrets, NetworkPolicies). */
export const KUBERNETES_NAME_MAX = 63;

/** 8 hex digits of the SHA-256 of `text`: a short, stable disambiguator. */
export function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 8);
}

/**
 * `name` when it has at most `max` characters (trailing `-` removed); otherwise its first
 * `max - 9` characters (trailing `-` removed), `-`, and `shortHash(name)`.
 */
export function boundedName(name: string, max: number = KUBERNETES_NAME_MAX): string {
  if (name.length <= max) return name.replace(/-+$/, "");
  return `${name.slice(0, max - 9).replace(/-+$/, "")}-${shortHash(name)}`;
}
