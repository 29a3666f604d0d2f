/**
 * The parts both in-cluster brokers (broker/rabbitmq.ts, broker/kafka.ts) share: pinned images,
 * sizing and the namespace-quota check, the Services and NetworkPolicies around the pods
 * (brokerScaffold), the StatefulSet, cert-manager certificates for the broker and each client
 * (BrokerTls), and one credential per client (ClientCredentials). Split from
 * providers/shared/in-cluster-broker.ts (issue 22) without changes.
 */
import type { Container, Service, ServiceAccount, Volume } from "kubernetes-types/core/v1";
import type { StatefulSet } from "kubernetes-types/apps/v1";
import type { PodDisruptionBudget } from "kubernetes-types/policy/v1";
import type { Construct } from "constructs";
import { fail } from "../../../core/errors";
import { KubeManifest } from "../../../constructs/kube/manifest";
import { KubeSecret, SecretKeyRef } from "../../../constructs/kube/secret";
import { DEFAULT_INTERNAL_ISSUER, ServiceCertificate } from "../../../constructs/kube/cert-manager";
import { typed } from "../../../constructs/kube/typed";
import { appSelector, MANAGED_BY } from "../../../constructs/kube/labels";
import { NetworkPeer, writeNetworkPolicy } from "../../../constructs/network";
import { containerSecurityContext, podSecurityContext } from "../../../constructs/security";
import { WORKLOAD_SIZING, type Size } from "../../../core/profile";
import type { DeploymentContext } from "../../../core/context";
import { ensureInput } from "../../../core/landing-zone";
import { rendersInfraLayers } from "../../../core/layers";
import { brokerClientSecretName, type BrokerClientPlacement } from "../../../core/capabilities/message-broker";
import type { AmqpTopologyView, KafkaTopologyView } from "../../../core/messaging/topology";
import { boundedName } from "../../../core/naming";
import type { ImageResolver } from "../../../core/images/map";
import { catalogueRef } from "../../../core/images/catalogue";

/** Upstream broker images (catalogue keys `rabbitmq` and `kafka`; provenance in core/images/catalogue.ts, ADR 0051). */
export const BROKER_IMAGES = {
  rabbitmq: catalogueRef("rabbitmq"),
  kafka: catalogueRef("kafka"),
} as const;

/** What a target passes to the in-cluster brokers. */
export interface InClusterBrokerOptions {
  readonly registryMirror?: string;
  /** The target's image map. @default `registryMirror` alone */
  readonly imageResolver?: ImageResolver;
  readonly storageClassName?: string;
  /** @default BROKER_IMAGES.rabbitmq */
  readonly rabbitmqImage?: string;
  /** @default BROKER_IMAGES.kafka */
  readonly kafkaImage?: string;
}

/** Broker resources per size: brokers need more memory than the generic workload sizing. */
export const BROKER_SIZING: Readonly<Record<Size, { cpuRequest: string; cpuLimit: string; memory: string; volume: string }>> = {
  S: { cpuRequest: "250m", cpuLimit: "500m", memory: "1Gi", volume: "5Gi" },
  M: { cpuRequest: "500m", cpuLimit: "1", memory: "2Gi", volume: "20Gi" },
  L: { cpuRequest: "1", cpuLimit: "2", memory: "4Gi", volume: "100Gi" },
  XL: { cpuRequest: "2", cpuLimit: "4", memory: "8Gi", volume: "500Gi" },
};

/** CPU cores of a Kubernetes quantity (`500m`, `2`). */
function cores(quantity: string): number {
  return quantity.endsWith("m") ? Number(quantity.slice(0, -1)) / 1000 : Number(quantity);
}

/** GiB of a Kubernetes quantity (`512Mi`, `8Gi`). */
function gibibytes(quantity: string): number {
  return quantity.endsWith("Mi") ? Number(quantity.slice(0, -2)) / 1024 : Number(quantity.replace(/Gi$/, ""));
}

/**
 * Fails at synth when the broker's replicas alone would take more than half of the namespace's
 * CPU or memory quota (they could not all start, or would leave nothing for the clients).
 */
function requireQuotaRoom(ctx: DeploymentContext, replicas: number): void {
  const sizing = BROKER_SIZING[ctx.size];
  const quota = WORKLOAD_SIZING[ctx.size];
  const cpu = replicas * cores(sizing.cpuLimit);
  const memory = replicas * gibibytes(sizing.memory);
  if (cpu > cores(quota.quotaCpu) / 2 || memory > gibibytes(quota.quotaMemory) / 2) {
    fail(
      ctx.scope,
      "size",
      `${ctx.size} is too small for ${replicas} broker replicas (${cpu} CPU, ${memory}Gi limits; namespace quota ${quota.quotaCpu} CPU, ${quota.quotaMemory}, half kept for clients). Allowed: a larger size, or fewer brokers`,
    );
  }
}

/** What the shared pieces need to know of one broker: its context, name, replicas, sizing, ports. */
export interface BrokerShape {
  readonly ctx: DeploymentContext;
  /** Object name prefix, e.g. `bus`. */
  readonly name: string;
  readonly replicas: number;
  readonly clientPort: number;
  /** Ports the replicas talk to each other on. */
  readonly peerPorts: readonly number[];
  readonly storageClassName?: string;
}

/** `<name>-<ordinal>.<name>-headless.<ns>.svc.cluster.local` of replica `i`. */
export function podHost(shape: BrokerShape, i: number | string): string {
  return `${shape.name}-${i}.${shape.name}-headless.${shape.ctx.namespace.name}.svc.cluster.local`;
}

/** ServiceAccount (no token), headless and client Services, PDB and the peer-to-peer policies of a broker. */
export function brokerScaffold(scope: Construct, shape: BrokerShape): { selector: Readonly<Record<string, string>>; labels: Record<string, string> } {
  const ns = shape.ctx.namespace.name;
  const selector = appSelector(ns, shape.name);
  const labels = { ...selector, ...MANAGED_BY };
  requireQuotaRoom(shape.ctx, shape.replicas);
  shape.ctx.namespace.reservePods(shape.ctx.scope, "replicas", shape.replicas, `${shape.ctx.scope.node.path} ${shape.name}`);
  new KubeManifest(scope, "service-account", {
    object: typed<ServiceAccount>({
      apiVersion: "v1",
      kind: "ServiceAccount",
      metadata: { name: shape.name, namespace: ns, labels },
      automountServiceAccountToken: false,
    }),
  });
  new KubeManifest(scope, "service", {
    object: typed<Service>({
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: shape.name, namespace: ns, labels },
      spec: {
        type: "ClusterIP",
        selector: { ...selector },
        ports: [{ name: "client", port: shape.clientPort, targetPort: shape.clientPort, protocol: "TCP" }],
      },
    }),
  });
  new KubeManifest(scope, "headless", {
    object: typed<Service>({
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: `${shape.name}-headless`, namespace: ns, labels },
      spec: {
        clusterIP: "None",
        publishNotReadyAddresses: true,
        selector: { ...selector },
        ports: [shape.clientPort, ...shape.peerPorts].map((port) => ({ name: `tcp-${port}`, port, targetPort: port, protocol: "TCP" })),
      },
    }),
  });
  if (shape.replicas > 1) {
    new KubeManifest(scope, "pdb", {
      object: typed<PodDisruptionBudget>({
        apiVersion: "policy/v1",
        kind: "PodDisruptionBudget",
        metadata: { name: shape.name, namespace: ns, labels },
        // A quorum of the replicas stays up during voluntary disruptions.
        spec: { maxUnavailable: 1, selector: { matchLabels: { ...selector } } },
      }),
    });
  }
  // Replicas reach each other on the cluster ports only (default-deny otherwise).
  const self: NetworkPeer = { description: `${shape.name}-peers`, podLabels: selector, ports: shape.peerPorts.map((port) => ({ port })) };
  const peerPorts = shape.peerPorts.map((port) => ({ port }));
  writeNetworkPolicy(scope, { namespace: ns, name: `${shape.name}-allow-from-peers`, podLabels: selector, direction: "Ingress", peer: self, ports: peerPorts });
  writeNetworkPolicy(scope, { namespace: ns, name: `${shape.name}-allow-to-peers`, podLabels: selector, direction: "Egress", peer: self, ports: peerPorts });
  return { selector, labels };
}

/** The StatefulSet of a broker: restricted pods, data volume, zone spread with several replicas. */
export function brokerStatefulSet(
  scope: Construct,
  shape: BrokerShape,
  labels: Record<string, string>,
  pod: {
    readonly runAsUser: number;
    readonly initContainers?: Container[];
    readonly container: Container;
    readonly volumes: Volume[];
    readonly dataPath: string;
    readonly annotations?: Record<string, string>;
  },
): KubeManifest {
  const ns = shape.ctx.namespace.name;
  const selector = appSelector(ns, shape.name);
  const sizing = BROKER_SIZING[shape.ctx.size];
  return new KubeManifest(scope, "statefulset", {
    wait: { rollout: true },
    object: typed<StatefulSet>({
      apiVersion: "apps/v1",
      kind: "StatefulSet",
      metadata: { name: shape.name, namespace: ns, labels },
      spec: {
        serviceName: `${shape.name}-headless`,
        replicas: shape.replicas,
        podManagementPolicy: "Parallel",
        selector: { matchLabels: { ...selector } },
        persistentVolumeClaimRetentionPolicy: { whenDeleted: "Retain", whenScaled: "Retain" },
        template: {
          metadata: { labels, ...(pod.annotations ? { annotations: pod.annotations } : {}) },
          spec: {
            serviceAccountName: shape.name,
            automountServiceAccountToken: false,
            securityContext: podSecurityContext(pod.runAsUser),
            ...(pod.initContainers?.length ? { initContainers: pod.initContainers } : {}),
            containers: [
              {
                ...pod.container,
                resources: {
                  requests: { cpu: sizing.cpuRequest, memory: sizing.memory },
                  limits: { cpu: sizing.cpuLimit, memory: sizing.memory },
                },
                securityContext: containerSecurityContext({ readOnlyRootFilesystem: true, runAsUser: pod.runAsUser }),
                volumeMounts: [{ name: "data", mountPath: pod.dataPath }, ...(pod.container.volumeMounts ?? [])],
              },
            ],
            volumes: pod.volumes,
            ...(shape.replicas > 1
              ? {
                  topologySpreadConstraints: [
                    {
                      maxSkew: 1,
                      topologyKey: "topology.kubernetes.io/zone",
                      whenUnsatisfiable: "DoNotSchedule",
                      labelSelector: { matchLabels: { ...selector } },
                    },
                  ],
                }
              : {}),
          },
        },
        volumeClaimTemplates: [
          {
            metadata: { name: "data" },
            spec: {
              accessModes: ["ReadWriteOnce"],
              ...(shape.storageClassName ? { storageClassName: shape.storageClassName } : {}),
              resources: { requests: { storage: sizing.volume } },
            },
          },
        ],
      },
    }),
  });
}

/** Keys of a client's TLS Secret (written by cert-manager) and the env each reaches the client as, per protocol. */
const TLS_ENV = {
  amqp: { AMQP_CA_PEM: "ca.crt", AMQP_CERTIFICATE_PEM: "tls.crt", AMQP_KEY_PEM: "tls.key" },
  kafka: { KAFKA_SSL_CA_PEM: "ca.crt", KAFKA_SSL_CERTIFICATE_PEM: "tls.crt", KAFKA_SSL_KEY_PEM: "tls.key" },
} as const;

/**
 * The broker's certificates: its server certificate (the client Service and every pod behind the
 * headless Service; also a client certificate, as brokers connect to each other) and, per client,
 * a client certificate in the client's own namespace and layer. cert-manager writes the Secrets.
 */
export class BrokerTls {
  /** Secret of the server certificate (`ca.crt`, `tls.crt`, `tls.key`). */
  readonly serverSecret: string;
  private readonly issuer: string;

  constructor(
    private readonly shape: BrokerShape,
    issuer: string | undefined,
  ) {
    const { ctx, name } = shape;
    const ns = ctx.namespace.name;
    this.issuer = issuer ?? DEFAULT_INTERNAL_ISSUER;
    this.serverSecret = new ServiceCertificate(ctx.platform as unknown as Construct, `${name}-tls-certificate`, {
      namespace: ns,
      name: `${name}-tls`,
      issuer: this.issuer,
      commonName: `${name}.${ns}.svc.cluster.local`,
      dnsNames: [name, `${name}.${ns}`, `${name}.${ns}.svc`, `${name}.${ns}.svc.cluster.local`, `*.${name}-headless.${ns}.svc.cluster.local`],
      clientAuth: true,
    }).secretName;
  }

  /** A client certificate (common name = the client's name) in `namespace`, once per construct id. */
  client(scope: Construct, namespace: string, client: string): string {
    const id = `${this.shape.name}-tls-${client}`;
    const existing = scope.node.tryFindChild(id) as ServiceCertificate | undefined;
    if (existing) return existing.secretName;
    return new ServiceCertificate(scope, id, {
      namespace,
      name: boundedName(`${this.shape.name}-${client}-tls`),
      issuer: this.issuer,
      commonName: client,
    }).secretName;
  }

  /** Env of a client: the CA, its certificate and key as Secret references. */
  clientEnv(placement: BrokerClientPlacement, protocol: "amqp" | "kafka"): Record<string, SecretKeyRef> {
    const secret = this.client(placement.platform as unknown as Construct, placement.namespace, placement.name);
    return Object.fromEntries(Object.entries(TLS_ENV[protocol]).map(([env, key]) => [env, { name: secret, key }]));
  }
}

/** The volume of a TLS Secret, readable by the pod's group (fsGroup) only. */
export function tlsVolume(secretName: string): Volume {
  return { name: "tls", secret: { secretName, defaultMode: 0o440 } };
}

/**
 * A client's password, once per client: a generated Secret in the broker's namespace when the
 * client runs there too; otherwise an infra-generated password (encrypted state) fed to a Secret in
 * the broker's namespace and one in the client's namespace.
 */
export class ClientCredentials {
  private readonly made = new Map<string, { broker: SecretKeyRef; client: SecretKeyRef }>();

  constructor(
    private readonly ctx: DeploymentContext,
    private readonly brokerId: string,
  ) {}

  get(placement: BrokerClientPlacement): { broker: SecretKeyRef; client: SecretKeyRef } {
    const existing = this.made.get(placement.name);
    if (existing) return existing;
    const secretName = brokerClientSecretName(this.brokerId, placement.name);
    const ns = this.ctx.namespace.name;
    let made: { broker: SecretKeyRef; client: SecretKeyRef };
    if (placement.namespace === ns) {
      const secret = new KubeSecret(this.ctx.platform, `${this.brokerId}-client-${placement.name}`, {
        namespace: ns,
        name: secretName,
        values: { password: { kind: "generated", length: 32 } },
      });
      made = { broker: secret.ref("password"), client: secret.ref("password") };
    } else {
      // Another layer: both Secrets are fed by one infra-generated password (the only value two layers can share).
      if (!rendersInfraLayers(this.ctx.scope)) {
        fail(
          this.ctx.scope,
          "client",
          `${placement.name} runs in namespace ${placement.namespace}, outside the broker's namespace ${ns}: its password is generated once for both namespaces in an infra layer, which needs an engine that renders infra layers (the Terraform engine). Allowed: clients in namespace ${ns} under the Pulumi engine, or an App as the root (import { App } from "stackwerk")`,
        );
      }
      const output = `${this.brokerId}_client_${placement.name.replace(/-/g, "_")}_password`;
      const value = this.ctx.infra().generatedPassword(this.ctx.infraName(output));
      this.ctx.fromInfra(output, value, { description: `password of event-bus client ${placement.name}`, sensitive: true });
      const input = this.ctx.infraName(output);
      ensureInput(placement.platform, input, { description: `password of event-bus client ${placement.name}`, sensitive: true });
      const brokerSide = new KubeSecret(this.ctx.platform, `${this.brokerId}-client-${placement.name}`, {
        namespace: ns,
        name: secretName,
        values: { password: { kind: "input", input } },
      });
      const clientSide = new KubeSecret(placement.platform as unknown as Construct, `${this.brokerId}-credentials-${placement.name}`, {
        namespace: placement.namespace,
        name: secretName,
        values: { password: { kind: "input", input } },
      });
      made = { broker: brokerSide.ref("password"), client: clientSide.ref("password") };
    }
    this.made.set(placement.name, made);
    return made;
  }
}

/** Fails unless `name` was granted something in the topology (a credential without rights is useless). */
export function requireGranted(ctx: DeploymentContext, topology: AmqpTopologyView | KafkaTopologyView, name: string): void {
  if (!topology.clients().some((c) => c.client.name === name)) {
    fail(ctx.scope, "client", `${JSON.stringify(name)} has no grant. Allowed: a client granted publish or consume first`);
  }
}
