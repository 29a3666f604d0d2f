/**
 * Where OpenTofu (or another engine) keeps the state of a deployment's stacks, described without
 * any engine's notions: local (the default, for a first try), a Kubernetes cluster (a Secret per
 * stack, locked with a Lease), or an S3-compatible bucket (one object per stack, a lock file
 * beside it: IONOS or STACKIT object storage, an on-prem S3). Set as the `backend` prop of a
 * landing zone or a pattern (or, low-level, the engine's `stateBackend(scope, …)`); validated
 * here at synth time, rendered by the engine (engines/cdktf/backend.ts). ADR 0080, ADR 0320.
 */
import type { IConstruct } from "constructs";
import { fail, requireKnownProps } from "./errors";
import { layerEngineFor } from "./layers";

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

/** The properties of each backend type. */
const PROPS: Record<StateBackend["type"], readonly string[]> = {
  local: ["type"],
  kubernetes: ["type", "namespace", "kubeconfigPath", "kubeContext"],
  s3: ["type", "bucket", "endpoint", "region", "keyPrefix"],
};

/** The backend types, for error messages and the CLI. */
export const STATE_BACKEND_TYPES = Object.keys(PROPS) as ReadonlyArray<StateBackend["type"]>;

/**
 * Checks `backend` (the `property` prop of `scope`, e.g. a landing zone's `backend`) and returns it;
 * bad input fails naming the construct, the property and the allowed values.
 */
export function validateStateBackend(scope: IConstruct | string, backend: unknown, property = "backend"): StateBackend {
  const b = backend as { type?: unknown } | undefined;
  if (b === null || typeof b !== "object" || Array.isArray(b))
    fail(scope, property, `${JSON.stringify(backend)} is not allowed. Allowed: an object { type: ${STATE_BACKEND_TYPES.join(" | ")}, … }`);
  if (typeof b.type !== "string" || !Object.hasOwn(PROPS, b.type))
    fail(scope, `${property}.type`, `${JSON.stringify(b.type)} is not allowed. Allowed: ${STATE_BACKEND_TYPES.join(", ")}`);
  const typed = b as StateBackend;
  requireKnownProps(scope, typed, PROPS[typed.type], `${property}.`);
  const text = (prop: string, value: unknown, allowed: string) => {
    if (typeof value !== "string" || value.trim() === "") fail(scope, `${property}.${prop}`, `${JSON.stringify(value)} is not allowed. Allowed: ${allowed}`);
  };
  const optionalText = (prop: string, value: unknown, allowed: string) => {
    if (value !== undefined) text(prop, value, allowed);
  };
  if (typed.type === "kubernetes") {
    text("namespace", typed.namespace, "the namespace of the state Secrets (a DNS label)");
    optionalText("kubeconfigPath", typed.kubeconfigPath, "the path of a kubeconfig file");
    optionalText("kubeContext", typed.kubeContext, "a context of the kubeconfig");
  }
  if (typed.type === "s3") {
    text("bucket", typed.bucket, "the name of an existing bucket");
    text("endpoint", typed.endpoint, "the object storage's endpoint URL (https://...)");
    if (!/^https?:\/\//.test(typed.endpoint)) fail(scope, `${property}.endpoint`, `${JSON.stringify(typed.endpoint)} is not allowed. Allowed: an http(s) URL`);
    optionalText("region", typed.region, 'the region the endpoint expects, e.g. "eu-central-3"');
    if (typed.keyPrefix !== undefined && typeof typed.keyPrefix !== "string")
      fail(
        scope,
        `${property}.keyPrefix`,
        `${JSON.stringify(typed.keyPrefix)} is not allowed. Allowed: a text prefix of every state object, e.g. "stackwerk/"`,
      );
  }
  return typed;
}

const DECLARED = new WeakMap<IConstruct, StateBackend>();

/**
 * Validates `backend` and records it for every stack below `scope` (an App, a landing zone, a
 * pattern). An engine that does not render backends (Pulumi keeps state where `pulumi login`
 * points) refuses it, so nothing the user wrote is dropped silently.
 */
export function declareStateBackend(scope: IConstruct, backend: unknown, property = "backend"): void {
  const checked = validateStateBackend(scope, backend, property);
  const engine = layerEngineFor(scope);
  if (!engine.rendersStateBackend)
    fail(
      scope,
      property,
      `is rendered only by an engine that writes OpenTofu stacks, not by the ${engine.name} engine (its state goes where \`pulumi login\` points). Allowed: leave ${property} unset here, or an App as the root (import { App } from "stackwerk"; the Terraform engine)`,
    );
  DECLARED.set(scope, checked);
}

/** The backend recorded on `scope` itself (not its parents), if any. */
export function declaredStateBackend(scope: IConstruct): StateBackend | undefined {
  return DECLARED.get(scope);
}
