/**
 * A secure-by-default stateless workload: ServiceAccount, Deployment, Service,
 * PodDisruptionBudget, HorizontalPodAutoscaler and the NetworkPolicies its connections need.
 * Defaults follow DESIGN.md; every relaxation is a named property.
 */
import { Construct } from "constructs";
import { KubeManifest } from "./kube/manifest";
import { typed } from "./kube/typed";
import type { Container, EnvFromSource, Service } from "kubernetes-types/core/v1";
import type { Deployment } from "kubernetes-types/apps/v1";
import type { PodDisruptionBudget } from "kubernetes-types/policy/v1";
import type { HorizontalPodAutoscaler } from "kubernetes-types/autoscaling/v2";
import type { SecretKeyRef } from "./kube/secret";
import { containerEnv } from "./kube/env";
import type { INamespace } from "../core/namespace";
import { containerResources, resolveSize, Size, WORKLOAD_SIZING } from "../core/profile";
import { fail, propNames, requireDnsLabel, requireIntegerInRange, requireKnownProps, requireNonEmpty } from "../core/errors";
import { checkOnce } from "../core/checked-once";
import { requireEnvNames, validatePlainEnv } from "./env";
import { resolveImage } from "./resolved-image";
import { containerSecurityContext } from "./security";
import { PodWorkload } from "./pod";

/** Props of a Workload: a stateless, secure-by-default Deployment and what it needs. */
export interface WorkloadProps {
  readonly namespace: INamespace;
  /** Workload name (RFC 1123 label). */
  readonly name: string;
  /** Container image with a tag or digest, e.g. `registry.example.de/app:1.4.2`. */
  readonly image: string;
  /** Container port served over HTTP. @default none: no Service is created */
  readonly port?: number;
  /** Size preset for requests, limits and replicas. @default "S" */
  readonly size?: Size;
  /** Replica count. @default the size preset's replicas */
  readonly replicas?: number;
  /** Upper bound for the HorizontalPodAutoscaler. @default no autoscaler */
  readonly maxReplicas?: number;
  /** Plain environment variables (never secrets). @default none */
  readonly env?: Readonly<Record<string, string>>;
  /** Environment variables read from Secrets. @default none */
  readonly secretEnv?: Readonly<Record<string, SecretKeyRef>>;
  /** Existing ConfigMaps (same namespace) whose keys become environment variables. @default none */
  readonly envFromConfigMaps?: readonly string[];
  /** Existing Secrets (same namespace) whose keys become environment variables. @default none */
  readonly envFromSecrets?: readonly string[];
  /** Entrypoint override. @default the image's */
  readonly command?: readonly string[];
  /** Arguments. @default the image's */
  readonly args?: readonly string[];
  /** HTTP path of the readiness probe (is the app ready for traffic?). @default "/" when a port is set */
  readonly healthCheckPath?: string;
  /**
   * HTTP path of the liveness probe (should the container be restarted?). Kept apart from
   * readiness so a dependency outage (failing readiness) does not restart every pod.
   * @default a TCP check of the port (the process accepts connections)
   */
  readonly livenessCheckPath?: string;
  /** Spread replicas over `topology.kubernetes.io/zone`. @default false */
  readonly spreadOverZones?: boolean;
  /** UID the container runs as (non-root). @default 10001 */
  readonly runAsUser?: number;
  /** Folders that get a writable emptyDir, as the root filesystem is read-only. @default ["/tmp"] */
  readonly writablePaths?: readonly string[];
  /** Opt-out: writable root filesystem. @default false */
  readonly writableRootFilesystem?: boolean;
  /** Opt-in: mount the service-account token (only for pods that call the Kubernetes API). @default false */
  readonly mountServiceAccountToken?: boolean;
}

const WORKLOAD_PROPS = propNames<WorkloadProps>()([
  "namespace",
  "name",
  "image",
  "port",
  "size",
  "replicas",
  "maxReplicas",
  "env",
  "secretEnv",
  "envFromConfigMaps",
  "envFromSecrets",
  "command",
  "args",
  "healthCheckPath",
  "livenessCheckPath",
  "spreadOverZones",
  "runAsUser",
  "writablePaths",
  "writableRootFilesystem",
  "mountServiceAccountToken",
]);

/** Pods a rolling update adds on top of the replicas (strategy maxSurge). */
export const ROLLING_UPDATE_SURGE = 1;

/** Readiness (HTTP path) and liveness (its own path, or a TCP check) probes: never identical. */
function probes(
  port: number | undefined,
  readinessPath: string | undefined,
  livenessPath: string | undefined,
): Pick<Container, "readinessProbe" | "livenessProbe"> {
  if (port === undefined) return {};
  return {
    readinessProbe: { httpGet: { path: readinessPath ?? "/", port: "http" }, periodSeconds: 10, failureThreshold: 3 },
    livenessProbe: {
      ...(livenessPath ? { httpGet: { path: livenessPath, port: "http" } } : { tcpSocket: { port: "http" } }),
      initialDelaySeconds: 10,
      periodSeconds: 20,
      failureThreshold: 6,
    },
  };
}

/** `envFrom` references to existing ConfigMaps and Secrets (omitted when there are none). */
function envFrom(scope: Construct, configMaps: readonly string[], secrets: readonly string[]): { envFrom?: EnvFromSource[] } {
  configMaps.forEach((name, i) => requireDnsLabel(scope, `envFromConfigMaps[${i}]`, name));
  secrets.forEach((name, i) => requireDnsLabel(scope, `envFromSecrets[${i}]`, name));
  const refs = [...configMaps.map((name) => ({ configMapRef: { name } })), ...secrets.map((name) => ({ secretRef: { name } }))];
  return refs.length ? { envFrom: refs } : {};
}

/** A Deployment with everything it needs to run safely. */
export class Workload extends PodWorkload {
  readonly port?: number;
  readonly replicas: number;

  constructor(scope: Construct, id: string, props: WorkloadProps) {
    super(scope, id, props.namespace, props?.name);
    requireKnownProps(this, props, WORKLOAD_PROPS);
    const size = resolveSize(this, props.size ?? "S");
    const sizing = WORKLOAD_SIZING[size];
    // Checked once (core/checked-once.ts): a pattern's image, port and replicas, checked where the user wrote them, are taken as they are.
    resolveImage(
      this,
      "image",
      checkOnce(this, "image", props.image, (image) => requireNonEmpty(this, "image", image)),
    );
    if (props.port !== undefined) this.port = checkOnce(this, "port", props.port, (port) => requireIntegerInRange(this, "port", port, 1, 65535));
    this.replicas = checkOnce(this, "replicas", props.replicas ?? sizing.replicas, (n) => requireIntegerInRange(this, "replicas", n, 0, 1000));
    if (props.maxReplicas !== undefined) requireIntegerInRange(this, "maxReplicas", props.maxReplicas, Math.max(1, this.replicas), 1000);
    const runAsUser = requireIntegerInRange(this, "runAsUser", props.runAsUser ?? 10001, 1, 2147483647);
    validatePlainEnv(this, "env", props.env);
    requireEnvNames(this, "secretEnv", props.secretEnv);
    for (const key of Object.keys(props.env ?? {})) {
      if (key in (props.secretEnv ?? {})) fail(this, `env.${key}`, "is also set in secretEnv; set it in one place only");
    }
    if (props.healthCheckPath !== undefined && props.healthCheckPath === props.livenessCheckPath) {
      fail(
        this,
        "livenessCheckPath",
        `${JSON.stringify(props.livenessCheckPath)} equals healthCheckPath. Allowed: a different path, or leave it unset for a TCP check`,
      );
    }
    // Peak pods: the autoscaler's maximum (or the replicas) plus the rolling-update surge.
    const peak = Math.max(this.replicas, props.maxReplicas ?? 0) + ROLLING_UPDATE_SURGE;
    this.namespace.reservePods(this, props.maxReplicas !== undefined ? "maxReplicas" : "replicas", peak);

    const labels = this.labels;
    const ns = this.namespace.name;
    const writablePaths = props.writablePaths ?? ["/tmp"];
    this.serviceAccount(props.mountServiceAccountToken ?? false);

    const container: Container = {
      name: this.name,
      image: props.image,
      imagePullPolicy: "IfNotPresent",
      ...(props.command ? { command: [...props.command] } : {}),
      ...(props.args ? { args: [...props.args] } : {}),
      ...(this.port !== undefined ? { ports: [{ name: "http", containerPort: this.port, protocol: "TCP" }] } : {}),
      ...containerEnv(props.env, props.secretEnv),
      ...envFrom(this, props.envFromConfigMaps ?? [], props.envFromSecrets ?? []),
      resources: containerResources(sizing),
      securityContext: containerSecurityContext({ readOnlyRootFilesystem: !props.writableRootFilesystem, runAsUser }),
      volumeMounts: this.writableMounts(writablePaths),
      ...probes(this.port, props.healthCheckPath, props.livenessCheckPath),
    };
    new KubeManifest(this, "deployment", {
      wait: { rollout: true },
      object: typed<Deployment>({
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: this.name, namespace: ns, labels },
        spec: {
          // With an autoscaler the HPA owns spec.replicas: a fixed value here would reset it on every apply.
          ...(props.maxReplicas === undefined ? { replicas: this.replicas } : {}),
          revisionHistoryLimit: 5,
          selector: { matchLabels: { ...this.selectorLabels } },
          strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
          template: {
            metadata: { labels },
            spec: this.podSpec(container, {
              runAsUser,
              writablePaths,
              mountServiceAccountToken: props.mountServiceAccountToken,
              spreadOverZones: props.spreadOverZones,
            }),
          },
        },
      }),
    });

    if (this.port !== undefined) {
      new KubeManifest(this, "service", {
        object: typed<Service>({
          apiVersion: "v1",
          kind: "Service",
          metadata: { name: this.name, namespace: ns, labels },
          spec: { type: "ClusterIP", selector: { ...this.selectorLabels }, ports: [{ name: "http", port: 80, targetPort: "http", protocol: "TCP" }] },
        }),
      });
    }
    if (this.replicas > 1) {
      new KubeManifest(this, "pdb", {
        object: typed<PodDisruptionBudget>({
          apiVersion: "policy/v1",
          kind: "PodDisruptionBudget",
          metadata: { name: this.name, namespace: ns, labels },
          spec: { minAvailable: this.replicas - 1, selector: { matchLabels: { ...this.selectorLabels } } },
        }),
      });
    }
    if (props.maxReplicas !== undefined) {
      new KubeManifest(this, "hpa", {
        object: typed<HorizontalPodAutoscaler>({
          apiVersion: "autoscaling/v2",
          kind: "HorizontalPodAutoscaler",
          metadata: { name: this.name, namespace: ns, labels },
          spec: {
            scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: this.name },
            minReplicas: Math.max(1, this.replicas),
            maxReplicas: props.maxReplicas,
            metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } } }],
          },
        }),
      });
    }
  }
}
