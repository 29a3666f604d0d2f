/**
 * SOPS encryption of a Kubernetes Secret for Flux's kustomize-controller (which decrypts natively,
 * `spec.decryption.provider: sops`): every value under `data`/`stringData` becomes
 * `ENC[AES256_GCM,data:…,iv:…,tag:…,type:str]` (AES-256-GCM, 32-byte IV, the value's key path
 * `a:b:` as additional data), the data key is age-encrypted to the recipients, and the MAC
 * (SHA-512 over every value in document order, AES-GCM-encrypted with `lastmodified` as additional
 * data) lets the controller detect tampering. Keys are written sorted, which is also the order
 * the controller walks them (it re-marshals the object as JSON before decrypting).
 *
 * Reproducible: the data key, IVs and age randomness are derived from a secret `seed` and the
 * file's identity with HMAC-SHA256, so a re-synth of the same values writes the same bytes (no
 * diff in Git); different plaintext gives a different IV.
 */
import { createCipheriv, createHash, createHmac } from "node:crypto";
import { ageEncrypt, armor, RandomSource } from "./age";

/** Version of the SOPS format written (the metadata layout of SOPS 3.x). */
export const SOPS_VERSION = "3.10.2";

/** Fixed timestamp: SOPS authenticates the MAC with it; a fixed one keeps the output reproducible. */
const LAST_MODIFIED = "2000-01-01T00:00:00Z";

/** Keys whose values are encrypted (SOPS `encrypted_regex`). */
export const ENCRYPTED_REGEX = "^(data|stringData)$";

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

function sortDeep(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortDeep((value as Record<string, Json>)[k])]),
    );
  }
  return value;
}

/** SOPS' text of a plain value for the MAC (Go's ToBytes: booleans as True/False). */
function toBytes(value: Json): Buffer {
  if (typeof value === "boolean") return Buffer.from(value ? "True" : "False");
  if (value === null) return Buffer.alloc(0);
  return Buffer.from(String(value));
}

function encryptValue(value: string, key: Buffer, iv: Buffer, aad: string): string {
  const c = createCipheriv("aes-256-gcm", key, iv, { authTagLength: 16 });
  c.setAAD(Buffer.from(aad));
  const data = Buffer.concat([c.update(value, "utf8"), c.final()]);
  return `ENC[AES256_GCM,data:${data.toString("base64")},iv:${iv.toString("base64")},tag:${c.getAuthTag().toString("base64")},type:str]`;
}

/** What `encryptSecret` needs besides the object. */
export interface SopsOptions {
  /** age recipients (`age1…`) the data key is encrypted to. */
  readonly recipients: readonly string[];
  /** Secret seed the keys and IVs are derived from (at least 32 characters). */
  readonly seed: string;
  /** Identity of the file in the output (its path), so two files never share a data key. */
  readonly fileId: string;
}

/**
 * The SOPS-encrypted form of `object` (a Secret): sorted keys, values under data/stringData
 * encrypted, `sops` metadata added. Only string values are allowed under data/stringData.
 */
export function encryptSecret(object: Record<string, unknown>, options: SopsOptions): Record<string, unknown> {
  const derive = (label: string, length: number): Buffer => {
    const out: Buffer[] = [];
    for (let i = 0; Buffer.concat(out).length < length; i++)
      out.push(createHmac("sha256", options.seed).update(`sops|${options.fileId}|${label}|${i}`).digest());
    return Buffer.concat(out).subarray(0, length);
  };
  const dataKey = derive("data-key", 32);
  const ivFor = (aad: string, plain: string): Buffer => createHmac("sha256", dataKey).update(`${aad}\0${plain}`).digest();
  const mac = createHash("sha512");
  const encrypted = new RegExp(ENCRYPTED_REGEX);

  const walk = (value: Json, path: string[], under: boolean): Json => {
    if (Array.isArray(value)) return value.map((v) => walk(v, path, under));
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, [...path, k], under || encrypted.test(k))]));
    }
    mac.update(toBytes(value));
    if (!under) return value;
    if (typeof value !== "string" || value === "")
      throw new Error(`SOPS: ${path.join(".")}: only non-empty string values can be encrypted. Allowed: a non-empty string`);
    const aad = `${path.join(":")}:`;
    return encryptValue(value, dataKey, ivFor(aad, value), aad);
  };
  const { sops: _drop, ...rest } = object as Record<string, Json>;
  const body = walk(sortDeep(rest as Json), [], false) as Record<string, Json>;
  const digest = mac.digest("hex").toUpperCase();
  const random: RandomSource = (label, length) => derive(`age|${label}`, length);
  return sortDeep({
    ...body,
    sops: {
      age: options.recipients.map((recipient) => ({ recipient, enc: armor(ageEncrypt(dataKey, [recipient], (l, n) => random(`${recipient}|${l}`, n))) })),
      encrypted_regex: ENCRYPTED_REGEX,
      lastmodified: LAST_MODIFIED,
      mac: encryptValue(digest, dataKey, ivFor(LAST_MODIFIED, digest), LAST_MODIFIED),
      version: SOPS_VERSION,
    },
  }) as Record<string, unknown>;
}
