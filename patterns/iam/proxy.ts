/**
 * `identity.protect(app)`: oauth2-proxy as the authenticating gate of an app's HTTPRoute, with a
 * confidential client of its own. The app's route references a Traefik ForwardAuth `Middleware`
 * (Gateway API `ExtensionRef` filter, ADR 0090): the Gateway asks the proxy about every request;
 * the proxy answers 202 for a session and redirects browsers without one to Keycloak. The proxy's
 * `/oauth2/*` paths are a second HTTPRoute on the app's host. The proxy runs next to Keycloak,
 * where its client secret lives, and talks to Keycloak over the cluster's back channel.
 * NetworkPolicies: Gateway data plane → proxy, proxy → Keycloak (both sides); the app keeps
 * admitting only the Gateway's data plane.
 */
import { Construct } from "constructs";
import { type HttpExposure, writeHttpRoutes } from "../../constructs/exposure";
import { KubeSecret } from "../../constructs/kube/secret";
import type { ZeroTrustNamespace } from "../../constructs/namespace";
import type { Size } from "../../core/profile";
import { Workload } from "../../constructs/workload";
import type { IIdentityProvider } from "../../core/capabilities/identity-provider";
import type { Keycloak } from "./keycloak";

/** oauth2-proxy's port. */
export const OAUTH2_PROXY_PORT = 4180;
/** UID of the distroless oauth2-proxy image (`nonroot`). */
export const OAUTH2_PROXY_UID = 65532;

/** Properties of an authenticating proxy (set by `IdentityStack.protect`). */
export interface AuthProxyProps {
  readonly namespace: ZeroTrustNamespace;
  /** Name of the proxy's objects. */
  readonly name: string;
  readonly image: string;
  readonly size: Size;
  readonly replicas: number;
  readonly spreadOverZones: boolean;
  /** The app's exposure (its HTTPRoute gets the ForwardAuth filter). */
  readonly exposure: HttpExposure;
  /** The proxy's OIDC client. */
  readonly client: IIdentityProvider;
  readonly keycloak: Keycloak;
  /** Accept access tokens whose `aud` holds the proxy's client id as `Authorization: Bearer` (`protect({ apiClients })`). @default false */
  readonly bearerTokens?: boolean;
}

/** oauth2-proxy in front of one app's HTTPRoute. */
export class AuthProxy extends Construct {
  readonly workload: Workload;
  /** Host name the proxy guards. */
  readonly hostName: string;
  /** In-cluster URL the Gateway (Traefik ForwardAuth) asks for each request. */
  readonly authUrl: string;

  constructor(scope: Construct, id: string, props: AuthProxyProps) {
    super(scope, id);
    const { exposure, client, namespace } = props;
    this.hostName = exposure.hostName;
    const scheme = exposure.tls ? "https" : "http";
    const cookie = new KubeSecret(this, "cookie", {
      namespace: namespace.name,
      name: `${props.name}-cookie`,
      values: { "cookie-secret": { kind: "generated", length: 32 } },
    });
    this.workload = new Workload(this, "proxy", {
      namespace,
      name: props.name,
      image: props.image,
      port: OAUTH2_PROXY_PORT,
      size: props.size,
      replicas: props.replicas,
      runAsUser: OAUTH2_PROXY_UID,
      healthCheckPath: "/ready",
      livenessCheckPath: "/ping",
      spreadOverZones: props.spreadOverZones,
      env: {
        OAUTH2_PROXY_PROVIDER: "keycloak-oidc",
        OAUTH2_PROXY_CLIENT_ID: client.clientId,
        OAUTH2_PROXY_OIDC_ISSUER_URL: client.issuerUrl,
        // Endpoints given directly: browser to the public host, back channel inside the cluster.
        OAUTH2_PROXY_SKIP_OIDC_DISCOVERY: "true",
        OAUTH2_PROXY_LOGIN_URL: client.endpoints.authorization,
        OAUTH2_PROXY_REDEEM_URL: client.endpoints.token,
        OAUTH2_PROXY_OIDC_JWKS_URL: client.endpoints.jwks,
        OAUTH2_PROXY_VALIDATE_URL: client.endpoints.userinfo,
        OAUTH2_PROXY_REDIRECT_URL: `${scheme}://${this.hostName}/oauth2/callback`,
        OAUTH2_PROXY_CODE_CHALLENGE_METHOD: "S256",
        OAUTH2_PROXY_EMAIL_DOMAINS: "*",
        OAUTH2_PROXY_HTTP_ADDRESS: `0.0.0.0:${OAUTH2_PROXY_PORT}`,
        OAUTH2_PROXY_REVERSE_PROXY: "true",
        OAUTH2_PROXY_SET_XAUTHREQUEST: "true",
        OAUTH2_PROXY_UPSTREAMS: "static://202",
        OAUTH2_PROXY_COOKIE_SECURE: String(exposure.tls),
        OAUTH2_PROXY_SKIP_PROVIDER_BUTTON: "true",
        // Bearer tokens are verified like ID tokens: issuer, signature (JWKS) and aud = the proxy's client id.
        // A service account's token has no (verified) email, which oauth2-proxy refuses by default
        // ("email in id_token () isn't verified", found with the real programs): allowed only here.
        ...(props.bearerTokens ? { OAUTH2_PROXY_SKIP_JWT_BEARER_TOKENS: "true", OAUTH2_PROXY_INSECURE_OIDC_ALLOW_UNVERIFIED_EMAIL: "true" } : {}),
        // The sign-in's return address is the app's host (from X-Forwarded-Host); without this the
        // proxy rejected it ("Rejecting invalid redirect ...: domain / port not in whitelist").
        OAUTH2_PROXY_WHITELIST_DOMAINS: this.hostName,
      },
      secretEnv: { OAUTH2_PROXY_CLIENT_SECRET: client.clientSecret, OAUTH2_PROXY_COOKIE_SECRET: cookie.ref("cookie-secret") },
    });
    // Proxy → Keycloak (egress here, ingress there); the Gateway's data plane → proxy.
    this.workload.allowTo(props.keycloak);
    this.workload.allowFrom(exposure.gateway.dataPlane);
    // oauth2-proxy answers the root path with 202 for a valid session and with a redirect to the
    // sign-in otherwise (static://202 upstream): Traefik's ForwardAuth returns that to the browser.
    this.authUrl = `http://${props.name}.${namespace.name}.svc.cluster.local/`;
    // The proxy's own paths (/oauth2/...) on the app's host, a second route on the same listener.
    writeHttpRoutes(new Construct(this, "http"), {
      name: props.name,
      namespace: namespace.name,
      labels: this.workload.selectorLabels,
      hostName: this.hostName,
      tls: exposure.tls,
      gateway: exposure.gateway,
      backend: props.name,
      paths: ["/oauth2"],
      share: true,
      redirect: false,
    });
    exposure.forwardAuth({
      name: `${props.name}-auth`.slice(0, 63).replace(/-+$/, ""),
      address: this.authUrl,
      authResponseHeaders: ["X-Auth-Request-User", "X-Auth-Request-Email", "X-Auth-Request-Preferred-Username"],
    });
  }
}
