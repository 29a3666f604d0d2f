/**
 * The string formats and number bounds a props interface can declare in its TSDoc (`@format
 * hostname`, `@integer`, `@minimum 1`, `@maximum 65535`); tools/props/shapes.ts copies them into
 * the generated shapes, and core/validation/shape.ts checks values against them, so the API, the
 * CLI and fleet catalogues refuse a malformed value with the same words. Each format reuses the
 * check the patterns already use (core/errors.ts), so a format never disagrees with a pattern.
 */
import { requireCidr, requireConnectHost, requireDnsLabel, requireHostName, requireHttpUrl } from "../errors";

/** What a value must look like, with the words an error uses for it. */
interface Format {
  /** The allowed values, in words (after "Allowed: "). */
  readonly allowed: string;
  /** True when `value` has the format. */
  fits(value: string): boolean;
}

/** True when `check` does not throw (the core/errors.ts checks fail by throwing). */
const passes = (check: () => unknown): boolean => {
  try {
    check();
    return true;
  } catch {
    return false;
  }
};

/** Every format a prop may declare with `@format <name>`. */
export const STRING_FORMATS = {
  /** A DNS host name with at least two labels (`app.example.de`). */
  hostname: {
    allowed: "a lower-case DNS name with at least two labels, e.g. app.example.de (RFC 1123; not an IP address)",
    fits: (v) => passes(() => requireHostName("", "", v)),
  },
  /** A Kubernetes name of the RFC 1123 label kind (namespaces, Services). */
  "dns-label": {
    allowed: "a name of lower-case letters, digits and '-', 1-63 characters, starting and ending with a letter or digit (RFC 1123 label)",
    fits: (v) => passes(() => requireDnsLabel("", "", v)),
  },
  /** A Kubernetes name of the RFC 1123 subdomain kind (Secrets, ConfigMaps, StorageClasses). */
  "dns-subdomain": {
    allowed: "a name of lower-case letters, digits, '-' and '.', 1-253 characters (RFC 1123 subdomain, e.g. shop-api)",
    fits: (v) => passes(() => requireConnectHost("", "", v)),
  },
  /** A key of a Secret or ConfigMap. */
  "secret-key": { allowed: "a key of letters, digits, '-', '_' and '.', 1-253 characters", fits: (v) => /^[-._a-zA-Z0-9]{1,253}$/.test(v) },
  /** An IPv4 network (`10.7.222.0/24`). */
  cidr: { allowed: "an IPv4 range such as 10.7.222.0/24", fits: (v) => passes(() => requireCidr("", "", v)) },
  /** An http(s) URL without credentials. */
  url: { allowed: "an http(s) URL without credentials, e.g. https://hooks.example.de/alert", fits: (v) => passes(() => requireHttpUrl("", "", v)) },
  /** An e-mail address: one `@`, a local part without blanks, a host name. */
  email: {
    allowed: "an e-mail address such as name@example.de",
    fits: (v) => {
      const [local, domain, ...rest] = v.split("@");
      return rest.length === 0 && domain !== undefined && /^\S+$/.test(local) && passes(() => requireHostName("", "", domain));
    },
  },
  /** An absolute HTTP path (`/healthz`). */
  "http-path": { allowed: "an absolute HTTP path such as /healthz (starting with /, no blanks)", fits: (v) => /^\/[^\s\p{Cc}]*$/u.test(v) },
} satisfies Record<string, Format>;

/** The name of a declarable string format. */
export type StringFormat = keyof typeof STRING_FORMATS;

/** True when `name` is a declarable format (for the schema generator). */
export function isStringFormat(name: string): name is StringFormat {
  return Object.hasOwn(STRING_FORMATS, name);
}

/** True when `value` has `format`. */
export function fitsFormat(value: string, format: StringFormat): boolean {
  return STRING_FORMATS[format].fits(value);
}

/** A string's allowed values in words. */
export function describeString(format: StringFormat | undefined): string {
  return format ? STRING_FORMATS[format].allowed : "a string";
}

/** Bounds a number prop declares. */
export interface NumberBounds {
  readonly integer?: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
}

/** True when `value` is finite and within `bounds` (YAML's `.nan` and `.inf` never are). */
export function fitsNumber(value: number, bounds: NumberBounds): boolean {
  if (!Number.isFinite(value)) return false;
  if (bounds.integer && !Number.isInteger(value)) return false;
  if (bounds.minimum !== undefined && value < bounds.minimum) return false;
  return bounds.maximum === undefined || value <= bounds.maximum;
}

/** A number's allowed values in words (`an integer from 1 to 65535`, as requireIntegerInRange says it). */
export function describeNumber(bounds: NumberBounds): string {
  const kind = bounds.integer ? "an integer" : "a finite number";
  const { minimum: min, maximum: max } = bounds;
  if (min !== undefined && max !== undefined) return `${kind} from ${min} to ${max}`;
  if (min !== undefined) return `${kind} of at least ${min}`;
  if (max !== undefined) return `${kind} of at most ${max}`;
  return kind;
}
