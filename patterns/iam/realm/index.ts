/**
 * The Keycloak realm model: typed constructs for a realm, its roles, groups, clients and
 * LDAP/AD federation, rendered to the RealmRepresentation JSON `kc.sh --import-realm` reads.
 * Engine-neutral: nothing here imports an engine or a target.
 */
export { Realm } from "./realm";
export type { RealmProps, RenderedRealm } from "./realm";
export { RealmClient, CLIENT_ACCESS_TYPES } from "./client";
export { AUDIENCE_MAPPER, audienceMapper } from "./audience";
export type { RealmClientProps, ClientAccessType } from "./client";
export { RealmRole } from "./role";
export type { RealmRoleProps } from "./role";
export { RealmGroup } from "./group";
export type { RealmGroupProps } from "./group";
export { LdapFederation, LDAP_VENDORS, LDAP_EDIT_MODES, USER_STORAGE_PROVIDER_TYPE } from "./ldap";
export type { LdapFederationProps, LdapVendor, LdapEditMode } from "./ldap";
export { TOKEN_LIFETIME_DEFAULTS } from "./token-lifetimes";
export type { TokenLifetimes } from "./token-lifetimes";
export { PASSWORD_POLICY_DEFAULTS } from "./password-policy";
export type { PasswordPolicy } from "./password-policy";
export type { BruteForceProtection } from "./brute-force";
export { OTP_ALGORITHMS, KEYCLOAK_DEFAULT_REQUIRED_ACTIONS } from "./otp";
export type { OtpPolicy, OtpAlgorithm } from "./otp";
export { GENERATED_SECRET_LENGTH } from "./secrets";
export type { RealmSecretEnv, RealmSecretSource } from "./secrets";
export type * from "./representation";
export { realmSettingsUpdate, REALM_CONTENT_KEYS } from "./update";
export type { AdminRequest, RealmSettings } from "./update";
