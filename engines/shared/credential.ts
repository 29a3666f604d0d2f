/**
 * Generated credentials derived from a secret seed (HMAC-SHA256), shared by the engines that have
 * no random provider in state: Pulumi (engines/pulumi/credentials.ts, ADR 0140) and GitOps
 * (engines/gitops, ADR 0370). The same seed and label give the same value on every run.
 */
import { createHmac } from "node:crypto";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** `length` letters and digits derived from `seed` and `label` (uniform: bytes >= 248 are skipped). */
export function deriveCredential(seed: string, label: string, length: number): string {
  let out = "";
  for (let block = 0; out.length < length; block++) {
    const bytes = createHmac("sha256", seed).update(`${label}#${block}`).digest();
    for (const b of bytes) {
      if (b < 248 && out.length < length) out += ALPHABET[b % ALPHABET.length];
    }
  }
  return out;
}

/** The label of generated value `key` of Secret `namespace/name` at rotation `rotation`. */
export function credentialLabel(namespace: string, name: string, key: string, rotation: number): string {
  return `${namespace}/${name}/${key}@${rotation}`;
}
