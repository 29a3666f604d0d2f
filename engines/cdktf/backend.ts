/**
 * Where OpenTofu keeps the state of a deployment's stacks: local (the default, a file in each
 * stack folder, for a first try), the Kubernetes backend (a Secret per stack with a Lease as the
 * lock: on-prem teams share state through the cluster they already run), or an S3-compatible
 * bucket with a lock file (IONOS or STACKIT object storage, an on-prem S3). The description and
 * its validation are engine-neutral (core/state-backend.ts: the `backend` prop of a landing zone
 * or pattern); this file renders it as the stacks' `terraform.backend` block. The low-level form
 * sets it for an App, a landing zone (its stacks and those of every pattern in it) or a pattern:
 *
 *   stateBackend(zone, { type: "kubernetes", namespace: "tofu-state", kubeconfigPath: "/etc/rz/kubeconfig" });
 *
 * Each stack gets its own key (secret suffix, object key) named after the stack. State and
 * plan encryption (ADR 0011/0020) apply to every backend: the bucket or Secret holds ciphertext.
 */
import { TerraformStack } from "./cdk";
import type { IConstruct } from "constructs";
import { declaredStateBackend, declareStateBackend, StateBackend } from "../../core/state-backend";
import { Pattern } from "../../constructs/pattern";
import { escapeTemplatesDeep } from "./escape";

export type { StateBackend, LocalStateBackend, KubernetesStateBackend, S3StateBackend } from "../../core/state-backend";

/**
 * Sets the state backend of every stack below `scope` (an App, a landing zone with its patterns,
 * or a pattern): the low-level form of the `backend` prop of `LandingZone` and every pattern
 * (which record the same description); also the only way to set one App-wide.
 */
export function stateBackend(scope: IConstruct, backend: StateBackend): void {
  declareStateBackend(scope, backend);
}

/** The backend set for `stack`: on the nearest scope above it, or on the landing zone of the pattern it belongs to. */
export function backendOf(stack: TerraformStack): StateBackend | undefined {
  for (let c: IConstruct | undefined = stack; c; c = c.node.scope) {
    const own = declaredStateBackend(c);
    if (own) return own;
    // A pattern placed in a landing zone keeps its state where the zone's stacks keep theirs.
    const zone = c instanceof Pattern ? declaredStateBackend(c.landingZone) : undefined;
    if (zone) return zone;
  }
  return undefined;
}

/** The `terraform.backend` block of `backend` for the stack named `stackName`. */
export function backendBlock(backend: StateBackend, stackName: string): Record<string, Record<string, unknown>> {
  switch (backend.type) {
    case "local":
      return { local: { path: "terraform.tfstate" } };
    case "kubernetes":
      return {
        kubernetes: {
          secret_suffix: stackName,
          namespace: backend.namespace,
          ...(backend.kubeconfigPath ? { config_path: backend.kubeconfigPath } : {}),
          ...(backend.kubeContext ? { config_context: backend.kubeContext } : {}),
        },
      };
    case "s3":
      return {
        s3: {
          bucket: backend.bucket,
          key: `${backend.keyPrefix ?? "stackwerk/"}${stackName}.tfstate`,
          region: backend.region ?? "eu-central-1",
          endpoints: { s3: backend.endpoint },
          use_path_style: true,
          use_lockfile: true,
          skip_credentials_validation: true,
          skip_region_validation: true,
          skip_requesting_account_id: true,
          skip_metadata_api_check: true,
        },
      };
  }
}

/** Rewrites the backend of a synthesised stack's JSON (in place) when one was set for it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function applyStateBackend(stack: TerraformStack, tf: any): void {
  const backend = backendOf(stack);
  if (!backend || !tf?.terraform) return;
  // OpenTofu evaluates templates in the backend block early: a user's `${…}`/`%{…}` stays text.
  tf.terraform.backend = escapeTemplatesDeep(backendBlock(backend, stack.node.id));
  if (tf["//"]?.metadata) tf["//"].metadata.backend = backend.type;
}
