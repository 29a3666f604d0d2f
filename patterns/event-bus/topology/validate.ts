/**
 * Small checks for untyped topology input that core/errors.ts does not cover: optional
 * lists and booleans arriving from plain JavaScript.
 */
import { fail } from "../../../core/errors";

/** An optional list: `[]` when absent, refused when not an array. */
export function optionalList<T>(scope: string, property: string, value: readonly T[] | undefined): readonly T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(scope, property, `${JSON.stringify(value)} is not allowed. Allowed: a list`);
  return value;
}

/** An optional boolean: `fallback` when absent, refused when not true or false. */
export function optionalBoolean(scope: string, property: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") fail(scope, property, `${JSON.stringify(value)} is not allowed. Allowed: true, false`);
  return value;
}
