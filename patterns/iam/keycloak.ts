/**
 * Keycloak as a pod workload: a Deployment in production mode (`kc.sh start --import-realm`)
 * with its database from the postgres capability, clustered Infinispan caches discovered over a
 * headless Service (JGroups DNS_PING), health and metrics on the management port, the realm
 * files mounted from a Secret, and the NetworkPolicies between its replicas. Secure defaults of
 * every Stackwerk pod (restricted, non-root, read-only root filesystem).
 */
import { Construct } from "constructs";
import type { Container, EnvVar, Service } from "kubernetes-types/core/v1";
import type { Deployment } from "kubernetes-types/apps/v1";
import type { PodDisruptionBudget } from "kubernetes-types/policy/v1";
import { KubeManifest } from "../../constructs/kube/manifest";
import { typed } from "../../constructs/kube/typed";
import type { SecretKeyRef } from "../../constructs/kube/secret";
import type { ZeroTrustNamespace } from "../../constructs/namespace";
import { writeNetworkPolicy } from "../../constructs/network";
import { PodWorkload } from "../../constructs/pod";
import type { Size } from "../../core/profile";
import { containerSecurityContext } from "../../constructs/security";
import type { IPostgres } from "../../core/capabilities/postgres";

/** Keycloak's HTTP port (TLS ends at the ingress). */
export const KEYCLOAK_HTTP_PORT = 8080;
/** Keycloak's management port: `/health/*` and `/metrics`. */
export const KEYCLOAK_MANAGEMENT_PORT = 9000;
/** JGroups ports: cluster traffic and failure detection. */
export const KEYCLOAK_JGROUPS_PORTS = [7800, 57800] as const;
/** UID of the official image's `keycloak` user. */
export const KEYCLOAK_UID = 1000;
/** Keycloak's augmented (Quarkus build) application: written by `kc.sh build`, read at every start. */
export const KEYCLOAK_QUARKUS_DIR = "/opt/keycloak/lib/quarkus";
/** Where `--import-realm` reads realm files. */
export const KEYCLOAK_IMPORT_DIR = "/opt/keycloak/data/import";

/** Requests and limits per size: Keycloak is a JVM and needs more memory than the generic sizes. */
export const KEYCLOAK_RESOURCES: Readonly<Record<Size, { requests: Record<string, string>; limits: Record<string, string> }>> = {
  S: { requests: { cpu: "250m", memory: "768Mi" }, limits: { cpu: "1", memory: "1Gi" } },
  M: { requests: { cpu: "500m", memory: "1Gi" }, limits: { cpu: "2", memory: "1536Mi" } },
  L: { requests: { cpu: "1", memory: "1536Mi" }, limits: { cpu: "2", memory: "2Gi" } },
  XL: { requests: { cpu: "2", memory: "2Gi" }, limits: { cpu: "4", memory: "3Gi" } },
};

/** Properties of the Keycloak workload (set by IdentityStack). */
export interface KeycloakProps {
  readonly namespace: ZeroTrustNamespace;
  readonly image: string;
  readonly size: Size;
  readonly replicas: number;
  /** Public URL of Keycloak, e.g. `https://id.example.de` (issuer host of every realm). */
  readonly publicUrl: string;
  readonly database: IPostgres;
  /** Require TLS to the database (managed databases). */
  readonly databaseTls: boolean;
  /** Secret key of the bootstrap admin's password (generated). */
  readonly adminPassword: SecretKeyRef;
  /** User name of the bootstrap admin (master realm, temporary by Keycloak's rules). */
  readonly adminUser: string;
  /** Secret holding the realm files (`<realm>.json`). */
  readonly realmSecretName: string;
  /** Pod annotations (e.g. a checksum of the realm files, so a change rolls the pods). */
  readonly podAnnotations: Readonly<Record<string, string>>;
  readonly spreadOverZones: boolean;
}

/** A Keycloak Deployment with its Services, PDB and cluster policies. */
export class Keycloak extends PodWorkload {
  readonly port = KEYCLOAK_HTTP_PORT;
  readonly replicas: number;
  /** Name of the headless Service JGroups discovers the replicas through. */
  readonly discoveryServiceName: string;
  /** The container's environment; `addSecretEnv` appends the realm secrets added later. */
  private readonly env: EnvVar[];

  constructor(scope: Construct, id: string, props: KeycloakProps) {
    super(scope, id, props.namespace, "keycloak");
    const ns = this.namespace.name;
    this.replicas = props.replicas;
    this.discoveryServiceName = `${this.name}-discovery`;
    this.namespace.reservePods(this, "replicas", this.replicas + 1);
    this.serviceAccount(false);
    const db = props.database;
    this.env = [
      { name: "KC_DB", value: "postgres" },
      { name: "KC_DB_URL_HOST", value: db.host },
      { name: "KC_DB_URL_PORT", value: db.port },
      { name: "KC_DB_URL_DATABASE", value: db.database },
      ...(props.databaseTls ? [{ name: "KC_DB_URL_PROPERTIES", value: "?sslmode=require" }] : []),
      { name: "KC_DB_USERNAME", value: db.username },
      { name: "KC_DB_PASSWORD", valueFrom: { secretKeyRef: { name: db.password.name, key: db.password.key } } },
      { name: "KC_HOSTNAME", value: props.publicUrl },
      // Back channel (token, JWKS) through the Service; the issuer stays the public URL.
      { name: "KC_HOSTNAME_BACKCHANNEL_DYNAMIC", value: "true" },
      { name: "KC_HTTP_ENABLED", value: "true" },
      { name: "KC_HTTP_PORT", value: String(KEYCLOAK_HTTP_PORT) },
      { name: "KC_HTTP_MANAGEMENT_PORT", value: String(KEYCLOAK_MANAGEMENT_PORT) },
      { name: "KC_PROXY_HEADERS", value: "xforwarded" },
      { name: "KC_HEALTH_ENABLED", value: "true" },
      { name: "KC_METRICS_ENABLED", value: "true" },
      { name: "KC_CACHE", value: "ispn" },
      { name: "KC_CACHE_STACK", value: "kubernetes" },
      { name: "JAVA_OPTS_APPEND", value: `-Djgroups.dns.query=${this.discoveryServiceName}.${ns}.svc.cluster.local` },
      { name: "KC_BOOTSTRAP_ADMIN_USERNAME", value: props.adminUser },
      { name: "KC_BOOTSTRAP_ADMIN_PASSWORD", valueFrom: { secretKeyRef: { name: props.adminPassword.name, key: props.adminPassword.key } } },
    ];
    const writablePaths = ["/tmp", "/opt/keycloak/data", KEYCLOAK_QUARKUS_DIR];
    const security = containerSecurityContext({ readOnlyRootFilesystem: true, runAsUser: KEYCLOAK_UID });
    const resources = KEYCLOAK_RESOURCES[props.size];
    const [tmpMount, , quarkusMount] = this.writableMounts(writablePaths);
    // The writable lib/quarkus emptyDir hides the image's augmented application, without which
    // kc.sh cannot even start (NoSuchFileException: lib/quarkus/quarkus-application.dat, first
    // runtime run): an init container copies it in, a second one augments it for this pod's
    // build options (`kc.sh build`: database vendor, health, metrics, cache), so the server
    // starts `--optimized` and never rewrites its own files.
    const initContainers: Container[] = [
      {
        name: "quarkus-copy",
        image: props.image,
        imagePullPolicy: "IfNotPresent",
        command: ["/bin/sh", "-c", `cp -R ${KEYCLOAK_QUARKUS_DIR}/. /augmented/`],
        resources,
        securityContext: security,
        volumeMounts: [{ name: quarkusMount.name, mountPath: "/augmented" }],
      },
      {
        name: "build",
        image: props.image,
        imagePullPolicy: "IfNotPresent",
        args: ["build"],
        // Build options are read from the same variables; no Secret value is needed to build.
        env: this.env.filter((e) => e.valueFrom === undefined),
        resources,
        securityContext: security,
        volumeMounts: [quarkusMount, tmpMount],
      },
    ];
    const container: Container = {
      name: this.name,
      image: props.image,
      imagePullPolicy: "IfNotPresent",
      args: ["start", "--optimized", "--import-realm"],
      ports: [
        { name: "http", containerPort: KEYCLOAK_HTTP_PORT, protocol: "TCP" },
        { name: "management", containerPort: KEYCLOAK_MANAGEMENT_PORT, protocol: "TCP" },
        { name: "jgroups", containerPort: KEYCLOAK_JGROUPS_PORTS[0], protocol: "TCP" },
        { name: "jgroups-fd", containerPort: KEYCLOAK_JGROUPS_PORTS[1], protocol: "TCP" },
      ],
      env: this.env,
      resources,
      securityContext: security,
      volumeMounts: [...this.writableMounts(writablePaths), { name: "realms", mountPath: KEYCLOAK_IMPORT_DIR, readOnly: true }],
      startupProbe: { httpGet: { path: "/health/started", port: "management" }, periodSeconds: 5, failureThreshold: 60 },
      readinessProbe: { httpGet: { path: "/health/ready", port: "management" }, periodSeconds: 10, failureThreshold: 3 },
      livenessProbe: { httpGet: { path: "/health/live", port: "management" }, periodSeconds: 20, failureThreshold: 6 },
    };
    new KubeManifest(this, "deployment", {
      wait: { rollout: true },
      object: typed<Deployment>({
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: this.name, namespace: ns, labels: this.labels },
        spec: {
          replicas: this.replicas,
          revisionHistoryLimit: 5,
          selector: { matchLabels: { ...this.selectorLabels } },
          strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
          template: {
            metadata: { labels: this.labels, annotations: props.podAnnotations },
            spec: {
              ...this.podSpec(container, {
                runAsUser: KEYCLOAK_UID,
                writablePaths,
                spreadOverZones: props.spreadOverZones,
                volumes: [{ name: "realms", secret: { secretName: props.realmSecretName, defaultMode: 0o440 } }],
              }),
              initContainers,
            },
          },
        },
      }),
    });
    new KubeManifest(this, "service", {
      object: typed<Service>({
        apiVersion: "v1",
        kind: "Service",
        metadata: { name: this.name, namespace: ns, labels: this.labels },
        spec: {
          type: "ClusterIP",
          selector: { ...this.selectorLabels },
          ports: [
            { name: "http", port: 80, targetPort: "http", protocol: "TCP" },
            { name: "management", port: KEYCLOAK_MANAGEMENT_PORT, targetPort: "management", protocol: "TCP" },
          ],
        },
      }),
    });
    // JGroups DNS_PING: every replica, ready or not, so a starting pod finds the cluster.
    new KubeManifest(this, "discovery", {
      object: typed<Service>({
        apiVersion: "v1",
        kind: "Service",
        metadata: { name: this.discoveryServiceName, namespace: ns, labels: this.labels },
        spec: {
          clusterIP: "None",
          publishNotReadyAddresses: true,
          selector: { ...this.selectorLabels },
          ports: [{ name: "jgroups", port: KEYCLOAK_JGROUPS_PORTS[0], targetPort: "jgroups", protocol: "TCP" }],
        },
      }),
    });
    if (this.replicas > 1) {
      new KubeManifest(this, "pdb", {
        object: typed<PodDisruptionBudget>({
          apiVersion: "policy/v1",
          kind: "PodDisruptionBudget",
          metadata: { name: this.name, namespace: ns, labels: this.labels },
          spec: { minAvailable: this.replicas - 1, selector: { matchLabels: { ...this.selectorLabels } } },
        }),
      });
    }
    // Cluster traffic between the replicas, both directions.
    const self = { description: "keycloak-cluster", podLabels: this.selectorLabels, ports: KEYCLOAK_JGROUPS_PORTS.map((port) => ({ port })) };
    for (const direction of ["Ingress", "Egress"] as const) {
      writeNetworkPolicy(this, {
        namespace: ns,
        name: `${this.name}-cluster-${direction.toLowerCase()}`,
        podLabels: this.selectorLabels,
        direction,
        peer: self,
        ports: self.ports,
      });
    }
  }

  /** Sets environment variable `name` from a Secret key (a realm secret Keycloak resolves at import). */
  addSecretEnv(name: string, ref: SecretKeyRef): void {
    if (this.env.some((e) => e.name === name)) return;
    this.env.push({ name, valueFrom: { secretKeyRef: { name: ref.name, key: ref.key } } });
  }
}
