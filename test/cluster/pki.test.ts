/** The certificates the embedded cluster generates without openssl, checked with Node's X.509 parser. */
import { X509Certificate, createPrivateKey, createPublicKey } from "node:crypto";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createCertificateAuthority } from "../../tools/cluster/pki";

const ca = createCertificateAuthority("test-ca");
const caCert = new X509Certificate(ca.certPem);

test("the CA is self-signed and marked as a CA", () => {
  expect(caCert.ca).toBe(true);
  expect(caCert.subject).toBe("CN=test-ca");
  expect(caCert.verify(caCert.publicKey)).toBe(true);
  expect(caCert.keyUsage).toBeUndefined(); // Node lists extended key usage here; a CA has none
});

test("a serving certificate carries the SANs and verifies against the CA", () => {
  const s = ca.issue({ subject: { commonName: "kube-apiserver" }, hosts: ["127.0.0.1", "localhost", "kubernetes.default.svc", "10.96.0.1"], server: true });
  const cert = new X509Certificate(s.certPem);
  expect(cert.verify(caCert.publicKey)).toBe(true);
  expect(cert.checkIssued(caCert)).toBe(true);
  expect(cert.ca).toBe(false);
  expect(cert.checkIP("127.0.0.1")).toBe("127.0.0.1");
  expect(cert.checkIP("10.96.0.1")).toBe("10.96.0.1");
  expect(cert.checkHost("kubernetes.default.svc")).toBe("kubernetes.default.svc");
  expect(cert.checkHost("example.com")).toBeUndefined();
  expect(cert.keyUsage).toEqual(["1.3.6.1.5.5.7.3.1"]);
  expect(cert.checkPrivateKey(createPrivateKey(s.keyPem))).toBe(true);
});

test("a client certificate carries the user (CN) and groups (O)", () => {
  const c = ca.issue({ subject: { commonName: "admin", organizations: ["system:masters"] }, client: true });
  const cert = new X509Certificate(c.certPem);
  expect(cert.subject.split("\n").sort()).toEqual(["CN=admin", "O=system:masters"]);
  expect(cert.keyUsage).toEqual(["1.3.6.1.5.5.7.3.2"]);
  expect(cert.verify(caCert.publicKey)).toBe(true);
  expect(createPublicKey(c.publicKeyPem).asymmetricKeyType).toBe("ec");
});

const hasOpenssl = (() => {
  try {
    execFileSync("openssl", ["version"]);
    return true;
  } catch {
    return false;
  }
})();

// Cross-check with a second implementation where one exists (the cluster itself does not need it).
(hasOpenssl ? test : test.skip)("openssl verifies the chain (only where openssl is installed)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pki-"));
  try {
    const s = ca.issue({ subject: { commonName: "srv" }, hosts: ["127.0.0.1"], server: true });
    fs.writeFileSync(path.join(dir, "ca.crt"), ca.certPem);
    fs.writeFileSync(path.join(dir, "s.crt"), s.certPem);
    const out = execFileSync("openssl", ["verify", "-purpose", "sslserver", "-CAfile", path.join(dir, "ca.crt"), path.join(dir, "s.crt")]).toString();
    expect(out).toContain(": OK");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
