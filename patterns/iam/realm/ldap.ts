/**
 * LDAP / Active Directory user federation: Keycloak's `ldap` user storage component. Users are
 * read from the directory (read-only by default, so Keycloak never writes to the directory of
 * record); the bind password comes from a Kubernetes Secret through an env placeholder, never as
 * a literal. Production requires an encrypted connection (ldaps:// or StartTLS).
 */
import { Construct } from "constructs";
import { fail, propNames, requireIntegerInRange, requireKnownProps, requireNonEmpty, requireOneOf } from "../../../core/errors";
import type { SecretKeyRef } from "../../../constructs/kube/secret";
import type { Stage } from "../../../core/profile";
import { secretEnvName } from "./names";
import type { ComponentRepresentation } from "./representation";
import { envPlaceholder, RealmSecretEnv, requireSecretRef } from "./secrets";
import { STAGE_DEFAULTS } from "../../../core/profile";

/** Directory products with their own attribute defaults. */
export const LDAP_VENDORS = ["ad", "other"] as const;
/** One of LDAP_VENDORS: `ad` (Active Directory) or `other` (OpenLDAP, 389 DS, ...). */
export type LdapVendor = (typeof LDAP_VENDORS)[number];

/** How Keycloak treats changes to federated users. */
export const LDAP_EDIT_MODES = ["READ_ONLY", "WRITABLE", "UNSYNCED"] as const;
/** One of LDAP_EDIT_MODES. */
export type LdapEditMode = (typeof LDAP_EDIT_MODES)[number];

/** Keycloak's component type of user storage providers. */
export const USER_STORAGE_PROVIDER_TYPE = "org.keycloak.storage.UserStorageProvider";

/** Properties of an LDAP/AD federation. */
export interface LdapFederationProps {
  /** Display name of the provider. @default the construct id */
  readonly name?: string;
  /** Directory product. @default "other" */
  readonly vendor?: LdapVendor;
  /** `ldaps://host[:port]` or `ldap://host[:port]` (production: ldap:// only with startTls). */
  readonly connectionUrl: string;
  /** Upgrade an ldap:// connection with StartTLS. @default false */
  readonly startTls?: boolean;
  /** DN Keycloak binds as, e.g. `cn=keycloak,ou=services,dc=example,dc=de`. */
  readonly bindDn: string;
  /** The bind password: a key of an existing Kubernetes Secret (a literal string is refused). */
  readonly bindCredential: SecretKeyRef;
  /** DN under which users are found, e.g. `ou=people,dc=example,dc=de`. */
  readonly usersDn: string;
  /** Extra LDAP filter for users, e.g. `(memberOf=cn=portal,ou=groups,dc=example,dc=de)`. @default none */
  readonly userSearchFilter?: string;
  /** Search one level below usersDn or the whole subtree. @default "subtree" */
  readonly searchScope?: "one" | "subtree";
  /** READ_ONLY (never write to the directory), WRITABLE or UNSYNCED. @default "READ_ONLY" */
  readonly editMode?: LdapEditMode;
  /** Full synchronisation period in seconds. @default none (users are imported at first login) */
  readonly fullSyncPeriodSeconds?: number;
}

const LDAP_FEDERATION_PROPS = propNames<LdapFederationProps>()([
  "name",
  "vendor",
  "connectionUrl",
  "startTls",
  "bindDn",
  "bindCredential",
  "usersDn",
  "userSearchFilter",
  "searchScope",
  "editMode",
  "fullSyncPeriodSeconds",
]);

/** Attribute defaults per vendor (what Keycloak's admin console proposes). */
const VENDOR_ATTRIBUTES: Readonly<Record<LdapVendor, Readonly<Record<string, string>>>> = {
  ad: {
    usernameLDAPAttribute: "sAMAccountName",
    rdnLDAPAttribute: "cn",
    uuidLDAPAttribute: "objectGUID",
    userObjectClasses: "person, organizationalPerson, user",
  },
  other: { usernameLDAPAttribute: "uid", rdnLDAPAttribute: "uid", uuidLDAPAttribute: "entryUUID", userObjectClasses: "inetOrgPerson, organizationalPerson" },
};

const LDAP_URL = /^ldaps?:\/\/[a-z0-9]([-a-z0-9.]*[a-z0-9])?(:[0-9]{1,5})?$/;
const DN = /^[A-Za-z][A-Za-z0-9-]*=[^,]+(,\s*[A-Za-z][A-Za-z0-9-]*=[^,]+)*$/;

function requireDn(scope: Construct, property: string, value: unknown): string {
  if (typeof value !== "string" || !DN.test(value)) {
    fail(
      scope,
      property,
      `${JSON.stringify(value)} is not a distinguished name. Allowed: attribute=value pairs separated by commas, e.g. ou=people,dc=example,dc=de`,
    );
  }
  return value;
}

/** An LDAP/AD user federation; create it with `realm.addLdapFederation(...)`. */
export class LdapFederation extends Construct {
  /** The environment variable that carries the bind password into Keycloak. */
  readonly bindCredentialEnv: RealmSecretEnv;
  private readonly component: ComponentRepresentation;

  constructor(scope: Construct, id: string, props: LdapFederationProps & { readonly stage: Stage; readonly realmName: string }) {
    super(scope, id);
    const { stage, realmName, ...userProps } = props;
    requireKnownProps(this, userProps, LDAP_FEDERATION_PROPS);
    const name = requireNonEmpty(this, "name", props.name ?? id);
    const vendor = requireOneOf(this, "vendor", props.vendor ?? "other", LDAP_VENDORS);
    const url = props.connectionUrl;
    if (typeof url !== "string" || !LDAP_URL.test(url)) {
      fail(this, "connectionUrl", `${JSON.stringify(url)} is not allowed. Allowed: ldaps://host[:port] or ldap://host[:port], e.g. ldaps://ad.example.de:636`);
    }
    const startTls = props.startTls ?? false;
    if (typeof startTls !== "boolean") fail(this, "startTls", `${JSON.stringify(startTls)} is not allowed. Allowed: true or false`);
    if (STAGE_DEFAULTS[stage].strictPolicies && url.startsWith("ldap://") && !startTls) {
      fail(
        this,
        "connectionUrl",
        `${JSON.stringify(url)} is not allowed in stage production without startTls (the bind password would cross the network in plain text). Allowed: an ldaps:// URL, or startTls: true`,
      );
    }
    if (url.startsWith("ldaps://") && startTls)
      fail(this, "startTls", "true is not allowed with an ldaps:// URL (the connection is already encrypted). Allowed: false, or an ldap:// URL");
    const filter = props.userSearchFilter;
    if (filter !== undefined && (typeof filter !== "string" || !/^\(.*\)$/.test(filter))) {
      fail(
        this,
        "userSearchFilter",
        `${JSON.stringify(filter)} is not an LDAP filter. Allowed: a filter in parentheses, e.g. (memberOf=cn=portal,ou=groups,dc=example,dc=de)`,
      );
    }
    this.bindCredentialEnv = {
      name: secretEnvName(realmName, "LDAP", name, "BIND_CREDENTIAL"),
      purpose: `LDAP bind password of ${name} in realm ${realmName}`,
      source: { kind: "secretRef", ref: requireSecretRef(this, "bindCredential", props.bindCredential) },
    };
    const config: Record<string, string> = {
      enabled: "true",
      vendor,
      connectionUrl: url,
      startTls: String(startTls),
      useTruststoreSpi: "always",
      connectionPooling: String(!startTls),
      authType: "simple",
      bindDn: requireDn(this, "bindDn", props.bindDn),
      bindCredential: envPlaceholder(this.bindCredentialEnv.name),
      usersDn: requireDn(this, "usersDn", props.usersDn),
      ...(filter ? { customUserSearchFilter: filter } : {}),
      searchScope: requireOneOf(this, "searchScope", props.searchScope ?? "subtree", ["one", "subtree"] as const) === "one" ? "1" : "2",
      editMode: requireOneOf(this, "editMode", props.editMode ?? "READ_ONLY", LDAP_EDIT_MODES),
      ...VENDOR_ATTRIBUTES[vendor],
      pagination: "true",
      importEnabled: "true",
      syncRegistrations: "false",
      trustEmail: "false",
      validatePasswordPolicy: "false",
      allowKerberosAuthentication: "false",
      useKerberosForPasswordAuthentication: "false",
      cachePolicy: "DEFAULT",
      batchSizeForSync: "1000",
      fullSyncPeriod:
        props.fullSyncPeriodSeconds === undefined
          ? "-1"
          : String(requireIntegerInRange(this, "fullSyncPeriodSeconds", props.fullSyncPeriodSeconds, 300, 604800)),
      changedSyncPeriod: "-1",
      priority: "0",
    };
    this.component = {
      name,
      providerId: "ldap",
      subComponents: {},
      config: Object.fromEntries(Object.entries(config).map(([k, v]) => [k, [v]])),
    };
  }

  /** The `ldap` user storage component as Keycloak imports it. */
  toRepresentation(): ComponentRepresentation {
    return this.component;
  }
}
