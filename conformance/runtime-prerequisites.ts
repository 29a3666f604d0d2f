/**
 * The cluster prerequisites a runtime cluster gets before any cell (issue 27): what a real
 * on-prem cluster's operator installs and no pattern does. Cluster DNS as a pod (ADR 0390), the
 * Gateway implementation Traefik (ADR 0391) and cert-manager's controllers (ADR 0420).
 */
import * as path from "node:path";
import type { RuntimeCertManager } from "../tools/runtime/cert-manager";
import type { BuiltImage } from "../tools/runtime/images";
import type { Kubectl } from "./runtime";
import { startRuntimeCerts } from "./runtime-certs";
import { startDnsPod } from "./runtime-dns";
import { startGatewayController } from "./runtime-gateway";
import type { ImageSubstitution } from "./types";

/** What `startRuntimePrerequisites` started: cert-manager (stop it before the cluster) and the local builds to report. */
export interface RuntimePrerequisites {
  readonly certManager: RuntimeCertManager;
  /** Local builds standing in for cluster prerequisites (reported by every on-prem runtime cell). */
  readonly substitutions: ImageSubstitution[];
}

/** Starts DNS, the Gateway implementation and cert-manager on a runtime cluster, logging each. */
export async function startRuntimePrerequisites(
  kubectl: Kubectl,
  cluster: { readonly kubeconfig: string; readonly stateDir: string; readonly nodeName: string; readonly importImage: (image: BuiltImage) => Promise<void> },
  log: (line: string) => void,
): Promise<RuntimePrerequisites> {
  // Cluster DNS as a kube-system pod, so the patterns' DNS NetworkPolicy admits it (conformance/runtime-dns.ts).
  const dnsIp = await startDnsPod(kubectl, cluster.importImage);
  log(`conformance: cluster DNS pod kube-system/coredns runs on ${cluster.nodeName} at ${dnsIp}`);
  // The zones' Gateway implementation (Traefik), a cluster prerequisite like DNS (conformance/runtime-gateway.ts).
  const gateway = await startGatewayController(kubectl, cluster.importImage);
  log(`conformance: Gateway implementation ${gateway.substitution.local} (for ${gateway.substitution.upstream}) runs as ${gateway.pod}`);
  // cert-manager's controllers as a host process (conformance/runtime-certs.ts, ADR 0420).
  const certManager = await startRuntimeCerts(kubectl, cluster.kubeconfig, path.join(cluster.stateDir, "cert-manager"));
  log(`conformance: ${certManager.description} (pid ${certManager.pid})`);
  return { certManager, substitutions: [gateway.substitution] };
}
