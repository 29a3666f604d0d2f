/** Typed Kubernetes object shapes (from kubernetes-types, generated from the Kubernetes OpenAPI). */
import type { ObjectMeta } from "kubernetes-types/meta/v1";

/** Any Kubernetes object: apiVersion, kind, metadata and kind-specific fields. */
export interface KubeObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: ObjectMeta & { name: string };
  readonly [field: string]: unknown;
}
