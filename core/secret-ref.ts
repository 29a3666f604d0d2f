/**
 * A reference to one key of a Kubernetes Secret: how capabilities hand out credentials without
 * their values (constructs/kube/secret.ts writes the Secrets; everything else passes references).
 */

/** A key inside a Secret, as env `valueFrom.secretKeyRef` needs it. */
export interface SecretKeyRef {
  /** @format dns-subdomain */
  readonly name: string;
  /** @format secret-key */
  readonly key: string;
}
