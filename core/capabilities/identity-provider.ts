/**
 * The identityProvider capability: an OpenID Connect provider and one client registered with
 * it, as a consumer (Grafana, the AI gateway, an authenticating proxy) sees it. Neither IONOS
 * nor STACKIT offers a managed end-user identity provider, so the IAM pattern (`IdentityStack`)
 * runs Keycloak in the cluster on every target and hands out one `IIdentityProvider` per client
 * (`identity.oidcClient(...)`). Engine- and provider-neutral.
 */
import type { SecretKeyRef } from "../secret-ref";
import type { CapabilityRequest, IConnectable } from "./connectable";

/** What a consumer asks the identity provider for: one OIDC client of its own. */
export interface OidcClientRequest extends CapabilityRequest {
  /** OAuth client id, unique in the realm (a DNS label). */
  readonly clientId: string;
  /** Where the provider may send the browser back after login (production: `https://` only, no wildcard). @default none (no browser login) */
  readonly redirectUris?: readonly string[];
  /** Enables the client-credentials grant (machine-to-machine tokens). @default false */
  readonly serviceAccount?: boolean;
  /**
   * The client secret from a key of an existing Secret in the identity provider's namespace
   * (for consumers in other namespaces, which need the same value in their own Secret).
   * @default generated at deploy time (a Secret in the identity provider's namespace)
   */
  readonly secret?: SecretKeyRef;
  /** Shown in the provider's admin console. @default none */
  readonly description?: string;
}

/**
 * A caller the provider must issue tokens for with an extra audience: access tokens issued to
 * client `callerClientId` carry `audience` in `aud` (a service such as the AI gateway refuses
 * tokens without its own audience). Only the named caller's tokens change: never a realm-wide
 * default.
 */
export interface AudienceGrant {
  /** OAuth client id of the caller (a client of the same realm as this provider). */
  readonly callerClientId: string;
  /** The value the caller's access tokens must carry in `aud` (a client id or a URI, no spaces). */
  readonly audience: string;
  /** Who asks for the grant (a construct path), named in errors. */
  readonly requestedBy: string;
}

/** The OpenID Connect endpoints of a realm. */
export interface OidcEndpoints {
  /** Browser-facing authorization endpoint (the issuer's host). */
  readonly authorization: string;
  /** Token endpoint reachable from inside the cluster (back channel). */
  readonly token: string;
  /** Userinfo endpoint reachable from inside the cluster (back channel). */
  readonly userinfo: string;
  /** JSON Web Key Set reachable from inside the cluster (back channel). */
  readonly jwks: string;
  /** Browser-facing logout endpoint. */
  readonly endSession: string;
}

/**
 * One OIDC client of an identity provider. `connect(workload, idp)` lets the workload reach the
 * provider's back channel (egress from the workload, admission on the provider's side).
 */
export interface IIdentityProvider extends IConnectable {
  /** The issuer (`iss` of every token), e.g. `https://id.example.de/realms/citizens`. */
  readonly issuerUrl: string;
  /** The issuer's discovery document (`<issuer>/.well-known/openid-configuration`). */
  readonly discoveryUrl: string;
  /** The same realm's base URL inside the cluster (back channel, no ingress in between). */
  readonly internalIssuerUrl: string;
  /** Endpoints of the realm. */
  readonly endpoints: OidcEndpoints;
  /** The realm name. */
  readonly realm: string;
  /** OAuth client id. */
  readonly clientId: string;
  /** The client secret (a key of a Secret in `clientSecretNamespace`). */
  readonly clientSecret: SecretKeyRef;
  /** Namespace of the Secret `clientSecret` names (the identity provider's). */
  readonly clientSecretNamespace: string;
  /**
   * Makes the provider put `grant.audience` into the access tokens it issues to
   * `grant.callerClientId`. The IAM pattern renders it as an audience mapper on that one client
   * and fails at synth when the realm has no such client. Absent on a provider that cannot be
   * configured from here (operated elsewhere): a consumer that needs the audience then fails at
   * synth naming the callers, so their audience is configured there and recorded by implementing it.
   */
  grantAudience?(grant: AudienceGrant): void;
}
