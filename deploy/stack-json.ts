/**
 * What OpenTofu tooling reads from a synthesised stack (`cdk.tf.json`): its variables (inputs),
 * its provider requirements and its resource counts. Shared by `stackwerk deploy` and the
 * conformance runner (which imports it from here; deploy/ never imports conformance/).
 */

/* eslint-disable @typescript-eslint/no-explicit-any */
/** A synthesised stack's JSON (`cdk.tf.json`). */
export type TfJson = Record<string, any>;

/** One `variable` block of a stack. */
export interface StackVariable {
  readonly name: string;
  readonly type?: string;
  readonly sensitive: boolean;
  readonly hasDefault: boolean;
  readonly description?: string;
}

/** Resource counts by Terraform type. */
export function resourceCounts(tf: TfJson): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [type, resources] of Object.entries<Record<string, unknown>>(tf.resource ?? {})) counts[type] = Object.keys(resources ?? {}).length;
  return counts;
}

export function resourceTotal(tf: TfJson): number {
  return Object.values(resourceCounts(tf)).reduce((a, b) => a + b, 0);
}

export function stackVariables(tf: TfJson): StackVariable[] {
  return Object.entries<any>(tf.variable ?? {}).map(([name, v]) => ({
    name,
    type: typeof v?.type === "string" ? v.type : undefined,
    sensitive: v?.sensitive === true,
    hasDefault: v !== null && typeof v === "object" && "default" in v,
    description: v?.description,
  }));
}

/** Provider source addresses in `terraform.required_providers`. */
export function requiredProviders(tf: TfJson): string[] {
  return Object.entries<any>(tf.terraform?.required_providers ?? {}).map(([local, e]) =>
    typeof e === "string" ? local : `${e?.source ?? local}${e?.version ? `@${e.version}` : ""}`,
  );
}
