/**
 * Engine-neutral Kubernetes objects. Building blocks add `KubeManifest` nodes to the
 * construct tree; engines (Terraform, Pulumi) find them and render each one. Nothing here
 * imports an engine.
 */
import { Construct, IConstruct } from "constructs";
import type { KubeObject } from "./types";
import { fail, requireDnsLabel, requireHostName } from "../../core/errors";

export type { KubeObject } from "./types";

const MANIFEST_MARK = Symbol.for("stackwerk.KubeManifest");

/** How an engine should wait after applying an object. */
export interface ManifestWait {
  /** Wait until a Deployment/StatefulSet rollout completes. */
  readonly rollout?: boolean;
}

/** Props of a KubeManifest: the object and how engines wait for it. */
export interface KubeManifestProps {
  /** The object. `metadata.name` is required; `metadata.namespace` for namespaced kinds. */
  readonly object: KubeObject;
  /** @default no waiting beyond the API server accepting the object */
  readonly wait?: ManifestWait;
  /**
   * Fields the API server fills in or changes itself (dotted paths, e.g. `spec.template.metadata.labels`
   * of a Job): engines must not report them as drift. @default none beyond metadata labels and annotations
   */
  readonly serverSetFields?: readonly string[];
}

/** Kinds that are cluster-scoped (no namespace). */
const CLUSTER_SCOPED = new Set([
  "Namespace",
  "ClusterRole",
  "ClusterRoleBinding",
  "StorageClass",
  "PersistentVolume",
  "ValidatingAdmissionPolicy",
  "ValidatingAdmissionPolicyBinding",
  "PriorityClass",
  "CustomResourceDefinition",
]);

/** Kinds whose names are DNS subdomains (`<plural>.<group>`), not labels. */
const SUBDOMAIN_NAMED = new Set(["CustomResourceDefinition"]);

/** Where an object is in a cluster: its namespace (none for cluster-scoped kinds) and name. */
export interface KubeObjectIdentity {
  /** Namespace; unset for a cluster-scoped kind. */
  readonly namespace?: string;
  /** Object name. */
  readonly name: string;
}

/** One Kubernetes object in the construct tree. */
export class KubeManifest extends Construct {
  /** True for any KubeManifest (works across duplicate module copies). */
  static isKubeManifest(x: unknown): x is KubeManifest {
    return typeof x === "object" && x !== null && (x as { [MANIFEST_MARK]?: boolean })[MANIFEST_MARK] === true;
  }

  /** Every KubeManifest below `scope`, in construct-tree order. */
  static all(scope: IConstruct): KubeManifest[] {
    return scope.node.findAll().filter(KubeManifest.isKubeManifest);
  }

  readonly object: KubeObject;
  readonly wait: ManifestWait;
  /** See KubeManifestProps.serverSetFields. */
  readonly serverSetFields: readonly string[];
  private readonly formerly: KubeObjectIdentity[] = [];
  /** @internal brand for cross-copy type checks */
  readonly [MANIFEST_MARK] = true;

  constructor(scope: Construct, id: string, props: KubeManifestProps) {
    super(scope, id);
    const { object } = props;
    if (!object.apiVersion || !object.kind) fail(this, "object", "needs apiVersion and kind");
    if (SUBDOMAIN_NAMED.has(object.kind)) requireHostName(this, "metadata.name", object.metadata?.name ?? "");
    else requireDnsLabel(this, "metadata.name", object.metadata?.name ?? "");
    if (CLUSTER_SCOPED.has(object.kind)) {
      if (object.metadata.namespace) fail(this, "metadata.namespace", `${object.kind} is cluster-scoped and takes no namespace`);
    } else if (!object.metadata.namespace) {
      fail(this, "metadata.namespace", `${object.kind} is namespaced; set metadata.namespace`);
    }
    this.object = object;
    this.wait = props.wait ?? {};
    this.serverSetFields = props.serverSetFields ?? [];
  }

  /** Earlier identities of this object (same kind), see `formerlyAt`. */
  get formerIdentities(): ReadonlyArray<KubeObjectIdentity> {
    return [...this.formerly];
  }

  /**
   * Records that an earlier version wrote this object (same kind) under another namespace or
   * name: engines map the old address to the new one (the Terraform engine: a `moved` block), so the state
   * follows; the kubernetes provider then replaces the object (identity fields are immutable).
   */
  formerlyAt(identity: KubeObjectIdentity): void {
    if (identity.name === this.object.metadata.name && identity.namespace === this.object.metadata.namespace) return;
    if (SUBDOMAIN_NAMED.has(this.object.kind)) requireHostName(this, "formerlyAt.name", identity.name);
    else requireDnsLabel(this, "formerlyAt.name", identity.name);
    if ((identity.namespace === undefined) !== (this.object.metadata.namespace === undefined)) {
      fail(
        this,
        "formerlyAt.namespace",
        `${this.object.kind} is ${identity.namespace === undefined ? "namespaced: give the former namespace" : "cluster-scoped and takes no namespace"}`,
      );
    }
    if (identity.namespace !== undefined) requireDnsLabel(this, "formerlyAt.namespace", identity.namespace);
    this.formerly.push({ ...identity });
  }

  /** `kind/namespace/name`, unique within a cluster. */
  get key(): string {
    return `${this.object.kind}/${this.object.metadata.namespace ?? ""}/${this.object.metadata.name}`;
  }
}
