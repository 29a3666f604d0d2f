/**
 * One-time passwords (TOTP). The policy is always written (SHA-1, 6 digits, 30 s: what every
 * authenticator app supports). "Required" makes configuring OTP a default required action, so
 * every new user sets up OTP at first login; Keycloak's default browser flow then asks for the
 * code at every login. The admin realm in production must require it.
 *
 * Writing `requiredActions` replaces Keycloak's defaults, so the full default list (as
 * Keycloak 26.7.3 creates it; Keycloak adds `delete_account` itself) is written with
 * CONFIGURE_TOTP as a default action. `test/iam` compares it with a realm Keycloak created.
 */
import type { IConstruct } from "constructs";
import { fail, propNames, requireKnownProps, requireOneOf } from "../../../core/errors";
import type { Stage } from "../../../core/profile";
import type { RequiredActionRepresentation } from "./representation";
import { STAGE_DEFAULTS } from "../../../core/profile";

/** OTP settings. */
export interface OtpPolicy {
  /** Every user must configure OTP. `false` is refused for the admin realm in production. @default true for an admin realm in production, false otherwise */
  readonly required?: boolean;
  /** HMAC algorithm. @default "HmacSHA1" (the one every authenticator app implements) */
  readonly algorithm?: OtpAlgorithm;
  /** Code length. @default 6 */
  readonly digits?: 6 | 8;
}

/** OTP HMAC algorithms Keycloak offers. */
export const OTP_ALGORITHMS = ["HmacSHA1", "HmacSHA256", "HmacSHA512"] as const;
/** One of OTP_ALGORITHMS. */
export type OtpAlgorithm = (typeof OTP_ALGORITHMS)[number];

const OTP_PROPS = propNames<OtpPolicy>()(["required", "algorithm", "digits"]);

/** Keycloak 26.7.3's default required actions of a new realm, without `delete_account` (Keycloak adds it on import). */
export const KEYCLOAK_DEFAULT_REQUIRED_ACTIONS: ReadonlyArray<readonly [alias: string, name: string, enabled: boolean, priority: number]> = [
  ["TERMS_AND_CONDITIONS", "Terms and Conditions", false, 20],
  ["UPDATE_PROFILE", "Update Profile", true, 40],
  ["VERIFY_EMAIL", "Verify Email", true, 50],
  ["CONFIGURE_TOTP", "Configure OTP", true, 54],
  ["UPDATE_PASSWORD", "Update Password", true, 57],
  ["UPDATE_EMAIL", "Update Email", false, 70],
  ["webauthn-register", "Webauthn Register", true, 80],
  ["webauthn-register-passwordless", "Webauthn Register Passwordless", true, 90],
  ["VERIFY_PROFILE", "Verify Profile", true, 100],
  ["delete_credential", "Delete Credential", true, 110],
  ["idp_link", "Linking Identity Provider", true, 120],
  ["CONFIGURE_RECOVERY_AUTHN_CODES", "Recovery Authentication Codes", true, 130],
  ["update_user_locale", "Update User Locale", true, 1000],
];

/** The realm fields of the OTP policy, and the required actions when OTP is required. */
export interface OtpFields {
  readonly otpPolicyType: "totp";
  readonly otpPolicyAlgorithm: OtpAlgorithm;
  readonly otpPolicyDigits: number;
  readonly otpPolicyPeriod: 30;
  readonly otpPolicyLookAheadWindow: 1;
  readonly otpPolicyCodeReusable: false;
  readonly requiredActions?: readonly RequiredActionRepresentation[];
}

/** Resolves the OTP fields for a realm in `stage`. */
export function resolveOtp(scope: IConstruct, stage: Stage, adminRealm: boolean, policy: OtpPolicy = {}): OtpFields {
  requireKnownProps(scope, policy, OTP_PROPS, "otp.");
  const mandatory = adminRealm && STAGE_DEFAULTS[stage].strictPolicies;
  const required = policy.required ?? mandatory;
  if (typeof required !== "boolean") fail(scope, "otp.required", `${JSON.stringify(required)} is not allowed. Allowed: true or false`);
  if (mandatory && !required) {
    fail(scope, "otp.required", "false is not allowed for an admin realm in stage production. Allowed: true (administrators sign in with a second factor)");
  }
  const digits = policy.digits ?? 6;
  if (digits !== 6 && digits !== 8) fail(scope, "otp.digits", `${JSON.stringify(digits)} is not allowed. Allowed: 6, 8`);
  return {
    otpPolicyType: "totp",
    otpPolicyAlgorithm: requireOneOf(scope, "otp.algorithm", policy.algorithm ?? "HmacSHA1", OTP_ALGORITHMS),
    otpPolicyDigits: digits,
    otpPolicyPeriod: 30,
    otpPolicyLookAheadWindow: 1,
    otpPolicyCodeReusable: false,
    ...(required
      ? {
          requiredActions: KEYCLOAK_DEFAULT_REQUIRED_ACTIONS.map(([alias, name, enabled, priority]) => ({
            alias,
            name,
            providerId: alias,
            enabled,
            defaultAction: alias === "CONFIGURE_TOTP",
            priority,
            config: {},
          })),
        }
      : {}),
  };
}
