/**
 * Synth-time validation errors. Every message names the construct path, the property
 * and what is allowed, so a user can fix the input without reading Stackwerk's code.
 */
import { IConstruct } from "constructs";

export class StackwerkValidationError extends Error {
  constructor(
    /** Construct path, e.g. `shop/web`. */
    readonly constructPath: string,
    /** Property name as the user wrote it, e.g. `port`. */
    readonly property: string,
    message: string,
  ) {
    super(`[${constructPath}] ${property}: ${message}`);
    this.name = "StackwerkValidationError";
  }
}

/** Label used in messages: `WebAppStack shop` style (type name + path). */
export function describe(scope: IConstruct): string {
  return `${scope.constructor.name} ${scope.node.path || scope.node.id}`;
}

/** Throws a StackwerkValidationError for `scope`. */
export function fail(scope: IConstruct, property: string, message: string): never {
  throw new StackwerkValidationError(describe(scope), property, message);
}

/** Requires `value` to be one of `allowed` (string enums arriving from untyped input, e.g. the CLI or JSON). */
export function requireOneOf<T extends string>(scope: IConstruct, property: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    fail(scope, property, `${JSON.stringify(value)} is not allowed. Allowed: ${allowed.join(", ")}`);
  }
  return value as T;
}

/** Requires an integer within [min, max]. */
export function requireIntegerInRange(scope: IConstruct, property: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    fail(scope, property, `${value} is not allowed. Allowed: an integer from ${min} to ${max}`);
  }
  return value;
}

/** Requires a non-empty string. */
export function requireNonEmpty(scope: IConstruct, property: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") {
    fail(scope, property, `must be a non-empty string (got ${JSON.stringify(value)})`);
  }
  return value;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$/;

/** Kubernetes object names for namespaces, services, ...: RFC 1123 label. */
export function requireDnsLabel(scope: IConstruct, property: string, value: string): string {
  if (!DNS_LABEL.test(value)) {
    fail(
      scope,
      property,
      `${JSON.stringify(value)} is not a valid name. Allowed: lower-case letters, digits and '-', 1-63 characters, starting and ending with a letter or digit (RFC 1123 label)`,
    );
  }
  return value;
}

/** A DNS host name such as `app.example.de` (RFC 1123 subdomain, at least two labels). */
export function requireHostName(scope: IConstruct, property: string, value: string): string {
  if (!DNS_SUBDOMAIN.test(value) || !value.includes(".")) {
    fail(
      scope,
      property,
      `${JSON.stringify(value)} is not a valid host name. Allowed: a lower-case DNS name with at least two labels, e.g. app.example.de (RFC 1123)`,
    );
  }
  return value;
}
