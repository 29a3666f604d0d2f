/**
 * cert-manager as a cluster prerequisite of `conformance --runtime` (issue 27, ADR 0420), started
 * from runner.ts next to the cluster DNS pod: cert-manager v1.21.2's controllers as a host process
 * (tools/runtime/cert-manager.ts) with two CA ClusterIssuers of one CA made for the run:
 *
 * - `stackwerk-internal-ca`, the in-cluster service certificates' default issuer (the event bus's
 *   broker and client certificates);
 * - `letsencrypt`, the zones' default issuer for public hosts: ACME cannot run offline, so here it
 *   is a local CA issuer with that name (a substitution the runtime record states).
 *
 * gateway-shim runs when the cluster has the Gateway API CRDs, so Gateway HTTPS listeners get
 * their Secrets.
 */
import { DEFAULT_INTERNAL_ISSUER } from "../constructs/kube/cert-manager";
import { startRuntimeCertManager, type RuntimeCertManager } from "../tools/runtime/cert-manager";
import type { Kubectl } from "./runtime";

/** The zones' default ClusterIssuer for public hosts (an ACME issuer on a real cluster; a CA issuer here). */
export const RUNTIME_PUBLIC_ISSUER = "letsencrypt";

/** Starts cert-manager on a runtime cluster; `stop()` it before the cluster. */
export async function startRuntimeCerts(kubectl: Kubectl, kubeconfig: string, stateDir: string): Promise<RuntimeCertManager> {
  const gateway = await kubectl(["get", "crd", "gateways.gateway.networking.k8s.io", "-o", "name"], { check: false });
  return startRuntimeCertManager(kubectl, kubeconfig, stateDir, {
    issuers: [DEFAULT_INTERNAL_ISSUER, RUNTIME_PUBLIC_ISSUER],
    gatewayApi: gateway.code === 0 && gateway.stdout.trim() !== "",
  });
}
