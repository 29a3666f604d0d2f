/**
 * The infra layer's functions (core/layers.ts `InfraFunctions`) under the cdktf engine: each is
 * cdktf's own `Fn` call, so a cloud target that asks its layer for `cidrhost` or `concat`
 * renders the same Terraform JSON as if it called cdktf itself, without importing it.
 */
import { Fn, Token } from "./cdk";
import type { InfraFunctions } from "../../core/layers";

/** OpenTofu's functions through cdktf's `Fn` (the results are cdktf tokens of the asked type). */
export const CDKTF_FUNCTIONS: InfraFunctions = {
  concat: (lists) => Token.asList(Fn.concat(lists as unknown[])),
  join: (separator, list) => Fn.join(separator, list as string[]),
  format: (spec, values) => Fn.format(spec, values as unknown[]),
  cidrhost: (prefix, hostNumber) => Fn.cidrhost(prefix, hostNumber),
  element: (list, index) => Fn.element(list, index),
  split: (separator, text) => Fn.split(separator, text),
  tostring: (value) => Fn.tostring(value),
  asNumber: (value) => Token.asNumber(value),
};
