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
import { placeholderEnv } from "./credentials";
import { InterruptedError } from "../deploy/exec";
import { infraInputs } from "./inputs";
import type { DeclaredObject } from "./kube";
import { cellVerdict } from "./levels";
import type { CellSpec, CellStack } from "./sources";
import { cellImages } from "./images";
import { countByKind, declaredNamespaces, declaredObjects } from "./stack-json";
import { requiredProviders, resourceCounts, resourceTotal, stackVariables, TfJson } from "../deploy/stack-json";
import { errorText, formatDiagnostic, Tofu, TofuOutcome } from "../deploy/tofu";
import { runDeployment } from "../deploy/run";
import { placeOnRuntimeNode } from "./runtime";
import { prepareRuntimeImages, RuntimeImages } from "./runtime-images";
import { NOT_RUN_COMPONENTS } from "./runtime-checks";
import { stoppedLine } from "./runtime-not-run";
import type { CellReport, CheckResult, ImageSubstitution, LevelNumber, ObjectCounts, StackSummary } from "./types";
import { CellContext, checkInterrupt, StackState, stackProgram } from "./cell-context";
import { LevelBook } from "./level-book";
import { deployLevels } from "./cell-deploy";
import { cloudLevel } from "./cell-cloud";

export type { CellContext, ClusterHandle } from "./cell-context";
export { LevelBook } from "./level-book";
export { patternSmokeChecks } from "./pattern-smoke";

function safeName(id: string): string {
  return id.replace(/[^a-zA-Z0-9._-]+/g, "_");
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
  let clusterPrerequisites: readonly ImageSubstitution[] | undefined;
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
      clusterPrerequisites = outcome.runtime?.prerequisites;
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
    const prerequisites = placedWorkloads !== undefined ? (clusterPrerequisites ?? []) : [];
    return [...(spec.imageSubstitutions ?? []), ...prerequisites, ...(runtimeImages?.substitutions ?? [])];
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

/** What the runtime run of a pattern does not start, with why ("not run: no local image"). */
function notRunComponents(pattern: string, images: RuntimeImages): string[] {
  return [...(NOT_RUN_COMPONENTS[pattern] ?? []), ...images.stopped.map(stoppedLine), ...images.missing.map((ref) => `image ${ref}: not run: no local image`)];
}

/** A host a failed plan tried to reach, when every error is the provider calling its cloud API (offline here). */
export function needsCloudApi(plan: Pick<TofuOutcome, "ok" | "errors">): string | undefined {
  if (plan.ok || plan.errors.length === 0) return undefined;
  const hosts = plan.errors.map((e) => /dial tcp: lookup ([a-z0-9.-]+)[^\n]*: no such host/.exec(`${e.summary} ${e.detail}`)?.[1]);
  return hosts.every((h) => h !== undefined) ? [...new Set(hosts)].join(", ") : undefined;
}
