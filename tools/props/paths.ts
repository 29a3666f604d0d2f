/**
 * Walks a props shape (tools/props/shapes.ts) and lists every place a string can go, as a path of
 * steps, and builds a props value that puts a given string at chosen paths (filling only what
 * those paths need: required siblings get the first value their type allows).
 */
import type { Shape } from "./shapes";

/** One step of a path: a property, an array element (of union member `member`), or a map value. */
export type Step =
  | { readonly prop: string }
  | { readonly element: true; readonly member?: number }
  | { readonly mapValue: true; readonly member?: number }
  | { readonly member: number };

/** A path to a string, e.g. receivers[].to, with a printable form. */
export interface StringPath {
  readonly steps: readonly Step[];
  readonly text: string;
}

const show = (steps: readonly Step[]): string =>
  steps
    .map((s) =>
      "prop" in s
        ? `.${s.prop}`
        : "element" in s
          ? `[]${s.member !== undefined ? `#${s.member}` : ""}`
          : "mapValue" in s
            ? `{}${s.member !== undefined ? `#${s.member}` : ""}`
            : `#${s.member}`,
    )
    .join("")
    .replace(/^\./, "");

/** Every string-typed place below `shape` (recursion through `defs` stops at a type already on the path). */
export function stringPaths(shape: Shape, defs: Record<string, Shape>, steps: Step[] = [], seen: string[] = []): StringPath[] {
  switch (shape.kind) {
    case "string":
      return [{ steps, text: show(steps) }];
    case "ref":
      return seen.includes(shape.name) ? [] : stringPaths(defs[shape.name], defs, steps, [...seen, shape.name]);
    case "array":
    case "map": {
      const step = shape.kind === "array" ? { element: true as const } : { mapValue: true as const };
      const inner = shape.kind === "array" ? shape.element : shape.value;
      if (inner.kind === "union") return inner.members.flatMap((m, i) => stringPaths(m, defs, [...steps, { ...step, member: i }], seen));
      return stringPaths(inner, defs, [...steps, step], seen);
    }
    case "object":
      return Object.entries(shape.properties).flatMap(([name, p]) => stringPaths(p.shape, defs, [...steps, { prop: name }], seen));
    case "union":
      return shape.members.flatMap((m, i) => stringPaths(m, defs, [...steps, { member: i }], seen));
    default:
      return [];
  }
}

const resolve = (shape: Shape, defs: Record<string, Shape>): Shape => (shape.kind === "ref" ? resolve(defs[shape.name], defs) : shape);

/** A value of `shape` needing no choice: the first literal, 1 (or the nearest bound), false, `text` for strings, one element for lists; undefined for opaque values. */
function filler(shape: Shape, defs: Record<string, Shape>, text: string, depth = 0): unknown {
  const s = resolve(shape, defs);
  switch (s.kind) {
    case "literal":
      return s.values[0];
    case "number":
      // 1, moved into the declared bounds.
      return Math.min(Math.max(1, s.minimum ?? 1), s.maximum ?? Number.MAX_SAFE_INTEGER);
    case "boolean":
      return false;
    case "string":
      return text;
    case "array": {
      // A required list gets one element (a list that must not be empty would refuse []).
      const element = depth > 4 ? undefined : filler(s.element, defs, text, depth + 1);
      return element === undefined ? [] : [element];
    }
    case "map":
      return {};
    case "union":
      return filler(s.members[0], defs, text, depth);
    case "object":
      if (depth > 4) return undefined;
      return Object.fromEntries(
        Object.entries(s.properties)
          .filter(([, p]) => !p.optional)
          .map(([k, p]) => [k, filler(p.shape, defs, text, depth + 1)]),
      );
    default:
      return undefined;
  }
}

/**
 * Writes `text` at `path` into `target` (creating containers and required siblings from the shape);
 * returns the (possibly new) value. `mapKey` names the map entries it creates.
 */
export function place(target: unknown, shape: Shape, defs: Record<string, Shape>, steps: readonly Step[], text: string, mapKey: string): unknown {
  const s = resolve(shape, defs);
  if (steps.length === 0) return text;
  const [step, ...rest] = steps;
  if ("prop" in step) {
    if (s.kind !== "object") throw new Error(`path step .${step.prop} into a ${s.kind}`);
    const base =
      target && typeof target === "object" && !Array.isArray(target) ? (target as Record<string, unknown>) : (filler(s, defs, text) as Record<string, unknown>);
    const prop = s.properties[step.prop];
    return { ...base, [step.prop]: place(base[step.prop], prop.shape, defs, rest, text, mapKey) };
  }
  if ("element" in step) {
    if (s.kind !== "array") throw new Error(`path step [] into a ${s.kind}`);
    const inner = step.member !== undefined && s.element.kind === "union" ? s.element.members[step.member] : s.element;
    // One element per path: each path gets its own list entry (variants of a union differ).
    const list = Array.isArray(target) ? target : [];
    return [...list, place(undefined, inner, defs, rest, text, mapKey)];
  }
  if ("mapValue" in step) {
    if (s.kind !== "map") throw new Error(`path step {} into a ${s.kind}`);
    const inner = step.member !== undefined && s.value.kind === "union" ? s.value.members[step.member] : s.value;
    const map = target && typeof target === "object" ? (target as Record<string, unknown>) : {};
    return { ...map, [mapKey]: place(undefined, inner, defs, rest, text, mapKey) };
  }
  if (s.kind !== "union") throw new Error(`path step #${step.member} into a ${s.kind}`);
  const member = s.members[step.member];
  // A value of another member is replaced; one of this member is extended.
  const keep = target && typeof target === "object" && resolve(member, defs).kind === "object" ? target : undefined;
  return place(keep, member, defs, rest, text, mapKey);
}
