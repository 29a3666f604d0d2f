/**
 * Standard sizes (S/M/L/XL) and delivery stages (test ► acceptance ► training ► production),
 * each as one table. Targets map sizes to machine types in their own tables (providers/<target>/sizes.ts).
 * The stage policy lives here alone: the table `STAGE_DEFAULTS`, the default stage, and
 * `resolveStage`, the one check of a stage a user wrote (once per construct tree).
 */
import type { IConstruct } from "constructs";
import { requireOneOf } from "./errors";

/** Standard size presets of the Deutschland-Stack. */
export const SIZES = ["S", "M", "L", "XL"] as const;
/** A standard size: S, M, L or XL. */
export type Size = (typeof SIZES)[number];

/** Delivery stages, in promotion order. */
export const STAGES = ["test", "acceptance", "training", "production"] as const;
/** A delivery stage: test, acceptance, training or production. */
export type Stage = (typeof STAGES)[number];

/** Target-independent workload sizing per size preset. */
export interface WorkloadSizing {
  readonly replicas: number;
  readonly maxReplicas: number;
  readonly cpuRequest: string;
  readonly cpuLimit: string;
  readonly memoryRequest: string;
  readonly memoryLimit: string;
  /** Namespace quota: sum of CPU limits / memory limits / pods. */
  readonly quotaCpu: string;
  readonly quotaMemory: string;
  readonly quotaPods: number;
  readonly volumeSize: string;
}

/** Requests, limits, replicas and volume sizes per standard size. */
export const WORKLOAD_SIZING: Readonly<Record<Size, WorkloadSizing>> = {
  S: {
    replicas: 1,
    maxReplicas: 3,
    cpuRequest: "100m",
    cpuLimit: "500m",
    memoryRequest: "128Mi",
    memoryLimit: "256Mi",
    quotaCpu: "4",
    quotaMemory: "8Gi",
    quotaPods: 20,
    volumeSize: "5Gi",
  },
  M: {
    replicas: 2,
    maxReplicas: 6,
    cpuRequest: "250m",
    cpuLimit: "1",
    memoryRequest: "256Mi",
    memoryLimit: "512Mi",
    quotaCpu: "12",
    quotaMemory: "24Gi",
    quotaPods: 50,
    volumeSize: "20Gi",
  },
  L: {
    replicas: 3,
    maxReplicas: 12,
    cpuRequest: "500m",
    cpuLimit: "2",
    memoryRequest: "512Mi",
    memoryLimit: "1Gi",
    quotaCpu: "32",
    quotaMemory: "64Gi",
    quotaPods: 100,
    volumeSize: "100Gi",
  },
  XL: {
    replicas: 4,
    maxReplicas: 24,
    cpuRequest: "1",
    cpuLimit: "4",
    memoryRequest: "1Gi",
    memoryLimit: "2Gi",
    quotaCpu: "96",
    quotaMemory: "192Gi",
    quotaPods: 200,
    volumeSize: "500Gi",
  },
};

/**
 * What a stage implies when the user leaves a property out, and which rules bind it: the one
 * stage-policy table (code asks these fields, never compares a stage with a literal; lint refuses
 * `stage === "production"` outside this file).
 */
export interface StageDefaults {
  readonly minReplicas: number;
  readonly requireTls: boolean;
  readonly preventDestroy: boolean;
  readonly spreadOverZones: boolean;
  /** Replicated services: several broker/monitoring/identity replicas, HA plans of managed services, synchronous database replication, nodes in every zone. */
  readonly highAvailability: boolean;
  /** Capacity for real load: larger volumes and resources for monitoring and logs. */
  readonly fullCapacity: boolean;
  /** Hardening and compliance rules that bind: brute-force protection, admin OTP, no http or wildcard redirects, LDAP StartTLS, short token lifetimes, no exposed admin console, human oversight of high-risk AI. */
  readonly strictPolicies: boolean;
}

/** What each stage requires: minimum replicas, TLS, zone spread, protected data. */
export const STAGE_DEFAULTS: Readonly<Record<Stage, StageDefaults>> = {
  test: {
    minReplicas: 1,
    requireTls: false,
    preventDestroy: false,
    spreadOverZones: false,
    highAvailability: false,
    fullCapacity: false,
    strictPolicies: false,
  },
  acceptance: {
    minReplicas: 1,
    requireTls: false,
    preventDestroy: false,
    spreadOverZones: false,
    highAvailability: false,
    fullCapacity: false,
    strictPolicies: false,
  },
  training: {
    minReplicas: 1,
    requireTls: false,
    preventDestroy: true,
    spreadOverZones: false,
    highAvailability: false,
    fullCapacity: false,
    strictPolicies: false,
  },
  production: {
    minReplicas: 2,
    requireTls: true,
    preventDestroy: true,
    spreadOverZones: true,
    highAvailability: true,
    fullCapacity: true,
    strictPolicies: true,
  },
};

/** The stage of a landing zone, pattern or topology given none (and inheriting none): the least protected. */
export const DEFAULT_STAGE: Stage = "test";
/** The stage with the strictest policy: the default of what must be safe on its own (a Keycloak realm built alone). */
export const STRICTEST_STAGE = "production" satisfies Stage;

/** Constructs that resolved their stage; constructs below them inherit it unchecked. */
const RESOLVED_STAGES = new WeakMap<IConstruct, Stage>();

/** The stage the nearest enclosing construct (or `scope` itself) resolved, if any. */
export function inheritedStage(scope: IConstruct): Stage | undefined {
  for (const c of [...scope.node.scopes].reverse()) {
    const stage = RESOLVED_STAGES.get(c);
    if (stage !== undefined) return stage;
  }
  return undefined;
}

/** Options of `resolveStage`. */
export interface ResolveStageOptions {
  /** The construct whose resolved stage is inherited (a landing zone the pattern joins). @default the nearest enclosing construct that resolved one */
  readonly from?: IConstruct;
  /** Stage when none is given or inherited. @default DEFAULT_STAGE */
  readonly fallback?: Stage;
}

/**
 * The stage of `scope`, checked once per construct tree: a stage the user wrote is checked here
 * (failing with `scope`'s path, the property `stage` and the allowed stages); a construct given
 * none, or the very stage it inherits, takes the stage of `from` (a landing zone the pattern
 * joins) or of its nearest enclosing construct that resolved one, unchecked; otherwise
 * `fallback`. The result is recorded on `scope`, so constructs made below it inherit it.
 */
export function resolveStage(scope: IConstruct, given: unknown, options: ResolveStageOptions = {}): Stage {
  const inherited = options.from ? RESOLVED_STAGES.get(options.from) : inheritedStage(scope);
  const stage = stageOf(scope, given, inherited, options.fallback);
  RESOLVED_STAGES.set(scope, stage);
  return stage;
}

const RESOLVED_SIZES = new WeakMap<IConstruct, Size>();

/**
 * A construct's size, checked once per construct tree (like `resolveStage`): a value equal to the
 * size the nearest enclosing construct (or `from`, a landing zone the pattern joins) resolved is
 * known valid and taken unchecked; any other value is checked, naming `scope`, the property `size`
 * and the allowed sizes. So a pattern's size is validated once, not again by its namespace and
 * workloads.
 */
export function resolveSize(scope: IConstruct, value: unknown, options: { readonly from?: IConstruct } = {}): Size {
  const chain = options.from ? [options.from] : [...scope.node.scopes].reverse().slice(1);
  const inherited = chain.map((c) => RESOLVED_SIZES.get(c)).find((s) => s !== undefined);
  const size = value === inherited && inherited !== undefined ? inherited : requireOneOf(scope, "size", value, SIZES);
  RESOLVED_SIZES.set(scope, size);
  return size;
}

/**
 * The stage of something outside the construct tree (a topology, labelled `scope` in errors):
 * `inherited` (already resolved by the pattern that builds it) when nothing or the same stage is
 * given, a given stage checked once, else `fallback`.
 * @param fallback @default DEFAULT_STAGE
 */
export function stageOf(scope: IConstruct | string, given: unknown, inherited?: Stage, fallback: Stage = DEFAULT_STAGE): Stage {
  if (given === undefined || given === inherited) return inherited ?? fallback;
  return requireStage(scope, given);
}

/**
 * A stage written outside a construct tree (a topology built on its own, a CLI flag), checked:
 * fails with `scope`, the property `stage` and the allowed stages.
 */
export function requireStage(scope: IConstruct | string, value: unknown): Stage {
  return requireOneOf(scope, "stage", value, STAGES);
}

/** Container `resources` (requests and limits) of a size preset. */
export function containerResources(sizing: WorkloadSizing): { requests: Record<string, string>; limits: Record<string, string> } {
  return {
    requests: { cpu: sizing.cpuRequest, memory: sizing.memoryRequest },
    limits: { cpu: sizing.cpuLimit, memory: sizing.memoryLimit },
  };
}
