/**
 * Audience grants: the access tokens a realm issues to one client carry another service's
 * audience in `aud` (the AI gateway refuses tokens without its own). Keycloak adds an audience
 * only through a protocol mapper; the grant becomes an `oidc-audience-mapper` on the caller's
 * client alone — never a realm default client scope, so no other client's tokens are valid at
 * the service. The audience goes into access tokens (and introspection), not ID tokens.
 */
import type { IConstruct } from "constructs";
import type { AudienceGrant } from "../../../core/capabilities/identity-provider";
import { fail, propNames, requireKnownProps } from "../../../core/errors";
import { requireClientId } from "./names";
import type { ProtocolMapperRepresentation } from "./representation";

/** Keycloak's provider id of the audience mapper (AudienceProtocolMapper). */
export const AUDIENCE_MAPPER = "oidc-audience-mapper";

const AUDIENCE = /^[\x21-\x7e]{1,255}$/;
const GRANT_PROPS = propNames<AudienceGrant>()(["callerClientId", "audience", "requestedBy"]);

/** Checks a grant (known props, a valid caller client id, an audience without spaces) and returns it. */
export function requireAudienceGrant(scope: IConstruct, grant: AudienceGrant): AudienceGrant {
  if (typeof grant !== "object" || grant === null)
    fail(scope, "grantAudience", `${JSON.stringify(grant)} is not allowed. Allowed: { callerClientId, audience, requestedBy }`);
  requireKnownProps(scope, grant, GRANT_PROPS, "grantAudience.");
  requireClientId(scope, "grantAudience.callerClientId", grant.callerClientId);
  if (typeof grant.audience !== "string" || !AUDIENCE.test(grant.audience) || grant.audience.includes("${"))
    fail(
      scope,
      "grantAudience.audience",
      `${JSON.stringify(grant.audience)} is not allowed. Allowed: a client id or URI, 1-255 printable characters without spaces or \${`,
    );
  if (typeof grant.requestedBy !== "string" || grant.requestedBy.trim() === "")
    fail(scope, "grantAudience.requestedBy", `${JSON.stringify(grant.requestedBy)} is not allowed. Allowed: who asks (a construct path)`);
  return grant;
}

/**
 * The mapper that puts `audience` into the caller's access tokens: as a client audience when a
 * client of the realm has that id (Keycloak's "Included Client Audience"), else as a custom one.
 */
export function audienceMapper(audience: string, isRealmClient: boolean): ProtocolMapperRepresentation {
  return {
    name: `audience ${audience}`,
    protocol: "openid-connect",
    protocolMapper: AUDIENCE_MAPPER,
    consentRequired: false,
    config: {
      [isRealmClient ? "included.client.audience" : "included.custom.audience"]: audience,
      "access.token.claim": "true",
      "introspection.token.claim": "true",
      "id.token.claim": "false",
      "lightweight.claim": "false",
    },
  };
}
