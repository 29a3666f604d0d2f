/**
 * Standard sizes (S/M/L/XL) and delivery stages (test ► acceptance ► training ► production),
 * each as one table. Targets map sizes to machine types in their own tables (providers/<target>/sizes.ts).
 */

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

/** Container `resources` (requests and limits) of a size preset. */
export function containerResources(sizing: WorkloadSizing): { requests: Record<string, string>; limits: Record<string, string> } {
  return {
    requests: { cpu: sizing.cpuRequest, memory: sizing.memoryRequest },
    limits: { cpu: sizing.cpuLimit, memory: sizing.memoryLimit },
  };
}
