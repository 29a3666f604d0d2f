/**
 * Compile-time typing of the objects constructs write: `typed<Deployment>({...})` checks the
 * literal against the Kubernetes API types (kubernetes-types, generated from the Kubernetes
 * OpenAPI), so a misspelt field fails `tsc`, not a deployment. The API server validates again.
 */
import type { ObjectMeta } from "kubernetes-types/meta/v1";
import type { KubeObject } from "./types";

type Named = { apiVersion?: string; kind?: string; metadata?: ObjectMeta };

/** Checks an object against its Kubernetes API type at compile time and returns it as a KubeObject. */
export function typed<T extends Named>(object: T & { apiVersion: string; kind: string; metadata: ObjectMeta & { name: string } }): KubeObject {
  return object as unknown as KubeObject;
}
