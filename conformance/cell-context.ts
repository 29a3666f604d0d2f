/**
 * What a conformance cell runs with: the run's context (cluster placement, toolchain, logging), a
 * stack's level-2 state, and the stack folders as programs for deploy/run.ts. Split from cell.ts.
 */
import * as path from "node:path";
import type { Toolchain } from "../tools/toolchain";
import { InterruptedError, ProcessTracker } from "../deploy/exec";
import type { Kube } from "./kube";
import type { Placement } from "./pool";
import type { CellStack } from "./sources";
import type { TfJson } from "../deploy/stack-json";
import type { Program } from "../deploy/program";
import type { RuntimeNodeInfo } from "./runtime";
import type { BuiltImage } from "../tools/runtime/images";
import type { LevelNumber } from "./types";
import type { DeployRunOptions } from "../deploy/run-types";
import type { Kubectl } from "./runtime";

/**
 * A cell just applied (level 4 passed, its pods run), for `afterApply`: what a second
 * `stackwerk deploy` against the same state needs (the program, tofu and the stacks' inputs).
 */
export interface AppliedCell {
  readonly kubeconfig: string;
  readonly kubectl: Kubectl;
  /** The cell's deployment as levels 4-6 run it (`runDeployment({ ...deployment, action })`). */
  readonly deployment: Omit<DeployRunOptions, "action">;
  /** The platform stack's folder (its pinned cdk.tf.json and state). */
  readonly platformDir: string;
  readonly namespaces: readonly string[];
}

/** The cluster the platform stacks are applied to. */
export interface ClusterHandle {
  readonly kubeconfig: string;
  readonly kube: Kube;
  /** The cluster's real node (`--runtime`); absent on kwok-only clusters. */
  readonly runtime?: RuntimeNodeInfo;
  /** Loads a locally built image into the real node's containerd (`--runtime`). */
  readonly importImage?: (image: BuiltImage) => Promise<void>;
}

export interface CellContext {
  readonly workDir: string;
  readonly tracker: ProcessTracker;
  readonly toolchain: () => Promise<Toolchain>;
  /**
   * A cluster on which the cell may hold `keys` (its namespaces and cluster-scoped objects) now,
   * with the release of those keys; `who` is the cell id (for the log).
   */
  readonly place: (keys: readonly string[], who: string) => Promise<Placement<ClusterHandle>>;
  readonly keep: boolean;
  /** How long level 5 waits for rollouts and endpoints. */
  readonly rolloutTimeoutMs: number;
  /** How long level 6 waits for namespaces and volumes to go after destroy. */
  readonly leftoverTimeoutMs: number;
  readonly env: NodeJS.ProcessEnv;
  /** Run levels up to this one only; the others are `not-run`. @default 7 */
  readonly maxLevel?: LevelNumber;
  /**
   * `onprem`: the clusters have a real node and on-prem cells' pod templates get its node
   * selector and toleration (`placeOnRuntimeNode`); `none` or absent: pods stay on kwok nodes.
   */
  readonly runtimePlacement?: "onprem" | "none";
  /** Awaited after level 4 passed, before level 5 (tests: change the program and deploy again). */
  readonly afterApply?: (cell: string, applied: AppliedCell) => Promise<void>;
  log(cell: string, line: string): void;
}

/** One stack of a cell after level 2 (init + validate), as levels 3-7 use it. */
export interface StackState {
  readonly stack: CellStack;
  readonly json: TfJson;
  /** Folder tofu runs in (pinned cdk.tf.json). */
  dir?: string;
  validate: "pass" | "fail" | "blocked" | "pending";
  message: string;
  providers: string[];
}

/** One stack folder of the cell (level 3: the infra stack) as a program for deploy/run.ts. */
export function stackProgram(s: StackState): Program {
  return {
    outdir: path.dirname(s.dir!),
    stacks: [{ name: s.stack.name, constructPath: s.stack.name, dir: s.dir!, file: path.join(s.dir!, "cdk.tf.json"), dependencies: [] }],
    orphans: [],
  };
}

/** A cell's add-ons and platform stacks (the folders levels 2-6 run in) as a program for deploy/run.ts. */
export function cellProgram(platform: StackState, addons?: StackState): Program {
  const stack = (s: StackState, dependencies: string[]) => ({
    name: s.stack.name,
    constructPath: s.stack.name,
    dir: s.dir!,
    file: path.join(s.dir!, "cdk.tf.json"),
    dependencies,
  });
  return {
    outdir: path.dirname(platform.dir!),
    stacks: [...(addons ? [stack(addons, [])] : []), stack(platform, addons ? [addons.stack.name] : [])],
    orphans: [],
  };
}

/** Throws InterruptedError when the run was interrupted (SIGINT/SIGTERM). */
export function checkInterrupt(ctx: CellContext): void {
  if (ctx.tracker.interrupted) throw new InterruptedError();
}
