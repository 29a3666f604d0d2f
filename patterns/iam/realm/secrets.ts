/**
 * Secrets in a realm file. Keycloak replaces `${NAME}` in any string of a realm import file with
 * the environment variable NAME of the Keycloak process (checked against Keycloak 26.7.3:
 * `${env.NAME}` is NOT replaced, and an unset NAME leaves `${NAME}` in place verbatim). So:
 * - every secret (client secret, LDAP bind password) is written as `${NAME}` and reported as a
 *   `RealmSecretEnv` the deployment must set from a Kubernetes Secret;
 * - no other string may contain `${`, or user text could copy any variable of the Keycloak pod
 *   (its database password, say) into the realm.
 */
import type { IConstruct } from "constructs";
import { fail } from "../../../core/errors";
import type { SecretKeyRef } from "../../../constructs/kube/secret";

/** Where a realm secret's value comes from. */
export type RealmSecretSource =
  /** A key of an existing Kubernetes Secret in the Keycloak namespace. */
  | { readonly kind: "secretRef"; readonly ref: SecretKeyRef }
  /** Generated at deploy time (letters and digits), e.g. by a `KubeSecret` with a generated value. */
  | { readonly kind: "generated"; readonly length: number };

/** One environment variable the Keycloak process must have when it imports the realm. */
export interface RealmSecretEnv {
  /** Variable name, e.g. `STACKWERK_REALM_CITIZENS_CLIENT_PORTAL_SECRET`. */
  readonly name: string;
  /** What it is, for messages and docs, e.g. `client secret of portal`. */
  readonly purpose: string;
  /** Where the value comes from. */
  readonly source: RealmSecretSource;
}

/** Length of generated client secrets (letters and digits: about 190 bits). */
export const GENERATED_SECRET_LENGTH = 32;

/** Keycloak's placeholder for an environment variable in a realm import file. */
export function envPlaceholder(name: string): string {
  return `\${${name}}`;
}

/** Requires a `{ name, key }` Secret reference; a literal string (a password in code) is refused. */
export function requireSecretRef(scope: IConstruct, property: string, value: unknown): SecretKeyRef {
  const ref = value as Partial<SecretKeyRef> | undefined;
  const ok =
    typeof ref === "object" &&
    ref !== null &&
    typeof ref.name === "string" &&
    typeof ref.key === "string" &&
    /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/.test(ref.name) &&
    /^[-._a-zA-Z0-9]+$/.test(ref.key) &&
    Object.keys(ref).every((k) => k === "name" || k === "key");
  if (!ok) {
    const what = typeof value === "string" ? "a literal string" : JSON.stringify(value);
    fail(
      scope,
      property,
      `${what} is not allowed. Allowed: a reference to a key of a Kubernetes Secret in the Keycloak namespace, { name: "corp-ldap", key: "bind-password" } (secrets are never written into the realm file)`,
    );
  }
  return { name: ref.name!, key: ref.key! };
}

/**
 * Refuses `${` in every string of `representation` except the placeholders this model wrote,
 * naming the JSON path: one check over the whole rendered realm, so no field can be forgotten.
 */
export function refuseForeignPlaceholders(label: string, representation: unknown, placeholders: ReadonlySet<string>): void {
  const walk = (value: unknown, at: string): void => {
    if (typeof value === "string") {
      if (value.includes("${") && !placeholders.has(value)) {
        fail(
          label,
          at,
          `${JSON.stringify(value)} contains "\${", which Keycloak replaces with an environment variable of its process at import. Allowed: text without "\${" (secrets are references, see secret/bindCredential)`,
        );
      }
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}[${i}]`));
    else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) walk(v, at ? `${at}.${k}` : k);
  };
  walk(representation, "");
}
