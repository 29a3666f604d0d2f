/**
 * The shared base of everything that runs pods in a pattern's namespace (Workload,
 * StatefulService): identity (name, selector labels), a ServiceAccount without token by
 * default, the restricted pod template (non-root, read-only root filesystem, writable emptyDirs,
 * zone spread), and the connections API that writes both sides' NetworkPolicies.
 */
import { Construct } from "constructs";
import type { ServiceAccount, PodSpec, Container, Volume, VolumeMount } from "kubernetes-types/core/v1";
import { KubeManifest } from "./kube/manifest";
import { typed } from "./kube/typed";
import { appSelector, MANAGED_BY } from "./kube/labels";
import { fail, requireDnsLabel } from "../core/errors";
import type { INamespace } from "../core/namespace";
import { NetworkPeer, policyName, writeNetworkPolicy } from "./network";
import { podSecurityContext } from "./security";
import type { IConnectable, IConnectionClient } from "../core/capabilities/connectable";

/** What the restricted pod template is made of besides the container. */
export interface PodTemplateOptions {
  /** UID the pod runs as (non-root). */
  readonly runAsUser: number;
  /** Folders that get a writable emptyDir (the root filesystem is read-only); mount them with `writableMounts`. */
  readonly writablePaths: readonly string[];
  /** Mount the service-account token. @default false */
  readonly mountServiceAccountToken?: boolean;
  /** Spread the pods over `topology.kubernetes.io/zone`. @default false */
  readonly spreadOverZones?: boolean;
  /** Further volumes (ConfigMaps, Secrets). @default none */
  readonly volumes?: readonly Volume[];
}

/** Something in the namespace that runs pods and takes part in zero-trust connections. */
export abstract class PodWorkload extends Construct implements IConnectionClient {
  /** Name of the workload's objects (RFC 1123 label). */
  readonly name: string;
  readonly namespace: INamespace;
  /** Labels selecting this workload's pods. */
  readonly selectorLabels: Readonly<Record<string, string>>;
  /** Labels on every object of the workload. */
  protected readonly labels: Readonly<Record<string, string>>;
  /** Port clients connect to, if the workload serves one. */
  abstract readonly port?: number;

  constructor(scope: Construct, id: string, namespace: INamespace, name: string) {
    super(scope, id);
    this.name = requireDnsLabel(this, "name", name);
    this.namespace = namespace;
    this.selectorLabels = appSelector(namespace.name, this.name);
    this.labels = { ...this.selectorLabels, ...MANAGED_BY };
  }

  /** The workload's ServiceAccount (no API token unless asked for). */
  protected serviceAccount(mountToken = false): void {
    new KubeManifest(this, "service-account", {
      object: typed<ServiceAccount>({
        apiVersion: "v1",
        kind: "ServiceAccount",
        metadata: { name: this.name, namespace: this.namespace.name, labels: this.labels },
        automountServiceAccountToken: mountToken,
      }),
    });
  }

  /** Mounts of the writable emptyDirs of `podSpec` (for the container's `volumeMounts`). */
  protected writableMounts(paths: readonly string[]): VolumeMount[] {
    return paths.map((mountPath, i) => ({ name: `writable-${i}`, mountPath }));
  }

  /** The restricted pod spec around `container`. */
  protected podSpec(container: Container, options: PodTemplateOptions): PodSpec {
    const writable = options.writablePaths;
    return {
      serviceAccountName: this.name,
      automountServiceAccountToken: options.mountServiceAccountToken ?? false,
      securityContext: podSecurityContext(options.runAsUser),
      containers: [container],
      volumes: [...writable.map((_, i) => ({ name: `writable-${i}`, emptyDir: { sizeLimit: "256Mi" } })), ...(options.volumes ?? [])],
      ...(options.spreadOverZones
        ? {
            topologySpreadConstraints: [
              {
                maxSkew: 1,
                topologyKey: "topology.kubernetes.io/zone",
                whenUnsatisfiable: "DoNotSchedule",
                labelSelector: { matchLabels: { ...this.selectorLabels } },
              },
            ],
          }
        : {}),
    };
  }

  /** This workload as a peer others may reach (its port). */
  asPeer(): NetworkPeer {
    return {
      description: this.name,
      podLabels: this.selectorLabels,
      namespaceLabels: this.namespace.selectorLabels,
      ports: this.port !== undefined ? [{ port: this.port }] : [],
    };
  }

  /**
   * This workload as an in-cluster capability (a broker, a database, a model server): clients
   * reach its port, and `admit` writes the ingress policy on its side.
   */
  asService(): IConnectable {
    return { implementation: "in-cluster", peer: this.asPeer(), admit: (client) => this.allowFrom(client) };
  }

  /**
   * Admits traffic from `peer` to this workload's port, by the policy `<name>-allow-from-<peer>`
   * (a peer in another namespace is named by its namespace too: see `policyName`).
   */
  allowFrom(peer: NetworkPeer): void {
    if (this.port === undefined) fail(this, "allowFrom", `workload ${this.name} has no port; set port to accept traffic`);
    const options = { namespace: this.namespace.name, podLabels: this.selectorLabels, peer };
    writeNetworkPolicy(this, {
      ...options,
      name: policyName(this.name, "allow-from", peer, this.namespace.name),
      direction: "Ingress",
      ports: [{ port: this.port }],
    });
  }

  /**
   * Lets this workload open connections to `target`. For another pod workload both sides'
   * policies are written (egress here, ingress there) in one call. The egress policy is
   * `<name>-allow-to-<peer>`, named by the peer's namespace too when that is another (`policyName`).
   */
  allowTo(target: NetworkPeer | PodWorkload): void {
    const peer = target instanceof PodWorkload ? target.asPeer() : target;
    if (peer.ports.length === 0) fail(this, "allowTo", `${peer.description} exposes no port to connect to`);
    const options = { namespace: this.namespace.name, podLabels: this.selectorLabels, peer };
    writeNetworkPolicy(this, { ...options, name: policyName(this.name, "allow-to", peer, this.namespace.name), direction: "Egress", ports: peer.ports });
    if (target instanceof PodWorkload) target.allowFrom(this.asPeer());
  }
}
