/**
 * The AI gateway: Envoy in front of the model endpoint. It authenticates callers (per-client API
 * keys, or OIDC access tokens checked by `jwt_authn` against the identity provider's keys, issuer
 * and audience), rate
 * limits each client (a local token bucket per client route), logs request metadata as JSON
 * (client, method, path, status, duration, bytes; never bodies, so never prompts) and injects
 * the model's API key upstream, so callers never see it. The Envoy config is rendered from typed
 * props; secrets are filled in by an init container from Secret-backed env variables into an
 * in-memory volume, so no key is in a ConfigMap or the synth output.
 */
import { Construct } from "constructs";
import type { ConfigMap } from "kubernetes-types/core/v1";
import { KubeManifest } from "../../constructs/kube/manifest";
import { KubeSecret, SecretKeyRef } from "../../constructs/kube/secret";
import { typed } from "../../constructs/kube/typed";
import { appSelector, MANAGED_BY } from "../../constructs/kube/labels";
import { addPodExtras, deploymentOf } from "../../constructs/pod-extras";
import { Workload } from "../../constructs/workload";
import type { ZeroTrustNamespace } from "../../constructs/namespace";
import type { Size } from "../../core/profile";
import type { IModelEndpoint } from "../../core/capabilities/model-endpoint";
import type { IIdentityProvider } from "../../core/capabilities/identity-provider";
import { catalogueRef } from "../../core/images/catalogue";

/** Envoy, the gateway's upstream image (catalogue key `envoy`; provenance in core/images/catalogue.ts, ADR 0070). */
export const GATEWAY_IMAGE: string = catalogueRef("envoy");

/** Port Envoy listens on. */
export const GATEWAY_PORT = 8080;
/** Header carrying the authenticated client's name upstream of authentication (stripped from callers). */
export const CLIENT_HEADER = "x-stackwerk-client";

/** One caller of the gateway. */
export interface GatewayClient {
  /** Client name (API-key mode) or OAuth client id, the `azp` claim (OIDC mode). A DNS label. */
  readonly name: string;
  /** Requests per minute this client may send. */
  readonly requestsPerMinute: number;
}

/** Props of the gateway construct. */
export interface AiGatewayProps {
  readonly namespace: ZeroTrustNamespace;
  readonly size: Size;
  readonly replicas: number;
  readonly image: string;
  readonly model: IModelEndpoint;
  readonly clients: readonly GatewayClient[];
  /** OIDC: the identity provider whose access tokens are accepted. @default per-client API keys */
  readonly identityProvider?: IIdentityProvider;
  /** OIDC: the `aud` every accepted token must name. @default the identity provider's client id (the gateway's own OIDC client) */
  readonly audience?: string;
  /** Log request and response bodies. @default false (never prompt content) */
  readonly logContent?: boolean;
  /** Pod-template annotations (governance). */
  readonly podAnnotations?: Readonly<Record<string, string>>;
}

/** Placeholder the init container replaces with a Secret value (env variable `name`). */
const placeholder = (name: string) => `__STACKWERK_${name}__`;
/** Env variable of a client's key. */
const keyVar = (client: string) => `CLIENT_KEY_${client.toUpperCase().replace(/-/g, "_")}`;

/** host, port, TLS and path prefix of an http(s) URL. */
function upstreamOf(url: string): { host: string; port: number; tls: boolean; path: string } {
  const u = new URL(url);
  const tls = u.protocol === "https:";
  return { host: u.hostname, port: u.port ? Number(u.port) : tls ? 443 : 80, tls, path: u.pathname.replace(/\/+$/, "") };
}

/** A STRICT_DNS cluster of Envoy for `url`. */
function envoyCluster(name: string, url: string): object {
  const up = upstreamOf(url);
  return {
    name,
    type: "STRICT_DNS",
    connect_timeout: "5s",
    dns_lookup_family: "V4_ONLY",
    load_assignment: {
      cluster_name: name,
      endpoints: [{ lb_endpoints: [{ endpoint: { address: { socket_address: { address: up.host, port_value: up.port } } } }] }],
    },
    ...(up.tls
      ? {
          transport_socket: {
            name: "envoy.transport_sockets.tls",
            typed_config: {
              "@type": "type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.UpstreamTlsContext",
              sni: up.host,
              common_tls_context: { validation_context: { trusted_ca: { filename: "/etc/ssl/certs/ca-certificates.crt" } } },
            },
          },
        }
      : {}),
  };
}

/**
 * The Envoy bootstrap (JSON is YAML): one listener, routes per client with their own token
 * bucket, 401 for everything else, JSON access log of metadata. Secrets appear as placeholders.
 */
export function renderGatewayConfig(props: Pick<AiGatewayProps, "model" | "clients" | "identityProvider" | "audience" | "logContent">): object {
  const model = upstreamOf(props.model.baseUrl);
  const oidc = props.identityProvider;
  // Tokens the realm issued for other services are refused: the audience is never left open.
  const audience = oidc ? (props.audience ?? oidc.clientId) : undefined;
  if (oidc && (typeof audience !== "string" || audience.trim() === "")) {
    throw new Error("renderGatewayConfig: OIDC mode needs an audience (the identity provider's client id is empty)");
  }
  const ratelimit = (client: GatewayClient) => ({
    "@type": "type.googleapis.com/envoy.extensions.filters.http.local_ratelimit.v3.LocalRateLimit",
    stat_prefix: `client_${client.name.replace(/-/g, "_")}`,
    token_bucket: { max_tokens: client.requestsPerMinute, tokens_per_fill: client.requestsPerMinute, fill_interval: "60s" },
    filter_enabled: { runtime_key: "ratelimit_enabled", default_value: { numerator: 100, denominator: "HUNDRED" } },
    filter_enforced: { runtime_key: "ratelimit_enforced", default_value: { numerator: 100, denominator: "HUNDRED" } },
  });
  const clientRoutes = props.clients.map((client) => ({
    name: client.name,
    match: {
      prefix: "/v1/",
      headers: [
        oidc
          ? { name: CLIENT_HEADER, string_match: { exact: client.name } }
          : { name: "authorization", string_match: { exact: `Bearer ${placeholder(keyVar(client.name))}` } },
      ],
    },
    route: { cluster: "model", timeout: "300s", host_rewrite_literal: model.host, prefix_rewrite: `${model.path}/` },
    request_headers_to_remove: [CLIENT_HEADER],
    request_headers_to_add: [
      { header: { key: "authorization", value: `Bearer ${placeholder("MODEL_API_KEY")}` }, append_action: "OVERWRITE_IF_EXISTS_OR_ADD" },
    ],
    typed_per_filter_config: { "envoy.filters.http.local_ratelimit": ratelimit(client) },
  }));
  const accessLog = {
    name: "envoy.access_loggers.stdout",
    typed_config: {
      "@type": "type.googleapis.com/envoy.extensions.access_loggers.stream.v3.StdoutAccessLog",
      log_format: {
        json_format: {
          time: "%START_TIME%",
          client: "%ROUTE_NAME%",
          method: "%REQ(:METHOD)%",
          path: "%REQ(:PATH)%",
          status: "%RESPONSE_CODE%",
          flags: "%RESPONSE_FLAGS%",
          duration_ms: "%DURATION%",
          bytes_in: "%BYTES_RECEIVED%",
          bytes_out: "%BYTES_SENT%",
          request_id: "%REQ(X-REQUEST-ID)%",
          ...(props.logContent ? { note: "content logging requested: bodies are not logged by Envoy's access log; use a tap" } : {}),
        },
      },
    },
  };
  const filters: object[] = [
    // Callers may not claim a client identity themselves.
    {
      name: "envoy.filters.http.header_mutation",
      typed_config: {
        "@type": "type.googleapis.com/envoy.extensions.filters.http.header_mutation.v3.HeaderMutation",
        mutations: { request_mutations: [{ remove: CLIENT_HEADER }] },
      },
    },
    ...(oidc
      ? [
          {
            name: "envoy.filters.http.jwt_authn",
            typed_config: {
              "@type": "type.googleapis.com/envoy.extensions.filters.http.jwt_authn.v3.JwtAuthentication",
              providers: {
                oidc: {
                  issuer: oidc.issuerUrl,
                  audiences: [audience],
                  remote_jwks: { http_uri: { uri: oidc.endpoints.jwks, cluster: "identity", timeout: "5s" }, cache_duration: "300s" },
                  claim_to_headers: [{ header_name: CLIENT_HEADER, claim_name: "azp" }],
                  clear_route_cache: true,
                  forward: false,
                },
              },
              rules: [{ match: { prefix: "/v1/" }, requires: { provider_name: "oidc" } }],
            },
          },
        ]
      : []),
    {
      name: "envoy.filters.http.local_ratelimit",
      typed_config: { "@type": "type.googleapis.com/envoy.extensions.filters.http.local_ratelimit.v3.LocalRateLimit", stat_prefix: "gateway" },
    },
    { name: "envoy.filters.http.router", typed_config: { "@type": "type.googleapis.com/envoy.extensions.filters.http.router.v3.Router" } },
  ];
  return {
    static_resources: {
      listeners: [
        {
          name: "gateway",
          address: { socket_address: { address: "0.0.0.0", port_value: GATEWAY_PORT } },
          filter_chains: [
            {
              filters: [
                {
                  name: "envoy.filters.network.http_connection_manager",
                  typed_config: {
                    "@type": "type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager",
                    stat_prefix: "gateway",
                    access_log: [accessLog],
                    route_config: {
                      name: "model",
                      virtual_hosts: [
                        {
                          name: "model",
                          domains: ["*"],
                          routes: [
                            { name: "health", match: { path: "/healthz" }, direct_response: { status: 200, body: { inline_string: "ok" } } },
                            ...clientRoutes,
                            { name: "unauthenticated", match: { prefix: "/" }, direct_response: { status: 401, body: { inline_string: "unauthenticated" } } },
                          ],
                        },
                      ],
                    },
                    http_filters: filters,
                  },
                },
              ],
            },
          ],
        },
      ],
      clusters: [envoyCluster("model", props.model.baseUrl), ...(oidc ? [envoyCluster("identity", oidc.endpoints.jwks)] : [])],
    },
  };
}

/** The shell script of the init container: placeholders → Secret values, into the in-memory config folder. */
function renderScript(vars: readonly string[]): string {
  const seds = vars.map((v) => `-e "s|${placeholder(v)}|$${v}|g"`).join(" ");
  return `set -eu\nsed ${seds} /etc/gateway-template/envoy.json > /etc/gateway/envoy.json\n`;
}

/** The gateway: Envoy Workload, its config template, per-client API keys (API-key mode). */
export class AiGateway extends Construct {
  readonly workload: Workload;
  /** API key of each client (API-key mode): Secret `gateway-client-keys`, key = client name. */
  readonly clientKeys: Readonly<Record<string, SecretKeyRef>>;

  constructor(scope: Construct, id: string, props: AiGatewayProps) {
    super(scope, id);
    const ns = props.namespace.name;
    const keys = props.identityProvider
      ? undefined
      : new KubeSecret(this, "client-keys", {
          namespace: ns,
          name: "gateway-client-keys",
          values: Object.fromEntries(props.clients.map((c) => [c.name, { kind: "generated" as const, length: 40 }])),
        });
    this.clientKeys = keys ? Object.fromEntries(props.clients.map((c) => [c.name, keys.ref(c.name)])) : {};
    const template = "gateway-config";
    new KubeManifest(this, "config", {
      object: typed<ConfigMap>({
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: template, namespace: ns, labels: { ...appSelector(ns, "gateway"), ...MANAGED_BY } },
        data: { "envoy.json": JSON.stringify(renderGatewayConfig(props), null, 2) },
      }),
    });
    const secretVars: Record<string, SecretKeyRef> = {
      MODEL_API_KEY: props.model.apiKey,
      ...Object.fromEntries(props.clients.filter(() => keys).map((c) => [keyVar(c.name), keys!.ref(c.name)])),
    };
    this.workload = new Workload(this, "gateway", {
      namespace: props.namespace,
      name: "gateway",
      image: props.image,
      port: GATEWAY_PORT,
      size: props.size,
      replicas: props.replicas,
      command: ["/usr/local/bin/envoy"],
      args: ["-c", "/etc/gateway/envoy.json", "--log-level", "warn", "--disable-hot-restart"],
      writablePaths: ["/tmp", "/etc/gateway"],
      healthCheckPath: "/healthz",
      spreadOverZones: props.replicas > 1,
    });
    // The rendered config holds keys: an in-memory emptyDir (writable-1), never a ConfigMap.
    addPodExtras(this.workload, {
      volumes: [{ name: "template", configMap: { name: template, defaultMode: 0o444 } }],
      initContainers: [
        {
          name: "render-config",
          image: props.image,
          command: ["/bin/sh", "-c", renderScript(Object.keys(secretVars))],
          env: Object.entries(secretVars).map(([name, ref]) => ({ name, valueFrom: { secretKeyRef: { name: ref.name, key: ref.key } } })),
          volumeMounts: [
            { name: "template", mountPath: "/etc/gateway-template", readOnly: true },
            { name: "writable-1", mountPath: "/etc/gateway" },
          ],
        },
      ],
      podAnnotations: props.podAnnotations,
    });
    const rendered = deploymentOf(this.workload).spec?.template.spec?.volumes?.find((v) => v.name === "writable-1");
    if (rendered?.emptyDir) rendered.emptyDir = { ...rendered.emptyDir, medium: "Memory", sizeLimit: "16Mi" };
  }
}
