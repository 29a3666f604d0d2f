/**
 * Runtime validation of a props object against its interface's generated shape (one schema per
 * props interface, generated from the types: core/validation/schemas.generated.ts). Patterns and
 * targets call it first, so the API, the CLI and fleet catalogues get the same clear error (the
 * property path and what is allowed) instead of a TypeError deep inside synth.
 */
import type { IConstruct } from "constructs";
import { PROPS_SHAPES, SHAPE_DEFS } from "./schemas.generated";
import { requireShape } from "./shape";
import { knownPropsKind, markChecked } from "../checked-once";

/** The names of the props interfaces with a generated shape. */
export function checkedPropsNames(): string[] {
  return Object.keys(PROPS_SHAPES);
}

/**
 * Checks `props` against the shape of interface `name` (e.g. `AiStackProps`); does nothing for
 * an interface without a generated shape. Fails naming the property path. For a construct, each
 * props object that fitted is recorded with its allowed names (core/checked-once.ts), so the
 * construct's own `requireKnownPropsOnce` of the same object takes it unchecked.
 */
export function validateProps(scope: IConstruct | string, name: string, props: unknown): void {
  const shape = PROPS_SHAPES[name];
  if (!shape) return;
  const seen = typeof scope === "string" ? undefined : (value: object, names: readonly string[]) => markChecked(scope, knownPropsKind(names), value);
  requireShape(scope, "", props ?? {}, shape, SHAPE_DEFS, seen);
}
