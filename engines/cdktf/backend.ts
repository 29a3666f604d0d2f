/**
 * Where OpenTofu keeps the state of a deployment's stacks: local (the default, a file in each
 * stack folder, for a first try), the Kubernetes backend (a Secret per stack with a Lease as the
 * lock: on-prem teams share state through the cluster they already run), or an S3-compatible
 * bucket with a lock file (IONOS or STACKIT object storage, an on-prem S3). One call sets it for
 * an App, a landing zone (its stacks and those of every pattern placed in it) or a pattern:
 *
 *   stateBackend(zone, { type: "kubernetes", namespace: "tofu-state", kubeconfigPath: "/etc/rz/kubeconfig" });
 *
 * Each stack gets its own key (secret suffix, object key) named after the stack. State and
 * plan encryption (ADR 0011/0020) apply to every backend: the bucket or Secret holds ciphertext.
 */
import { TerraformStack } from "./cdk";
import type { IConstruct } from "constructs";
import { fail, requireKnownProps } from "../../core/errors";
import { Pattern } from "../../constructs/pattern";

/** State in a file in each stack folder (`terraform.tfstate`). */
export interface LocalStateBackend {
  readonly type: "local";
}

/** State in a Secret per stack (`tfstate-default-<stack>`) in `namespace`, locked with a Lease. */
export interface KubernetesStateBackend {
  readonly type: "kubernetes";
  /** Namespace of the state Secrets (it must exist; keep it apart from the workloads). */
  readonly namespace: string;
  /** Kubeconfig file of the cluster holding the state. @default the backend's (KUBE_CONFIG_PATH) */
  readonly kubeconfigPath?: string;
  /** Context in the kubeconfig. @default its current context */
  readonly kubeContext?: string;
}

/** State in an S3-compatible bucket, one object per stack (`<keyPrefix><stack>.tfstate`), locked with a lock file beside it. */
export interface S3StateBackend {
  readonly type: "s3";
  /** Bucket (it must exist; turn on versioning to keep earlier states). */
  readonly bucket: string;
  /** Endpoint URL of the object storage, e.g. `https://s3.eu-central-3.ionoscloud.com`. */
  readonly endpoint: string;
  /** Region the endpoint expects. @default "eu-central-1" */
  readonly region?: string;
  /** Prefix of every state object. @default "stackwerk/" */
  readonly keyPrefix?: string;
}

/** A state backend: `local` (default), `kubernetes` or `s3`. Credentials come from the environment (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY for s3). */
export type StateBackend = LocalStateBackend | KubernetesStateBackend | S3StateBackend;

const BACKENDS = new WeakMap<IConstruct, StateBackend>();
const PROPS: Record<StateBackend["type"], readonly string[]> = {
  local: ["type"],
  kubernetes: ["type", "namespace", "kubeconfigPath", "kubeContext"],
  s3: ["type", "bucket", "endpoint", "region", "keyPrefix"],
};

/** Sets the state backend of every stack below `scope` (an App, a landing zone with its patterns, or a pattern). */
export function stateBackend(scope: IConstruct, backend: StateBackend): void {
  const types = Object.keys(PROPS);
  if (!backend || !Object.hasOwn(PROPS, backend.type))
    fail(scope, "backend.type", `${JSON.stringify(backend?.type)} is not allowed. Allowed: ${types.join(", ")}`);
  requireKnownProps(scope, backend, PROPS[backend.type], "backend.");
  const text = (prop: string, value: unknown, allowed: string) => {
    if (typeof value !== "string" || value.trim() === "") fail(scope, `backend.${prop}`, `${JSON.stringify(value)} is not allowed. Allowed: ${allowed}`);
  };
  if (backend.type === "kubernetes") text("namespace", backend.namespace, "the namespace of the state Secrets (a DNS label)");
  if (backend.type === "s3") {
    text("bucket", backend.bucket, "the name of an existing bucket");
    text("endpoint", backend.endpoint, "the object storage's endpoint URL (https://...)");
    if (!/^https?:\/\//.test(backend.endpoint)) fail(scope, "backend.endpoint", `${JSON.stringify(backend.endpoint)} is not allowed. Allowed: an http(s) URL`);
  }
  BACKENDS.set(scope, backend);
}

/** The backend set for `stack`: on the nearest scope above it, or on the landing zone of the pattern it belongs to. */
export function backendOf(stack: TerraformStack): StateBackend | undefined {
  for (let c: IConstruct | undefined = stack; c; c = c.node.scope) {
    const own = BACKENDS.get(c);
    if (own) return own;
    // A pattern placed in a landing zone keeps its state where the zone's stacks keep theirs.
    const zone = c instanceof Pattern ? BACKENDS.get(c.landingZone) : undefined;
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
  tf.terraform.backend = backendBlock(backend, stack.node.id);
  if (tf["//"]?.metadata) tf["//"].metadata.backend = backend.type;
}
