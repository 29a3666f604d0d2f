/**
 * The subset of Keycloak's admin representations (`org.keycloak.representations.idm.*`) that
 * the realm model writes: the JSON shape `kc.sh start --import-realm` reads from
 * `data/import/*.json`. Field names are Keycloak's own; only fields Stackwerk sets are listed.
 */

/** `RoleRepresentation` (a realm role). */
export interface RoleRepresentation {
  readonly name: string;
  readonly description?: string;
  readonly composite: boolean;
  readonly clientRole: boolean;
}

/** `GroupRepresentation`, with realm roles granted to members and nested groups. */
export interface GroupRepresentation {
  readonly name: string;
  readonly path: string;
  readonly realmRoles: readonly string[];
  readonly subGroups: readonly GroupRepresentation[];
}

/** `ClientRepresentation` of an OpenID Connect client. */
export interface ClientRepresentation {
  readonly clientId: string;
  readonly name?: string;
  readonly description?: string;
  readonly enabled: boolean;
  readonly protocol: "openid-connect";
  readonly publicClient: boolean;
  readonly clientAuthenticatorType?: "client-secret";
  /** An env placeholder (`${VAR}`), never a literal. */
  readonly secret?: string;
  readonly standardFlowEnabled: boolean;
  readonly implicitFlowEnabled: false;
  readonly directAccessGrantsEnabled: false;
  readonly serviceAccountsEnabled: boolean;
  readonly frontchannelLogout: boolean;
  readonly fullScopeAllowed: boolean;
  readonly redirectUris: readonly string[];
  readonly webOrigins: readonly string[];
  readonly attributes: Readonly<Record<string, string>>;
  /** Mappers of this client only (audience grants); written only when there are any. */
  readonly protocolMappers?: readonly ProtocolMapperRepresentation[];
}

/** `ProtocolMapperRepresentation`: a claim mapper on one client; config values are strings. */
export interface ProtocolMapperRepresentation {
  readonly name: string;
  readonly protocol: "openid-connect";
  readonly protocolMapper: string;
  readonly consentRequired: false;
  readonly config: Readonly<Record<string, string>>;
}

/** `UserRepresentation` of a client's service-account user (carries its role grants). */
export interface ServiceAccountUserRepresentation {
  readonly username: string;
  readonly enabled: true;
  readonly serviceAccountClientId: string;
  readonly realmRoles: readonly string[];
}

/** `ComponentExportRepresentation` (user federation providers live under their provider type). */
export interface ComponentRepresentation {
  readonly name: string;
  readonly providerId: string;
  readonly subComponents: Readonly<Record<string, readonly ComponentRepresentation[]>>;
  /** Keycloak's MultivaluedHashMap: every value is a list of strings. */
  readonly config: Readonly<Record<string, readonly string[]>>;
}

/** `RequiredActionProviderRepresentation`. */
export interface RequiredActionRepresentation {
  readonly alias: string;
  readonly name: string;
  readonly providerId: string;
  readonly enabled: boolean;
  readonly defaultAction: boolean;
  readonly priority: number;
  readonly config: Readonly<Record<string, string>>;
}

/** `RealmRepresentation`: one realm, as one import file. */
export interface RealmRepresentation {
  readonly realm: string;
  readonly displayName?: string;
  readonly enabled: true;
  readonly sslRequired: "external" | "all";
  readonly registrationAllowed: boolean;
  readonly loginWithEmailAllowed: boolean;
  readonly duplicateEmailsAllowed: false;
  readonly resetPasswordAllowed: boolean;
  readonly editUsernameAllowed: false;
  // Token and session lifetimes, seconds
  readonly accessTokenLifespan: number;
  readonly accessCodeLifespan: number;
  readonly ssoSessionIdleTimeout: number;
  readonly ssoSessionMaxLifespan: number;
  readonly offlineSessionIdleTimeout: number;
  readonly offlineSessionMaxLifespanEnabled: true;
  readonly offlineSessionMaxLifespan: number;
  readonly revokeRefreshToken: boolean;
  readonly refreshTokenMaxReuse: 0;
  // Brute-force detection
  readonly bruteForceProtected: boolean;
  readonly permanentLockout: boolean;
  readonly failureFactor: number;
  readonly waitIncrementSeconds: number;
  readonly maxFailureWaitSeconds: number;
  readonly minimumQuickLoginWaitSeconds: number;
  readonly quickLoginCheckMilliSeconds: number;
  readonly maxDeltaTimeSeconds: number;
  // Credentials
  readonly passwordPolicy: string;
  readonly otpPolicyType: "totp";
  readonly otpPolicyAlgorithm: string;
  readonly otpPolicyDigits: number;
  readonly otpPolicyPeriod: number;
  readonly otpPolicyLookAheadWindow: number;
  readonly otpPolicyCodeReusable: false;
  /** Only written when it differs from Keycloak's defaults (OTP required): the list then replaces the defaults. */
  readonly requiredActions?: readonly RequiredActionRepresentation[];
  // Content
  readonly roles: { readonly realm: readonly RoleRepresentation[] };
  readonly groups: readonly GroupRepresentation[];
  readonly clients: readonly ClientRepresentation[];
  /** Realm roles each client's tokens may carry (clients have full scope off). */
  readonly scopeMappings: readonly { readonly client: string; readonly roles: readonly string[] }[];
  readonly users: readonly ServiceAccountUserRepresentation[];
  readonly components?: Readonly<Record<string, readonly ComponentRepresentation[]>>;
}
