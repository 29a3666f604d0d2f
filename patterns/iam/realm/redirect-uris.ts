/**
 * Redirect URI and web origin rules per stage. An open or plain-text redirect hands an
 * authorization code to whoever controls the target, so: absolute URLs only, no fragment, no
 * credentials; `https://` only in production (no exceptions) and no wildcard there; elsewhere
 * `http://` is allowed for development and a wildcard only as a trailing `/*` of a path.
 */
import type { IConstruct } from "constructs";
import { fail } from "../../../core/errors";
import type { Stage } from "../../../core/profile";
import { STAGE_DEFAULTS } from "../../../core/profile";

function parse(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** Validates one redirect URI for `stage` and returns it unchanged. */
export function requireRedirectUri(scope: IConstruct, property: string, value: unknown, stage: Stage): string {
  const production = STAGE_DEFAULTS[stage].strictPolicies;
  const allowed = production
    ? "an absolute https:// URL without wildcard, fragment or credentials, e.g. https://portal.example.de/oauth2/callback"
    : "an absolute https:// or http:// URL without fragment or credentials; a wildcard only as a trailing /* of a path, e.g. https://portal.example.de/app/*";
  const url = typeof value === "string" ? parse(value.replace(/\*$/, "x")) : undefined;
  if (typeof value !== "string" || !url || !url.hostname || url.username || url.password || value.includes("#")) {
    fail(scope, property, `${JSON.stringify(value)} is not a valid redirect URI. Allowed: ${allowed}`);
  }
  if (url.protocol === "http:" && production) {
    fail(
      scope,
      property,
      `${JSON.stringify(value)} is not allowed in stage production (http:// sends the authorization code in plain text). Allowed: ${allowed}`,
    );
  }
  if (!["https:", "http:"].includes(url.protocol))
    fail(scope, property, `${JSON.stringify(value)} has scheme ${url.protocol} which is not allowed. Allowed: ${allowed}`);
  if (value.includes("*")) {
    if (production)
      fail(scope, property, `${JSON.stringify(value)} is not allowed in stage production (a wildcard redirect is an open redirect). Allowed: ${allowed}`);
    if (!/^[^*]*\/\*$/.test(value) || new URL(value.slice(0, -1)).pathname === "/") {
      // `https://host/*` would accept every path of the host: still too wide.
      fail(scope, property, `${JSON.stringify(value)} is not allowed (a wildcard must follow a path, never the host alone). Allowed: ${allowed}`);
    }
  }
  return value;
}

/** Validates one web origin (CORS): `+` (the redirect URIs' origins) or a scheme://host[:port] origin. */
export function requireWebOrigin(scope: IConstruct, property: string, value: unknown, stage: Stage): string {
  const production = STAGE_DEFAULTS[stage].strictPolicies;
  const allowed = production ? `"+" (the origins of the redirect URIs) or an https:// origin such as https://portal.example.de` : `"+" or an http(s):// origin`;
  if (value === "+") return value;
  const url = typeof value === "string" ? parse(value) : undefined;
  if (typeof value !== "string" || !url || url.origin !== value || (production && url.protocol !== "https:") || !["https:", "http:"].includes(url.protocol)) {
    fail(scope, property, `${JSON.stringify(value)} is not allowed${production ? " in stage production" : ""}. Allowed: ${allowed} (no wildcard, no path)`);
  }
  return value;
}
