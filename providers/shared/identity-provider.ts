/**
 * The identityProvider line of `stackwerk list`: no target offers a managed end-user identity
 * provider (IONOS and STACKIT have none; on-prem has no cloud), so the IAM pattern runs Keycloak
 * in the cluster everywhere, with its database from the target's postgres capability.
 */
import type { CapabilityInfo } from "../../core/target";

/** `identityProvider` as in-cluster Keycloak; `why` says why nothing managed is used. */
export function inClusterIdentityProvider(why: string): CapabilityInfo {
  return { capability: "identityProvider", implementation: "in-cluster", detail: `Keycloak in the cluster (IdentityStack; ${why})` };
}
