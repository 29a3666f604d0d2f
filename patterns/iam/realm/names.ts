/**
 * Name rules of the realm model: realm names, client ids, role and group names, and the
 * environment variable names the secret placeholders use. Each check fails with the
 * construct path, the property and what is allowed.
 */
import type { IConstruct } from "constructs";
import { fail } from "../../../core/errors";

const REALM_NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const CLIENT_ID = /^[A-Za-z0-9]([A-Za-z0-9._:-]{0,98}[A-Za-z0-9])?$/;
const ROLE_OR_GROUP_NAME = /^[A-Za-z0-9]([A-Za-z0-9._ -]{0,98}[A-Za-z0-9])?$/;

/** Client ids every Keycloak realm creates itself; a realm file may not redefine them. */
export const BUILT_IN_CLIENT_IDS: readonly string[] = ["account", "account-console", "admin-cli", "broker", "realm-management", "security-admin-console"];

/** Realm roles every Keycloak realm creates itself (`default-roles-<realm>` too). */
export const BUILT_IN_ROLE_NAMES: readonly string[] = ["offline_access", "uma_authorization"];

/**
 * A realm name: it appears in every URL (`/realms/<name>`) and in environment variable names,
 * so it is a lower-case DNS label; `master` is Keycloak's administration realm and is never imported.
 */
export function requireRealmName(scope: IConstruct, property: string, value: unknown): string {
  if (typeof value !== "string" || !REALM_NAME.test(value)) {
    fail(
      scope,
      property,
      `${JSON.stringify(value)} is not a valid realm name. Allowed: lower-case letters, digits and '-', 1-63 characters, starting and ending with a letter or digit (no spaces)`,
    );
  }
  if (value === "master") fail(scope, property, `"master" is Keycloak's own administration realm and cannot be imported. Allowed: any other realm name`);
  return value;
}

/** An OAuth client id: letters, digits, '.', '_', ':' and '-', 1-100 characters, not a built-in client. */
export function requireClientId(scope: IConstruct, property: string, value: unknown): string {
  if (typeof value !== "string" || !CLIENT_ID.test(value)) {
    fail(
      scope,
      property,
      `${JSON.stringify(value)} is not a valid client id. Allowed: letters, digits, '.', '_', ':' and '-', 1-100 characters, starting and ending with a letter or digit`,
    );
  }
  if (BUILT_IN_CLIENT_IDS.includes(value)) {
    fail(scope, property, `${JSON.stringify(value)} is a client Keycloak creates in every realm. Allowed: any id except ${BUILT_IN_CLIENT_IDS.join(", ")}`);
  }
  return value;
}

/** A realm role or group name: letters, digits, '.', '_', '-' and spaces inside, 1-100 characters. */
export function requireRoleOrGroupName(scope: IConstruct, property: string, value: unknown): string {
  if (typeof value !== "string" || !ROLE_OR_GROUP_NAME.test(value)) {
    fail(
      scope,
      property,
      `${JSON.stringify(value)} is not a valid name. Allowed: letters, digits, '.', '_', '-' and inner spaces, 1-100 characters, starting and ending with a letter or digit`,
    );
  }
  return value;
}

/**
 * The environment variable that carries one secret of a realm into Keycloak at import time,
 * e.g. `STACKWERK_REALM_CITIZENS_CLIENT_PORTAL_SECRET`. Not `KC_…`: Keycloak reads those as
 * its own configuration options.
 */
export function secretEnvName(realm: string, ...parts: string[]): string {
  return ["STACKWERK_REALM", realm, ...parts]
    .join("_")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_");
}
