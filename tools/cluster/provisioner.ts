/**
 * A minimal dynamic volume provisioner for the embedded cluster, running inside the Node
 * process that supervises the cluster. It plays the part a CSI external-provisioner plays in a
 * real cluster, so PersistentVolumeClaims bind and StatefulSets become Ready:
 *
 * - the default StorageClass `standard` names this provisioner and uses
 *   `volumeBindingMode: WaitForFirstConsumer` (like the IONOS/STACKIT CSI classes): the
 *   scheduler picks a node and annotates the claim with `volume.kubernetes.io/selected-node`;
 * - this loop then creates a PersistentVolume pre-bound to the claim (`claimRef`), pinned to
 *   the selected node's zone; kube-controller-manager's PV controller completes the binding;
 * - released volumes with reclaim policy `Delete` are deleted.
 *
 * The volume source is a `hostPath` under the cluster's state folder. On kwok nodes nothing
 * mounts it (the volume is bookkeeping); the real node's kubelet (`--runtime`) mounts it. The
 * folder is made here world-writable (0777, as local-path-provisioner does), because kubelet
 * applies a pod's `fsGroup` to CSI and emptyDir volumes but never to a hostPath: without it a
 * non-root database (PostgreSQL as uid 70) could not create its data folder on the volume.
 */
import * as fs from "node:fs";
import { KubeApi } from "./kube-api";

export const PROVISIONER_NAME = "stackwerk.dev/embedded-hostpath";
export const DEFAULT_STORAGE_CLASS = "standard";

const SELECTED_NODE = "volume.kubernetes.io/selected-node";
const ZONE_LABEL = "topology.kubernetes.io/zone";

interface Meta {
  name: string;
  namespace?: string;
  uid?: string;
  annotations?: Record<string, string>;
  labels?: Record<string, string>;
  deletionTimestamp?: string;
}
interface StorageClass {
  metadata: Meta;
  provisioner: string;
  reclaimPolicy?: string;
  volumeBindingMode?: string;
  mountOptions?: string[];
}
interface Pvc {
  metadata: Meta;
  spec: {
    storageClassName?: string;
    volumeName?: string;
    accessModes?: string[];
    volumeMode?: string;
    resources?: { requests?: Record<string, string> };
  };
  status?: { phase?: string };
}
interface Pv {
  metadata: Meta;
  spec: { persistentVolumeReclaimPolicy?: string };
  status?: { phase?: string };
}
interface List<T> {
  items: T[];
}

/** The default StorageClass object the cluster creates at start. */
export function defaultStorageClass(): object {
  return {
    apiVersion: "storage.k8s.io/v1",
    kind: "StorageClass",
    metadata: {
      name: DEFAULT_STORAGE_CLASS,
      annotations: { "storageclass.kubernetes.io/is-default-class": "true" },
    },
    provisioner: PROVISIONER_NAME,
    reclaimPolicy: "Delete",
    volumeBindingMode: "WaitForFirstConsumer",
    allowVolumeExpansion: true,
  };
}

export class VolumeProvisioner {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  /** Last error, for status output; the loop keeps going. */
  lastError?: string;
  provisioned = 0;

  constructor(
    private readonly api: KubeApi,
    private readonly volumeRoot: string,
    private readonly intervalMs = 1000,
  ) {}

  start(): void {
    const tick = () => {
      if (this.stopped) return;
      this.running = this.reconcileOnce()
        .catch((err: Error) => {
          this.lastError = err.message;
        })
        .finally(() => {
          if (!this.stopped) {
            this.timer = setTimeout(tick, this.intervalMs);
            this.timer.unref();
          }
        });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One pass: provision pending claims, delete released volumes. */
  async reconcileOnce(): Promise<void> {
    const claims = await this.api.must<List<Pvc>>("GET", "/api/v1/persistentvolumeclaims");
    const pending = claims.items.filter((c) => !c.spec.volumeName && c.status?.phase !== "Bound" && !c.metadata.deletionTimestamp);
    const volumes = await this.api.must<List<Pv>>("GET", "/api/v1/persistentvolumes");
    if (pending.length > 0) {
      const classes = await this.api.must<List<StorageClass>>("GET", "/apis/storage.k8s.io/v1/storageclasses");
      const byName = new Map(classes.items.map((c) => [c.metadata.name, c]));
      const existing = new Set(volumes.items.map((v) => v.metadata.name));
      for (const claim of pending) {
        const cls = claim.spec.storageClassName ? byName.get(claim.spec.storageClassName) : undefined;
        if (!cls || cls.provisioner !== PROVISIONER_NAME) continue;
        const node = claim.metadata.annotations?.[SELECTED_NODE];
        if (cls.volumeBindingMode === "WaitForFirstConsumer" && !node) continue;
        const pvName = `pvc-${claim.metadata.uid}`;
        if (existing.has(pvName)) continue;
        await this.provision(claim, cls, pvName, node);
      }
    }
    for (const pv of volumes.items) {
      if (
        pv.metadata.annotations?.["pv.kubernetes.io/provisioned-by"] === PROVISIONER_NAME &&
        pv.status?.phase === "Released" &&
        (pv.spec.persistentVolumeReclaimPolicy ?? "Delete") === "Delete" &&
        !pv.metadata.deletionTimestamp
      ) {
        const res = await this.api.request("DELETE", `/api/v1/persistentvolumes/${pv.metadata.name}`);
        if (res.status >= 300 && res.status !== 404) throw new Error(`delete PV ${pv.metadata.name}: HTTP ${res.status} ${res.text.slice(0, 300)}`);
      }
    }
  }

  private async provision(claim: Pvc, cls: StorageClass, pvName: string, nodeName?: string): Promise<void> {
    let nodeAffinity: object | undefined;
    if (nodeName) {
      const res = await this.api.request<{ metadata: Meta }>("GET", `/api/v1/nodes/${encodeURIComponent(nodeName)}`);
      const zone = res.status === 200 ? res.body.metadata.labels?.[ZONE_LABEL] : undefined;
      const expr = zone ? { key: ZONE_LABEL, operator: "In", values: [zone] } : { key: "kubernetes.io/hostname", operator: "In", values: [nodeName] };
      nodeAffinity = { required: { nodeSelectorTerms: [{ matchExpressions: [expr] }] } };
    }
    const pv = {
      apiVersion: "v1",
      kind: "PersistentVolume",
      metadata: {
        name: pvName,
        annotations: { "pv.kubernetes.io/provisioned-by": PROVISIONER_NAME },
      },
      spec: {
        capacity: { storage: claim.spec.resources?.requests?.storage ?? "1Gi" },
        accessModes: claim.spec.accessModes?.length ? claim.spec.accessModes : ["ReadWriteOnce"],
        volumeMode: claim.spec.volumeMode ?? "Filesystem",
        persistentVolumeReclaimPolicy: cls.reclaimPolicy ?? "Delete",
        storageClassName: cls.metadata.name,
        ...(cls.mountOptions ? { mountOptions: cls.mountOptions } : {}),
        claimRef: {
          apiVersion: "v1",
          kind: "PersistentVolumeClaim",
          namespace: claim.metadata.namespace,
          name: claim.metadata.name,
          uid: claim.metadata.uid,
        },
        hostPath: { path: `${this.volumeRoot}/${pvName}`, type: "DirectoryOrCreate" },
        ...(nodeAffinity ? { nodeAffinity } : {}),
      },
    };
    const dir = `${this.volumeRoot}/${pvName}`;
    fs.mkdirSync(dir, { recursive: true });
    fs.chmodSync(dir, 0o777);
    const res = await this.api.request("POST", "/api/v1/persistentvolumes", pv);
    if (res.status === 409) return;
    if (res.status < 200 || res.status >= 300) throw new Error(`create PV ${pvName}: HTTP ${res.status} ${res.text.slice(0, 300)}`);
    this.provisioned++;
  }
}
