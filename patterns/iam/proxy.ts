/**
 * `identity.protect(app)`: oauth2-proxy as the authenticating gate of an app's Ingress, with a
 * confidential client of its own. ingress-nginx asks the proxy about every request
 * (`auth-url` → `/oauth2/auth`) and sends browsers without a session to Keycloak
 * (`auth-signin` → `/oauth2/start`); the proxy's `/oauth2/*` paths are served on the app's host.
 * The proxy runs next to Keycloak, where its client secret lives, and talks to Keycloak over the
 * cluster's back channel. NetworkPolicies: ingress controller → proxy, proxy → Keycloak (both
 * sides); the app keeps admitting only the ingress controller.
 */
import { Construct } from "constructs";
import type { Ingress } from "kubernetes-types/networking/v1";
import type { HttpExposure } from "../../constructs/exposure";
import { KubeManifest } from "../../constructs/kube/manifest";
import { typed } from "../../constructs/kube/typed";
import { KubeSecret } from "../../constructs/kube/secret";
import { MANAGED_BY } from "../../constructs/kube/labels";
import type { ZeroTrustNamespace } from "../../constructs/namespace";
import type { NetworkPeer } from "../../constructs/network";
import type { Size } from "../../core/profile";
import { Workload } from "../../constructs/workload";
import type { IIdentityProvider } from "../../core/capabilities/identity-provider";
import type { IIngress } from "../../core/capabilities/ingress";
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
  /** The app's exposure (its Ingress gets the auth annotations). */
  readonly exposure: HttpExposure;
  /** The proxy's OIDC client. */
  readonly client: IIdentityProvider;
  readonly keycloak: Keycloak;
  readonly ingress: IIngress;
}

/** oauth2-proxy in front of one app's Ingress. */
export class AuthProxy extends Construct {
  readonly workload: Workload;
  /** Host name the proxy guards. */
  readonly hostName: string;
  /** In-cluster URL ingress-nginx asks for each request. */
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
      },
      secretEnv: { OAUTH2_PROXY_CLIENT_SECRET: client.clientSecret, OAUTH2_PROXY_COOKIE_SECRET: cookie.ref("cookie-secret") },
    });
    // Proxy → Keycloak (egress here, ingress there); ingress controller → proxy.
    this.workload.allowTo(props.keycloak);
    const controller: NetworkPeer = { description: "ingress-controller", namespaceLabels: props.ingress.controllerNamespaceLabels, ports: [] };
    this.workload.allowFrom(controller);
    this.authUrl = `http://${props.name}.${namespace.name}.svc.cluster.local/oauth2/auth`;
    // The proxy's own paths on the app's host (ingress-nginx merges Ingresses of one host).
    new KubeManifest(this, "ingress", {
      object: typed<Ingress>({
        apiVersion: "networking.k8s.io/v1",
        kind: "Ingress",
        metadata: {
          name: props.name,
          namespace: namespace.name,
          labels: { ...this.workload.selectorLabels, ...MANAGED_BY },
          ...(exposure.tls ? { annotations: { "cert-manager.io/cluster-issuer": props.ingress.clusterIssuer } } : {}),
        },
        spec: {
          ingressClassName: props.ingress.className,
          ...(exposure.tls ? { tls: [{ hosts: [this.hostName], secretName: `${props.name}-tls` }] } : {}),
          rules: [
            {
              host: this.hostName,
              http: { paths: [{ path: "/oauth2", pathType: "Prefix", backend: { service: { name: props.name, port: { name: "http" } } } }] },
            },
          ],
        },
      }),
    });
    exposure.annotate({
      "nginx.ingress.kubernetes.io/auth-url": this.authUrl,
      "nginx.ingress.kubernetes.io/auth-signin": `${scheme}://$host/oauth2/start?rd=$escaped_request_uri`,
      "nginx.ingress.kubernetes.io/auth-response-headers": "X-Auth-Request-User,X-Auth-Request-Email,X-Auth-Request-Preferred-Username",
    });
  }
}
