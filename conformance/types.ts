/**
 * Types of the conformance run and of its report (`report.json`, schema version 1, documented
 * in docs/conformance.md). Everything in `ConformanceReport` is plain JSON: the Markdown and
 * HTML writers render only what is in it.
 */

/** Conformance levels (DESIGN.md "Conformance levels"). */
export type LevelNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * Outcome of one level of one cell.
 * - `pass`: the level ran and every check held.
 * - `fail`: the level ran and a check did not hold (the message says which, in the tool's words).
 * - `blocked`: the level could not run for a reason outside the pattern: a provider the
 *   toolchain could not fetch (a Go module proxy refusal). Listed separately; never counted as pass.
 * - `skipped`: not run because a level it depends on did not pass.
 * - `not-run`: deliberately not run (level 7 without cloud credentials, level 6 with --keep).
 * - `n/a`: does not apply to this cell (level 3 on a target without an infra stack).
 * - `interrupted`: the run was stopped (SIGINT/SIGTERM) while this level ran.
 */
export type LevelStatus = "pass" | "fail" | "blocked" | "skipped" | "not-run" | "n/a" | "interrupted";

export const LEVEL_STATUSES: readonly LevelStatus[] = ["pass", "fail", "blocked", "skipped", "not-run", "n/a", "interrupted"];

/**
 * The engine that rendered and deployed a cell: `cdktf` (Terraform JSON applied with OpenTofu) or
 * `pulumi` (the Pulumi CLI and Kubernetes provider, conformance/pulumi-cell.ts). Reports written
 * before the engine dimension have no `engine` field: their cells are `cdktf`.
 */
export type EngineName = "cdktf" | "pulumi";

/** The engine of a cell report: a runner engine, or `gitops` (Flux reconciling plain YAML, conformance/gitops-cell.ts). */
export type CellEngineName = EngineName | "gitops";

/** Every engine name, in the order `--engine` lists them. */
export const ENGINE_NAMES: readonly EngineName[] = ["cdktf", "pulumi"];

/** Verdict of a cell. `fail` and `interrupted` make the run exit non-zero. */
export type CellVerdict = "pass" | "fail" | "blocked" | "incomplete" | "interrupted";

/** One check inside a level (e.g. one smoke check), for the report's detail view. */
export interface CheckResult {
  readonly name: string;
  readonly ok: boolean;
  readonly message: string;
  /** The check is about a component the runtime run does not start (runtime-not-run.ts): neither failed nor passed. */
  readonly notRun?: boolean;
}

export interface LevelResult {
  readonly level: LevelNumber;
  /** Short key: synth, validate, plan, apply, smoke, destroy, cloud. */
  readonly name: string;
  readonly status: LevelStatus;
  /** Whether this level decides the cell's verdict (see docs/conformance.md "Required levels"). */
  readonly required: boolean;
  /** Wall time of the level in milliseconds (0 when it did not run). */
  readonly durationMs: number;
  /** One paragraph: what passed, or the tool's own error message. */
  readonly message: string;
  /** Individual checks (levels 2, 5 and 6). */
  readonly checks?: readonly CheckResult[];
}

export interface StackSummary {
  readonly name: string;
  readonly role: "infra" | "addons" | "platform";
  /** Number of resources in the synthesised Terraform JSON. */
  readonly resources: number;
  /** Provider source addresses the stack requires, after pinning to the toolchain. */
  readonly providers: readonly string[];
}

export interface ObjectCounts {
  /** Objects the platform stack declares, by Kubernetes kind. */
  readonly declared: Readonly<Record<string, number>>;
  readonly declaredTotal: number;
  /** Objects found in the cell's namespaces after apply (level 4/5), by kind, events excluded. */
  readonly live?: Readonly<Record<string, number>>;
  readonly liveTotal?: number;
  /** Objects of the cell still on the cluster after destroy (level 6). */
  readonly leftAfterDestroy?: number;
  /** Resources in the infra stack, by Terraform resource type. */
  readonly infraResources?: Readonly<Record<string, number>>;
}

/**
 * A pattern's governance record as the report shows it (e.g. the AI pattern's EU AI Act record:
 * riskClass, intendedPurpose, modelCard, dataResidency, ...): field name → value.
 */
export type GovernanceRecord = Readonly<Record<string, string | number>>;

/** One image a cell's stacks run: read from the synthesised stacks at level 1, classified against the image catalogue (core/images/catalogue.ts). */
export interface CellImage {
  /** The reference the pods pull. */
  readonly ref: string;
  /** Catalogue key; absent for an image the program gives (an app image). */
  readonly key?: string;
  /** `digest` or `tag` (a tag-only pin). */
  readonly pin: "digest" | "tag";
}

/**
 * An upstream image replaced by a local build for a runtime run (issue 27: no registry is
 * reachable, so the runtime conformance runs stand-ins built from pinned inputs). Never a pass
 * for the upstream image itself: the report says what ran instead.
 */
export interface ImageSubstitution {
  /** The catalogue's upstream reference the cell would pull. */
  readonly upstream: string;
  /** Catalogue key of the upstream image. */
  readonly key?: string;
  /** The local build's reference, e.g. `stackwerk.local/rclone:1.75.1`. */
  readonly local: string;
  /** Manifest digest of the local build (`sha256:…`). */
  readonly digest: string;
  /** What it was built from, e.g. `deb:nginx-light=1.22.1-9+deb12u12`, `go:github.com/rclone/rclone@v1.75.1`. */
  readonly inputs: readonly string[];
  /** True when the local build is the same upstream release as the catalogue's tag. */
  readonly sameVersion: boolean;
  /** What differs (another release, a build without a feature), when anything does. */
  readonly note?: string;
}

export interface CellReport {
  /** `<pattern>/<target>`, or `app:<instance path>` for --app cells. */
  readonly id: string;
  readonly pattern: string;
  readonly target: string;
  readonly stage: string;
  readonly source: "registry" | "app";
  /** The engine of the cell. Absent in reports written before the engine dimension (then `cdktf`). */
  readonly engine?: CellEngineName;
  /** Construct path of the pattern instance. */
  readonly instance?: string;
  /** Namespaces the platform stack creates (each cell has its own). */
  readonly namespaces: readonly string[];
  readonly stacks: readonly StackSummary[];
  /** One entry per level 1..7, in order. */
  readonly levels: readonly LevelResult[];
  readonly objectCounts?: ObjectCounts;
  /** Platform inputs given stand-in values at level 4 (names only; sensitive values are never written). */
  readonly standIns?: readonly { readonly name: string; readonly sensitive: boolean; readonly value?: string }[];
  /** Which of the run's clusters levels 4-6 used (1 = the first; see ClusterInfo.clusters). */
  readonly cluster?: number;
  /** The instance's governance record, for patterns that carry one (the AI pattern). */
  readonly governance?: GovernanceRecord;
  /** Every image the cell's stacks run, with its pin (level 1, from synth output). */
  readonly images?: readonly CellImage[];
  /** Upstream images a runtime run replaced by local builds (upstream → local, inputs, digest); absent when none was replaced. */
  readonly imageSubstitutions?: readonly ImageSubstitution[];
  /**
   * Set when levels 4-6 ran on a cluster with a real node (`--runtime`): the node, its
   * container runtime (`containerd://…`) and whether the cell's workloads were placed on it.
   * Absent: the cell's pods ran on kwok nodes only.
   */
  readonly runtime?: CellRuntime;
  readonly verdict: CellVerdict;
  readonly durationMs: number;
}

/** The real node a cell's levels 4-6 ran next to (`--runtime`, ADR 0310). */
export interface CellRuntime {
  /** Node name, e.g. `runtime-0`. */
  readonly node: string;
  /** `status.nodeInfo.containerRuntimeVersion` of that node, e.g. `containerd://2.4.2`. */
  readonly containerRuntimeVersion: string;
  /** Whether the cell's pod templates were given the runtime node's selector and toleration (on-prem cells). */
  readonly workloadsPlaced: boolean;
  /** How many pod templates (Deployments, StatefulSets, Jobs, ...) were placed there. */
  readonly placedWorkloads: number;
  /** Pods that ran Ready (containers started) or completed on the real node, `namespace/name` (issue 27). */
  readonly pods?: readonly string[];
  /** Components of the pattern the runtime run did not start, each with why (e.g. `not run: no local image`). */
  readonly notRun?: readonly string[];
}

export interface ToolVersion {
  readonly name: string;
  readonly tool: string;
  readonly version: string;
  readonly moduleVersion?: string;
  readonly available: boolean;
  readonly reason?: string;
  readonly sha256?: string;
}

export interface ClusterInfo {
  /** `embedded`: started by this run; `external`: --kubeconfig. */
  readonly kind: "embedded" | "external";
  /** Server version reported by the API server, e.g. `v1.34.4`. */
  readonly kubernetesVersion?: string;
  /** Pinned component versions (embedded cluster). */
  readonly components?: Readonly<Record<string, string>>;
  readonly nodes?: number;
  readonly zones?: readonly string[];
  readonly startMs?: number;
  /**
   * Embedded clusters the run started (1 when absent). Cells installing the same cluster-scoped
   * objects get a further cluster each instead of waiting for one another.
   */
  readonly clusters?: number;
  /** Set when the cluster could not be started or reached. */
  readonly error?: string;
  /** The real node of the first cluster (`--runtime`); absent when the clusters had kwok nodes only. */
  readonly runtime?: {
    readonly node: string;
    readonly containerRuntimeVersion: string;
    readonly kubeletVersion: string;
    /** Start of the node stack (binaries and images cached), milliseconds; part of `startMs`. */
    readonly nodeStartMs?: number;
    /** Resident memory of the node stack right after start, bytes. */
    readonly rssBytes?: number;
  };
  /** What "deployed" means on this cluster. */
  readonly note: string;
}

export interface LevelDescription {
  readonly level: LevelNumber;
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly requiredWhen: string;
}

export interface ReportSummary {
  readonly cells: number;
  readonly verdicts: Readonly<Record<CellVerdict, number>>;
  /** Count of each status per level ("1".."7"). */
  readonly byLevel: Readonly<Record<string, Readonly<Partial<Record<LevelStatus, number>>>>>;
  /** `<cell id> L<n>: <message>` for every blocked level. */
  readonly blocked: readonly string[];
  /** `<cell id> L<n>: <message>` for every failed required level. */
  readonly failures: readonly string[];
  readonly exitCode: number;
}

export interface ConformanceReport {
  readonly schema: "stackwerk.dev/conformance-report";
  readonly schemaVersion: 1;
  readonly run: {
    readonly id: string;
    readonly startedAt: string;
    readonly finishedAt: string;
    readonly durationMs: number;
    readonly interrupted: boolean;
    readonly argv: readonly string[];
    readonly options: {
      readonly patterns: readonly string[];
      readonly targets: readonly string[];
      readonly stage: string;
      readonly jobs: number;
      readonly keep: boolean;
      readonly app?: string;
      readonly kubeconfig?: string;
      /** --max-level: levels above it were not run. */
      readonly maxLevel?: number;
      /** --engine: the engines of the run's cells (absent in older reports: `cdktf` only). */
      readonly engines?: readonly EngineName[];
      /** --runtime: the clusters had a real node; `placement` says which cells' workloads were put on it. */
      readonly runtime?: { readonly placement: "onprem" | "none" };
    };
    readonly host: { readonly platform: string; readonly arch: string; readonly cpus: number; readonly node: string };
    readonly stackwerk: { readonly version: string; readonly commit?: string; readonly dirty?: boolean };
  };
  readonly toolchain: {
    readonly mode?: string;
    readonly key?: string;
    readonly tools: readonly ToolVersion[];
    readonly error?: string;
    /**
     * How long the run waited for the toolchain: the one-off build from source on a new machine,
     * a cache check afterwards. Not part of any level's time.
     */
    readonly readyMs?: number;
  };
  readonly cluster: ClusterInfo;
  readonly levels: readonly LevelDescription[];
  readonly cells: readonly CellReport[];
  readonly summary: ReportSummary;
}
