/**
 * Records the synth-time checks a construct walk makes (issue 22, "no validation repeated"):
 * `recordingRules` wraps every `require*` rule of core/errors.ts so each call is noted as
 * (rule, property, value, construct path); `repeatedChecks` lists each property and value checked
 * at more than one construct path. Used by test/constructs/validation-once.test.ts through
 * `jest.mock`.
 */
import type { IConstruct } from "constructs";

/** One check: the rule called, the property and value it checked, and the construct (or label) it named. */
export interface CheckRecord {
  readonly rule: string;
  readonly property: string;
  readonly value: string;
  readonly path: string;
  /** True when the rule was given a label (`targets.onprem`, a topology) rather than a construct. */
  readonly label: boolean;
}

/** A property and value checked at more than one construct path. */
export interface RepeatedCheck {
  readonly rule: string;
  readonly property: string;
  readonly value: string;
  /** The paths that checked it, sorted; a path that checked it twice is listed twice. */
  readonly paths: readonly string[];
}

/** The construct path (or label) a rule names. */
function pathOf(scope: IConstruct | string): string {
  return typeof scope === "string" ? scope : scope.node.path || scope.node.id;
}

/** A value as text, for grouping and for messages. */
function valueText(value: unknown): string {
  return value instanceof URL ? value.href : typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
}

/**
 * `actual` (the core/errors module) with every export named `require*` wrapped to push a record
 * onto `records` before it runs the real rule. `requireKnownProps` checks a props object's keys,
 * not a value: it is recorded with the keys and the allowed names as its value, so two different
 * empty props objects (a target's and a realm's) are not taken for one.
 */
export function recordingRules<M extends Record<string, unknown>>(actual: M, records: CheckRecord[]): M {
  const wrapped: Record<string, unknown> = { ...actual };
  for (const [name, rule] of Object.entries(actual)) {
    if (!name.startsWith("require") || typeof rule !== "function") continue;
    wrapped[name] = (scope: IConstruct | string, ...args: unknown[]) => {
      if (name === "requireKnownProps") {
        const [props, allowed, prefix] = args as [unknown, readonly string[], string | undefined];
        const keys = props && typeof props === "object" ? Object.keys(props).sort().join(",") : valueText(props);
        records.push({
          rule: name,
          property: `${prefix ?? ""}*`,
          value: `{${keys}} of {${allowed.join(",")}}`,
          path: pathOf(scope),
          label: typeof scope === "string",
        });
      } else {
        records.push({ rule: name, property: String(args[0]), value: valueText(args[1]), path: pathOf(scope), label: typeof scope === "string" });
      }
      return (rule as (...a: unknown[]) => unknown)(scope, ...args);
    };
  }
  return wrapped as M;
}

/** True when construct path `outer` encloses `inner` (or is the same construct). */
function encloses(outer: string, inner: string): boolean {
  return inner === outer || inner.startsWith(`${outer}/`);
}

/**
 * Each rule + property + value checked again on the way down: by the same construct twice, by a
 * construct and one below it, or by a label outside the tree (`targets.onprem`, a topology) and a
 * construct. Siblings checking the same value (three workloads of one image, each its own prop)
 * are separate props, not a repeat.
 */
export function repeatedChecks(records: readonly CheckRecord[]): RepeatedCheck[] {
  const labels = new Set(records.filter((r) => r.label).map((r) => r.path));
  const byKey = new Map<string, { rule: string; property: string; value: string; paths: string[] }>();
  for (const r of records) {
    const key = JSON.stringify([r.rule, r.property, r.value]);
    const entry = byKey.get(key) ?? { rule: r.rule, property: r.property, value: r.value, paths: [] };
    entry.paths.push(r.path);
    byKey.set(key, entry);
  }
  const repeats: RepeatedCheck[] = [];
  for (const e of byKey.values()) {
    const involved = new Set<string>();
    e.paths.forEach((a, i) =>
      e.paths.slice(i + 1).forEach((b) => {
        if (a === b || labels.has(a) !== labels.has(b) || (!labels.has(a) && (encloses(a, b) || encloses(b, a)))) involved.add(a).add(b);
      }),
    );
    if (involved.size) repeats.push({ rule: e.rule, property: e.property, value: e.value, paths: e.paths.filter((p) => involved.has(p)).sort() });
  }
  return repeats.sort((a, b) => `${a.property} ${a.value}`.localeCompare(`${b.property} ${b.value}`));
}

/** One line per repeat: `rule property = value at path, path`. */
export function describeRepeats(repeats: readonly RepeatedCheck[]): string[] {
  return repeats.map((r) => `${r.rule} ${r.property} = ${r.value} at ${r.paths.join(", ")}`);
}
