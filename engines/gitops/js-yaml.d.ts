/** The part of js-yaml the GitOps engine adds to cli/fleet/js-yaml.d.ts: writing YAML. */
declare module "js-yaml" {
  /** Serialises `value` as one YAML document. */
  export function dump(value: unknown, options?: { sortKeys?: boolean; lineWidth?: number; noRefs?: boolean; quotingType?: "'" | '"' }): string;
}
