/** The part of js-yaml the monitoring pattern adds to cli/fleet/js-yaml.d.ts: multi-document files (vendored CRDs). */
declare module "js-yaml" {
  /** Parses every document of a multi-document YAML text. */
  export function loadAll(text: string): unknown[];
}
