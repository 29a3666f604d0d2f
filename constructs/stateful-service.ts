/**
 * A single-replica stateful service with a persistent volume (in-cluster PostgreSQL,
 * in-cluster S3 store): StatefulSet, Service, and ingress policy for its clients only.
 */
import { Construct } from "constructs";
import { KubeManifest } from "./kube/manifest";
import { typed } from "./kube/typed";
import type { ConfigMap, Service } from "kubernetes-types/core/v1";
import type { StatefulSet } from "kubernetes-types/apps/v1";
import type { SecretKeyRef } from "./kube/secret";
import { containerEnv } from "./kube/env";
import type { INamespace } from "../core/namespace";
import type { NetworkPeer } from "./network";
import { containerSecurityContext } from "./security";
import { fail, requireIntegerInRange } from "../core/errors";
import { PodWorkload } from "./pod";

/** Props of a StatefulService: image, port, volume, probes, resources and files of a single-replica stateful server. */
export interface StatefulServiceProps {
  readonly namespace: INamespace;
  readonly name: string;
  readonly image: string;
  readonly port: number;
  /** Container command (replaces the image's entrypoint). @default the image's entrypoint */
  readonly command?: readonly string[];
  readonly args?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly secretEnv?: Readonly<Record<string, SecretKeyRef>>;
  /** Where the volume is mounted. */
  readonly dataPath: string;
  readonly volumeSize: string;
  /** @default the cluster's default StorageClass */
  readonly storageClassName?: string;
  readonly runAsUser: number;
  /** Writable emptyDirs besides the data volume. @default ["/tmp"] */
  readonly writablePaths?: readonly string[];
  /** Is the service ready for clients? */
  readonly readinessProbe: Record<string, unknown>;
  /**
   * Should the container be restarted? Must differ from the readiness probe.
   * @default a TCP check of the port, after a start-up grace period
   */
  readonly livenessProbe?: Record<string, unknown>;
  readonly resources: { requests: Record<string, string>; limits: Record<string, string> };
  /** Files (name → content) in a ConfigMap `<name>-files`, mounted read-only at `mountPath`. @default none */
  readonly files?: { readonly mountPath: string; readonly files: Readonly<Record<string, string>> };
}

/** A single-replica StatefulSet with its volume, Service and client policies. */
export class StatefulService extends PodWorkload {
  readonly port: number;

  constructor(scope: Construct, id: string, props: StatefulServiceProps) {
    super(scope, id, props.namespace, props.name);
    this.port = requireIntegerInRange(this, "port", props.port, 1, 65535);
    const livenessProbe = props.livenessProbe ?? { tcpSocket: { port: this.port }, initialDelaySeconds: 30, periodSeconds: 20, failureThreshold: 6 };
    if (JSON.stringify(livenessProbe) === JSON.stringify(props.readinessProbe)) {
      fail(
        this,
        "livenessProbe",
        "equals readinessProbe. Allowed: a different check (liveness restarts the container; readiness only takes it out of the Service)",
      );
    }
    // One replica; an update replaces the pod in place (no surge).
    this.namespace.reservePods(this, "replicas", 1);
    const labels = this.labels;
    const ns = this.namespace.name;
    const writable = props.writablePaths ?? ["/tmp"];
    this.serviceAccount();
    new KubeManifest(this, "service", {
      object: typed<Service>({
        apiVersion: "v1",
        kind: "Service",
        metadata: { name: this.name, namespace: ns, labels },
        spec: { type: "ClusterIP", selector: { ...this.selectorLabels }, ports: [{ name: "main", port: this.port, targetPort: this.port, protocol: "TCP" }] },
      }),
    });
    if (props.files) {
      new KubeManifest(this, "files", {
        object: typed<ConfigMap>({
          apiVersion: "v1",
          kind: "ConfigMap",
          metadata: { name: `${this.name}-files`, namespace: ns, labels },
          data: { ...props.files.files },
        }),
      });
    }
    const fileMounts = props.files ? [{ name: "files", mountPath: props.files.mountPath, readOnly: true }] : [];
    const fileVolumes = props.files ? [{ name: "files", configMap: { name: `${this.name}-files`, defaultMode: 0o444 } }] : [];
    new KubeManifest(this, "statefulset", {
      wait: { rollout: true },
      object: typed<StatefulSet>({
        apiVersion: "apps/v1",
        kind: "StatefulSet",
        metadata: { name: this.name, namespace: ns, labels },
        spec: {
          serviceName: this.name,
          replicas: 1,
          selector: { matchLabels: { ...this.selectorLabels } },
          persistentVolumeClaimRetentionPolicy: { whenDeleted: "Retain", whenScaled: "Retain" },
          template: {
            metadata: { labels },
            spec: this.podSpec(
              {
                name: this.name,
                image: props.image,
                imagePullPolicy: "IfNotPresent",
                ...(props.command ? { command: [...props.command] } : {}),
                ...(props.args ? { args: [...props.args] } : {}),
                ports: [{ name: "main", containerPort: this.port, protocol: "TCP" }],
                ...containerEnv(props.env, props.secretEnv),
                resources: props.resources,
                securityContext: containerSecurityContext({ readOnlyRootFilesystem: true, runAsUser: props.runAsUser }),
                readinessProbe: props.readinessProbe,
                livenessProbe,
                volumeMounts: [{ name: "data", mountPath: props.dataPath }, ...this.writableMounts(writable), ...fileMounts],
              },
              { runAsUser: props.runAsUser, writablePaths: writable, volumes: fileVolumes },
            ),
          },
          volumeClaimTemplates: [
            {
              metadata: { name: "data" },
              spec: {
                accessModes: ["ReadWriteOnce"],
                ...(props.storageClassName ? { storageClassName: props.storageClassName } : {}),
                resources: { requests: { storage: props.volumeSize } },
              },
            },
          ],
        },
      }),
    });
  }

  /** The service as a peer for clients' egress policies (same as `asPeer()`). */
  get peer(): NetworkPeer {
    return this.asPeer();
  }

  /** Service DNS name inside the cluster. */
  get host(): string {
    return `${this.name}.${this.namespace.name}.svc.cluster.local`;
  }
}
