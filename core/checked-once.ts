/**
 * Checked once on a construct walk (issue 22): a value a construct checked is recorded on it,
 * and a construct below it (or the same one again) given the very same value takes it unchecked.
 * The rules of core/errors.ts depend on the value alone, so a value that passed once passes again;
 * a construct used on its own, or given another value, still checks and names itself.
 */
import type { IConstruct } from "constructs";
import { requireKnownProps } from "./errors";

/** Per construct (or target object): the `kind` + value pairs it checked (or that were checked for it). */
const CHECKED = new WeakMap<object, Set<string>>();
/** An identity per props object, so an object checked once (its property names) is known again by identity. */
const OBJECT_IDS = new WeakMap<object, number>();
let nextObjectId = 0;

function keyOf(kind: string, value: unknown): string | undefined {
  if (typeof value === "object" && value !== null) {
    if (!OBJECT_IDS.has(value)) OBJECT_IDS.set(value, ++nextObjectId);
    return `${kind}\u0000object:${OBJECT_IDS.get(value)}`;
  }
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? `${kind}\u0000${typeof value}:${String(value)}` : undefined;
}

/**
 * Records that `value` passed the check `kind` (a property name, or a rule and its bounds) for
 * `scope` (a construct, or an object outside the tree such as a target), so constructs below it
 * take the same value unchecked.
 */
export function markChecked(scope: object, kind: string, value: unknown): void {
  const key = keyOf(kind, value);
  if (key === undefined) return;
  const checked = CHECKED.get(scope) ?? new Set<string>();
  checked.add(key);
  CHECKED.set(scope, checked);
}

/** True when `scope` or a construct enclosing it already checked `value` as `kind`. */
export function checkedAbove(scope: IConstruct, kind: string, value: unknown): boolean {
  const key = keyOf(kind, value);
  return key !== undefined && scope.node.scopes.some((c) => CHECKED.get(c)?.has(key));
}

/** Records `value` as checked on `scope` when `from` (an object outside the tree, e.g. the target it uses) checked it. */
export function adoptChecked(scope: IConstruct, from: object, kind: string, value: unknown): void {
  const key = keyOf(kind, value);
  if (key !== undefined && CHECKED.get(from)?.has(key)) markChecked(scope, kind, value);
}

/**
 * `value`, run through `check` (a rule of core/errors.ts naming `scope`) unless `scope` or an
 * enclosing construct already checked the same value as `kind`; then recorded on `scope`.
 * `check` must depend on the value alone, and a check of `kind` above must be at least as strict
 * as this one (a pattern's `replicas` from 1 to 20 covers a Workload's from 0 to 1000).
 */
export function checkOnce<T>(scope: IConstruct, kind: string, value: T, check: (value: T) => T): T {
  if (checkedAbove(scope, kind, value)) return value;
  const result = check(value);
  markChecked(scope, kind, value);
  return result;
}

/** The check kind of "no property outside `allowed`": equal sets of names are one kind. */
export function knownPropsKind(allowed: readonly string[]): string {
  return `known props ${[...allowed].sort().join(",")}`;
}

/**
 * `requireKnownProps`, unless this very props object was already checked against the same names
 * for `scope` or a construct enclosing it (by the props' generated shape, core/validation/props.ts).
 */
export function requireKnownPropsOnce(scope: IConstruct, props: unknown, allowed: readonly string[], prefix = ""): void {
  const kind = knownPropsKind(allowed);
  if (typeof props === "object" && props !== null && checkedAbove(scope, kind, props)) return;
  requireKnownProps(scope, props, allowed, prefix);
  markChecked(scope, kind, props);
}
