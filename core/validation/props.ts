/**
 * Runtime validation of a props object against its interface's generated shape (one schema per
 * props interface, generated from the types: core/validation/schemas.generated.ts). Patterns and
 * targets call it first, so the API, the CLI and fleet catalogues get the same clear error (the
 * property path and what is allowed) instead of a TypeError deep inside synth.
 */
import type { IConstruct } from "constructs";
import { PROPS_SHAPES, SHAPE_DEFS } from "./schemas.generated";
import { requireShape } from "./shape";

/** The names of the props interfaces with a generated shape. */
export function checkedPropsNames(): string[] {
  return Object.keys(PROPS_SHAPES);
}

/**
 * Checks `props` against the shape of interface `name` (e.g. `AiStackProps`); does nothing for
 * an interface without a generated shape. Fails naming the property path.
 */
export function validateProps(scope: IConstruct | string, name: string, props: unknown): void {
  const shape = PROPS_SHAPES[name];
  if (!shape) return;
  requireShape(scope, "", props ?? {}, shape, SHAPE_DEFS);
}
