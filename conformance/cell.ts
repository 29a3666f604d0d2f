/**
 * One cell of the matrix (a pattern instance on one target) through levels 1 to 7. Each level
 * runs only when the levels it depends on passed; otherwise it is `skipped` with the reason.
 * Every message is the tool's own text (OpenTofu, the provider, the API server).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { pinProviderRequirements } from "../tools/toolchain/provider-requirements";
import { STATE_PASSPHRASE_VARIABLE } from "../engines/cdktf/stacks";
import { ProviderUnavailableError, Toolchain } from "../tools/toolchain";
import { CLOUD_CREDENTIALS, credentialHint, placeholderEnv, realCredentials } from "./credentials";
import { InterruptedError, ProcessTracker } from "../deploy/exec";
import { infraInputs, inputsFromOutputs, platformInputs, PlatformInputs } from "./inputs";
import { Kube, DeclaredObject, PERMANENT_DENIAL } from "./kube";
import { cellVerdict, isRequired, levelName, seconds } from "./levels";
import type { Placement } from "./pool";
import type { CellSpec, CellStack } from "./sources";
import { cellImages } from "./images";
import { clusterKeys, countByKind, declaredNamespaces, declaredObjects, declaredTenant } from "./stack-json";
import { requiredProviders, resourceCounts, resourceTotal, stackVariables, TfJson } from "../deploy/stack-json";
import { errorText, formatDiagnostic, Tofu, TofuOutcome } from "../deploy/tofu";
import { DeployRunResult, runDeployment, StackResult } from "../deploy/run";
import type { Program } from "../deploy/program";
import { registeredPatterns } from "../patterns/registry";
import type { LiveObject, SmokeProbe } from "../core/smoke";
import type { Stage } from "../core/profile";
import { placeOnRuntimeNode, RuntimeNodeInfo, waitForRuntimePods } from "./runtime";
import { prepareRuntimeImages, RuntimeImages } from "./runtime-images";
import { NOT_RUN_COMPONENTS, runtimeProtocolChecks } from "./runtime-checks";
import { isNotRunCheck, markNotRunChecks, stoppedLine } from "./runtime-not-run";
import type { BuiltImage } from "../tools/runtime/images";
import type { CellReport, CheckResult, ImageSubstitution, LevelNumber, LevelResult, LevelStatus, ObjectCounts, StackSummary } from "./types";

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
  log(cell: string, line: string): void;
}

interface StackState {
  readonly stack: CellStack;
  readonly json: TfJson;
  /** Folder tofu runs in (pinned cdk.tf.json). */
  dir?: string;
  validate: "pass" | "fail" | "blocked" | "pending";
  message: string;
  providers: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `-parallelism` of apply and destroy on the conformance cluster. The kubernetes provider waits
 * for each object (deletion is polled), so OpenTofu's default of ten leaves the local API server
 * idle between rounds; a cell has at most a few dozen objects per dependency level.
 */
const CLUSTER_PARALLELISM = 32;

function safeName(id: string): string {
  return id.replace(/[^a-zA-Z0-9._-]+/g, "_");
}

/** The level results of one cell, with a progress line per level (the Pulumi cells use it too). */
export class LevelBook {
  readonly results = new Map<LevelNumber, LevelResult>();
  constructor(
    private readonly ctx: Pick<CellContext, "log">,
    private readonly cellId: string,
  ) {}

  set(level: LevelNumber, status: LevelStatus, durationMs: number, message: string, checks?: CheckResult[]): void {
    this.results.set(level, { level, name: levelName(level), status, required: isRequired(level, status), durationMs, message, ...(checks ? { checks } : {}) });
    const secs = (durationMs / 1000).toFixed(1);
    const first = message.split("\n")[0];
    this.ctx.log(
      this.cellId,
      `L${level} ${levelName(level).padEnd(8)} ${status.toUpperCase()}${durationMs ? ` (${secs}s)` : ""}${first ? `  ${first.length > 200 ? `${first.slice(0, 199)}…` : first}` : ""}`,
    );
  }

  /** Records a level decided by its checks: pass when all passed, else fail, with the count and each failure. */
  setChecks(level: LevelNumber, durationMs: number, checks: CheckResult[]): void {
    const failed = checks.filter((c) => !c.ok);
    const detail = failed.length ? `; ${failed.map((c) => `${c.name}: ${c.message}`).join("\n")}` : "";
    this.set(level, failed.length ? "fail" : "pass", durationMs, `${checks.length - failed.length}/${checks.length} checks passed${detail}`, checks);
  }

  has(level: LevelNumber): boolean {
    return this.results.has(level);
  }

  status(level: LevelNumber): LevelStatus | undefined {
    return this.results.get(level)?.status;
  }

  /** Marks every level not yet decided from `from` on. */
  rest(from: LevelNumber, status: LevelStatus, message: string, to: LevelNumber = 7): void {
    for (let l = from; l <= to; l++) if (!this.results.has(l as LevelNumber)) this.set(l as LevelNumber, status, 0, message);
  }

  list(): LevelResult[] {
    return [1, 2, 3, 4, 5, 6, 7].map((l) => this.results.get(l as LevelNumber)!);
  }

  /**
   * Records an error that escaped a cell's levels: an interrupt (SIGINT/SIGTERM) on the level that
   * was running, the rest skipped; otherwise a bug in the runner itself, reported as a failure of
   * the running level (never as a pass).
   */
  recordEscape(err: unknown, interrupted: boolean): void {
    const current = ([1, 2, 3, 4, 5, 6, 7] as LevelNumber[]).find((l) => !this.results.has(l));
    if (interrupted) {
      if (current) this.set(current, "interrupted", 0, "run interrupted (SIGINT/SIGTERM)");
      this.rest(1, "skipped", "run interrupted");
      return;
    }
    const failed = current ?? 7;
    this.set(failed, "fail", 0, `conformance runner error: ${(err as Error).stack ?? err}`);
    this.rest(failed, "skipped", `level ${failed} failed`);
  }
}

/** Runs one cell; never throws (every failure is a level result). */
export async function runCell(spec: CellSpec, ctx: CellContext): Promise<CellReport> {
  const started = Date.now();
  const book = new LevelBook(ctx, spec.id);
  const dir = path.join(ctx.workDir, safeName(spec.id));
  fs.mkdirSync(dir, { recursive: true });
  const result: Partial<CellReport> & { namespaces: string[]; stacks: StackSummary[] } = { namespaces: [], stacks: [] };
  let objectCounts: ObjectCounts | undefined;
  let standIns: CellReport["standIns"];
  let clusterNumber: number | undefined;
  let images: CellReport["images"];
  let placedWorkloads: number | undefined;
  let runtime: CellReport["runtime"];
  let runtimeImages: RuntimeImages | undefined;
  let runtimeImagesError: string | undefined;
  try {
    // ---- Level 1: synth ------------------------------------------------------------------
    ctx.log(spec.id, "L1 synth ...");
    const t1 = Date.now() - (spec.synthMs ?? 0);
    let stacks: CellStack[];
    try {
      stacks = await spec.synth(path.join(dir, "synth"));
      if (stacks.length === 0) throw new Error("synth produced no stack");
    } catch (err) {
      book.set(1, "fail", Date.now() - t1, (err as Error).message);
      book.rest(2, "skipped", "level 1 (synth) failed");
      return finish();
    }
    const states: StackState[] = stacks.map((stack) => ({
      stack,
      json: JSON.parse(fs.readFileSync(stack.file, "utf8")) as TfJson,
      validate: "pending",
      message: "",
      providers: [],
    }));
    const infra = states.find((s) => s.stack.role === "infra");
    const platform = states.find((s) => s.stack.role === "platform");
    const addons = states.find((s) => s.stack.role === "addons");
    // --runtime: an on-prem cell's workloads go to the real node (levels 2-6 use the placed stacks).
    placedWorkloads =
      ctx.runtimePlacement === "onprem" && spec.target === "onprem"
        ? [platform, addons].flatMap((s) => (s ? placeOnRuntimeNode(s.json) : [])).length
        : undefined;
    // --runtime: the placed workloads run local stand-ins of their upstream images (issue 27).
    if (placedWorkloads !== undefined) {
      try {
        runtimeImages = await prepareRuntimeImages(
          [platform, addons].flatMap((s) => (s ? [s.json] : [])),
          (line) => ctx.log(spec.id, `L1 ${line}`),
        );
      } catch (err) {
        runtimeImagesError = (err as Error).message;
      }
    }
    // Add-on objects (CRDs, operators, the zone's Gateway) belong to the cell too: locked, counted and checked
    // for leftovers. The platform stack's first, so a pattern's smoke checks find its own namespace first.
    const declared: DeclaredObject[] = [...(platform ? declaredObjects(platform.json) : []), ...(addons ? declaredObjects(addons.json) : [])];
    result.namespaces = declaredNamespaces(declared);
    images = cellImages(states.map((s) => s.json));
    objectCounts = {
      declared: countByKind(declared),
      declaredTotal: declared.length,
      ...(infra ? { infraResources: resourceCounts(infra.json) } : {}),
    };
    book.set(
      1,
      "pass",
      Date.now() - t1,
      `${stacks.length} stack(s): ${stacks.map((s) => `${s.name} (${s.role}, ${resourceTotal(states.find((x) => x.stack === s)!.json)} resources)`).join(", ")}` +
        (placedWorkloads !== undefined ? `; ${placedWorkloads} pod template(s) placed on the runtime node (--runtime)` : ""),
    );

    // ---- Level 2: init + validate every stack ---------------------------------------------
    if (stopAfter(1)) return finish();
    checkInterrupt(ctx);
    ctx.log(spec.id, "L2 validate ...");
    let t2 = Date.now();
    let tc: Toolchain;
    try {
      tc = await ctx.toolchain();
      t2 = Date.now(); // a first run builds the toolchain: the report shows that apart (toolchain.readyMs)
    } catch (err) {
      book.set(2, "fail", Date.now() - t2, `toolchain: ${(err as Error).message}`);
      book.rest(3, "skipped", "level 2 (validate) failed: no toolchain");
      return finish();
    }
    const tofu = new Tofu(tc, ctx.tracker);
    const checks2: CheckResult[] = [];
    for (const s of states) {
      checkInterrupt(ctx);
      let pinned: TfJson;
      try {
        pinned = pinProviderRequirements(s.json, tc);
      } catch (err) {
        s.validate = err instanceof ProviderUnavailableError ? "blocked" : "fail";
        s.message = (err as Error).message;
        s.providers = requiredProviders(s.json);
        checks2.push({ name: `${s.stack.name}`, ok: false, message: `${s.validate === "blocked" ? "blocked" : "failed"}: ${s.message}` });
        continue;
      }
      s.providers = requiredProviders(pinned);
      s.dir = path.join(dir, "stacks", s.stack.name);
      fs.mkdirSync(s.dir, { recursive: true });
      // Files the stack refers to by relative path (vendored Helm charts) travel with it.
      const assets = path.join(path.dirname(s.stack.file), "assets");
      if (fs.existsSync(assets)) fs.cpSync(assets, path.join(s.dir, "assets"), { recursive: true });
      fs.writeFileSync(path.join(s.dir, "cdk.tf.json"), JSON.stringify(pinned, null, 2) + "\n");
      // Stacks encrypt their state: OpenTofu needs the passphrase (a stand-in here) even to init/validate.
      const staticEnv = infraInputs(stackVariables(s.json).filter((v) => s.stack.role === "infra" || v.name === STATE_PASSPHRASE_VARIABLE)).env;
      const init = await tofu.init(s.dir, staticEnv);
      if (init.interrupted) throw new InterruptedError();
      if (!init.ok) {
        s.validate = "fail";
        s.message = `tofu init: ${errorText(init)}`;
      } else {
        const v = await tofu.validate(s.dir, staticEnv);
        if (v.interrupted) throw new InterruptedError();
        s.validate = v.ok ? "pass" : "fail";
        s.message = v.ok
          ? `valid${v.warnings.length ? ` (${v.warnings.length} warning(s): ${v.warnings.map(formatDiagnostic).join("; ")})` : ""}`
          : `tofu validate: ${errorText(v)}`;
      }
      checks2.push({ name: s.stack.name, ok: s.validate === "pass", message: s.message });
    }
    result.stacks = states.map((s) => ({ name: s.stack.name, role: s.stack.role, resources: resourceTotal(s.json), providers: s.providers }));
    const l2 = states.some((s) => s.validate === "fail") ? "fail" : states.some((s) => s.validate === "blocked") ? "blocked" : "pass";
    // Failing stacks first: the report's matrix shows a level's first line.
    const byOutcome = [...states.filter((s) => s.validate !== "pass"), ...states.filter((s) => s.validate === "pass")];
    book.set(2, l2, Date.now() - t2, byOutcome.map((s) => `${s.stack.name}: ${s.message}`).join("\n"), checks2);

    // ---- Level 3: plan infra offline -------------------------------------------------------
    if (stopAfter(2)) return finish();
    checkInterrupt(ctx);
    if (!infra) {
      book.set(3, "n/a", 0, `target ${spec.target} has no infra stack`);
    } else if (infra.validate === "blocked") {
      book.set(3, "blocked", 0, infra.message);
    } else if (infra.validate !== "pass") {
      book.set(3, "skipped", 0, "level 2 failed for the infra stack");
    } else {
      ctx.log(spec.id, "L3 plan ...");
      const vars = infraInputs(stackVariables(infra.json));
      const given = vars.standIns.length
        ? `; stand-in variables: ${vars.standIns.map((v) => (v.value !== undefined ? `${v.name}=${v.value}` : `${v.name} (sensitive)`)).join(", ")}`
        : "";
      // Through `stackwerk plan`'s code (deploy/run.ts), with placeholder credentials and stand-in inputs as the stack's environment.
      const planned = await runDeployment({
        program: stackProgram(infra),
        action: "plan",
        tofu,
        initialised: true,
        log: () => undefined,
        print: () => undefined,
        env: ctx.env,
        stackEnv: () => ({ ...placeholderEnv(spec.target), ...vars.env }),
      });
      const r = planned.stacks[0];
      if (r.interrupted || ctx.tracker.interrupted) throw new InterruptedError();
      const ok = r.status !== "failed";
      const offline = needsCloudApi({ ok, errors: r.errors ?? [] });
      const text = r.message.replace(/^tofu plan: /, "");
      book.set(
        3,
        ok ? "pass" : offline ? "blocked" : "fail",
        r.durationMs,
        ok
          ? `${r.summary ?? r.message} (placeholder credentials, offline${given})`
          : offline
            ? `the provider calls the cloud API while planning (${offline}), which this machine cannot reach; not judged offline: ${text}`
            : `tofu plan (placeholder credentials, offline${given}): ${text}`,
      );
    }

    // ---- Levels 4-6: the platform stack on the cluster -------------------------------------
    if (stopAfter(3)) return finish();
    checkInterrupt(ctx);
    if (!platform) {
      for (const l of [4, 5, 6] as const) book.set(l, "n/a", 0, "no platform stack");
    } else if (platform.validate !== "pass" || (addons && addons.validate !== "pass")) {
      const failed = platform.validate !== "pass" ? platform : addons!;
      const status = failed.validate === "blocked" ? "blocked" : "skipped";
      for (const l of [4, 5, 6] as const)
        book.set(l, status, 0, failed.validate === "blocked" ? failed.message : `level 2 failed for the ${failed.stack.role} stack`);
    } else {
      const outcome = await deployLevels(spec, ctx, tofu, book, platform, declared, result.namespaces, addons, {
        images: runtimeImages,
        error: runtimeImagesError,
      });
      if (outcome.live) objectCounts = { ...objectCounts, live: outcome.live, liveTotal: Object.values(outcome.live).reduce((a, b) => a + b, 0) };
      if (outcome.leftAfterDestroy !== undefined) objectCounts = { ...objectCounts, leftAfterDestroy: outcome.leftAfterDestroy };
      standIns = outcome.standIns;
      clusterNumber = outcome.cluster;
      if (outcome.runtime)
        runtime = {
          node: outcome.runtime.node,
          containerRuntimeVersion: outcome.runtime.containerRuntimeVersion,
          workloadsPlaced: placedWorkloads !== undefined,
          placedWorkloads: placedWorkloads ?? 0,
          ...(outcome.pods ? { pods: outcome.pods } : {}),
          ...(runtimeImages && notRunComponents(spec.pattern, runtimeImages).length ? { notRun: notRunComponents(spec.pattern, runtimeImages) } : {}),
        };
    }

    // ---- Level 7: real cloud ---------------------------------------------------------------
    if (stopAfter(6)) return finish();
    checkInterrupt(ctx);
    await cloudLevel(spec, ctx, tofu, book, states, dir);
    return finish();
  } catch (err) {
    book.recordEscape(err, err instanceof InterruptedError || ctx.tracker.interrupted);
    return finish();
  }

  /** True (and the remaining levels marked not-run) when --max-level stops the cell after `level`. */
  function stopAfter(level: LevelNumber): boolean {
    const max = ctx.maxLevel ?? 7;
    if (level < max) return false;
    book.rest((level + 1) as LevelNumber, "not-run", `not run (--max-level ${max})`);
    return true;
  }

  function substitutions(): ImageSubstitution[] {
    return [...(spec.imageSubstitutions ?? []), ...(runtimeImages?.substitutions ?? [])];
  }

  function finish(): CellReport {
    const levels = book.list();
    return {
      id: spec.id,
      pattern: spec.pattern,
      target: spec.target,
      stage: spec.stage,
      source: spec.source,
      engine: "cdktf",
      ...(spec.instance ? { instance: spec.instance } : {}),
      namespaces: result.namespaces,
      stacks: result.stacks,
      levels,
      ...(objectCounts ? { objectCounts } : {}),
      ...(standIns ? { standIns } : {}),
      ...(clusterNumber !== undefined ? { cluster: clusterNumber } : {}),
      ...(runtime ? { runtime } : {}),
      ...(spec.governance ? { governance: spec.governance } : {}),
      ...(images ? { images } : {}),
      ...(substitutions().length ? { imageSubstitutions: substitutions() } : {}),
      verdict: cellVerdict(levels),
      durationMs: Date.now() - started,
    };
  }
}

/** One stack folder of the cell (level 3: the infra stack) as a program for deploy/run.ts. */
function stackProgram(s: StackState): Program {
  return {
    outdir: path.dirname(s.dir!),
    stacks: [{ name: s.stack.name, constructPath: s.stack.name, dir: s.dir!, file: path.join(s.dir!, "cdk.tf.json"), dependencies: [] }],
    orphans: [],
  };
}

/** A cell's add-ons and platform stacks (the folders levels 2-6 run in) as a program for deploy/run.ts. */
function cellProgram(platform: StackState, addons?: StackState): Program {
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

function checkInterrupt(ctx: CellContext): void {
  if (ctx.tracker.interrupted) throw new InterruptedError();
}

interface DeployOutcome {
  /** 1-based number of the run's cluster the cell deployed to. */
  cluster?: number;
  /** That cluster's real node (--runtime). */
  runtime?: RuntimeNodeInfo;
  live?: Record<string, number>;
  leftAfterDestroy?: number;
  standIns?: CellReport["standIns"];
  /** Pods that ran Ready on the real node (`namespace/name`, --runtime). */
  pods?: string[];
}

/** What the runtime run of a pattern does not start, with why ("not run: no local image"). */
function notRunComponents(pattern: string, images: RuntimeImages): string[] {
  return [...(NOT_RUN_COMPONENTS[pattern] ?? []), ...images.stopped.map(stoppedLine), ...images.missing.map((ref) => `image ${ref}: not run: no local image`)];
}

async function deployLevels(
  spec: CellSpec,
  ctx: CellContext,
  tofu: Tofu,
  book: LevelBook,
  platform: StackState,
  declared: DeclaredObject[],
  namespaces: string[],
  addons?: StackState,
  local: { images?: RuntimeImages; error?: string } = {},
): Promise<DeployOutcome> {
  const outcome: DeployOutcome = {};
  ctx.log(spec.id, "L4 apply: waiting for the cluster ...");
  const t4 = Date.now();
  let cluster: ClusterHandle;
  let release: () => void;
  try {
    const placed = await ctx.place(clusterKeys(declared), spec.id);
    ({ cluster, release } = placed);
    outcome.cluster = placed.index + 1;
    if (cluster.runtime) outcome.runtime = cluster.runtime;
  } catch (err) {
    checkInterrupt(ctx);
    book.set(4, "fail", Date.now() - t4, `cluster: ${(err as Error).message}`);
    book.rest(5, "skipped", "level 4 (apply) failed: no cluster", 6);
    return outcome;
  }
  try {
    checkInterrupt(ctx);
    const kube = cluster.kube;
    const t4b = Date.now();
    if (local.error !== undefined || (local.images && !cluster.importImage)) {
      book.set(4, "fail", Date.now() - t4b, `local stand-in images (--runtime): ${local.error ?? "the cluster has no real node to import them into"}`);
      book.rest(5, "skipped", "level 4 (apply) failed", 6);
      return outcome;
    }
    for (const image of local.images?.images ?? []) {
      ctx.log(spec.id, `L4 importing ${image.ref} into the real node ...`);
      await cluster.importImage!(image);
    }
    ctx.log(spec.id, "L4 apply ...");
    // Each cell deploys into namespaces of its own; one left by someone else would make the result meaningless.
    for (const ns of namespaces) {
      if (await kube.exists("Namespace", "v1", ns)) {
        book.set(4, "fail", Date.now() - t4b, `namespace ${ns} already exists on the cluster (left by an earlier run?); refusing to apply over it`);
        book.rest(5, "skipped", "level 4 (apply) failed", 6);
        return outcome;
      }
    }
    const vars = stackVariables(platform.json);
    let inputs: PlatformInputs;
    try {
      inputs = platformInputs(vars, cluster.kubeconfig);
    } catch (err) {
      book.set(4, "fail", Date.now() - t4b, `platform inputs: ${(err as Error).message}`);
      book.rest(5, "skipped", "level 4 (apply) failed", 6);
      return outcome;
    }
    outcome.standIns = inputs.standIns;
    const addonInputs: PlatformInputs | undefined = addons ? platformInputs(stackVariables(addons.json), cluster.kubeconfig) : undefined;
    // Levels 4-6 run the add-ons and platform stacks through `stackwerk deploy`'s code (deploy/run.ts):
    // the same order, wiring and tofu invocations users run, with the stand-in inputs as each stack's environment.
    const deployment = {
      program: cellProgram(platform, addons),
      tofu,
      initialised: true,
      log: () => undefined,
      print: () => undefined,
      env: ctx.env,
      stackEnv: (name: string) => (name === platform.stack.name ? inputs.env : (addonInputs?.env ?? {})),
      parallelism: CLUSTER_PARALLELISM,
    };
    const interrupted = (r: DeployRunResult) => r.stacks.some((x) => x.interrupted) || ctx.tracker.interrupted;

    // Apply (cluster-wide add-ons first: custom resources of the platform stack need their CRDs established),
    // watching for admission denials that no amount of waiting for a rollout will fix.
    let denial: string[] = [];
    let stopApply: (() => void) | undefined;
    let watching = true;
    const watcher = (async () => {
      let seen = 0;
      while (watching) {
        await sleep(5000);
        if (!watching || namespaces.length === 0) break;
        const failures = (await kube.podCreationFailures(namespaces).catch(() => [])).filter((f) => PERMANENT_DENIAL.test(f));
        seen = failures.length ? seen + 1 : 0;
        if (seen >= 3 && stopApply) {
          denial = failures;
          ctx.log(spec.id, `L4 apply: pods are denied by admission, stopping the apply: ${failures[0]}`);
          stopApply();
          break;
        }
      }
    })();
    if (addons) ctx.log(spec.id, "L4 apply add-ons ...");
    const deployed = await runDeployment({
      ...deployment,
      action: "deploy",
      autoApprove: true,
      onApplySpawn: (name, stop) => {
        if (name === platform.stack.name) stopApply = stop;
      },
    });
    watching = false;
    await watcher;
    if (interrupted(deployed)) throw new InterruptedError();
    const addonsResult = addons ? deployed.stacks.find((x) => x.name === addons.stack.name) : undefined;
    if (addons && addonsResult?.status !== "applied") {
      book.set(
        4,
        "fail",
        Date.now() - t4b,
        `tofu apply (add-ons stack ${addons.stack.name}): ${addonsResult?.message.replace(/^tofu apply: /, "") ?? "not applied"}`,
      );
      const destroyed = await runDeployment({ ...deployment, action: "destroy", autoApprove: true, select: (name) => name === addons.stack.name });
      const destroyMessage = destroyed.stacks[0]?.message.replace(/^tofu destroy: /, "") ?? "";
      book.set(5, "skipped", 0, "level 4 (apply) failed");
      book.set(6, destroyed.ok ? "skipped" : "fail", 0, destroyed.ok ? "level 4 (apply) failed; add-ons destroyed" : `add-ons destroy: ${destroyMessage}`);
      return outcome;
    }
    const apply = deployed.stacks.find((x) => x.name === platform.stack.name)!;
    const warnings = apply.warnings ?? [];
    let applied = false;
    if (denial.length > 0) {
      book.set(4, "fail", Date.now() - t4b, `pods rejected by the API server's admission (apply stopped): ${denial.join("; ")}`);
    } else if (apply.status !== "applied") {
      const failures = await kube.podCreationFailures(namespaces).catch(() => []);
      book.set(4, "fail", Date.now() - t4b, `${apply.message}${failures.length ? `\ncontroller events: ${failures.join("; ")}` : ""}`);
    } else {
      applied = true;
      let ran = "";
      if (local.images) {
        // --runtime: every pod of the cell must run Ready (containers started) on the real node.
        ctx.log(spec.id, "L4 waiting for the pods on the real node ...");
        try {
          const pods: string[] = [];
          for (const ns of local.images.podNamespaces)
            pods.push(...(await waitForRuntimePods((a, o) => kube.kubectl(a, o), ns, { timeoutMs: ctx.rolloutTimeoutMs })).map((p) => `${ns}/${p}`));
          outcome.pods = pods;
          ran = `; ${pods.length} pod(s) Ready on the real node: ${pods.join(", ")}`;
        } catch (err) {
          applied = false;
          book.set(4, "fail", Date.now() - t4b, `${apply.message}; ${(err as Error).message}`);
        }
      }
      if (applied) book.set(4, "pass", Date.now() - t4b, `${apply.message}${ran}${warnings.length ? `; warnings: ${warnings.join("; ")}` : ""}`);
    }

    // ---- Level 5: smoke ----
    let stateMatchesCluster = false;
    if (applied) {
      checkInterrupt(ctx);
      ctx.log(spec.id, "L5 smoke ...");
      const t5 = Date.now();
      const checks: CheckResult[] = [];
      checks.push(...(await kube.waitForRollouts(namespaces, ctx.rolloutTimeoutMs, (c) => isNotRunCheck(c, local.images?.stopped ?? []))));
      checks.push(...(await kube.podSecurityChecks(namespaces)));
      checks.push(
        ...(await kube.admissionPolicyChecks(
          namespaces,
          declared.some((d) => d.kind === "ValidatingAdmissionPolicy"),
        )),
      );
      checks.push(...(await kube.defaultDenyChecks(namespaces)));
      checkInterrupt(ctx);
      const planned = await runDeployment({ ...deployment, action: "plan", select: (name) => name === platform.stack.name });
      if (interrupted(planned)) throw new InterruptedError();
      const drift = planned.stacks[0];
      if (drift.status === "failed")
        checks.push({ name: "plan after apply", ok: false, message: `tofu plan failed: ${drift.message.replace(/^tofu plan: /, "")}` });
      else if (drift.status === "changes")
        checks.push({
          name: "plan after apply",
          ok: false,
          message: `plan after apply shows changes: ${drift.message} ${(drift.changes ?? []).join(", ")}`.trim(),
        });
      else {
        checks.push({ name: "plan after apply", ok: true, message: "no changes" });
        stateMatchesCluster = true;
      }
      checks.push(...(await patternSmokeChecks(spec, kube, namespaces)));
      if (local.images) {
        ctx.log(spec.id, "L5 protocol checks on the real node ...");
        checks.push(...(await runtimeProtocolChecks(spec.pattern, (a, o) => kube.kubectl(a, o), namespaces)));
      }
      try {
        outcome.live = await kube.inventory(
          namespaces,
          declared.filter((d) => !d.namespace),
        );
      } catch (err) {
        checks.push({ name: "inventory", ok: false, message: `listing the cell's objects failed: ${(err as Error).message}` });
      }
      if (local.images) markNotRunChecks(checks, local.images.stopped);
      const failed = checks.filter((c) => !c.ok);
      const counts = `${checks.length - failed.length}/${checks.length} checks passed`;
      book.set(
        5,
        failed.length ? "fail" : "pass",
        Date.now() - t5,
        failed.length ? `${counts}; ${failed.map((c) => `${c.name}: ${c.message}`).join("\n")}` : counts,
        checks,
      );
    } else {
      book.set(5, "skipped", 0, "level 4 (apply) failed");
    }

    // ---- Level 6: destroy (also after a failed apply: it cleans the cluster up) ----
    if (ctx.keep) {
      book.set(6, "not-run", 0, `--keep: the objects stay on the cluster (KUBECONFIG=${cluster.kubeconfig})`);
      return outcome;
    }
    checkInterrupt(ctx);
    ctx.log(spec.id, "L6 destroy ...");
    const t6 = Date.now();
    if (denial.length > 0) {
      // The apply was stopped: OpenTofu did not get to record what it created, so whether
      // destroy leaves anything behind cannot be judged. Destroy what the state knows, then
      // remove the cell's remaining objects so the shared cluster stays clean.
      fs.rmSync(path.join(platform.dir!, ".terraform.tfstate.lock.info"), { force: true });
      const destroyRun = await runDeployment({ ...deployment, parallelism: undefined, action: "destroy", autoApprove: true });
      if (interrupted(destroyRun)) throw new InterruptedError();
      const destroyed = destroyRun.stacks.find((x) => x.name === platform.stack.name)!;
      const removed = await kube.deleteCellObjects(namespaces, declared);
      const still = await kube.leftovers({ namespaces, declared, tenant: declaredTenant(platform.json) }, ctx.leftoverTimeoutMs);
      outcome.leftAfterDestroy = still.length;
      book.set(
        6,
        "skipped",
        Date.now() - t6,
        `not judged: the apply was stopped (level 4), so OpenTofu's state is incomplete. ` +
          `tofu destroy: ${destroyed.message.replace(/^tofu destroy: /, "")}; ` +
          `then deleted by the runner: ${removed.join(", ") || "nothing"}${still.length ? `; still left: ${still.join("; ")}` : "; nothing of the cell is left"}`,
      );
      return outcome;
    }
    // Level 5's plan showed the state matches the cluster, so destroy need not read every object
    // again first; the leftover check below still proves nothing of the cell survives.
    // The add-ons were applied in full just before (a failed apply returned above), and the cell
    // holds the lock on every cluster-scoped object they declare, so their state matches the
    // cluster too. Reading them back first cost a monitoring cell about a minute: the provider
    // converts each multi-hundred-kilobyte CRD into typed values. The leftover check still judges.
    const destroyRun = await runDeployment({
      ...deployment,
      action: "destroy",
      autoApprove: true,
      destroyRefresh: (name) => (name === platform.stack.name ? !stateMatchesCluster : false),
    });
    if (interrupted(destroyRun)) throw new InterruptedError();
    const destroyPlatform = destroyRun.stacks.find((x) => x.name === platform.stack.name)!;
    const destroyAddons = addons ? destroyRun.stacks.find((x) => x.name === addons.stack.name) : undefined;
    const destroyOk = (r: StackResult) => r.status === "destroyed" || r.status === "nothing";
    const destroy = destroyAddons?.status === "failed" ? destroyAddons : destroyPlatform;
    const tLeft = Date.now();
    const left = await kube.leftovers({ namespaces, declared, tenant: declaredTenant(platform.json) }, ctx.leftoverTimeoutMs);
    outcome.leftAfterDestroy = left.length;
    const took = (ms: number) => ` (${seconds(ms)})`;
    const destroyMs = destroyPlatform.durationMs + (destroyAddons?.durationMs ?? 0);
    const checks: CheckResult[] = [
      { name: "tofu destroy", ok: destroyOk(destroy), message: destroy.message.replace(/^tofu destroy: /, "") + took(destroyMs) },
      ...(left.length
        ? left.map((l) => ({ name: "left behind", ok: false, message: l }))
        : [{ name: "left behind", ok: true, message: `nothing of the cell is left on the cluster${took(Date.now() - tLeft)}` }]),
    ];
    const ok = destroyOk(destroy) && left.length === 0;
    const message = ok
      ? `${destroy.message}; nothing left (namespaces ${namespaces.join(", ") || "-"} gone, no volume or ${"app.kubernetes.io/managed-by=stackwerk"} object of the cell left)`
      : [destroyOk(destroy) ? "" : destroy.message, left.length ? `left after destroy: ${left.join("; ")}` : ""].filter(Boolean).join("\n");
    book.set(6, ok ? "pass" : "fail", Date.now() - t6, message, checks);
    return outcome;
  } finally {
    release();
  }
}

/** Level 7: a real apply and destroy on the cloud, only with that cloud's credentials. */
async function cloudLevel(spec: CellSpec, ctx: CellContext, tofu: Tofu, book: LevelBook, states: StackState[], dir: string): Promise<void> {
  if (!CLOUD_CREDENTIALS[spec.target]) {
    book.set(7, "n/a", 0, `target ${spec.target} is not a cloud (level 4 deploys it to the embedded cluster)`);
    return;
  }
  const creds = realCredentials(spec.target, ctx.env);
  if (!creds) {
    book.set(7, "not-run", 0, `no ${spec.target} credentials in the environment (${credentialHint(spec.target)})`);
    return;
  }
  const earlier = ([1, 2, 3, 4, 5, 6] as LevelNumber[]).filter((l) => {
    const r = book.results.get(l)!;
    return r.required && r.status !== "pass";
  });
  if (earlier.length) {
    book.set(7, "skipped", 0, `credentials given (${creds.join(", ")}), but level(s) ${earlier.join(", ")} did not pass: not deploying to the real cloud`);
    return;
  }
  ctx.log(spec.id, `L7 cloud: real apply on ${spec.target} (credentials: ${creds.join(", ")}) ...`);
  const t7 = Date.now();
  const infra = states.find((s) => s.stack.role === "infra");
  const platform = states.find((s) => s.stack.role === "platform");
  const steps: CheckResult[] = [];
  const copy = (s: StackState): string => {
    const target = path.join(dir, "cloud", s.stack.name);
    fs.mkdirSync(target, { recursive: true });
    fs.copyFileSync(path.join(s.dir!, "cdk.tf.json"), path.join(target, "cdk.tf.json"));
    return target;
  };
  const record = (name: string, o: TofuOutcome): boolean => {
    if (o.interrupted) throw new InterruptedError();
    steps.push({ name, ok: o.ok, message: o.ok ? (o.summary ?? "ok") : errorText(o) });
    return o.ok;
  };
  let infraDir: string | undefined;
  let platformDir: string | undefined;
  let platformEnv: Record<string, string> = {};
  try {
    if (infra) {
      infraDir = copy(infra);
      if (!record("infra init", await tofu.init(infraDir))) return;
      if (!record("infra apply", await tofu.apply(infraDir, {}))) return;
    }
    if (platform) {
      platformDir = copy(platform);
      const outputs = infraDir ? await tofu.outputs(infraDir) : {};
      platformEnv = inputsFromOutputs(stackVariables(platform.json), outputs).env;
      if (!record("platform init", await tofu.init(platformDir))) return;
      record("platform apply", await tofu.apply(platformDir, platformEnv));
    }
  } finally {
    // Always tear down what was created, platform first.
    if (platformDir && steps.some((s) => s.name === "platform apply")) record("platform destroy", await tofu.destroy(platformDir, platformEnv));
    if (infraDir && steps.some((s) => s.name === "infra apply")) record("infra destroy", await tofu.destroy(infraDir, {}));
    const ok = steps.length > 0 && steps.every((s) => s.ok);
    book.set(7, ok ? "pass" : "fail", Date.now() - t7, steps.map((s) => `${s.name}: ${s.ok ? "ok" : "FAILED"} ${s.message}`).join("\n"), steps);
  }
}

/** The registered pattern's own level-5 checks (none for an --app cell or a pattern without them). */
export async function patternSmokeChecks(
  spec: Pick<CellSpec, "source" | "pattern" | "target" | "stage">,
  kube: Kube,
  namespaces: readonly string[],
): Promise<CheckResult[]> {
  if (spec.source !== "registry") return [];
  const definition = registeredPatterns().find((p) => p.name === spec.pattern);
  if (!definition?.smoke) return [];
  const probe: SmokeProbe = {
    namespaces,
    list: async (kind, namespace) => (await kube.json(["get", kind, "-n", namespace])).items as LiveObject[],
    get: async (kind, name, namespace) => {
      const r = await kube.kubectl(["get", kind, name, ...(namespace ? ["-n", namespace] : []), "-o", "json", "--ignore-not-found"], { check: false });
      return r.code === 0 && r.stdout.trim() ? (JSON.parse(r.stdout) as LiveObject) : undefined;
    },
  };
  try {
    return await definition.smoke(probe, { instance: `${spec.pattern}-${spec.target}`, target: spec.target, stage: spec.stage as Stage });
  } catch (err) {
    return [{ name: `${spec.pattern} smoke checks`, ok: false, message: `the pattern's checks failed to run: ${(err as Error).message}` }];
  }
}

/** A host a failed plan tried to reach, when every error is the provider calling its cloud API (offline here). */
export function needsCloudApi(plan: Pick<TofuOutcome, "ok" | "errors">): string | undefined {
  if (plan.ok || plan.errors.length === 0) return undefined;
  const hosts = plan.errors.map((e) => /dial tcp: lookup ([a-z0-9.-]+)[^\n]*: no such host/.exec(`${e.summary} ${e.detail}`)?.[1]);
  return hosts.every((h) => h !== undefined) ? [...new Set(hosts)].join(", ") : undefined;
}
