/**
 * Token and session lifetimes per stage. Production keeps access tokens short (5 minutes) so a
 * leaked token is useful briefly and revocation takes effect soon; refresh tokens are single-use.
 */
import type { IConstruct } from "constructs";
import { propNames, requireIntegerInRange, requireKnownProps } from "../../../core/errors";
import type { Stage } from "../../../core/profile";
import { STAGE_DEFAULTS, STRICTEST_STAGE } from "../../../core/profile";

/** Lifetimes in seconds. Each left out takes the stage default. */
export interface TokenLifetimes {
  /** Access token lifetime. @default 300 in production, 900 elsewhere */
  readonly accessTokenSeconds?: number;
  /** SSO session idle timeout. @default 1800 in production, 3600 elsewhere */
  readonly ssoSessionIdleSeconds?: number;
  /** SSO session maximum lifetime. @default 28800 (a working day) in production, 36000 elsewhere */
  readonly ssoSessionMaxSeconds?: number;
  /** Offline session maximum lifetime (always limited). @default 2592000 (30 days) in production, 5184000 elsewhere */
  readonly offlineSessionMaxSeconds?: number;
}

const TOKEN_LIFETIME_PROPS = propNames<TokenLifetimes>()(["accessTokenSeconds", "ssoSessionIdleSeconds", "ssoSessionMaxSeconds", "offlineSessionMaxSeconds"]);

/** The stage defaults of every lifetime. */
export const TOKEN_LIFETIME_DEFAULTS: Readonly<Record<"production" | "other", Required<TokenLifetimes>>> = {
  production: { accessTokenSeconds: 300, ssoSessionIdleSeconds: 1800, ssoSessionMaxSeconds: 28800, offlineSessionMaxSeconds: 2592000 },
  other: { accessTokenSeconds: 900, ssoSessionIdleSeconds: 3600, ssoSessionMaxSeconds: 36000, offlineSessionMaxSeconds: 5184000 },
};

/** Upper bounds: production refuses access tokens longer than 15 minutes and sessions longer than 12 hours. */
const MAXIMUM: Readonly<Record<"production" | "other", Required<TokenLifetimes>>> = {
  production: { accessTokenSeconds: 900, ssoSessionIdleSeconds: 28800, ssoSessionMaxSeconds: 43200, offlineSessionMaxSeconds: 5184000 },
  other: { accessTokenSeconds: 3600, ssoSessionIdleSeconds: 86400, ssoSessionMaxSeconds: 604800, offlineSessionMaxSeconds: 31536000 },
};

/** Resolves the lifetimes for `stage`, checking each against the stage's bounds. */
export function resolveTokenLifetimes(scope: IConstruct, stage: Stage, lifetimes: TokenLifetimes = {}): Required<TokenLifetimes> {
  requireKnownProps(scope, lifetimes, TOKEN_LIFETIME_PROPS, "tokenLifetimes.");
  const strict = STAGE_DEFAULTS[stage].strictPolicies;
  const kind = strict ? STRICTEST_STAGE : "other";
  const resolved = { ...TOKEN_LIFETIME_DEFAULTS[kind], ...lifetimes };
  for (const key of TOKEN_LIFETIME_PROPS as readonly (keyof TokenLifetimes)[]) {
    requireIntegerInRange(scope, `tokenLifetimes.${key}${strict ? " (stage production)" : ""}`, resolved[key], 60, MAXIMUM[kind][key]);
  }
  if (resolved.ssoSessionIdleSeconds > resolved.ssoSessionMaxSeconds) {
    requireIntegerInRange(scope, "tokenLifetimes.ssoSessionIdleSeconds", resolved.ssoSessionIdleSeconds, 60, resolved.ssoSessionMaxSeconds);
  }
  return resolved;
}
