/**
 * Deterministic YAML for the GitOps output: keys sorted at every level, no line folding, no
 * anchors, `---` between documents, so a re-synth of an unchanged model is byte-identical and a
 * change is a small diff.
 */
import * as yaml from "js-yaml";

/** One YAML document of `value` with sorted keys. */
export function toYaml(value: unknown): string {
  return yaml.dump(value, { sortKeys: true, lineWidth: -1, noRefs: true, quotingType: '"' });
}

/** Several documents in one file, in the given order. */
export function toYamlDocuments(values: readonly unknown[]): string {
  return values.map(toYaml).join("---\n");
}
