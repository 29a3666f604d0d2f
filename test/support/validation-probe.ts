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

/** A value the props' generated shape checked beyond its type: a format, integer bounds, or an object's property names. */
export interface ShapeCheck {
  /** Property path, e.g. `app.port`, or `app.*` for an object's property names. */
  readonly property: string;
  readonly value: string;
  /** The construct (or label) that validated its props. */
  readonly path: string;
  /** What the shape checked, e.g. `format hostname`, `integer 1..65535`, `known props`. */
  readonly what: string;
}

/** A shape as the walk needs it (core/validation/shape.ts `Shape`, loosely). */
type AnyShape = { kind: string; name?: string; [key: string]: unknown };

/** Each format, bounded number and object `shape` checked in `value`, pushed onto `checks`. */
function walkShape(value: unknown, shape: AnyShape, defs: Record<string, AnyShape>, where: string, path: string, checks: ShapeCheck[]): void {
  const s = shape.kind === "ref" ? defs[shape.name!] : shape;
  if (!s || value === undefined || value === null) return;
  const at = (property: string, v: string, what: string) => checks.push({ property, value: v, path, what });
  if (s.kind === "string" && s.format && typeof value === "string") at(where, value, `format ${String(s.format)}`);
  if (s.kind === "number" && (s.minimum !== undefined || s.maximum !== undefined) && typeof value === "number")
    at(where, String(value), `integer ${String(s.minimum)}..${String(s.maximum)}`);
  if (s.kind === "object" && typeof value === "object") {
    const keys = Object.keys(value).sort().join(",");
    const names = Object.keys(s.properties as object);
    at(`${where ? `${where}.` : ""}*`, `{${keys}} of {${names.join(",")}}`, "known props");
    for (const [k, p] of Object.entries(s.properties as Record<string, { shape: AnyShape }>))
      walkShape((value as Record<string, unknown>)[k], p.shape, defs, `${where ? `${where}.` : ""}${k}`, path, checks);
  }
  if (s.kind === "array" && Array.isArray(value)) value.forEach((e, i) => walkShape(e, s.element as AnyShape, defs, `${where}[${i}]`, path, checks));
  if (s.kind === "union" && typeof value === "object") {
    for (const m of s.members as AnyShape[]) {
      const r = m.kind === "ref" ? defs[m.name!] : m;
      if (r.kind === "object" && Object.keys(value).every((k) => k in (r.properties as object))) walkShape(value, r, defs, where, path, checks);
    }
  }
}

/**
 * `actual` (the core/validation/shape module) with `requireShape` wrapped: after the real check
 * passes, each format, bounded number and object it checked is pushed onto `checks`. A literal's
 * type is not recorded: which literal is allowed is the pattern's own check (requireOneOf).
 */
export function recordingShapes<M extends { requireShape: (...a: never[]) => void }>(actual: M, checks: ShapeCheck[]): M {
  const requireShape = (scope: IConstruct | string, property: string, value: unknown, shape: AnyShape, defs: Record<string, AnyShape>, ...rest: unknown[]) => {
    (actual.requireShape as (...a: unknown[]) => void)(scope, property, value, shape, defs, ...rest);
    walkShape(value, shape, defs, property, pathOf(scope), checks);
  };
  return { ...actual, requireShape };
}

/** The rule of core/errors.ts each shape check uses (core/validation/formats.ts); other formats have none. */
const SHAPE_RULES: Readonly<Record<string, string>> = {
  "format hostname": "requireHostName",
  "format dns-label": "requireDnsLabel",
  "format dns-subdomain": "requireConnectHost",
  "format cidr": "requireCidr",
  "format url": "requireHttpUrl",
  "known props": "requireKnownProps",
};

/**
 * Each rule check of a property and value the props' shape had already checked with the same
 * rule (integer bounds: `requireIntegerInRange`), at the same construct or one enclosing it. A
 * different, stricter rule afterwards (a Secret name the shape takes as a DNS subdomain, which a
 * pattern narrows to a DNS label) is another check, not a repeat.
 */
export function shapeRepeats(shapeChecks: readonly ShapeCheck[], records: readonly CheckRecord[]): string[] {
  const lines = new Set<string>();
  for (const s of shapeChecks) {
    const rule = s.what.startsWith("integer ") ? "requireIntegerInRange" : SHAPE_RULES[s.what];
    for (const r of records) {
      if (r.label || r.rule !== rule || r.property !== s.property || r.value !== s.value || !encloses(s.path, r.path)) continue;
      lines.add(`${s.what} ${s.property} = ${s.value} at ${s.path}, then ${r.rule} at ${r.path}`);
    }
  }
  return [...lines].sort();
}
