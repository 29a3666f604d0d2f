/**
 * age v1 encryption to X25519 recipients (https://age-encryption.org/v1), with node:crypto only:
 * X25519 key agreement, HKDF-SHA256, ChaCha20-Poly1305 (header stanza and the STREAM payload),
 * HMAC-SHA256 header MAC, and the ASCII armor SOPS stores in its metadata. Keys use age's Bech32
 * encoding (`age1…` recipients, `AGE-SECRET-KEY-1…` identities). Randomness is injectable so the
 * GitOps engine's output is reproducible from the operator's seed (engines/gitops/sops.ts).
 * Decryption is what Flux's kustomize-controller does (tested against the real controller).
 */
import { createCipheriv, createHmac, createPrivateKey, createPublicKey, diffieHellman, hkdfSync, randomBytes } from "node:crypto";

const CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATORS[i];
  }
  return chk >>> 0;
}

function hrpExpand(hrp: string): number[] {
  return [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31)];
}

function convertBits(data: Uint8Array | readonly number[], from: number, to: number, pad: boolean): number[] {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  const max = (1 << to) - 1;
  for (const value of data) {
    acc = (acc << from) | value;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >> bits) & max);
    }
  }
  if (pad && bits > 0) out.push((acc << (to - bits)) & max);
  else if (!pad && (bits >= from || ((acc << (to - bits)) & max) !== 0)) throw new Error("bech32: invalid padding");
  return out;
}

/** Bech32 (BIP 173, no length limit, as age uses it) of `data` under the lower-case `hrp`. */
export function bech32Encode(hrp: string, data: Uint8Array): string {
  const words = convertBits(data, 8, 5, true);
  const mod = polymod([...hrpExpand(hrp), ...words, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = [0, 1, 2, 3, 4, 5].map((i) => (mod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...words, ...checksum].map((w) => CHARSET[w]).join("")}`;
}

/** Decodes Bech32 text (either case); throws on a bad checksum. */
export function bech32Decode(text: string): { hrp: string; data: Buffer } {
  const lower = text.toLowerCase();
  const sep = lower.lastIndexOf("1");
  if (sep < 1 || lower.length - sep < 7) throw new Error(`bech32: ${JSON.stringify(text.slice(0, 12))}… is not Bech32`);
  const hrp = lower.slice(0, sep);
  const words = [...lower.slice(sep + 1)].map((c) => {
    const w = CHARSET.indexOf(c);
    if (w < 0) throw new Error(`bech32: invalid character ${JSON.stringify(c)}`);
    return w;
  });
  if (polymod([...hrpExpand(hrp), ...words]) !== 1) throw new Error("bech32: bad checksum");
  return { hrp, data: Buffer.from(convertBits(words.slice(0, -6), 5, 8, false)) };
}

const PKCS8_X25519 = Buffer.from("302e020100300506032b656e04220420", "hex");
const SPKI_X25519 = Buffer.from("302a300506032b656e032100", "hex");

function privateKey(raw: Buffer) {
  return createPrivateKey({ key: Buffer.concat([PKCS8_X25519, raw]), format: "der", type: "pkcs8" });
}
function publicKey(raw: Buffer) {
  return createPublicKey({ key: Buffer.concat([SPKI_X25519, raw]), format: "der", type: "spki" });
}
function publicOf(secret: Buffer): Buffer {
  return Buffer.from(createPublicKey(privateKey(secret)).export({ format: "der", type: "spki" })).subarray(SPKI_X25519.length);
}
function x25519(secret: Buffer, peer: Buffer): Buffer {
  return diffieHellman({ privateKey: privateKey(secret), publicKey: publicKey(peer) });
}
function hkdf(ikm: Buffer, salt: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync("sha256", ikm, salt, info, 32));
}
function seal(key: Buffer, nonce: Buffer, plaintext: Buffer): Buffer {
  const c = createCipheriv("chacha20-poly1305", key, nonce, { authTagLength: 16 });
  return Buffer.concat([c.update(plaintext), c.final(), c.getAuthTag()]);
}
const b64raw = (b: Buffer): string => b.toString("base64").replace(/=+$/, "");

/** An age X25519 key pair in age's text encodings. */
export interface AgeIdentity {
  /** `AGE-SECRET-KEY-1…`: what the cluster's decryption Secret holds (`<name>.agekey`). */
  readonly identity: string;
  /** `age1…`: what the GitOps output is encrypted to. */
  readonly recipient: string;
}

/** A new age identity (or the one of the given 32-byte secret). */
export function generateAgeIdentity(secret: Buffer = randomBytes(32)): AgeIdentity {
  return {
    identity: bech32Encode("age-secret-key-", secret).toUpperCase(),
    recipient: bech32Encode("age", publicOf(secret)),
  };
}

/** The 32-byte public key of an `age1…` recipient; throws naming what is allowed. */
export function parseRecipient(recipient: string): Buffer {
  let decoded: { hrp: string; data: Buffer };
  try {
    decoded = bech32Decode(recipient);
  } catch (err) {
    throw new Error(`age recipient ${JSON.stringify(recipient)}: ${(err as Error).message}. Allowed: an X25519 recipient like age1… (stackwerk gitops keygen)`);
  }
  if (decoded.hrp !== "age" || decoded.data.length !== 32)
    throw new Error(`age recipient ${JSON.stringify(recipient)}: not an X25519 recipient. Allowed: age1… with a 32-byte key`);
  return decoded.data;
}

/** Where age takes its random bytes from (file key, ephemeral key, payload nonce). */
export type RandomSource = (label: string, length: number) => Buffer;

const SYSTEM_RANDOM: RandomSource = (_label, length) => randomBytes(length);

/** Encrypts `plaintext` to the recipients; returns the binary age file. */
export function ageEncrypt(plaintext: Buffer, recipients: readonly string[], random: RandomSource = SYSTEM_RANDOM): Buffer {
  if (recipients.length === 0) throw new Error("age: at least one recipient is required");
  const fileKey = random("file-key", 16);
  let header = "age-encryption.org/v1\n";
  recipients.forEach((r, i) => {
    const pub = parseRecipient(r);
    const ephemeral = random(`ephemeral-${i}`, 32);
    const share = publicOf(ephemeral);
    const wrapKey = hkdf(x25519(ephemeral, pub), Buffer.concat([share, pub]), "age-encryption.org/v1/X25519");
    const body = b64raw(seal(wrapKey, Buffer.alloc(12), fileKey));
    header += `-> X25519 ${b64raw(share)}\n${body}\n`;
  });
  header += "---";
  const mac = createHmac("sha256", hkdf(fileKey, Buffer.alloc(0), "header"))
    .update(header)
    .digest();
  header += ` ${b64raw(mac)}\n`;
  const nonce = random("payload-nonce", 16);
  const payloadKey = hkdf(fileKey, nonce, "payload");
  const CHUNK = 64 * 1024;
  const chunks: Buffer[] = [];
  const count = Math.max(1, Math.ceil(plaintext.length / CHUNK));
  for (let i = 0; i < count; i++) {
    const n = Buffer.alloc(12);
    n.writeUIntBE(i, 5, 6);
    if (i === count - 1) n[11] = 1;
    chunks.push(seal(payloadKey, n, plaintext.subarray(i * CHUNK, (i + 1) * CHUNK)));
  }
  return Buffer.concat([Buffer.from(header), nonce, ...chunks]);
}

/** age's ASCII armor (PEM-like, 64 columns), the form SOPS keeps in `sops.age[].enc`. */
export function armor(file: Buffer): string {
  const lines = file.toString("base64").match(/.{1,64}/g) ?? [];
  return `-----BEGIN AGE ENCRYPTED FILE-----\n${lines.join("\n")}\n-----END AGE ENCRYPTED FILE-----\n`;
}
