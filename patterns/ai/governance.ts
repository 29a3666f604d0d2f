/**
 * AI governance as typed, required props: the EU AI Act risk class (prohibited practices are
 * refused), intended purpose, model card, data residency; for `high` in production a human
 * oversight contact and an audit log retention. Validated at synth and written onto every
 * object as annotations and into the conformance report as the pattern's governance record.
 */
import type { IConstruct } from "constructs";
import { fail, propNames, requireIntegerInRange, requireNonEmpty, requireOneOf } from "../../core/errors";
import { requireKnownPropsOnce } from "../../core/checked-once";
import type { Stage } from "../../core/profile";
import { STAGE_DEFAULTS } from "../../core/profile";

/** EU AI Act risk classes a system may be deployed in. */
export const AI_RISK_CLASSES = ["minimal", "limited", "high"] as const;
/** One of AI_RISK_CLASSES. */
export type AiRiskClass = (typeof AI_RISK_CLASSES)[number];
/** Values that name prohibited practices (Art. 5): refused with their own message. */
const PROHIBITED = ["prohibited", "unacceptable"];
/** Where data may be processed. */
export const DATA_RESIDENCIES = ["DE", "EU"] as const;
/** One of DATA_RESIDENCIES. */
export type DataResidency = (typeof DATA_RESIDENCIES)[number];

/** The governance record of an AI system. */
export interface AiGovernance {
  /** EU AI Act risk class. Prohibited practices (Art. 5) cannot be deployed. */
  readonly riskClass: AiRiskClass;
  /** What the system is for, in one sentence (Art. 13 transparency). */
  readonly intendedPurpose: string;
  /** Reference to the model card (URL or document id). */
  readonly modelCard: string;
  /** Where prompts and outputs are processed: `DE` or `EU`. */
  readonly dataResidency: DataResidency;
  /** Contact of the person overseeing the system (Art. 14); required for `high` in production. @default none */
  readonly humanOversightContact?: string;
  /** Days audit logs are kept; required for `high` in production (at least 180, Art. 19). @default none @integer @minimum 1 @maximum 3650 */
  readonly auditLogRetentionDays?: number;
}

const GOVERNANCE_PROPS = propNames<AiGovernance>()([
  "riskClass",
  "intendedPurpose",
  "modelCard",
  "dataResidency",
  "humanOversightContact",
  "auditLogRetentionDays",
]);

/** Minimum audit log retention for high-risk systems (days; Art. 19: at least six months). */
export const HIGH_RISK_MIN_RETENTION_DAYS = 180;

/** Validates `governance` for `stage`; returns it. Fails naming `governance.<field>`. */
export function validateGovernance(scope: IConstruct, governance: unknown, stage: Stage): AiGovernance {
  if (governance === undefined || governance === null || typeof governance !== "object") {
    fail(
      scope,
      "governance",
      `is required. Allowed: { riskClass: ${AI_RISK_CLASSES.join(" | ")}, intendedPurpose, modelCard, dataResidency: ${DATA_RESIDENCIES.join(" | ")} }`,
    );
  }
  requireKnownPropsOnce(scope, governance, GOVERNANCE_PROPS, "governance.");
  const g = governance as AiGovernance;
  if (g.riskClass === undefined) fail(scope, "governance.riskClass", `is required. Allowed: ${AI_RISK_CLASSES.join(", ")}`);
  if (PROHIBITED.includes(String(g.riskClass))) {
    fail(
      scope,
      "governance.riskClass",
      `${JSON.stringify(g.riskClass)}: prohibited AI practices (EU AI Act Art. 5) may not be deployed. Allowed: ${AI_RISK_CLASSES.join(", ")}`,
    );
  }
  requireOneOf(scope, "governance.riskClass", g.riskClass, AI_RISK_CLASSES);
  requireNonEmpty(scope, "governance.intendedPurpose", g.intendedPurpose);
  requireNonEmpty(scope, "governance.modelCard", g.modelCard);
  requireOneOf(scope, "governance.dataResidency", g.dataResidency, DATA_RESIDENCIES);
  if (g.humanOversightContact !== undefined) requireNonEmpty(scope, "governance.humanOversightContact", g.humanOversightContact);
  if (g.auditLogRetentionDays !== undefined) requireIntegerInRange(scope, "governance.auditLogRetentionDays", g.auditLogRetentionDays, 1, 3650);
  if (g.riskClass === "high" && STAGE_DEFAULTS[stage].strictPolicies) {
    if (!g.humanOversightContact)
      fail(
        scope,
        "governance.humanOversightContact",
        "is required for risk class high in production (EU AI Act Art. 14). Allowed: a contact such as ki-aufsicht@amt.example.de",
      );
    if (g.auditLogRetentionDays === undefined || g.auditLogRetentionDays < HIGH_RISK_MIN_RETENTION_DAYS)
      fail(
        scope,
        "governance.auditLogRetentionDays",
        `${g.auditLogRetentionDays ?? "unset"} is not allowed for risk class high in production. Allowed: an integer of at least ${HIGH_RISK_MIN_RETENTION_DAYS} (EU AI Act Art. 19)`,
      );
  }
  return g;
}

/** The record as annotations (`ai.stackwerk.dev/<field>`; values trimmed to what annotations carry well). */
export function governanceAnnotations(g: AiGovernance): Record<string, string> {
  return {
    "ai.stackwerk.dev/risk-class": g.riskClass,
    "ai.stackwerk.dev/intended-purpose": g.intendedPurpose.slice(0, 1024),
    "ai.stackwerk.dev/model-card": g.modelCard.slice(0, 1024),
    "ai.stackwerk.dev/data-residency": g.dataResidency,
    ...(g.humanOversightContact ? { "ai.stackwerk.dev/human-oversight": g.humanOversightContact } : {}),
    ...(g.auditLogRetentionDays !== undefined ? { "ai.stackwerk.dev/audit-log-retention-days": String(g.auditLogRetentionDays) } : {}),
  };
}
