/**
 * Runtime validation of a props object against its interface's generated shape (one schema per
 * props interface, generated from the types: core/validation/schemas.generated.ts). Patterns and
 * targets call it first, so the API, the CLI and fleet catalogues get the same clear error (the
 * property path and what is allowed) instead of a TypeError deep inside synth.
 */
import type { IConstruct } from "constructs";
import { PROPS_SHAPES, SHAPE_DEFS } from "./schemas.generated";
import { requireShape } from "./shape";
import { knownPropsKind, markChecked, markIntegerChecked } from "../checked-once";
import type { Shape } from "./shape";

/** The names of the props interfaces with a generated shape. */
export function checkedPropsNames(): string[] {
  return Object.keys(PROPS_SHAPES);
}

/** Records what the shape checked: an object's property names, a host name, an integer's bounds. */
function record(scope: IConstruct, value: unknown, names: readonly string[], leaf?: Shape): void {
  if (!leaf) markChecked(scope as object, knownPropsKind(names), value);
  else if (leaf.kind === "string" && leaf.format === "hostname") markChecked(scope, "hostName", value);
  else if (leaf.kind === "string" && leaf.format === "url") markChecked(scope, "url", value);
  else if (leaf.kind === "number" && leaf.integer && leaf.minimum !== undefined && leaf.maximum !== undefined && typeof value === "number")
    markIntegerChecked(scope, value, leaf.minimum, leaf.maximum);
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
  const seen = typeof scope === "string" ? undefined : (value: unknown, names: readonly string[], leaf?: Shape) => record(scope, value, names, leaf);
  requireShape(scope, "", props ?? {}, shape, SHAPE_DEFS, seen);
}
