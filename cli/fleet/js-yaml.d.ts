/** The part of js-yaml (pinned in package.json) the catalogue uses; the package ships no types. */
declare module "js-yaml" {
  /** YAML 1.2 core schema: strings, numbers, booleans, null, sequences, mappings (no dates or custom tags). */
  export const CORE_SCHEMA: unknown;
  /** Parses one YAML document; throws a YAMLException naming line and column. */
  export function load(text: string, options?: { filename?: string; schema?: unknown }): unknown;
  /** Writes a value as YAML (NaN and the infinities as `.nan`/`.inf`). */
  export function dump(value: unknown, options?: { schema?: unknown }): string;
}
