/**
 * The runtime check of untyped props against their data shape (generated from the TypeScript
 * props interfaces, core/validation/schemas.generated.ts): right type at every depth, finite
 * numbers (YAML's `.nan`/`.inf` are refused, not defaulted) within the range and integrality the
 * props' TSDoc declares (`@integer`, `@minimum`, `@maximum`), strings of the declared `@format`
 * (host name, CIDR, URL, ...: core/validation/formats.ts), real booleans (`"no"` is not false),
 * one of the allowed literals, and no unknown property. Behaviour-carrying values (targets,
 * landing zones, identity providers) are only checked to be objects; their own checks follow.
 */
import type { IConstruct } from "constructs";
import { fail, nearestName } from "../errors";
import { describeNumber, describeString, fitsFormat, fitsNumber, type StringFormat } from "./formats";

export type { StringFormat } from "./formats";

/** A data shape (the same union tools/props/shapes.ts produces). */
export type Shape =
  | { readonly kind: "string"; readonly format?: StringFormat }
  | { readonly kind: "number"; readonly integer?: boolean; readonly minimum?: number; readonly maximum?: number }
  | { readonly kind: "boolean" }
  | { readonly kind: "literal"; readonly values: readonly (string | number | boolean)[] }
  | { readonly kind: "array"; readonly element: Shape }
  | { readonly kind: "map"; readonly value: Shape }
  | { readonly kind: "object"; readonly name: string; readonly properties: Readonly<Record<string, { readonly shape: Shape; readonly optional: boolean }>> }
  | { readonly kind: "union"; readonly members: readonly Shape[] }
  | { readonly kind: "opaque"; readonly name: string }
  | { readonly kind: "ref"; readonly name: string };

type Defs = Readonly<Record<string, Shape>>;

const resolve = (shape: Shape, defs: Defs): Shape => (shape.kind === "ref" ? resolve(defs[shape.name], defs) : shape);

/** What a shape allows, in words, for messages. */
export function describeShape(shape: Shape, defs: Defs, depth = 0): string {
  const s = resolve(shape, defs);
  switch (s.kind) {
    case "string":
      return describeString(s.format);
    case "number":
      return describeNumber(s);
    case "boolean":
      return "true or false";
    case "literal":
      return s.values.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ");
    case "array":
      if (depth > 1) return "a list";
      // A formatted string element reads "a list of strings, each <format>".
      if (s.element.kind === "string" && s.element.format) return `a list of strings, each ${describeShape(s.element, defs, depth + 1)}`;
      return `a list of ${describeShape(s.element, defs, depth + 1).replace(/^an? /, "")}s`;
    case "map":
      return "an object of NAME: value";
    case "object":
      return `an object with ${Object.keys(s.properties).join(", ")}`;
    case "union":
      return s.members.map((m) => describeShape(m, defs, depth + 1)).join(" or ");
    default:
      return `a ${s.name}`;
  }
}

/** The property whose literal value tells the object members of a union apart, if there is one. */
function discriminant(members: readonly Shape[], defs: Defs): { key: string; members: Array<{ value: unknown; shape: Shape }> } | undefined {
  const objects = members.map((m) => resolve(m, defs));
  if (objects.length < 2 || !objects.every((o) => o.kind === "object")) return undefined;
  const first = objects[0] as Extract<Shape, { kind: "object" }>;
  for (const key of Object.keys(first.properties)) {
    const tags = objects.map((o) => {
      const p = (o as Extract<Shape, { kind: "object" }>).properties[key];
      const r = p && resolve(p.shape, defs);
      return r?.kind === "literal" && r.values.length === 1 ? r.values[0] : undefined;
    });
    if (tags.every((t) => t !== undefined) && new Set(tags).size === tags.length)
      return { key, members: objects.map((o, i) => ({ value: tags[i], shape: o })) };
  }
  return undefined;
}

/** Called with each props object that fitted its shape and the property names that shape allows. */
export type SeenObject = (value: object, names: readonly string[]) => void;

/** The first problem of `value` against `shape`, as [property path, message], or undefined. */
function problem(value: unknown, shape: Shape, defs: Defs, where: string, seen?: SeenObject): [string, string] | undefined {
  const s = resolve(shape, defs);
  // NaN and the infinities (YAML's .nan/.inf) by name: JSON would print them as null. Computed only on failure (values may be circular constructs).
  const bad = (): [string, string] => {
    const shown = typeof value === "number" && !Number.isFinite(value) ? String(value) : (JSON.stringify(value) ?? String(value));
    return [where, `${shown} is not allowed. Allowed: ${describeShape(s, defs)}`];
  };
  switch (s.kind) {
    case "string":
      return typeof value === "string" && (s.format === undefined || fitsFormat(value, s.format)) ? undefined : bad();
    case "number":
      return typeof value === "number" && fitsNumber(value, s) ? undefined : bad();
    case "boolean":
      return typeof value === "boolean" ? undefined : bad();
    case "literal":
      // The right primitive type is enough here: which values are allowed is the pattern's own check (requireOneOf), with its wording.
      return s.values.includes(value as string) || s.values.some((v) => typeof v === typeof value && typeof v !== "boolean") ? undefined : bad();
    case "array":
      if (!Array.isArray(value)) return bad();
      for (const [i, v] of value.entries()) {
        const p = problem(v, s.element, defs, `${where}[${i}]`, seen);
        if (p) return p;
      }
      return undefined;
    case "map":
      if (typeof value !== "object" || value === null || Array.isArray(value)) return bad();
      for (const [k, v] of Object.entries(value)) {
        const p = problem(v, s.value, defs, `${where}.${k}`, seen);
        if (p) return p;
      }
      return undefined;
    case "object": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return bad();
      const names = Object.keys(s.properties);
      for (const key of Object.keys(value)) {
        if (names.includes(key)) continue;
        const hint = nearestName(key, names);
        const prefix = where ? `${where}.` : "";
        return [`${prefix}${key}`, `is not a known property${hint ? ` (did you mean ${prefix}${hint}?)` : ""}. Allowed: ${names.join(", ")}`];
      }
      for (const [key, prop] of Object.entries(s.properties)) {
        const v = (value as Record<string, unknown>)[key];
        const path = `${where ? `${where}.` : ""}${key}`;
        // A missing required prop is the pattern's own check (it knows the format to ask for).
        if (v === undefined) continue;
        const p = problem(v, prop.shape, defs, path, seen);
        if (p) return p;
      }
      seen?.(value, names);
      return undefined;
    }
    case "union": {
      // A discriminated union of objects (`{ mode: "external", ... }`): the member its discriminant names.
      const discriminated = discriminant(s.members, defs);
      if (discriminated && typeof value === "object" && value !== null && !Array.isArray(value)) {
        const tag = (value as Record<string, unknown>)[discriminated.key];
        const member = discriminated.members.find((m) => m.value === tag);
        // An unknown tag of the right type is the pattern's own check (it names what the target offers).
        if (!member && typeof tag === typeof discriminated.members[0].value) return undefined;
        if (!member)
          return [`${where}.${discriminated.key}`, `${JSON.stringify(tag)} is not allowed. Allowed: ${discriminated.members.map((m) => m.value).join(", ")}`];
        return problem(value, member.shape, defs, where, seen);
      }
      const problems = s.members.map((m) => problem(value, m, defs, where, seen));
      if (problems.some((p) => p === undefined)) return undefined;
      // One member of the right kind (an object for an object member): its problem is the precise one.
      const sameKind = s.members.findIndex((m) => {
        const r = resolve(m, defs);
        return r.kind === "object" ? typeof value === "object" && value !== null && !Array.isArray(value) : r.kind === "array" ? Array.isArray(value) : false;
      });
      const objectMembers = s.members.filter((m) => resolve(m, defs).kind === "object").length;
      return sameKind >= 0 && objectMembers <= 1 ? problems[sameKind] : bad();
    }
    default:
      // Behaviour (a target, a landing zone, an identity provider): an object; its own checks follow.
      return typeof value === "object" && value !== null ? undefined : bad();
  }
}

/**
 * Fails for `scope` at the first part of `value` that does not fit `shape` (property path named).
 * @param seen called with each object that fitted and its allowed property names
 */
export function requireShape(scope: IConstruct | string, property: string, value: unknown, shape: Shape, defs: Defs, seen?: SeenObject): void {
  const p = problem(value, shape, defs, property, seen);
  if (p) fail(scope, p[0] || "props", p[1]);
}
