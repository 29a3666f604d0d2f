/**
 * Certificates for the embedded control plane, generated with Node's `crypto` only (no
 * `openssl` binary needed: a minimal Debian has libssl but not the `openssl` command).
 * Node can sign but not build certificates, so the X.509 structure is DER-encoded here:
 * ECDSA P-256 keys, SHA-256 signatures, the extensions Kubernetes components check
 * (basicConstraints, keyUsage, extKeyUsage, subjectAltName, key identifiers).
 */
import { createHash, createPrivateKey, generateKeyPairSync, KeyObject, randomBytes, sign } from "node:crypto";
import { isIP } from "node:net";

// ---- minimal DER encoder ----------------------------------------------------------------

function len(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  while (n > 0) {
    bytes.unshift(n & 0xff);
    n >>= 8;
  }
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
function tlv(tag: number, value: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), len(value.length), value]);
}
const seq = (...items: Buffer[]) => tlv(0x30, Buffer.concat(items));
const set = (...items: Buffer[]) => tlv(0x31, Buffer.concat(items));
const octets = (b: Buffer) => tlv(0x04, b);
const utf8 = (s: string) => tlv(0x0c, Buffer.from(s, "utf8"));
const bool = (v: boolean) => tlv(0x01, Buffer.from([v ? 0xff : 0]));
const explicit = (n: number, inner: Buffer) => tlv(0xa0 + n, inner);
function integer(b: Buffer): Buffer {
  let i = 0;
  while (i < b.length - 1 && b[i] === 0) i++;
  let v = b.subarray(i);
  if (v[0] & 0x80) v = Buffer.concat([Buffer.from([0]), v]);
  return tlv(0x02, v);
}
function bitString(b: Buffer, unusedBits = 0): Buffer {
  return tlv(0x03, Buffer.concat([Buffer.from([unusedBits]), b]));
}
function oid(dotted: string): Buffer {
  const parts = dotted.split(".").map(Number);
  const out = [40 * parts[0] + parts[1]];
  for (const p of parts.slice(2)) {
    const stack = [p & 0x7f];
    for (let v = p >> 7; v > 0; v >>= 7) stack.unshift(0x80 | (v & 0x7f));
    out.push(...stack);
  }
  return tlv(0x06, Buffer.from(out));
}
function time(d: Date): Buffer {
  const iso = d.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
  const digits = iso.slice(0, 19).replace(/[-T:]/g, "") + "Z"; // YYYYMMDDHHMMSSZ
  return d.getUTCFullYear() < 2050 ? tlv(0x17, Buffer.from(digits.slice(2))) : tlv(0x18, Buffer.from(digits));
}

const OID = {
  ecdsaWithSha256: "1.2.840.10045.4.3.2",
  commonName: "2.5.4.3",
  organization: "2.5.4.10",
  basicConstraints: "2.5.29.19",
  keyUsage: "2.5.29.15",
  extKeyUsage: "2.5.29.37",
  subjectAltName: "2.5.29.17",
  subjectKeyId: "2.5.29.14",
  authorityKeyId: "2.5.29.35",
  serverAuth: "1.3.6.1.5.5.7.3.1",
  clientAuth: "1.3.6.1.5.5.7.3.2",
};

function name(subject: Subject): Buffer {
  const rdns = [...(subject.organizations ?? []).map((o) => set(seq(oid(OID.organization), utf8(o)))), set(seq(oid(OID.commonName), utf8(subject.commonName)))];
  return seq(...rdns);
}
function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return seq(oid(id), ...(critical ? [bool(true)] : []), octets(value));
}
function ipBytes(ip: string): Buffer {
  if (isIP(ip) === 4) return Buffer.from(ip.split(".").map(Number));
  // IPv6: expand "::"
  const [head, tail = ""] = ip.split("::");
  const h = head ? head.split(":") : [];
  const t = tail ? tail.split(":") : [];
  const groups = ip.includes("::") ? [...h, ...Array(8 - h.length - t.length).fill("0"), ...t] : h;
  return Buffer.concat(groups.map((g) => Buffer.from(g.padStart(4, "0"), "hex")));
}
function keyId(spkiDer: Buffer): Buffer {
  // RFC 5280 method 1: SHA-1 of the subjectPublicKey BIT STRING contents. Taking the hash of the
  // whole SPKI is also allowed ("other methods"); it is unique per key, which is what matters.
  return createHash("sha1").update(spkiDer).digest();
}

// ---- public API -------------------------------------------------------------------------

export interface Subject {
  readonly commonName: string;
  /** Kubernetes reads O= as the user's groups. */
  readonly organizations?: readonly string[];
}

export interface CertificateRequest {
  readonly subject: Subject;
  /** DNS names and IP addresses for subjectAltName. */
  readonly hosts?: readonly string[];
  readonly server?: boolean;
  readonly client?: boolean;
  /** Validity in days. @default 3650 */
  readonly days?: number;
}

export interface KeyPair {
  /** PKCS#8 PEM. */
  readonly keyPem: string;
  /** SPKI ("PUBLIC KEY") PEM. */
  readonly publicKeyPem: string;
}

export interface IssuedCertificate extends KeyPair {
  readonly certPem: string;
}

/** The certificate authority of one embedded cluster. */
export interface CertificateAuthority extends IssuedCertificate {
  issue(request: CertificateRequest): IssuedCertificate;
}

export function generateKeyPair(): KeyPair & { privateKey: KeyObject; spkiDer: Buffer } {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  return {
    privateKey,
    keyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    spkiDer: publicKey.export({ type: "spki", format: "der" }),
  };
}

function pem(label: string, der: Buffer): string {
  const b64 = der
    .toString("base64")
    .replace(/(.{64})/g, "$1\n")
    .replace(/\n$/, "");
  return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`;
}

function buildCertificate(opts: {
  subject: Subject;
  issuer: Subject;
  spkiDer: Buffer;
  issuerSpkiDer: Buffer;
  signingKey: KeyObject;
  ca: boolean;
  hosts: readonly string[];
  server: boolean;
  client: boolean;
  days: number;
}): string {
  const notBefore = new Date(Date.now() - 60 * 60 * 1000);
  const notAfter = new Date(Date.now() + opts.days * 24 * 60 * 60 * 1000);
  const serial = randomBytes(16);
  serial[0] &= 0x7f;
  serial[0] |= 0x01;
  const sigAlg = seq(oid(OID.ecdsaWithSha256));

  const extensions: Buffer[] = [];
  if (opts.ca) {
    extensions.push(extension(OID.basicConstraints, true, seq(bool(true))));
    // digitalSignature (bit 0), keyCertSign (bit 5), cRLSign (bit 6): 1000 0110, 1 unused bit
    extensions.push(extension(OID.keyUsage, true, bitString(Buffer.from([0x86]), 1)));
  } else {
    extensions.push(extension(OID.basicConstraints, true, seq()));
    // digitalSignature (bit 0), keyEncipherment (bit 2): 1010 0000, 5 unused bits
    extensions.push(extension(OID.keyUsage, true, bitString(Buffer.from([0xa0]), 5)));
    const ekus = [...(opts.server ? [oid(OID.serverAuth)] : []), ...(opts.client ? [oid(OID.clientAuth)] : [])];
    if (ekus.length > 0) extensions.push(extension(OID.extKeyUsage, false, seq(...ekus)));
  }
  if (opts.hosts.length > 0) {
    const names = opts.hosts.map((h) => (isIP(h) ? tlv(0x87, ipBytes(h)) : tlv(0x82, Buffer.from(h, "ascii"))));
    extensions.push(extension(OID.subjectAltName, false, seq(...names)));
  }
  extensions.push(extension(OID.subjectKeyId, false, octets(keyId(opts.spkiDer))));
  if (!opts.ca) extensions.push(extension(OID.authorityKeyId, false, seq(tlv(0x80, keyId(opts.issuerSpkiDer)))));

  const tbs = seq(
    explicit(0, integer(Buffer.from([2]))),
    integer(serial),
    sigAlg,
    name(opts.issuer),
    seq(time(notBefore), time(notAfter)),
    name(opts.subject),
    opts.spkiDer,
    explicit(3, seq(...extensions)),
  );
  const signature = sign("sha256", tbs, opts.signingKey); // DER-encoded ECDSA (r, s)
  return pem("CERTIFICATE", seq(tbs, sigAlg, bitString(signature)));
}

/** Creates a self-signed CA (10 years) that issues the cluster's serving and client certificates. */
export function createCertificateAuthority(commonName: string): CertificateAuthority {
  const key = generateKeyPair();
  const subject: Subject = { commonName };
  const certPem = buildCertificate({
    subject,
    issuer: subject,
    spkiDer: key.spkiDer,
    issuerSpkiDer: key.spkiDer,
    signingKey: key.privateKey,
    ca: true,
    hosts: [],
    server: false,
    client: false,
    days: 3650,
  });
  return {
    certPem,
    keyPem: key.keyPem,
    publicKeyPem: key.publicKeyPem,
    issue(request: CertificateRequest): IssuedCertificate {
      const leaf = generateKeyPair();
      return {
        keyPem: leaf.keyPem,
        publicKeyPem: leaf.publicKeyPem,
        certPem: buildCertificate({
          subject: request.subject,
          issuer: subject,
          spkiDer: leaf.spkiDer,
          issuerSpkiDer: key.spkiDer,
          signingKey: createPrivateKey(key.keyPem),
          ca: false,
          hosts: request.hosts ?? [],
          server: request.server ?? false,
          client: request.client ?? false,
          days: request.days ?? 3650,
        }),
      };
    },
  };
}
