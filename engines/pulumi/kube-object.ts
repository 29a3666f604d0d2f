/**
 * One Kubernetes object as a Pulumi resource of the Kubernetes provider, registered under the type
 * token the provider derives the object's group, version and kind from:
 * `kubernetes:<group>/<version>:<Kind>`, with `core` for the core group (`kubernetes:core/v1:Namespace`).
 * `@pulumi/kubernetes`' `apiextensions.CustomResource` would register a core kind as
 * `kubernetes:v1:Namespace`, which the provider refuses ("apiVersion does not have both a group and a
 * version"). The body is passed as written (nothing is dropped, unlike the typed classes' known
 * fields), so both engines apply the same object.
 */
import * as pulumi from "@pulumi/pulumi";

/** The Pulumi type token of a Kubernetes object of `apiVersion` and `kind`. */
export function kubernetesTypeToken(apiVersion: string, kind: string): string {
  const parts = apiVersion.split("/");
  if (parts.length > 2 || parts.some((p) => p === "") || !/^[A-Z][A-Za-z0-9]*$/.test(kind)) {
    throw new Error(
      `apiVersion ${JSON.stringify(apiVersion)} / kind ${JSON.stringify(kind)}: not a Kubernetes object type. Allowed: <group>/<version> or <version>, and a kind like Deployment`,
    );
  }
  return `kubernetes:${parts.length === 1 ? `core/${apiVersion}` : apiVersion}:${kind}`;
}

/** A Kubernetes object (any kind, CRD kinds included) applied by the Kubernetes provider. */
export class KubernetesObject extends pulumi.CustomResource {
  /** The object as the cluster returned it. */
  declare readonly metadata: pulumi.Output<Record<string, unknown>>;

  constructor(name: string, object: { apiVersion: string; kind: string } & Record<string, unknown>, opts: pulumi.CustomResourceOptions) {
    super(kubernetesTypeToken(object.apiVersion, object.kind), name, { ...object, metadata: object.metadata }, opts);
  }
}
