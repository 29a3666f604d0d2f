/**
 * A cluster's identity, read from a kubeconfig on the synthesising machine: the API server URL
 * (normalised: lower-case host, default port written out, no trailing slash) and a hash of the
 * CA it is verified against. Two kubeconfig files for one cluster (a copy, another user's file, a
 * symlink) have the same identity; one file's two contexts for two clusters have two. Namespace
 * ownership and the one owner of cluster-wide add-ons are keyed on it (issue 26), not on the
 * file's path text or a fleet target's name.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import * as yaml from "js-yaml";

/** What a kubeconfig says about one context's cluster. */
export interface KubeconfigCluster {
  /** The API server URL, normalised (`https://10.0.0.1:6443`). */
  readonly server: string;
  /** SHA-256 of the CA certificate(s) (PEM text without whitespace), or undefined without a CA. */
  readonly caSha256?: string;
  /** `identity`: `<server> ca:sha256:<first 16 hex>` (or `ca:none`). */
  readonly identity: string;
}

type Named<T> = { name?: string } & T;
interface KubeconfigDoc {
  "current-context"?: string;
  contexts?: Array<Named<{ context?: { cluster?: string } }>>;
  clusters?: Array<Named<{ cluster?: { server?: string; "certificate-authority-data"?: string; "certificate-authority"?: string } }>>;
}

/** The server URL with a lower-case host, the default port written out and no trailing slash. */
export function normaliseServer(server: string): string {
  try {
    const url = new URL(server);
    const port = url.port || (url.protocol === "http:" ? "80" : "443");
    const pathname = url.pathname.replace(/\/+$/, "");
    return `${url.protocol}//${url.hostname.toLowerCase()}:${port}${pathname}`;
  } catch {
    return server.trim();
  }
}

/**
 * The cluster a kubeconfig's context (default: its current context) points at, or undefined when
 * the file cannot be read or names no such cluster (checked elsewhere; this never throws).
 */
export function readKubeconfigCluster(kubeconfigPath: string, context?: string): KubeconfigCluster | undefined {
  let found: KubeconfigCluster | undefined;
  try {
    const doc = yaml.load(fs.readFileSync(kubeconfigPath, "utf8"), { schema: yaml.CORE_SCHEMA }) as KubeconfigDoc;
    const ctxName = context ?? doc["current-context"];
    const clusterName = doc.contexts?.find((c) => c.name === ctxName)?.context?.cluster;
    const cluster = doc.clusters?.find((c) => c.name === clusterName)?.cluster;
    if (cluster?.server) {
      const pem = cluster["certificate-authority-data"]
        ? Buffer.from(cluster["certificate-authority-data"], "base64").toString("utf8")
        : cluster["certificate-authority"]
          ? fs.readFileSync(path.resolve(path.dirname(kubeconfigPath), cluster["certificate-authority"]), "utf8")
          : undefined;
      const caSha256 = pem ? createHash("sha256").update(pem.replace(/\s+/g, "")).digest("hex") : undefined;
      const server = normaliseServer(cluster.server);
      found = { server, caSha256, identity: `${server} ca:${caSha256 ? `sha256:${caSha256.slice(0, 16)}` : "none"}` };
    }
  } catch {
    found = undefined;
  }
  return found;
}

/**
 * The identity of the cluster `kubeconfigPath` (context `context`) reaches; when the file cannot
 * be read at synth, the path's resolved text and the context stand in (the old key).
 */
export function clusterIdentity(kubeconfigPath: string, context?: string): string {
  return readKubeconfigCluster(kubeconfigPath, context)?.identity ?? `kubeconfig ${path.resolve(kubeconfigPath)}#${context ?? ""}`;
}
