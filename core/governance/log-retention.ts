/**
 * Governance across patterns in one landing zone: a pattern that promises to keep audit logs for
 * N days (the AI pattern's `governance.auditLogRetentionDays`) relies on the zone's log pipeline
 * (the monitoring pattern's `retention.logsDays`) keeping them that long. Each side registers here;
 * whichever comes second is checked against the other at once, and the error names both props.
 */
import type { IConstruct } from "constructs";
import { fail } from "../errors";

/** One side of the check: which construct, which of its props, how many days. */
export interface RetentionClaim {
  /** The construct that set the value (for the message and the error's path). */
  readonly scope: IConstruct;
  /** Its prop, e.g. `retention.logsDays`. */
  readonly property: string;
  readonly days: number;
  /**
   * Longest retention the zone's log pipeline offers, when the target caps it (IONOS log
   * pipelines: 30 days), with the service's name. @default no cap
   */
  readonly cap?: { readonly days: number; readonly service: string };
}

const KEPT = new WeakMap<object, RetentionClaim>();
const NEEDED = new WeakMap<object, RetentionClaim[]>();

const label = (c: RetentionClaim): string => `${c.scope.constructor.name} ${c.scope.node.path}`;

function check(kept: RetentionClaim, need: RetentionClaim, reportOn: RetentionClaim): void {
  if (kept.days >= need.days) return;
  const fix =
    kept.cap && kept.cap.days < need.days
      ? `the zone's log pipeline (${kept.cap.service}) keeps logs at most ${kept.cap.days} days, so this zone cannot meet it: keep the audit logs in an archive with that retention and place the stack in a zone whose logs are kept long enough, or lower ${need.property} where the law allows`
      : `${kept.property} of at least ${need.days} on ${label(kept)}, or a lower ${need.property} where the law allows`;
  fail(
    reportOn.scope,
    reportOn.property,
    `${need.property} = ${need.days} days (${label(need)}) is not met by the landing zone's log retention: ${kept.property} = ${kept.days} days (${label(kept)}). Allowed: ${fix}`,
  );
}

/** The zone keeps logs `claim.days` days (the monitoring pattern); checks every need registered so far. */
export function declareLogRetention(zone: object, claim: RetentionClaim): void {
  KEPT.set(zone, claim);
  for (const need of NEEDED.get(zone) ?? []) check(claim, need, claim);
}

/** A pattern needs its logs kept `claim.days` days in the zone; checked now if the zone's retention is known, else when it is declared. */
export function requireLogRetention(zone: object, claim: RetentionClaim): void {
  NEEDED.set(zone, [...(NEEDED.get(zone) ?? []), claim]);
  const kept = KEPT.get(zone);
  if (kept) check(kept, claim, claim);
}
