/**
 * The embedded cluster's certificates: cluster, front-proxy and etcd CAs, serving and client
 * certificates, the service-account key and the components' kubeconfigs. Split from index.ts.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CertificateAuthority, createCertificateAuthority, generateKeyPair, IssuedCertificate } from "./pki";
import { kubeconfigYaml } from "./bootstrap";
import { SERVICE_IP } from "./settings";

/** The certificates the components use, as written by `writeClusterPki`. */
export interface Pki {
  caPem: string;
  etcdCaPem: string;
  etcdClient: IssuedCertificate;
  creds: Record<"admin" | "controllerManager" | "scheduler" | "kwok" | "provisioner", IssuedCertificate>;
  ca: CertificateAuthority;
}

/** Writes every certificate and key of cluster `name` into `pkiDir` and the component kubeconfigs into `stateDir`. */
export function writeClusterPki(name: string, server: string, stateDir: string, pkiDir: string): Pki {
  const write = (file: string, text: string) => fs.writeFileSync(path.join(pkiDir, file), text, { mode: 0o600 });
  const ca = createCertificateAuthority(`stackwerk-${name}-ca`);
  write("ca.crt", ca.certPem);
  write("ca.key", ca.keyPem);
  const serving = ca.issue({
    subject: { commonName: "kube-apiserver" },
    hosts: ["127.0.0.1", "localhost", "kubernetes", "kubernetes.default", "kubernetes.default.svc", "kubernetes.default.svc.cluster.local", SERVICE_IP],
    server: true,
  });
  write("apiserver.crt", serving.certPem);
  write("apiserver.key", serving.keyPem);
  for (const c of ["controller-manager", "scheduler"]) {
    const s = ca.issue({ subject: { commonName: `kube-${c}` }, hosts: ["127.0.0.1", "localhost"], server: true });
    write(`${c}-serving.crt`, s.certPem);
    write(`${c}-serving.key`, s.keyPem);
  }
  const frontProxy = createCertificateAuthority(`stackwerk-${name}-front-proxy-ca`);
  write("front-proxy-ca.crt", frontProxy.certPem);
  const proxyClient = frontProxy.issue({ subject: { commonName: "front-proxy-client" }, client: true });
  write("front-proxy-client.crt", proxyClient.certPem);
  write("front-proxy-client.key", proxyClient.keyPem);
  const etcdCa = createCertificateAuthority(`stackwerk-${name}-etcd-ca`);
  write("etcd-ca.crt", etcdCa.certPem);
  const etcdServer = etcdCa.issue({ subject: { commonName: "etcd" }, hosts: ["127.0.0.1", "localhost"], server: true, client: true });
  write("etcd-server.crt", etcdServer.certPem);
  write("etcd-server.key", etcdServer.keyPem);
  const etcdClient = etcdCa.issue({ subject: { commonName: "kube-apiserver-etcd-client" }, client: true });
  write("apiserver-etcd-client.crt", etcdClient.certPem);
  write("apiserver-etcd-client.key", etcdClient.keyPem);
  const sa = generateKeyPair();
  write("sa.key", sa.keyPem);
  write("sa.pub", sa.publicKeyPem);
  const client = (cn: string, o?: string) => ca.issue({ subject: { commonName: cn, organizations: o ? [o] : [] }, client: true });
  const creds = {
    admin: client(`${name}-admin`, "system:masters"),
    controllerManager: client("system:kube-controller-manager"),
    scheduler: client("system:kube-scheduler"),
    kwok: client("stackwerk:kwok"),
    provisioner: client("stackwerk:volume-provisioner"),
  };
  const kc = (file: string, user: string, cred: IssuedCertificate) =>
    fs.writeFileSync(path.join(stateDir, file), kubeconfigYaml(name, server, ca.certPem, user, cred), { mode: 0o600 });
  kc("controller-manager.kubeconfig", "system:kube-controller-manager", creds.controllerManager);
  kc("scheduler.kubeconfig", "system:kube-scheduler", creds.scheduler);
  kc("kwok.kubeconfig", "stackwerk:kwok", creds.kwok);
  return { caPem: ca.certPem, etcdCaPem: etcdCa.certPem, etcdClient, creds, ca };
}
