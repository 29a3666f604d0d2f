/**
 * An OpenID Connect client of a realm: a confidential client (a server that keeps a secret:
 * browser login through the authorization code flow, and/or the client-credentials grant
 * through its service account) or a public client (a browser or native app that cannot keep a
 * secret: authorization code flow with PKCE S256 only). Implicit flow and password grant are
 * never enabled; every authorization code flow uses PKCE S256. Tokens carry only the realm roles
 * listed in `tokenRoles` (full scope off).
 */
import { Construct } from "constructs";
import { fail, propNames, requireKnownProps, requireOneOf } from "../../../core/errors";
import type { Stage } from "../../../core/profile";
import type { SecretKeyRef } from "../../../constructs/kube/secret";
import { requireClientId, secretEnvName } from "./names";
import { requireRedirectUri, requireWebOrigin } from "./redirect-uris";
import type { ClientRepresentation, ServiceAccountUserRepresentation } from "./representation";
import { RealmRole } from "./role";
import { envPlaceholder, GENERATED_SECRET_LENGTH, RealmSecretEnv, requireSecretRef } from "./secrets";

/** Who the client is: a server that keeps a secret, or an app that cannot. */
export const CLIENT_ACCESS_TYPES = ["confidential", "public"] as const;
/** One of CLIENT_ACCESS_TYPES. */
export type ClientAccessType = (typeof CLIENT_ACCESS_TYPES)[number];

/** Properties of a realm client. */
export interface RealmClientProps {
  /** OAuth client id. @default the construct id */
  readonly clientId?: string;
  /** `confidential` (has a secret) or `public` (PKCE only). @default "confidential" */
  readonly access?: ClientAccessType;
  /** Where Keycloak may send the browser back after login; enables the authorization code flow. Production: https:// only, no wildcard. @default none (no browser login) */
  readonly redirectUris?: readonly string[];
  /** Allowed CORS origins. @default ["+"] (the redirect URIs' origins) when redirectUris are set, none otherwise */
  readonly webOrigins?: readonly string[];
  /** Enables the client-credentials grant through a service account (confidential clients only). @default false */
  readonly serviceAccount?: boolean;
  /** Realm roles granted to the service account. @default none */
  readonly serviceAccountRoles?: readonly RealmRole[];
  /** Realm roles that may appear in this client's tokens. @default the serviceAccountRoles */
  readonly tokenRoles?: readonly RealmRole[];
  /** The client secret, from a key of an existing Kubernetes Secret (confidential clients). @default generated at deploy time */
  readonly secret?: SecretKeyRef;
  /** Shown in the admin console. @default none */
  readonly description?: string;
}

const REALM_CLIENT_PROPS = propNames<RealmClientProps>()([
  "clientId",
  "access",
  "redirectUris",
  "webOrigins",
  "serviceAccount",
  "serviceAccountRoles",
  "tokenRoles",
  "secret",
  "description",
]);

function roleList(scope: Construct, property: string, value: unknown): readonly RealmRole[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(scope, property, `${JSON.stringify(value)} is not allowed. Allowed: a list of RealmRole from realm.addRole()`);
  value.forEach((role, i) => {
    if (!(role instanceof RealmRole)) fail(scope, `${property}[${i}]`, `${JSON.stringify(role)} is not allowed. Allowed: a RealmRole from realm.addRole()`);
  });
  return value;
}

function stringList(scope: Construct, property: string, value: unknown, check: (p: string, v: unknown) => string): readonly string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(scope, property, `${JSON.stringify(value)} is not allowed. Allowed: a list of strings`);
  return value.map((v, i) => check(`${property}[${i}]`, v));
}

/** A client; create it with `realm.addClient(...)`. */
export class RealmClient extends Construct {
  /** The OAuth client id. */
  readonly clientId: string;
  /** Confidential or public. */
  readonly access: ClientAccessType;
  /** The environment variable that carries the client secret into Keycloak (confidential clients). */
  readonly secretEnv?: RealmSecretEnv;
  /** Roles granted to the service account (empty without one). */
  readonly serviceAccountRoles: readonly RealmRole[];
  /** Roles that may appear in this client's tokens. */
  readonly tokenRoles: readonly RealmRole[];
  private readonly representation: ClientRepresentation;

  constructor(scope: Construct, id: string, props: RealmClientProps & { readonly stage: Stage; readonly realmName: string }) {
    super(scope, id);
    const { stage, realmName, ...userProps } = props;
    requireKnownProps(this, userProps, REALM_CLIENT_PROPS);
    this.clientId = requireClientId(this, "clientId", props.clientId ?? id);
    for (const other of scope.node.children) {
      if (other !== this && other instanceof RealmClient && other.clientId === this.clientId) {
        fail(this, "clientId", `${JSON.stringify(this.clientId)} is already the client id of ${other.node.path}. Allowed: a client id unique in the realm`);
      }
    }
    this.access = requireOneOf(this, "access", props.access ?? "confidential", CLIENT_ACCESS_TYPES);
    const redirectUris = stringList(this, "redirectUris", props.redirectUris, (p, v) => requireRedirectUri(this, p, v, stage));
    const standardFlow = redirectUris.length > 0;
    const webOrigins = stringList(this, "webOrigins", props.webOrigins ?? (standardFlow ? ["+"] : []), (p, v) => requireWebOrigin(this, p, v, stage));
    const serviceAccount = props.serviceAccount ?? false;
    if (typeof serviceAccount !== "boolean") fail(this, "serviceAccount", `${JSON.stringify(serviceAccount)} is not allowed. Allowed: true or false`);
    this.serviceAccountRoles = roleList(this, "serviceAccountRoles", props.serviceAccountRoles);
    this.tokenRoles = roleList(this, "tokenRoles", props.tokenRoles ?? this.serviceAccountRoles);
    if (this.access === "public") {
      if (serviceAccount)
        fail(
          this,
          "serviceAccount",
          'true is not allowed for a public client (it has no secret to authenticate with). Allowed: false, or access: "confidential"',
        );
      if (props.secret !== undefined) fail(this, "secret", 'is not allowed for a public client. Allowed: leave secret unset, or access: "confidential"');
      if (!standardFlow)
        fail(this, "redirectUris", "is required for a public client (its only flow is browser login with PKCE). Allowed: at least one redirect URI");
    }
    if (!standardFlow && !serviceAccount) {
      fail(
        this,
        "redirectUris",
        "and serviceAccount are both unset, so the client could not obtain any token. Allowed: redirect URIs (browser login), serviceAccount: true (client credentials), or both",
      );
    }
    if (this.serviceAccountRoles.length && !serviceAccount)
      fail(this, "serviceAccountRoles", "needs serviceAccount: true. Allowed: set serviceAccount: true, or leave serviceAccountRoles unset");
    if (webOrigins.length && !standardFlow) {
      fail(this, "webOrigins", "needs redirectUris (CORS only matters for browser login). Allowed: leave webOrigins unset, or set redirectUris");
    }

    if (this.access === "confidential") {
      this.secretEnv = {
        name: secretEnvName(realmName, "CLIENT", this.clientId, "SECRET"),
        purpose: `client secret of ${this.clientId} in realm ${realmName}`,
        source:
          props.secret !== undefined
            ? { kind: "secretRef", ref: requireSecretRef(this, "secret", props.secret) }
            : { kind: "generated", length: GENERATED_SECRET_LENGTH },
      };
    }
    this.representation = {
      clientId: this.clientId,
      ...(props.description ? { description: props.description } : {}),
      enabled: true,
      protocol: "openid-connect",
      publicClient: this.access === "public",
      ...(this.secretEnv ? { clientAuthenticatorType: "client-secret" as const, secret: envPlaceholder(this.secretEnv.name) } : {}),
      standardFlowEnabled: standardFlow,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
      serviceAccountsEnabled: serviceAccount,
      frontchannelLogout: true,
      fullScopeAllowed: false,
      redirectUris,
      webOrigins,
      attributes: {
        ...(standardFlow ? { "pkce.code.challenge.method": "S256", "post.logout.redirect.uris": "+" } : {}),
        "oauth2.device.authorization.grant.enabled": "false",
        "oidc.ciba.grant.enabled": "false",
      },
    };
  }

  /** The client as Keycloak imports it (the secret as an env placeholder). */
  toRepresentation(): ClientRepresentation {
    return this.representation;
  }

  /** The service-account user that carries the service account's role grants, if any. */
  serviceAccountUser(): ServiceAccountUserRepresentation | undefined {
    if (!this.representation.serviceAccountsEnabled) return undefined;
    return {
      username: `service-account-${this.clientId.toLowerCase()}`,
      enabled: true,
      serviceAccountClientId: this.clientId,
      realmRoles: this.serviceAccountRoles.map((r) => r.roleName),
    };
  }
}
