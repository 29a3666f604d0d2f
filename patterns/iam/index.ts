/**
 * IAM pattern: Keycloak in the cluster on every target (neither IONOS nor STACKIT offers a
 * managed end-user identity provider), its database from the target's postgres capability,
 * realms as code imported at start, OIDC clients for the other patterns (`oidcClient`) and an
 * authenticating proxy in front of any web app (`protect`).
 */
import { createHash } from "crypto";
import { Construct } from "constructs";
import type { Secret } from "kubernetes-types/core/v1";
import { fail, propNames, requireDnsLabel, requireHostName, requireIntegerInRange } from "../../core/errors";
import { checkOnce, requireKnownPropsOnce } from "../../core/checked-once";
import { type HttpExposure, writeHttpRoutes } from "../../constructs/exposure";
import { KubeManifest } from "../../constructs/kube/manifest";
import { KubeSecret, SecretKeyRef, SecretValue } from "../../constructs/kube/secret";
import { typed } from "../../constructs/kube/typed";
import { MANAGED_BY } from "../../constructs/kube/labels";
import { STAGE_DEFAULTS, WORKLOAD_SIZING } from "../../core/profile";
import type { IIdentityProvider, OidcClientRequest } from "../../core/capabilities/identity-provider";
import type { IPostgres } from "../../core/capabilities/postgres";
import { Pattern, PATTERN_PROPS, PatternProps } from "../../constructs/pattern";
import { Keycloak } from "./keycloak";
import { AuthProxy } from "./proxy";
import type { RealmProps } from "./realm/realm";
import { settingsJob } from "./settings-job";
import { StackRealm } from "./stack-realm";
import { imagesOf } from "../../core/images/map";

export { StackRealm } from "./stack-realm";
export { AuthProxy, OAUTH2_PROXY_PORT } from "./proxy";
export type { AuthProxyProps } from "./proxy";
export { Keycloak, KEYCLOAK_HTTP_PORT, KEYCLOAK_MANAGEMENT_PORT, KEYCLOAK_RESOURCES } from "./keycloak";
export { KEYCLOAK_IMAGE, OAUTH2_PROXY_IMAGE } from "./images";
export { SETTINGS_UPDATE_SCRIPT, settingsBody, settingsJobName } from "./settings-job";

/** Database options of the IdentityStack. */
export interface IdentityDatabaseOptions {
  /** Capability request id (scopes the database's construct ids, outputs and Secret names; letters and digits only on the clouds, whose output names it becomes). @default "keycloakdb" */
  readonly id?: string;
  /** Database name. @default "keycloak" */
  readonly name?: string;
  /** Login role. @default "keycloak" */
  readonly username?: string;
}

/** Properties of the IdentityStack. */
export interface IdentityStackProps extends PatternProps {
  /** Public host name of Keycloak (issuer host of every realm), e.g. `id.example.de`. @format hostname */
  readonly hostName: string;
  /** HTTPS via cert-manager for `hostName`. Required in production. @default true */
  readonly tls?: boolean;
  /** Keycloak replicas. @default the size preset's, at least 2 in production @integer @minimum 1 @maximum 20 */
  readonly replicas?: number;
  /** The first realm (where apps and their users live). @default a realm named after the construct id, the stage's safe defaults */
  readonly realm?: RealmProps;
  /** Name of the realm administrators sign in to (adminRealm: OTP required in production). @default "admin" */
  readonly adminRealmName?: string;
  /** Route Keycloak's admin console (`/admin`) through the zone's Gateway. @default false in production, true otherwise */
  readonly exposeAdminConsole?: boolean;
  /** Keycloak's database (postgres capability: managed on the clouds, in-cluster or external on-prem). @default { id: "keycloakdb", name: "keycloak", username: "keycloak" } */
  readonly database?: IdentityDatabaseOptions;
}

/** Options of `identity.protect(app)`. */
export interface ProtectOptions {
  /** Realm whose users may sign in. @default the stack's first realm */
  readonly realm?: StackRealm;
  /** Name of the proxy's objects (a DNS label). @default `proxy-<first label of the app's host name>` */
  readonly name?: string;
  /** OAuth client id of the proxy. @default the proxy's name */
  readonly clientId?: string;
  /**
   * Client ids (of the same realm) whose access tokens the proxy accepts as `Authorization: Bearer`
   * instead of a browser session, e.g. services calling the app with client-credentials tokens.
   * Each gets an audience grant for the proxy's client, so only their tokens carry its `aud`.
   * @default none (browser sessions only)
   */
  readonly apiClients?: readonly string[];
}

/** Something with an HTTP exposure (a WebAppStack, or a Workload exposed with HttpExposure). */
export interface ProtectableApp {
  /** The app's HTTP exposure (an HTTPRoute); `protect` fails when there is none (no host name). */
  readonly exposure?: HttpExposure;
}

const IDENTITY_STACK_PROPS = propNames<IdentityStackProps>()([
  ...PATTERN_PROPS,
  "hostName",
  "tls",
  "replicas",
  "realm",
  "adminRealmName",
  "exposeAdminConsole",
  "database",
]);
const DATABASE_OPTIONS = propNames<IdentityDatabaseOptions>()(["id", "name", "username"]);
const OIDC_CLIENT_REQUEST = propNames<OidcClientRequest>()(["id", "clientId", "redirectUris", "serviceAccount", "secret", "description"]);
const PROTECT_OPTIONS = propNames<ProtectOptions>()(["realm", "name", "clientId", "apiClients"]);

/** User name of Keycloak's bootstrap administrator (master realm). */
export const KEYCLOAK_ADMIN_USER = "stackwerk-admin";
/** Secret names of the pattern. */
export const IDENTITY_SECRETS = { admin: "keycloak-admin", clients: "keycloak-clients", realms: "keycloak-realms" } as const;

function base64(text: string): string {
  return Buffer.from(text, "utf8").toString("base64");
}

/** The IAM pattern: Keycloak with realms as code, OIDC clients and an authenticating proxy. */
export class IdentityStack extends Pattern {
  static readonly patternName = "iam";

  readonly keycloak: Keycloak;
  readonly database: IPostgres;
  /** Public base URL (`https://<hostName>`). */
  readonly publicUrl: string;
  /** The first realm. */
  readonly realm: StackRealm;
  /** The realm administrators sign in to. */
  readonly adminRealm: StackRealm;
  /** Whether `/admin` is routed through the zone's Gateway. */
  readonly adminConsoleExposed: boolean;
  private readonly realms: StackRealm[] = [];
  private readonly clientSecretValues: Record<string, SecretValue> = {};
  private clientSecrets?: KubeSecret;
  private readonly adminSecret: KubeSecret;
  private readonly image: string;
  private readonly proxies = new Map<string, AuthProxy>();

  constructor(scope: Construct, id: string, props: IdentityStackProps) {
    super(scope, id, props, IdentityStack.patternName);
    requireKnownPropsOnce(this, props, IDENTITY_STACK_PROPS);
    if (props.database !== undefined) requireKnownPropsOnce(this, props.database, DATABASE_OPTIONS, "database.");
    const stageDefaults = STAGE_DEFAULTS[this.stage];
    const hostName = checkOnce(this, "hostName", props.hostName, (name) => requireHostName(this, "hostName", name));
    const tls = props.tls ?? true;
    if (typeof tls !== "boolean") fail(this, "tls", `${JSON.stringify(tls)} is not allowed. Allowed: true or false`);
    if (STAGE_DEFAULTS[this.stage].requireTls && !tls) {
      fail(
        this,
        "tls",
        "false is not allowed in stage production. Allowed: true (tokens and passwords must be encrypted), or use stage test/acceptance/training",
      );
    }
    const replicas = checkOnce(this, "replicas", props.replicas ?? Math.max(WORKLOAD_SIZING[this.size].replicas, stageDefaults.minReplicas), (n) =>
      requireIntegerInRange(this, "replicas", n, 1, 20),
    );
    if (replicas < stageDefaults.minReplicas) {
      fail(this, "replicas", `${replicas} is not allowed in stage ${this.stage}. Allowed: an integer of at least ${stageDefaults.minReplicas}`);
    }
    this.adminConsoleExposed = props.exposeAdminConsole ?? !STAGE_DEFAULTS[this.stage].strictPolicies;
    if (typeof this.adminConsoleExposed !== "boolean")
      fail(this, "exposeAdminConsole", `${JSON.stringify(props.exposeAdminConsole)} is not allowed. Allowed: true or false`);
    this.publicUrl = `${tls ? "https" : "http"}://${hostName}`;
    this.image = imagesOf(this.target).ref("keycloak");

    this.requireCapability("database", "postgres");
    const db = props.database ?? {};
    this.database = this.target.postgres(this.context, {
      id: requireDnsLabel(this, "database.id", db.id ?? "keycloakdb"),
      database: requireDnsLabel(this, "database.name", db.name ?? "keycloak"),
      username: requireDnsLabel(this, "database.username", db.username ?? "keycloak"),
    });

    const ns = this.namespace.name;
    const platform = this.platformStack as unknown as Construct;
    this.adminSecret = new KubeSecret(platform, "keycloak-admin", {
      namespace: ns,
      name: IDENTITY_SECRETS.admin,
      values: { password: { kind: "generated", length: 32 } },
    });
    // The realm files, rendered at synth (after every client was added); no secret is in them, only placeholders.
    const realmData: Record<string, string> = {};
    const realmsJson = (): string => this.realms.map((r) => r.render().json).join("\n");
    new KubeManifest(platform, "keycloak-realms", {
      object: typed<Secret>({
        apiVersion: "v1",
        kind: "Secret",
        metadata: { name: IDENTITY_SECRETS.realms, namespace: ns, labels: { ...MANAGED_BY } },
        type: "Opaque",
        data: realmData,
      }),
    });
    const podAnnotations = {};
    Object.defineProperty(podAnnotations, "stackwerk.dev/realms-sha256", {
      enumerable: true,
      get: () => createHash("sha256").update(realmsJson()).digest("hex"),
    });
    this.keycloak = new Keycloak(platform, "keycloak", {
      namespace: this.namespace,
      image: this.image,
      size: this.size,
      replicas,
      publicUrl: this.publicUrl,
      database: this.database,
      databaseTls: this.database.implementation === "managed",
      adminPassword: this.adminSecret.ref("password"),
      adminUser: KEYCLOAK_ADMIN_USER,
      realmSecretName: IDENTITY_SECRETS.realms,
      podAnnotations,
      spreadOverZones: stageDefaults.spreadOverZones || replicas > 1,
    });
    this.connect(this.keycloak, this.database);
    this.exposeKeycloak(platform, hostName, tls);

    this.realm = this.addRealm(id, { ...props.realm });
    this.adminRealm = this.addRealm("admin-realm", { realmName: props.adminRealmName ?? "admin", adminRealm: true });
    // Lazily filled keys of the realm Secret (one per realm).
    const realms = this.realms;
    const defineRealmKey = (realm: StackRealm): void => {
      Object.defineProperty(realmData, `${realm.realmName}.json`, { enumerable: true, get: () => base64(realm.render().json) });
    };
    realms.forEach(defineRealmKey);
    this.defineRealmKey = defineRealmKey;
  }

  private defineRealmKey?: (realm: StackRealm) => void;

  /**
   * Adds a realm, imported at Keycloak's start; its settings reach a running Keycloak through a
   * settings Job (ADR 0040). Stage defaults follow the stack's stage.
   */
  addRealm(id: string, props: RealmProps = {}): StackRealm {
    // The realm inherits the stack's resolved stage (checked once, core/profile.ts resolveStage) unless its props name one.
    const realm = new StackRealm(this, id, props, (r) => this.wire(r));
    const clash = this.realms.find((r) => r.realmName === realm.realmName);
    if (clash)
      fail(realm, "realmName", `${JSON.stringify(realm.realmName)} is already the name of ${clash.node.path}. Allowed: a realm name not used in this stack`);
    this.realms.push(realm);
    this.defineRealmKey?.(realm);
    settingsJob(this.platformStack as unknown as Construct, {
      namespace: this.namespace,
      keycloak: this.keycloak,
      image: this.image,
      rendered: realm.render(),
      adminUser: KEYCLOAK_ADMIN_USER,
      adminPassword: this.adminSecret.ref("password"),
    });
    return realm;
  }

  /**
   * Registers an OIDC client for a consumer (Grafana, the AI gateway, ...) in `realm` and
   * returns it as an IIdentityProvider: issuer, endpoints, client id and secret reference.
   */
  oidcClient(request: OidcClientRequest, realm: StackRealm = this.realm): IIdentityProvider {
    if (typeof request !== "object" || request === null || Array.isArray(request))
      fail(this, "oidcClient", `${JSON.stringify(request) ?? "undefined"} is not allowed. Allowed: { ${OIDC_CLIENT_REQUEST.join(", ")} } (clientId required)`);
    requireKnownPropsOnce(this, request, OIDC_CLIENT_REQUEST, "oidcClient.");
    if (!this.realms.includes(realm))
      fail(this, "oidcClient.realm", `${realm?.node?.path ?? String(realm)} is not a realm of this stack. Allowed: a realm from addRealm()`);
    const client = realm.addClient(request.id ?? request.clientId, {
      clientId: request.clientId,
      redirectUris: request.redirectUris,
      serviceAccount: request.serviceAccount,
      secret: request.secret,
      description: request.description,
    });
    const env = client.secretEnv;
    if (!env) fail(client, "access", "a public client has no secret. Allowed: a confidential client");
    return this.provider(realm, client.clientId, this.secretRef(env.name, env.source));
  }

  /**
   * Puts an authenticating proxy (oauth2-proxy, its own confidential client) in front of `app`'s
   * HTTPRoute (a Traefik ForwardAuth Middleware the route references as an ExtensionRef filter):
   * every request needs a session with Keycloak. One line: `identity.protect(webApp)`.
   */
  protect(app: ProtectableApp, options: ProtectOptions = {}): AuthProxy {
    requireKnownPropsOnce(this, options, PROTECT_OPTIONS, "protect.");
    const exposure = app?.exposure;
    if (!exposure) {
      fail(this, "protect", "the app has no HTTP exposure to protect. Allowed: an app with a hostName (WebAppStack hostName, or an HttpExposure)");
    }
    if (STAGE_DEFAULTS[this.stage].requireTls && !exposure.tls)
      fail(this, "protect", `${exposure.hostName} is served without TLS. Allowed: an app with tls: true in production`);
    const name = requireDnsLabel(this, "protect.name", options.name ?? `proxy-${exposure.hostName.split(".")[0]}`.slice(0, 40).replace(/-+$/, ""));
    if (this.proxies.has(name))
      fail(this, "protect.name", `${JSON.stringify(name)} already protects ${this.proxies.get(name)!.hostName}. Allowed: a name not used yet`);
    const apiClients = options.apiClients ?? [];
    if (!Array.isArray(apiClients) || apiClients.some((c) => typeof c !== "string" || c === ""))
      fail(this, "protect.apiClients", `${JSON.stringify(apiClients)} is not allowed. Allowed: a list of client ids of the realm`);
    const scheme = exposure.tls ? "https" : "http";
    const realm = options.realm ?? this.realm;
    const client = this.oidcClient(
      {
        clientId: options.clientId ?? name,
        redirectUris: [`${scheme}://${exposure.hostName}/oauth2/callback`],
        description: `oauth2-proxy for ${exposure.hostName}`,
      },
      realm,
    );
    for (const caller of apiClients)
      realm.grantAudience({ callerClientId: caller, audience: client.clientId, requestedBy: `${this.node.path} protect(${name})` });
    const stageDefaults = STAGE_DEFAULTS[this.stage];
    const proxy = new AuthProxy(this.platformStack as unknown as Construct, `proxy-${name}`, {
      namespace: this.namespace,
      name,
      image: imagesOf(this.target).ref("oauth2Proxy"),
      size: this.size,
      replicas: Math.max(stageDefaults.minReplicas, 1),
      spreadOverZones: stageDefaults.spreadOverZones,
      exposure,
      client,
      keycloak: this.keycloak,
      bearerTokens: apiClients.length > 0,
    });
    this.proxies.set(name, proxy);
    return proxy;
  }

  /** The proxies `protect` created. */
  get authProxies(): readonly AuthProxy[] {
    return [...this.proxies.values()];
  }

  /** Every realm of the stack. */
  get allRealms(): readonly StackRealm[] {
    return [...this.realms];
  }

  private provider(realm: StackRealm, clientId: string, clientSecret: SecretKeyRef): IIdentityProvider {
    const issuerUrl = `${this.publicUrl}/realms/${realm.realmName}`;
    const internalIssuerUrl = `http://${this.keycloak.name}.${this.namespace.name}.svc.cluster.local/realms/${realm.realmName}`;
    const oidc = "protocol/openid-connect";
    const keycloak = this.keycloak;
    return {
      implementation: "in-cluster",
      issuerUrl,
      discoveryUrl: `${issuerUrl}/.well-known/openid-configuration`,
      internalIssuerUrl,
      endpoints: {
        authorization: `${issuerUrl}/${oidc}/auth`,
        token: `${internalIssuerUrl}/${oidc}/token`,
        userinfo: `${internalIssuerUrl}/${oidc}/userinfo`,
        jwks: `${internalIssuerUrl}/${oidc}/certs`,
        endSession: `${issuerUrl}/${oidc}/logout`,
      },
      realm: realm.realmName,
      clientId,
      clientSecret,
      clientSecretNamespace: this.namespace.name,
      peer: keycloak.asPeer(),
      // A client in another namespace (the AI gateway, Grafana) gets keycloak-allow-from-<its namespace>-<name> (policyName).
      admit: (client) => keycloak.allowFrom(client),
      grantAudience: (grant) => realm.grantAudience(grant),
    };
  }

  /** Wires every secret of `realm` (generated or referenced) into Keycloak's environment. */
  private wire(realm: StackRealm): void {
    for (const env of realm.secretEnv) this.keycloak.addSecretEnv(env.name, this.secretRef(env.name, env.source));
  }

  private secretRef(name: string, source: StackRealm["secretEnv"][number]["source"]): SecretKeyRef {
    if (source.kind === "secretRef") return source.ref;
    this.clientSecretValues[name] ??= { kind: "generated", length: source.length };
    this.clientSecrets ??= new KubeSecret(this.platformStack as unknown as Construct, "keycloak-clients", {
      namespace: this.namespace.name,
      name: IDENTITY_SECRETS.clients,
      values: this.clientSecretValues,
    });
    return { name: IDENTITY_SECRETS.clients, key: name };
  }

  /** The HTTPRoute for Keycloak's public paths (`/realms`, `/resources`; `/admin` only when exposed) on the zone's Gateway. */
  private exposeKeycloak(platform: Construct, hostName: string, tls: boolean): void {
    const gateway = this.zoneGateway;
    this.keycloak.allowFrom(gateway.dataPlane);
    const paths = ["/realms", "/resources", ...(this.adminConsoleExposed ? ["/admin"] : [])];
    writeHttpRoutes(new Construct(platform, "keycloak-http"), {
      name: "keycloak",
      namespace: this.namespace.name,
      labels: this.keycloak.selectorLabels,
      hostName,
      tls,
      gateway,
      backend: "keycloak",
      paths,
    });
  }
}
