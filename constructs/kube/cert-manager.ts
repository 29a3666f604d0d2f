/**
 * cert-manager certificates for in-cluster TLS (service-to-service, not Ingress): a
 * `Certificate` object issued by a cluster-wide CA issuer the operator runs (a cert-manager
 * `ClusterIssuer` of type CA or Vault; ACME issuers cannot sign `*.svc.cluster.local` names), and
 * cert-manager's `Certificate` CRD (v1.16.2, vendored verbatim with provenance), which the
 * embedded cluster carries as a cluster with cert-manager does (cert-manager itself is a
 * prerequisite of the cluster, like the issuer: no pattern installs it). The Secret each Certificate names (`ca.crt`, `tls.crt`, `tls.key`) is written by
 * cert-manager's controller, never by Stackwerk: no key passes through synth output or state.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as yaml from "js-yaml";
import { Construct } from "constructs";
import { requireDnsLabel } from "../../core/errors";
import { checkOnce } from "../../core/checked-once";
import { MANAGED_BY } from "./labels";
import { KubeManifest } from "./manifest";
import type { KubeObject } from "./types";

/** cert-manager release the vendored CRD comes from. */
export const CERT_MANAGER_VERSION = "v1.16.2";

/** Default ClusterIssuer of in-cluster service certificates (a CA issuer the operator runs). */
export const DEFAULT_INTERNAL_ISSUER = "stackwerk-internal-ca";

/** Folder of the vendored cert-manager files (next to this file, or in the source tree for the compiled package). */
export function certManagerVendorDir(): string {
  const candidates = [path.join(__dirname, "vendor", "cert-manager"), path.join(__dirname, "..", "..", "..", "constructs", "kube", "vendor", "cert-manager")];
  const found = candidates.find((c) => fs.existsSync(path.join(c, "provenance.json")));
  if (!found) throw new Error(`cert-manager vendor files not found (looked in ${candidates.join(", ")})`);
  return found;
}

/**
 * cert-manager's `Certificate` CRD with the labels of cert-manager's static manifests (the
 * vendored file is its Helm source, whose templates sit in comments and three label values).
 */
export function certificateCrd(): KubeObject {
  const doc = yaml.load(fs.readFileSync(path.join(certManagerVendorDir(), "crd-certificates.yaml"), "utf8")) as KubeObject;
  return {
    ...doc,
    metadata: {
      name: doc.metadata.name,
      labels: { app: "cert-manager", "app.kubernetes.io/name": "cert-manager", "app.kubernetes.io/instance": "cert-manager", ...MANAGED_BY },
    },
  };
}

/** Props of a service certificate. */
export interface ServiceCertificateProps {
  readonly namespace: string;
  /** Name of the Certificate and of the Secret cert-manager writes (`ca.crt`, `tls.crt`, `tls.key`). */
  readonly name: string;
  /** ClusterIssuer that signs it. */
  readonly issuer: string;
  /** Subject common name (a client's identity, or the service's host). */
  readonly commonName: string;
  /** DNS names of a server certificate. @default none (a client certificate) */
  readonly dnsNames?: readonly string[];
  /** Also usable to authenticate as a client (brokers talking to each other). @default true for client certificates, false for server certificates */
  readonly clientAuth?: boolean;
}

/**
 * A cert-manager `Certificate`: ECDSA P-256 in PKCS#8 (what Kafka's PEM key store reads), a new
 * key at every renewal, 90 days valid, renewed 30 days before expiry.
 */
export class ServiceCertificate extends KubeManifest {
  /** The Secret cert-manager writes. */
  readonly secretName: string;

  constructor(scope: Construct, id: string, props: ServiceCertificateProps) {
    const server = (props.dnsNames?.length ?? 0) > 0;
    const clientAuth = props.clientAuth ?? !server;
    super(scope, id, {
      object: {
        apiVersion: "cert-manager.io/v1",
        kind: "Certificate",
        metadata: { name: props.name, namespace: props.namespace, labels: { ...MANAGED_BY } },
        spec: {
          secretName: props.name,
          secretTemplate: { labels: { ...MANAGED_BY } },
          commonName: props.commonName,
          ...(server ? { dnsNames: [...props.dnsNames!] } : {}),
          usages: ["digital signature", ...(server ? ["server auth"] : []), ...(clientAuth ? ["client auth"] : [])],
          duration: "2160h",
          renewBefore: "720h",
          privateKey: { algorithm: "ECDSA", size: 256, encoding: "PKCS8", rotationPolicy: "Always" },
          issuerRef: {
            group: "cert-manager.io",
            kind: "ClusterIssuer",
            name: checkOnce(scope, "issuer", props.issuer, (issuer) => requireDnsLabel(scope, "issuer", issuer)),
          },
        },
      },
    });
    this.secretName = props.name;
  }
}
