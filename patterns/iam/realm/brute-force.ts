/**
 * Brute-force detection: on in every stage by default; production refuses to turn it off.
 * After `failureFactor` failed logins the account is locked temporarily, with a wait that grows
 * by `waitIncrementSeconds` per further failure up to `maxWaitSeconds` (never permanently, so an
 * attacker cannot lock staff out for good).
 */
import type { IConstruct } from "constructs";
import { fail, propNames, requireIntegerInRange, requireKnownProps } from "../../../core/errors";
import type { Stage } from "../../../core/profile";
import { STAGE_DEFAULTS } from "../../../core/profile";

/** Brute-force detection settings. */
export interface BruteForceProtection {
  /** Detection on. `false` is refused in stage production. @default true */
  readonly enabled?: boolean;
  /** Failed logins before a temporary lockout. @default 5 */
  readonly failureFactor?: number;
  /** Lockout growth per further failure, seconds. @default 60 */
  readonly waitIncrementSeconds?: number;
  /** Longest lockout, seconds. @default 900 */
  readonly maxWaitSeconds?: number;
  /** Failures are forgotten after this many seconds without one. @default 43200 */
  readonly failureResetSeconds?: number;
}

const BRUTE_FORCE_PROPS = propNames<BruteForceProtection>()(["enabled", "failureFactor", "waitIncrementSeconds", "maxWaitSeconds", "failureResetSeconds"]);

/** The realm fields of brute-force detection (Keycloak's names). */
export interface BruteForceFields {
  readonly bruteForceProtected: boolean;
  readonly permanentLockout: false;
  readonly failureFactor: number;
  readonly waitIncrementSeconds: number;
  readonly maxFailureWaitSeconds: number;
  readonly minimumQuickLoginWaitSeconds: number;
  readonly quickLoginCheckMilliSeconds: number;
  readonly maxDeltaTimeSeconds: number;
}

/** Resolves the brute-force fields for `stage`. */
export function resolveBruteForce(scope: IConstruct, stage: Stage, settings: BruteForceProtection = {}): BruteForceFields {
  requireKnownProps(scope, settings, BRUTE_FORCE_PROPS, "bruteForce.");
  const enabled = settings.enabled ?? true;
  if (typeof enabled !== "boolean") fail(scope, "bruteForce.enabled", `${JSON.stringify(enabled)} is not allowed. Allowed: true or false`);
  if (!enabled && STAGE_DEFAULTS[stage].strictPolicies) {
    fail(
      scope,
      "bruteForce.enabled",
      "false is not allowed in stage production. Allowed: true (password guessing must be throttled), or use stage test/acceptance/training",
    );
  }
  return {
    bruteForceProtected: enabled,
    permanentLockout: false,
    failureFactor: requireIntegerInRange(scope, "bruteForce.failureFactor", settings.failureFactor ?? 5, 3, 30),
    waitIncrementSeconds: requireIntegerInRange(scope, "bruteForce.waitIncrementSeconds", settings.waitIncrementSeconds ?? 60, 1, 3600),
    maxFailureWaitSeconds: requireIntegerInRange(scope, "bruteForce.maxWaitSeconds", settings.maxWaitSeconds ?? 900, 60, 86400),
    minimumQuickLoginWaitSeconds: 60,
    quickLoginCheckMilliSeconds: 1000,
    maxDeltaTimeSeconds: requireIntegerInRange(scope, "bruteForce.failureResetSeconds", settings.failureResetSeconds ?? 43200, 60, 604800),
  };
}
