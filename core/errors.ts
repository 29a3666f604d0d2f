/**
 * Synth-time validation errors. Every message names the construct path, the property
 * and what is allowed, so a user can fix the input without reading Stackwerk's code.
 */
import { IConstruct } from "constructs";

/** A bad input found at synth: names the construct path, the property and what is allowed. */
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

/** Throws a StackwerkValidationError for `scope` (a construct, or a label such as `targets.onprem` for objects that are not constructs). */
export function fail(scope: IConstruct | string, property: string, message: string): never {
  throw new StackwerkValidationError(typeof scope === "string" ? scope : describe(scope), property, message);
}

/** Edit distance between two names (case-insensitive), for "did you mean" hints. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[y.length];
}

/** The allowed name closest to `name`, when it is close enough to be a likely typo. */
export function nearestName(name: string, allowed: readonly string[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const candidate of allowed) {
    const d = distance(name, candidate);
    if (!best || d < best.d) best = { name: candidate, d };
  }
  if (best && best.d <= Math.max(2, Math.floor(name.length / 3))) return best.name;
  // `hostname` for `host`, `user` for `username`: one name starts with the other.
  const lower = name.toLowerCase();
  return allowed.find((c) => c.length >= 3 && lower.length >= 3 && (lower.startsWith(c.toLowerCase()) || c.toLowerCase().startsWith(lower)));
}

/**
 * Refuses properties a props object does not define: plain JavaScript (and `as any`) callers get
 * no compile-time check, so `replica: 3` or `hostname` would otherwise be silently ignored.
 * @param prefix prepended to property names in messages, e.g. `database.`
 */
export function requireKnownProps(scope: IConstruct | string, props: unknown, allowed: readonly string[], prefix = ""): void {
  if (props === undefined) return;
  if (typeof props !== "object" || props === null || Array.isArray(props)) {
    fail(scope, prefix.replace(/\.$/, "") || "props", `${JSON.stringify(props)} is not allowed. Allowed: an object with the properties ${allowed.join(", ")}`);
  }
  for (const key of Object.keys(props)) {
    if (allowed.includes(key)) continue;
    const hint = nearestName(key, allowed);
    fail(scope, `${prefix}${key}`, `is not a known property${hint ? ` (did you mean ${prefix}${hint}?)` : ""}. Allowed: ${allowed.join(", ")}`);
  }
}

/**
 * The property names of `T`, checked at compile time to be complete: `propNames<Props>()([...])`
 * fails `tsc` when a property of `Props` is missing from the list, so the runtime check in
 * requireKnownProps never refuses a property the type allows.
 */
export function propNames<T>() {
  return <const K extends readonly (keyof T & string)[]>(
    names: K & ([Exclude<keyof T & string, K[number]>] extends [never] ? unknown : { missing: Exclude<keyof T & string, K[number]> }),
  ): readonly string[] => names;
}

/** Requires `value` to be one of `allowed` (string enums arriving from untyped input, e.g. the CLI or JSON). */
export function requireOneOf<T extends string>(scope: IConstruct | string, property: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    fail(scope, property, `${JSON.stringify(value)} is not allowed. Allowed: ${allowed.join(", ")}`);
  }
  return value as T;
}

/** Requires an integer within [min, max]. */
export function requireIntegerInRange(scope: IConstruct | string, property: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    fail(scope, property, `${value} is not allowed. Allowed: an integer from ${min} to ${max}`);
  }
  return value;
}

/** Requires a non-empty string. */
export function requireNonEmpty(scope: IConstruct | string, property: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") {
    fail(scope, property, `must be a non-empty string (got ${JSON.stringify(value)})`);
  }
  return value;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$/;

/** Kubernetes object names for namespaces, services, ...: RFC 1123 label. */
export function requireDnsLabel(scope: IConstruct | string, property: string, value: string): string {
  if (typeof value !== "string" || !DNS_LABEL.test(value)) {
    fail(
      scope,
      property,
      `${JSON.stringify(value)} is not a valid name. Allowed: lower-case letters, digits and '-', 1-63 characters, starting and ending with a letter or digit (RFC 1123 label)`,
    );
  }
  return value;
}

/** A DNS host name such as `app.example.de` (RFC 1123 subdomain, at least two labels). */
export function requireHostName(scope: IConstruct | string, property: string, value: string): string {
  // RFC 1123 2.1: the top-level label is not all-numeric, so an IPv4 address is not a host name.
  if (typeof value !== "string" || !DNS_SUBDOMAIN.test(value) || !value.includes(".") || /^[0-9]+$/.test(value.split(".").pop()!)) {
    fail(
      scope,
      property,
      `${JSON.stringify(value)} is not a valid host name. Allowed: a lower-case DNS name with at least two labels, e.g. app.example.de (RFC 1123; not an IP address)`,
    );
  }
  return value;
}

const IPV4 = /^(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$/;

/** True for a dotted-quad IPv4 address. */
export function isIpv4(value: string): boolean {
  return IPV4.test(value);
}

/** An IPv4 CIDR such as `10.7.222.0/24`. */
export function requireCidr(scope: IConstruct | string, property: string, value: unknown): string {
  const [address, bits, ...rest] = typeof value === "string" ? value.split("/") : [];
  if (typeof value !== "string" || rest.length || !isIpv4(address ?? "") || !/^([0-9]|[12][0-9]|3[0-2])$/.test(bits ?? "")) {
    fail(scope, property, `${JSON.stringify(value)} is not a valid CIDR. Allowed: an IPv4 range such as 10.7.222.0/24`);
  }
  return value;
}

/** An http(s) URL without credentials, e.g. `https://s3.rz.example.de`. */
export function requireHttpUrl(scope: IConstruct | string, property: string, value: unknown): URL {
  let url: URL | undefined;
  try {
    url = typeof value === "string" ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || !["http:", "https:"].includes(url.protocol) || !url.hostname || url.username || url.password) {
    fail(scope, property, `${JSON.stringify(value)} is not a valid endpoint. Allowed: an http(s) URL without credentials, e.g. https://s3.example.de`);
  }
  return url;
}

/** A host to connect to: a DNS name (one label allowed, e.g. a Service name) or an IPv4 address. */
export function requireConnectHost(scope: IConstruct | string, property: string, value: unknown): string {
  if (typeof value !== "string" || !(isIpv4(value) || DNS_SUBDOMAIN.test(value))) {
    fail(scope, property, `${JSON.stringify(value)} is not a valid host. Allowed: a lower-case DNS name (pg.rz.example.de) or an IPv4 address`);
  }
  return value;
}
