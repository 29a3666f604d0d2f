/**
 * Levels 4 to 6 of a conformance cell: apply the add-ons and platform stacks to an embedded
 * cluster, smoke-check what runs, destroy and look for leftovers. Split from cell.ts.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { InterruptedError } from "../deploy/exec";
import { platformInputs, PlatformInputs } from "./inputs";
import { DeclaredObject, PERMANENT_DENIAL } from "./kube";
import { seconds } from "./levels";
import type { CellSpec } from "./sources";
import { clusterKeys, declaredTenant } from "./stack-json";
import { stackVariables } from "../deploy/stack-json";
import type { Tofu } from "../deploy/tofu";
import { DeployRunResult, runDeployment, StackResult } from "../deploy/run";
import { RuntimeNodeInfo, waitForRuntimePods } from "./runtime";
import type { RuntimeImages } from "./runtime-images";
import { runtimeProtocolChecks } from "./runtime-checks";
import { isNotRunCheck, markNotRunChecks } from "./runtime-not-run";
import { cellProgram, checkInterrupt, CellContext, ClusterHandle, StackState } from "./cell-context";
import type { LevelBook } from "./level-book";
import { patternSmokeChecks } from "./pattern-smoke";
import type { CellReport, CheckResult } from "./types";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `-parallelism` of apply and destroy on the conformance cluster. The kubernetes provider waits
 * for each object (deletion is polled), so OpenTofu's default of ten leaves the local API server
 * idle between rounds; a cell has at most a few dozen objects per dependency level.
 */
const CLUSTER_PARALLELISM = 32;

/** What levels 4-6 found, for the cell report. */
export interface DeployOutcome {
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

/** Levels 4-6 of a cell on a cluster placed for it; records each level in `book`, never throws but for an interrupt. */
export async function deployLevels(
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
    if (applied && ctx.afterApply)
      await ctx.afterApply(spec.id, {
        kubeconfig: cluster.kubeconfig,
        kubectl: (a, o) => kube.kubectl(a, o),
        deployment,
        platformDir: platform.dir!,
        namespaces,
      });

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
      book.setChecks(5, Date.now() - t5, checks);
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
