/**
 * AI stack: an OpenAI-compatible model endpoint (managed, external or in-cluster on a GPU), a
 * vector store (pgvector through the postgres capability, or OpenSearch through the searchEngine
 * capability where the target offers it: STACKIT), a guarded gateway (authentication,
 * per-client rate limits, metadata audit log; the only workload allowed to reach the model),
 * an optional RAG application wired to both, and the AI governance record (EU AI Act risk class,
 * purpose, model card, residency) on every object.
 */
import { requireLogRetention } from "../../core/governance/log-retention";
import { Construct } from "constructs";
import { fail, propNames, requireDnsLabel, requireHostName, requireIntegerInRange, requireNonEmpty } from "../../core/errors";
import { checkOnce, requireKnownPropsOnce } from "../../core/checked-once";
import { HttpExposure } from "../../constructs/exposure";
import { KubeManifest } from "../../constructs/kube/manifest";
import { validatePlainEnv } from "../../constructs/env";
import { resolveImage } from "../../constructs/resolved-image";
import { validateImage } from "../../constructs/security";
import { STAGE_DEFAULTS } from "../../core/profile";
import { Workload } from "../../constructs/workload";
import { Pattern, PATTERN_PROPS, PatternProps } from "../../constructs/pattern";
import { MODEL_SERVING, ModelServing } from "../../core/capabilities/model-endpoint";
import type { AudienceGrant, IIdentityProvider } from "../../core/capabilities/identity-provider";
import type { IModelEndpoint, IPostgres, IDnsRecord, ISearchEngine } from "../../core/target";
import { AiGateway, GATEWAY_IMAGE, GATEWAY_PORT, GatewayClient } from "./gateway";
import { AiGovernance, governanceAnnotations, validateGovernance } from "./governance";
import { imagesOf } from "../../core/images/map";

export { AI_RISK_CLASSES, DATA_RESIDENCIES, HIGH_RISK_MIN_RETENTION_DAYS } from "./governance";
export type { AiGovernance, AiRiskClass, DataResidency } from "./governance";
export { GATEWAY_IMAGE, renderGatewayConfig } from "./gateway";
export type { GatewayClient } from "./gateway";

/** Vector stores the pattern offers. */
export const VECTOR_STORES = ["pgvector", "opensearch", "none"] as const;
/** One of VECTOR_STORES. */
export type VectorStore = (typeof VECTOR_STORES)[number];

/** The optional RAG application (a web app talking to the gateway and the vector store). */
export interface AiAppOptions {
  /** Container image pinned by tag or digest. */
  readonly image: string;
  /** Port the app serves HTTP on. @default 8080 @integer @minimum 1 @maximum 65535 */
  readonly port?: number;
  /** Plain environment variables (no secrets). @default none */
  readonly env?: Readonly<Record<string, string>>;
  /** Public host name (an HTTPRoute on the landing zone's Gateway, and a DNS record). @default not exposed @format hostname */
  readonly hostName?: string;
  /** HTTP path of the readiness probe. @default "/" */
  readonly healthCheckPath?: string;
}

/** Props of the AI stack. */
export interface AiStackProps extends PatternProps {
  /** Model name, e.g. `cortecs/Llama-3.3-70B-Instruct-FP8-Dynamic` (STACKIT) or `Qwen/Qwen2.5-7B-Instruct` (vLLM); with `serving: "cpu"` an absolute path is a GGUF file in `modelImage`. */
  readonly model: string;
  /** `service` (the target's managed/external API), `gpu` (vLLM in the cluster), `cpu` (llama.cpp). @default `service` on the clouds, `gpu` on-prem */
  readonly serving?: ModelServing;
  /** GPUs per in-cluster server. @default 1 @integer @minimum 1 @maximum 8 */
  readonly gpus?: number;
  /** Image of the in-cluster model server. @default pinned vLLM (GPU) / llama.cpp (CPU) */
  readonly modelImage?: string;
  /** Address range the in-cluster server may download weights from. @default none (offline) @format cidr */
  readonly downloadCidr?: string;
  /** Changing it issues a new model API key (STACKIT token rotation). @default "1" */
  readonly keyRotation?: string;
  /** The AI governance record (required). */
  readonly governance: AiGovernance;
  /**
   * Callers of the gateway with their rate limits. OIDC: names are the callers' OAuth client ids
   * (`azp`) in the identity provider's realm; only their tokens get the gateway's audience.
   * @default one client `app` with 60 requests per minute
   */
  readonly clients?: readonly GatewayClient[];
  /** OIDC: accept access tokens of this identity provider (the IAM pattern's); clients are OAuth client ids (`azp`), each granted the audience at the provider (`grantAudience`). @default per-client API keys */
  readonly identityProvider?: IIdentityProvider;
  /**
   * OIDC: the `aud` claim every accepted token must carry (tokens the realm issued for other
   * services are refused). Only with `identityProvider`.
   * @default the identity provider's client id (the gateway's own OIDC client from the IAM pattern)
   */
  readonly audience?: string;
  /** Vector store for retrieval: `pgvector` (postgres capability), `opensearch` (searchEngine capability: STACKIT only), `none`. @default "pgvector" */
  readonly vectorStore?: VectorStore;
  /** Gateway replicas. @default the stage minimum (production: 2) @integer @minimum 1 @maximum 10 */
  readonly gatewayReplicas?: number;
  /** Gateway image. @default GATEWAY_IMAGE (Envoy, pinned by digest) */
  readonly gatewayImage?: string;
  /** A RAG application in the same namespace, wired to the gateway (client `app`) and the vector store. @default none */
  readonly app?: AiAppOptions;
  /** HTTPS for `app.hostName` via cert-manager. Required in production. @default true */
  readonly tls?: boolean;
}

const AI_STACK_PROPS = propNames<AiStackProps>()([
  ...PATTERN_PROPS,
  "model",
  "serving",
  "gpus",
  "modelImage",
  "downloadCidr",
  "keyRotation",
  "governance",
  "clients",
  "identityProvider",
  "audience",
  "vectorStore",
  "gatewayReplicas",
  "gatewayImage",
  "app",
  "tls",
]);
const APP_PROPS = propNames<AiAppOptions>()(["image", "port", "env", "hostName", "healthCheckPath"]);
const CLIENT_PROPS = propNames<GatewayClient>()(["name", "requestsPerMinute"]);

/** Environment variables the pattern wires into the app. */
export const AI_APP_ENV = [
  "OPENAI_BASE_URL",
  "OPENAI_MODEL",
  "OPENAI_API_KEY",
  "VECTOR_STORE",
  "PGHOST",
  "PGPORT",
  "PGDATABASE",
  "PGUSER",
  "PGPASSWORD",
  "OPENSEARCH_HOST",
  "OPENSEARCH_PORT",
  "OPENSEARCH_USERNAME",
  "OPENSEARCH_PASSWORD",
  "OPENSEARCH_URL",
] as const;

/** The AI pattern. */
export class AiStack extends Pattern {
  static readonly patternName = "ai";

  readonly governance: AiGovernance;
  readonly model: IModelEndpoint;
  readonly gateway: AiGateway;
  /** The pgvector database (`vectorStore: "pgvector"`). */
  readonly vectors?: IPostgres;
  /** The OpenSearch cluster (`vectorStore: "opensearch"`). */
  readonly search?: ISearchEngine;
  readonly app?: Workload;
  readonly dnsRecord?: IDnsRecord;
  /** Base URL of the gateway inside the cluster (OpenAI-compatible, `/v1`). */
  readonly gatewayUrl: string;
  /** OIDC: the audience grants asked of the identity provider, one per client (empty with API keys). */
  readonly audienceGrants: readonly AudienceGrant[];

  constructor(scope: Construct, id: string, props: AiStackProps) {
    super(scope, id, props, AiStack.patternName);
    requireKnownPropsOnce(this, props, AI_STACK_PROPS);
    this.governance = validateGovernance(this, props.governance, this.stage);
    // The promised audit retention must be met by the zone's log retention (a MonitoringStack in the same zone).
    if (this.governance.auditLogRetentionDays !== undefined)
      requireLogRetention(this.landingZone, { scope: this, property: "governance.auditLogRetentionDays", days: this.governance.auditLogRetentionDays });
    const model = checkOnce(this, "model", props.model, (m) => requireNonEmpty(this, "model", m));
    if (props.serving !== undefined && !MODEL_SERVING.includes(props.serving)) {
      fail(this, "serving", `${JSON.stringify(props.serving)} is not allowed. Allowed: ${MODEL_SERVING.join(", ")}`);
    }
    const vectorStore = props.vectorStore ?? "pgvector";
    if (!VECTOR_STORES.includes(vectorStore)) {
      fail(this, "vectorStore", `${JSON.stringify(vectorStore)} is not allowed. Allowed: ${VECTOR_STORES.join(", ")}`);
    }
    if (vectorStore === "opensearch") {
      const info = this.target.capabilities().find((c) => c.capability === "searchEngine");
      if (!info || info.implementation === "unsupported") {
        fail(
          this,
          "vectorStore",
          `"opensearch" is not offered by target ${this.target.name} (${info?.detail ?? "no searchEngine"}). Allowed on ${this.target.name}: ${VECTOR_STORES.filter((v) => v !== "opensearch").join(", ")}`,
        );
      }
    }
    const clients = props.clients ?? [{ name: "app", requestsPerMinute: 60 }];
    if (!Array.isArray(clients) || clients.length === 0) fail(this, "clients", "is empty. Allowed: at least one { name, requestsPerMinute }");
    const seen = new Set<string>();
    clients.forEach((c, i) => {
      requireKnownPropsOnce(this, c, CLIENT_PROPS, `clients[${i}].`);
      requireDnsLabel(this, `clients[${i}].name`, c.name);
      requireIntegerInRange(this, `clients[${i}].requestsPerMinute`, c.requestsPerMinute, 1, 1_000_000);
      if (seen.has(c.name)) fail(this, `clients[${i}].name`, `${JSON.stringify(c.name)} is listed twice. Allowed: each client once`);
      seen.add(c.name);
    });
    if (props.app) {
      requireKnownPropsOnce(this, props.app, APP_PROPS, "app.");
      if (!seen.has("app")) fail(this, "clients", `has no client "app", which the app uses. Allowed: add { name: "app", requestsPerMinute }`);
      if (props.identityProvider)
        fail(
          this,
          "app",
          "with identityProvider is not wired by the pattern (the app needs its own OIDC client). Allowed: per-client API keys, or deploy the app separately",
        );
    }
    const audience = props.identityProvider ? this.requireAudience(props.audience, props.identityProvider) : undefined;
    if (!props.identityProvider && props.audience !== undefined)
      fail(
        this,
        "audience",
        "is set, but identityProvider is not (per-client API keys carry no audience). Allowed: leave audience unset, or set identityProvider",
      );
    const stageDefaults = STAGE_DEFAULTS[this.stage];
    const gatewayReplicas = requireIntegerInRange(
      this,
      "gatewayReplicas",
      props.gatewayReplicas ?? Math.max(1, stageDefaults.minReplicas),
      stageDefaults.minReplicas,
      10,
    );
    const gatewayImage = validateImage(this, "gatewayImage", props.gatewayImage ?? GATEWAY_IMAGE);

    // The model endpoint, then the gateway: the only workload allowed to reach it.
    this.requireCapability("model", "modelEndpoint");
    this.model = this.target.modelEndpoint(this.context, {
      model,
      serving: props.serving,
      gpus: props.gpus,
      image: props.modelImage,
      downloadCidr: props.downloadCidr,
      keyRotation: props.keyRotation,
    });
    const annotations = governanceAnnotations(this.governance);
    this.gateway = new AiGateway(this.platformStack, "gateway", {
      namespace: this.namespace,
      size: this.size,
      replicas: gatewayReplicas,
      image: imagesOf(this.target).ref("envoy", props.gatewayImage === undefined ? undefined : gatewayImage),
      model: this.model,
      clients,
      identityProvider: props.identityProvider,
      audience,
      podAnnotations: annotations,
    });
    this.connect(this.gateway.workload, this.model);
    if (props.identityProvider) this.connect(this.gateway.workload, props.identityProvider);
    this.audienceGrants = props.identityProvider && audience ? this.grantAudience(props.identityProvider, audience, clients) : [];
    this.gatewayUrl = `http://gateway.${this.namespace.name}.svc.cluster.local/v1`;

    if (vectorStore === "pgvector") {
      this.requireCapability("vectorStore", "postgres");
      this.vectors = this.target.postgres(this.context, { id: "vectors", database: "vectors", username: "rag", extensions: ["vector"] });
    } else if (vectorStore === "opensearch") {
      this.search = this.target.searchEngine(this.context, { id: "vectors", purpose: "vector store of the AI stack" });
    }

    if (props.app) {
      const app = props.app;
      resolveImage(
        this,
        "app.image",
        checkOnce(this, "image", app.image, (image) => requireNonEmpty(this, "app.image", image)),
      );
      validatePlainEnv(this, "app.env", app.env, { wired: AI_APP_ENV, wiredBy: "the AI stack's wiring", secretAlternative: "a Secret" });
      if (app.hostName !== undefined) checkOnce(this, "hostName", app.hostName, (name) => requireHostName(this, "app.hostName", name));
      const tls = props.tls ?? true;
      if (STAGE_DEFAULTS[this.stage].requireTls && app.hostName && !tls) fail(this, "tls", "false is not allowed in stage production. Allowed: true");
      const replicas = Math.max(1, stageDefaults.minReplicas);
      this.app = new Workload(this.platformStack, "app", {
        namespace: this.namespace,
        name: "app",
        image: imagesOf(this.target).rewrite(app.image),
        port: requireIntegerInRange(this, "app.port", app.port ?? 8080, 1, 65535),
        size: this.size,
        replicas,
        env: {
          ...app.env,
          OPENAI_BASE_URL: this.gatewayUrl,
          OPENAI_MODEL: this.model.model,
          VECTOR_STORE: vectorStore,
          ...(this.vectors ? { PGHOST: this.vectors.host, PGPORT: this.vectors.port, PGDATABASE: this.vectors.database, PGUSER: this.vectors.username } : {}),
          ...(this.search ? { OPENSEARCH_HOST: this.search.host, OPENSEARCH_PORT: this.search.port, OPENSEARCH_USERNAME: this.search.username } : {}),
        },
        secretEnv: {
          OPENAI_API_KEY: this.gateway.clientKeys.app,
          ...(this.vectors ? { PGPASSWORD: this.vectors.password } : {}),
          ...(this.search ? { OPENSEARCH_PASSWORD: this.search.password, OPENSEARCH_URL: this.search.uri } : {}),
        },
        healthCheckPath: app.healthCheckPath,
        spreadOverZones: replicas > 1,
      });
      this.app.allowTo(this.gateway.workload);
      if (this.vectors) this.connect(this.app, this.vectors);
      if (this.search) this.connect(this.app, this.search);
      if (app.hostName) {
        this.dnsRecord = this.target.dns(this.context, { hostName: app.hostName });
        new HttpExposure(this.platformStack, "http", {
          workload: this.app,
          hostName: app.hostName,
          tls,
          gateway: this.zoneGateway,
        });
      }
    }

    // The governance record on every object of the instance.
    for (const manifest of KubeManifest.all(this.platformStack)) {
      manifest.object.metadata.annotations = { ...manifest.object.metadata.annotations, ...annotations };
    }
  }

  /** The OIDC audience: `audience` when given, else the identity provider's client id; fails naming `audience` when neither is usable. */
  private requireAudience(audience: unknown, idp: IIdentityProvider): string {
    const value = audience ?? idp.clientId;
    if (typeof value !== "string" || !/^\S+$/.test(value)) {
      fail(
        this,
        "audience",
        `${JSON.stringify(value)} is not allowed${audience === undefined ? " (the identity provider's client id, the default)" : ""}. Allowed: the client id or URI tokens for the gateway carry in \`aud\`, without spaces`,
      );
    }
    return value;
  }

  /**
   * Least privilege for the audience: only the listed clients' tokens carry it. Each client is
   * granted the audience at the identity provider (the IAM pattern: an audience mapper on that
   * client); a provider that cannot be configured from here fails naming the callers.
   */
  private grantAudience(idp: IIdentityProvider, audience: string, clients: readonly GatewayClient[]): readonly AudienceGrant[] {
    const grants = clients.map((c, i) => ({ callerClientId: c.name, audience, requestedBy: `${this.node.path} (clients[${i}].name)` }));
    if (typeof idp.grantAudience !== "function") {
      fail(
        this,
        "identityProvider",
        `(${idp.implementation}, client ${JSON.stringify(idp.clientId)}) cannot put the audience ${JSON.stringify(audience)} into the tokens of ${grants.map((g) => g.callerClientId).join(", ")}: it has no grantAudience. Allowed: a client from IdentityStack.oidcClient(), or a provider implementing grantAudience (for one operated elsewhere: configure the audience for these callers there and record it in grantAudience)`,
      );
    }
    for (const grant of grants) idp.grantAudience(grant);
    return grants;
  }

  /** Lets `client` (a workload of another pattern) call the gateway: egress there, admission here. */
  admitClient(client: Parameters<Pattern["connect"]>[0]): void {
    this.connect(client, { implementation: "in-cluster", peer: this.gateway.workload.asPeer(), admit: (peer) => this.gateway.workload.allowFrom(peer) });
  }
}

/** Port of the gateway's pods (NetworkPolicies). */
export const AI_GATEWAY_PORT = GATEWAY_PORT;
