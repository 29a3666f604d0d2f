/**
 * Target factories: `targets.onprem()`, `targets.stackit(...)`, `targets.ionos(...)`. The cloud
 * targets are loaded when first constructed: they describe their resources with generated
 * Terraform provider bindings, and `stackwerk/pulumi` with `targets.onprem()` loads no module of
 * the Terraform engine (docs/architecture.md).
 */
import type { IonosTarget, IonosTargetProps } from "./ionos";
import { OnPremTarget, OnPremTargetProps } from "./onprem";
import type { StackitTarget, StackitTargetProps } from "./stackit";
import type { ITarget, TargetName } from "../core/target";
import { TARGET_NAMES } from "../core/target";

export * from "../core/target";
export { OnPremTarget } from "./onprem";
export type { OnPremTargetProps, OnPremPostgres, OnPremObjectStorage } from "./onprem";

export type { IonosTargetProps } from "./ionos";
export type { StackitTargetProps } from "./stackit";

/** The STACKIT target class, loaded (with the Terraform engine) on first use. */
function stackitTarget(): typeof StackitTarget {
  return (require("./stackit") as typeof import("./stackit")).StackitTarget;
}

/** The IONOS target class, loaded (with the Terraform engine) on first use. */
function ionosTarget(): typeof IonosTarget {
  return (require("./ionos") as typeof import("./ionos")).IonosTarget;
}

/** The target factories. */
export const targets = {
  /** STACKIT (SKE, PostgresFlex, Object Storage, DNS; region eu01). */
  stackit: (props?: StackitTargetProps): ITarget => new (stackitTarget())(props),
  /** IONOS Cloud (managed Kubernetes, DBaaS PostgreSQL, Object Storage, Cloud DNS; de/fra by default). */
  ionos: (props?: IonosTargetProps): ITarget => new (ionosTarget())(props),
  /** On-prem Kubernetes (default: the embedded cluster). */
  onprem: (props?: OnPremTargetProps): ITarget => new OnPremTarget(props),
};

/**
 * Props of the reference targets (CLI, conformance): the on-prem reference is the embedded
 * conformance cluster, which has a GPU node (tools/cluster: fake `nvidia.com/gpu` nodes), so the
 * AI reference instance's `serving: "gpu"` is declared, not assumed.
 */
export const REFERENCE_TARGET_PROPS: { readonly onprem: OnPremTargetProps } = { onprem: { gpuNodes: 1 } };

/** A target with reference settings by name (CLI, conformance); the error lists the allowed names. */
export function targetByName(name: string): ITarget {
  const factory = (targets as Record<string, ((props?: object) => ITarget) | undefined>)[name];
  if (!factory || !Object.hasOwn(targets, name)) throw new Error(`unknown target '${name}'. Allowed: ${TARGET_NAMES.join(", ")}`);
  return factory(name === "onprem" ? REFERENCE_TARGET_PROPS.onprem : undefined);
}

export type { TargetName };
