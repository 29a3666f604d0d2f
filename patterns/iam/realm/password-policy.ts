/**
 * Password policy as typed settings, rendered to Keycloak's policy string
 * (`length(12) and digits(1) and ...`). Defaults follow common public-sector guidance:
 * at least 12 characters, mixed character classes, not the user name or e-mail, no reuse of
 * the last 5 passwords.
 */
import type { IConstruct } from "constructs";
import { propNames, requireIntegerInRange, requireKnownProps } from "../../../core/errors";

/** Password rules for users whose credentials Keycloak stores (not LDAP users). */
export interface PasswordPolicy {
  /** Minimum length. @default 12 */
  readonly minLength?: number;
  /** Maximum length (bounds hashing cost). @default 128 */
  readonly maxLength?: number;
  /** Minimum digits. @default 1 */
  readonly digits?: number;
  /** Minimum lower-case letters. @default 1 */
  readonly lowerCase?: number;
  /** Minimum upper-case letters. @default 1 */
  readonly upperCase?: number;
  /** Minimum special characters. @default 1 */
  readonly specialChars?: number;
  /** Number of previous passwords that may not be reused. @default 5 */
  readonly history?: number;
}

const PASSWORD_POLICY_PROPS = propNames<PasswordPolicy>()(["minLength", "maxLength", "digits", "lowerCase", "upperCase", "specialChars", "history"]);

/** The defaults of every rule. */
export const PASSWORD_POLICY_DEFAULTS: Required<PasswordPolicy> = {
  minLength: 12,
  maxLength: 128,
  digits: 1,
  lowerCase: 1,
  upperCase: 1,
  specialChars: 1,
  history: 5,
};

/** Keycloak's policy string for `policy` (defaults filled in), checked for sane bounds. */
export function renderPasswordPolicy(scope: IConstruct, policy: PasswordPolicy = {}): string {
  requireKnownProps(scope, policy, PASSWORD_POLICY_PROPS, "passwordPolicy.");
  const p = { ...PASSWORD_POLICY_DEFAULTS, ...policy };
  requireIntegerInRange(scope, "passwordPolicy.minLength", p.minLength, 8, 128);
  requireIntegerInRange(scope, "passwordPolicy.maxLength", p.maxLength, p.minLength, 1024);
  for (const key of ["digits", "lowerCase", "upperCase", "specialChars"] as const)
    requireIntegerInRange(scope, `passwordPolicy.${key}`, p[key], 0, p.minLength);
  requireIntegerInRange(scope, "passwordPolicy.history", p.history, 0, 24);
  const rules = [
    `length(${p.minLength})`,
    `maxLength(${p.maxLength})`,
    ...(["digits", "lowerCase", "upperCase", "specialChars"] as const).filter((k) => p[k] > 0).map((k) => `${k}(${p[k]})`),
    "notUsername(undefined)",
    "notEmail(undefined)",
    ...(p.history > 0 ? [`passwordHistory(${p.history})`] : []),
  ];
  return rules.join(" and ");
}
