/**
 * A Keycloak realm as a construct: roles, groups, clients and LDAP/AD federation are added as
 * children; `render()` produces the RealmRepresentation JSON that `kc.sh start --import-realm`
 * reads, plus the environment variables (client secrets, bind passwords) the Keycloak process
 * must be given. Defaults depend on the stage; production refuses weak settings.
 */
import { Construct } from "constructs";
import type { AudienceGrant } from "../../../core/capabilities/identity-provider";
import { describe, fail, propNames, requireKnownProps } from "../../../core/errors";
import { resolveStage, Stage, STRICTEST_STAGE } from "../../../core/profile";
import { audienceMapper, requireAudienceGrant } from "./audience";
import { BruteForceProtection, resolveBruteForce } from "./brute-force";
import { RealmClient, RealmClientProps } from "./client";
import { RealmGroup, RealmGroupProps } from "./group";
import { LdapFederation, LdapFederationProps, USER_STORAGE_PROVIDER_TYPE } from "./ldap";
import { requireRealmName } from "./names";
import { OtpPolicy, resolveOtp } from "./otp";
import { PasswordPolicy, renderPasswordPolicy } from "./password-policy";
import type { RealmRepresentation } from "./representation";
import { RealmRole, RealmRoleProps } from "./role";
import { envPlaceholder, RealmSecretEnv, refuseForeignPlaceholders } from "./secrets";
import { resolveTokenLifetimes, TokenLifetimes } from "./token-lifetimes";

/** Properties of a realm. */
export interface RealmProps {
  /** Realm name (appears in URLs: `/realms/<name>`). @default the construct id */
  readonly realmName?: string;
  /** Title on the login page. @default none (Keycloak shows the realm name) */
  readonly displayName?: string;
  /** Delivery stage; sets the safe defaults. @default "production" (the strictest) */
  readonly stage?: Stage;
  /** The realm administrators sign in to; requires OTP in production. @default false */
  readonly adminRealm?: boolean;
  /** Users may register themselves. @default false */
  readonly registrationAllowed?: boolean;
  /** "Forgot password" link (needs SMTP configured in the realm). @default false */
  readonly resetPasswordAllowed?: boolean;
  /** Token and session lifetimes. @default short in production, see TOKEN_LIFETIME_DEFAULTS */
  readonly tokenLifetimes?: TokenLifetimes;
  /** Password rules. @default see PASSWORD_POLICY_DEFAULTS */
  readonly passwordPolicy?: PasswordPolicy;
  /** Brute-force detection. @default on, 5 failures, up to 15 minutes lockout */
  readonly bruteForce?: BruteForceProtection;
  /** One-time passwords. @default TOTP/SHA-1/6 digits; required for an admin realm in production */
  readonly otp?: OtpPolicy;
}

const REALM_PROPS = propNames<RealmProps>()([
  "realmName",
  "displayName",
  "stage",
  "adminRealm",
  "registrationAllowed",
  "resetPasswordAllowed",
  "tokenLifetimes",
  "passwordPolicy",
  "bruteForce",
  "otp",
]);

/** A rendered realm: the import file and what the Keycloak process needs to import it. */
export interface RenderedRealm {
  /** The realm name. */
  readonly realmName: string;
  /** File name under Keycloak's `data/import/` (`<realm>.json`). */
  readonly fileName: string;
  /** The RealmRepresentation. */
  readonly representation: RealmRepresentation;
  /** The import file's text (`JSON.stringify` of representation). */
  readonly json: string;
  /**
   * Environment variables the Keycloak process must have at import, one per secret. An unset
   * variable is NOT an error in Keycloak: the placeholder text would become the secret, so a
   * deployment must wire every one (a Kubernetes `secretKeyRef` without `optional` refuses to
   * start the pod when the key is missing).
   */
  readonly secretEnv: readonly RealmSecretEnv[];
}

function requireBoolean(scope: Construct, property: string, value: unknown, fallback: boolean): boolean {
  const v = value ?? fallback;
  if (typeof v !== "boolean") fail(scope, property, `${JSON.stringify(v)} is not allowed. Allowed: true or false`);
  return v;
}

/** A Keycloak realm. */
export class Realm extends Construct {
  /** The realm name. */
  readonly realmName: string;
  /** The stage its defaults follow. */
  readonly stage: Stage;
  /** Whether administrators sign in here. */
  readonly adminRealm: boolean;
  private readonly props: RealmProps;
  private readonly grants: AudienceGrant[] = [];
  /** The realm-level settings, resolved (and checked) once, in the constructor. */
  private readonly resolvedSettings: ReturnType<Realm["resolveSettings"]>;

  constructor(scope: Construct, id: string, props: RealmProps = {}) {
    super(scope, id);
    requireKnownProps(this, props, REALM_PROPS);
    this.realmName = requireRealmName(this, "realmName", props.realmName ?? id);
    // Inside an IdentityStack the stack's stage, unchecked; on its own the stage given, checked once (default production).
    this.stage = resolveStage(this, props.stage, { fallback: STRICTEST_STAGE });
    this.adminRealm = requireBoolean(this, "adminRealm", props.adminRealm, false);
    this.props = props;
    // Resolve eagerly so bad settings fail here, naming this realm; each render reuses them (checked once, issue 22).
    this.resolvedSettings = this.resolveSettings();
  }

  /** Adds a realm role. */
  addRole(id: string, props: RealmRoleProps = {}): RealmRole {
    return new RealmRole(this, id, props);
  }

  /** Adds a top-level group. */
  addGroup(id: string, props: RealmGroupProps = {}): RealmGroup {
    const group = new RealmGroup(this, id, props);
    this.requireOwnRoles(group, "roles", group.grantedRoles);
    return group;
  }

  /** Adds an OpenID Connect client. */
  addClient(id: string, props: RealmClientProps = {}): RealmClient {
    const client = new RealmClient(this, id, { ...props, stage: this.stage, realmName: this.realmName });
    this.requireOwnRoles(client, "serviceAccountRoles", client.serviceAccountRoles);
    this.requireOwnRoles(client, "tokenRoles", client.tokenRoles);
    return client;
  }

  /**
   * Makes the access tokens issued to client `grant.callerClientId` carry `grant.audience` in
   * `aud`: an audience mapper on that client only. The caller may be added later; at render a
   * caller that is not a client of the realm fails, naming `grant.requestedBy`.
   */
  grantAudience(grant: AudienceGrant): void {
    const g = requireAudienceGrant(this, grant);
    if (!this.grants.some((o) => o.callerClientId === g.callerClientId && o.audience === g.audience)) this.grants.push({ ...g });
  }

  /** The audience grants, in the order they were made. */
  get audienceGrants(): readonly AudienceGrant[] {
    return [...this.grants];
  }

  /** Adds an LDAP/Active Directory user federation. */
  addLdapFederation(id: string, props: LdapFederationProps): LdapFederation {
    return new LdapFederation(this, id, { ...props, stage: this.stage, realmName: this.realmName });
  }

  /** The realm's clients, in the order they were added. */
  get clients(): readonly RealmClient[] {
    return this.node.children.filter((c): c is RealmClient => c instanceof RealmClient);
  }

  /** The environment variables the Keycloak process must have (see RenderedRealm.secretEnv). */
  get secretEnv(): readonly RealmSecretEnv[] {
    return [
      ...this.clients.flatMap((c) => (c.secretEnv ? [c.secretEnv] : [])),
      ...this.node.children.filter((c): c is LdapFederation => c instanceof LdapFederation).map((l) => l.bindCredentialEnv),
    ];
  }

  /** Renders the import file and its environment requirements. */
  render(): RenderedRealm {
    const children = this.node.children;
    const roles = children.filter((c): c is RealmRole => c instanceof RealmRole);
    const groups = children.filter((c): c is RealmGroup => c instanceof RealmGroup);
    const ldap = children.filter((c): c is LdapFederation => c instanceof LdapFederation);
    const clients = this.clients;
    const secretEnv = this.secretEnv;
    for (const group of this.node.findAll().filter((c): c is RealmGroup => c instanceof RealmGroup)) this.requireOwnRoles(group, "roles", group.grantedRoles);
    const seen = new Map<string, string>();
    for (const env of secretEnv) {
      const before = seen.get(env.name);
      if (before)
        fail(
          this,
          "secretEnv",
          `${env.purpose} and ${before} both map to the environment variable ${env.name}. Allowed: client ids and federation names that differ in more than punctuation or case`,
        );
      seen.set(env.name, env.purpose);
    }
    const representation: RealmRepresentation = {
      realm: this.realmName,
      ...(this.props.displayName ? { displayName: this.props.displayName } : {}),
      enabled: true,
      ...this.resolvedSettings,
      roles: { realm: roles.map((r) => r.toRepresentation()) },
      groups: groups.map((g) => g.toRepresentation()),
      clients: this.clientsWithGrants(clients),
      scopeMappings: clients.filter((c) => c.tokenRoles.length).map((c) => ({ client: c.clientId, roles: c.tokenRoles.map((r) => r.roleName) })),
      users: clients.flatMap((c) => c.serviceAccountUser() ?? []),
      ...(ldap.length ? { components: { [USER_STORAGE_PROVIDER_TYPE]: ldap.map((l) => l.toRepresentation()) } } : {}),
    };
    refuseForeignPlaceholders(describe(this), representation, new Set(secretEnv.map((e) => envPlaceholder(e.name))));
    return { realmName: this.realmName, fileName: `${this.realmName}.json`, representation, json: JSON.stringify(representation, null, 2), secretEnv };
  }

  /** The clients' representations with an audience mapper per grant on each granted caller. */
  private clientsWithGrants(clients: readonly RealmClient[]) {
    const ids = clients.map((c) => c.clientId);
    for (const g of this.grants) {
      if (!ids.includes(g.callerClientId))
        fail(
          this,
          "grantAudience.callerClientId",
          `${JSON.stringify(g.callerClientId)} (asked for by ${g.requestedBy}: its tokens must carry aud ${JSON.stringify(g.audience)}) is not a client of realm ${this.realmName}. Allowed: ${ids.length ? ids.join(", ") : "no client yet: add the caller's client (oidcClient or addClient) first"}`,
        );
    }
    return clients.map((c) => {
      const mappers = this.grants.filter((g) => g.callerClientId === c.clientId).map((g) => audienceMapper(g.audience, ids.includes(g.audience)));
      return mappers.length ? { ...c.toRepresentation(), protocolMappers: mappers } : c.toRepresentation();
    });
  }

  /** The realm-level settings (everything but content), stage defaults applied. */
  private resolveSettings() {
    const p = this.props;
    const lifetimes = resolveTokenLifetimes(this, this.stage, p.tokenLifetimes);
    return {
      sslRequired: "external" as const,
      registrationAllowed: requireBoolean(this, "registrationAllowed", p.registrationAllowed, false),
      loginWithEmailAllowed: true,
      duplicateEmailsAllowed: false as const,
      resetPasswordAllowed: requireBoolean(this, "resetPasswordAllowed", p.resetPasswordAllowed, false),
      editUsernameAllowed: false as const,
      accessTokenLifespan: lifetimes.accessTokenSeconds,
      accessCodeLifespan: 60,
      ssoSessionIdleTimeout: lifetimes.ssoSessionIdleSeconds,
      ssoSessionMaxLifespan: lifetimes.ssoSessionMaxSeconds,
      offlineSessionIdleTimeout: Math.min(2592000, lifetimes.offlineSessionMaxSeconds),
      offlineSessionMaxLifespanEnabled: true as const,
      offlineSessionMaxLifespan: lifetimes.offlineSessionMaxSeconds,
      revokeRefreshToken: true,
      refreshTokenMaxReuse: 0 as const,
      ...resolveBruteForce(this, this.stage, p.bruteForce),
      passwordPolicy: renderPasswordPolicy(this, p.passwordPolicy),
      ...resolveOtp(this, this.stage, this.adminRealm, p.otp),
    };
  }

  private requireOwnRoles(owner: Construct, property: string, roles: readonly RealmRole[]): void {
    roles.forEach((role, i) => {
      if (role.node.scope !== this)
        fail(owner, `${property}[${i}]`, `${role.node.path} belongs to another realm. Allowed: roles created with this realm's addRole()`);
    });
  }
}
