/**
 * One conformance cell through the Pulumi engine (issue 28, `stackwerk conformance --engine pulumi`):
 * a registered pattern's reference instance, levels 1-6 with the real Pulumi CLI and Kubernetes
 * provider (conformance/pulumi-program.ts), on the run's cluster pool like the OpenTofu cells:
 *   L1 synth    the model builds and its object set is collected (platform layer first, then add-ons)
 *   L2 validate `pulumi preview` (the provider checks every object against the API server)
 *   L3 plan     on-prem: n/a. IONOS/STACKIT: the infra stays OpenTofu's (ADR 0360); the check is that
 *               `stackwerk pulumi config-from-infra` wires every platform input the Pulumi program
 *               reads from an output the infra stack declares (the Terraform engine's synth of the same instance)
 *   L4 apply    `pulumi up` (cloud targets: the platform inputs are stand-ins, the cluster's
 *               kubeconfig input is the embedded cluster's document, passed as the infra outputs)
 *   L5 smoke    rollouts and endpoints, Pod Security, default deny, the pattern's own checks, and
 *               `pulumi preview --expect-no-changes`
 *   L6 destroy  `pulumi destroy`, then nothing of the cell is left on the cluster
 * The same Kube checks as the OpenTofu cells (conformance/kube.ts), so the two engines are judged alike.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { pulumiConfigFromOutputs, pulumiConfigKey, PulumiInputSpec } from "../deploy/pulumi-config";
import { LevelBook, patternSmokeChecks, type CellContext, type ClusterHandle } from "./cell";
import { InterruptedError } from "../deploy/exec";
import { standInValue } from "./inputs";
import { cellVerdict, seconds } from "./levels";
import { infraOutputNames, modelFacts, pulumiCellModel, type PulumiModelFacts } from "./pulumi-model";
import type { CellSpec } from "./sources";
import { clusterKeys, countByKind } from "./stack-json";
export { modelFacts, pulumiCellModel } from "./pulumi-model";
export type { PulumiModelFacts } from "./pulumi-model";
import type { CellReport, CheckResult, LevelNumber, ObjectCounts } from "./types";

/** Runs one Pulumi cell; never throws (every failure is a level result). */
export async function runPulumiCell(spec: CellSpec, ctx: CellContext): Promise<CellReport> {
  const started = Date.now();
  const book = new LevelBook(ctx, spec.id);
  const dir = path.join(ctx.workDir, spec.id.replace(/[^a-zA-Z0-9._-]+/g, "_"));
  fs.mkdirSync(dir, { recursive: true });
  let facts: PulumiModelFacts | undefined;
  let objectCounts: ObjectCounts | undefined;
  let standIns: CellReport["standIns"];
  let clusterNumber: number | undefined;
  const check = () => {
    if (ctx.tracker.interrupted) throw new InterruptedError();
  };
  const stopAfter = (level: LevelNumber): boolean => {
    const max = ctx.maxLevel ?? 7;
    if (level < max) return false;
    book.rest((level + 1) as LevelNumber, "not-run", `not run (--max-level ${max})`);
    return true;
  };
  try {
    // ---- L1 ----
    ctx.log(spec.id, "L1 synth ...");
    const t1 = Date.now();
    try {
      facts = modelFacts(await pulumiCellModel(spec, path.join(dir, "app")));
      if (facts.declared.length === 0) throw new Error("the model declares no Kubernetes object");
    } catch (err) {
      book.set(1, "fail", Date.now() - t1, (err as Error).message);
      book.rest(2, "skipped", "level 1 (synth) failed");
      return finish();
    }
    objectCounts = { declared: countByKind(facts.declared), declaredTotal: facts.declared.length };
    book.set(
      1,
      "pass",
      Date.now() - t1,
      `Pulumi model: ${facts.layers.map((l) => `${l.role} layer ${l.objects} object(s)`).join(", ")} in ${facts.namespaces.length} namespace(s); ${facts.inputs.length} platform input(s)`,
    );
    if (stopAfter(1)) return finish();

    // ---- L2-L6 need a cluster: the provider's preview asks the API server ----
    check();
    ctx.log(spec.id, "L2 validate: waiting for the cluster ...");
    const t2wait = Date.now();
    let cluster: ClusterHandle;
    let release: () => void;
    try {
      const placed = await ctx.place(clusterKeys(facts.declared), spec.id);
      ({ cluster, release } = placed);
      clusterNumber = placed.index + 1;
    } catch (err) {
      check();
      book.set(2, "fail", Date.now() - t2wait, `cluster: ${(err as Error).message}`);
      book.rest(3, "skipped", "level 2 (validate) failed: no cluster");
      return finish();
    }
    try {
      const outcome = await clusterLevels(spec, ctx, book, facts, cluster, dir, stopAfter);
      standIns = outcome.standIns;
      if (outcome.live) objectCounts = { ...objectCounts, live: outcome.live, liveTotal: Object.values(outcome.live).reduce((a, b) => a + b, 0) };
      if (outcome.left !== undefined) objectCounts = { ...objectCounts, leftAfterDestroy: outcome.left };
    } finally {
      release();
    }
    if (!book.has(7)) book.set(7, "n/a", 0, "the Pulumi cells deploy to the embedded cluster only (real clouds: the OpenTofu cells' level 7)");
    return finish();
  } catch (err) {
    book.recordEscape(err, err instanceof InterruptedError || ctx.tracker.interrupted);
    return finish();
  }

  function finish(): CellReport {
    const levels = book.list();
    return {
      id: spec.id,
      pattern: spec.pattern,
      target: spec.target,
      stage: spec.stage,
      source: spec.source,
      engine: "pulumi",
      ...(spec.instance ? { instance: spec.instance } : {}),
      namespaces: facts?.namespaces ?? [],
      stacks: [],
      levels,
      ...(objectCounts ? { objectCounts } : {}),
      ...(standIns ? { standIns } : {}),
      ...(clusterNumber !== undefined ? { cluster: clusterNumber } : {}),
      ...(spec.governance ? { governance: spec.governance } : {}),
      verdict: cellVerdict(levels),
      durationMs: Date.now() - started,
    };
  }
}

/** Levels 2-6 on the placed cluster. */
async function clusterLevels(
  spec: CellSpec,
  ctx: CellContext,
  book: LevelBook,
  facts: PulumiModelFacts,
  cluster: ClusterHandle,
  dir: string,
  stopAfter: (level: LevelNumber) => boolean,
): Promise<{ standIns?: CellReport["standIns"]; live?: Record<string, number>; left?: number }> {
  const kube = cluster.kube;
  const out: { standIns?: CellReport["standIns"]; live?: Record<string, number>; left?: number } = {};
  for (const ns of facts.namespaces) {
    if (await kube.exists("Namespace", "v1", ns)) {
      book.set(2, "fail", 0, `namespace ${ns} already exists on the cluster (left by an earlier run?); refusing to deploy over it`);
      book.rest(3, "skipped", "level 2 (validate) failed");
      return out;
    }
  }
  // Config: on-prem, the cluster through stackwerk:kubeconfig_path (the target pins none). On a cloud
  // target, the platform inputs the infra stack outputs are wired as `stackwerk pulumi config-from-infra`
  // wires them, from stand-in outputs (the kubeconfig output is the embedded cluster's document); the
  // rest are the operator's (`pulumi config set`, like TF_VAR_<name> for the OpenTofu stack), stand-ins too.
  const config: Record<string, { value: string; secret?: boolean }> = {};
  let infra: { declared?: string[]; error?: string; ms: number } | undefined;
  if (spec.target === "onprem") {
    config["stackwerk:kubeconfig_path"] = { value: cluster.kubeconfig };
    out.standIns = [{ name: "kubeconfig_path", sensitive: false, value: cluster.kubeconfig }];
  } else {
    const t = Date.now();
    try {
      infra = { declared: await infraOutputNames(spec, path.join(dir, "infra-synth")), ms: 0 };
    } catch (err) {
      infra = { error: (err as Error).message, ms: 0 };
    }
    infra.ms = Date.now() - t;
    const kubeconfigDoc = fs.readFileSync(cluster.kubeconfig, "utf8");
    const standIn = (i: PulumiInputSpec) =>
      /kubeconfig/.test(i.name) ? kubeconfigDoc : standInValue({ name: i.name, sensitive: i.sensitive, hasDefault: false });
    const required = facts.inputs.filter((i) => !i.hasDefault);
    const outputs: Record<string, { value: unknown; sensitive: boolean }> = {};
    for (const i of required.filter((i) => infra!.declared?.includes(i.name)))
      outputs[i.name] = { value: standIn(i), sensitive: i.sensitive || /kubeconfig/.test(i.name) };
    const wiring = pulumiConfigFromOutputs(outputs, facts.inputs);
    const entries = [
      ...wiring.entries,
      ...wiring.missing.map((name) => {
        const i = required.find((r) => r.name === name)!;
        return { key: pulumiConfigKey(name), value: standIn(i), secret: i.sensitive };
      }),
    ];
    for (const e of entries) config[e.key] = { value: e.value, secret: e.secret };
    out.standIns = entries.map((e) => ({
      name: e.key.replace(/^stackwerk:/, ""),
      sensitive: e.secret,
      ...(e.secret || /kubeconfig/.test(e.key) ? {} : { value: e.value }),
    }));
  }

  // ---- L2: preview ----
  check(ctx);
  ctx.log(spec.id, "L2 validate ...");
  const t2 = Date.now();
  const lines: string[] = [];
  const onOutput = (l: string) => void lines.push(l);
  // Loaded on use: @pulumi/pulumi is an optional peer, and the CLI (stackwerk --version, the `cdktf`
  // cells) must start without it.
  const { pulumiProgram } = await import("./pulumi-program");
  const { stack } = await pulumiProgram({
    stack: "cell",
    workDir: path.join(dir, "pulumi"),
    build: async () => [await pulumiCellModel(spec, path.join(dir, "app"))],
    config,
  });
  try {
    const preview = await stack.preview({ onOutput });
    book.set(2, "pass", Date.now() - t2, `pulumi preview: ${JSON.stringify(preview.changeSummary)}`);
  } catch (err) {
    book.set(2, "fail", Date.now() - t2, `pulumi preview: ${pulumiError(err)}`);
    book.rest(3, "skipped", "level 2 (validate) failed");
    return out;
  }

  // ---- L3: the infra wiring (cloud targets) ----
  if (stopAfter(2)) return out;
  check(ctx);
  if (!infra) book.set(3, "n/a", 0, "target onprem has no infra layer");
  else if (infra.error) book.set(3, "fail", infra.ms, `the instance's OpenTofu infra stack (Terraform engine synth): ${infra.error}`);
  else if (!infra.declared) book.set(3, "n/a", infra.ms, `target ${spec.target}: the instance has no infra stack`);
  else {
    const required = facts.inputs.filter((i) => !i.hasDefault).map((i) => i.name);
    const wired = required.filter((n) => infra!.declared!.includes(n));
    const operator = required.filter((n) => !infra!.declared!.includes(n));
    // The cluster's kubeconfig must come from the infra: without it the program cannot reach the cluster.
    const cluster = facts.kubeconfigInput;
    const ok = cluster === undefined || infra.declared.includes(cluster);
    book.set(
      3,
      ok ? "pass" : "fail",
      infra.ms,
      (ok ? "" : `the infra stack outputs no '${cluster}' (the cluster's kubeconfig input): stackwerk pulumi config-from-infra cannot wire it; `) +
        `stackwerk pulumi config-from-infra wires ${wired.length} of ${required.length} required platform input(s) from the infra stack's ${infra.declared.length} output(s) (${wired.join(", ") || "-"})` +
        (operator.length
          ? `; the operator sets ${operator.map((n) => `stackwerk:${n}`).join(", ")} (pulumi config set, as TF_VAR_<name> for OpenTofu; stand-ins here)`
          : "") +
        "; the infra plan itself is the OpenTofu cell's level 3",
    );
  }

  // ---- L4: up ----
  if (stopAfter(3)) return out;
  check(ctx);
  ctx.log(spec.id, "L4 apply ...");
  const t4 = Date.now();
  let applied = false;
  try {
    const up = await stack.up({ onOutput });
    applied = up.summary.result === "succeeded";
    book.set(4, applied ? "pass" : "fail", Date.now() - t4, `pulumi up: ${applied ? JSON.stringify(up.summary.resourceChanges) : lines.join("").slice(-3000)}`);
  } catch (err) {
    const failures = await kube.podCreationFailures(facts.namespaces).catch(() => []);
    book.set(4, "fail", Date.now() - t4, `pulumi up: ${pulumiError(err)}${failures.length ? `\ncontroller events: ${failures.join("; ")}` : ""}`);
  }

  // ---- L5: smoke ----
  if (stopAfter(4)) return out;
  if (applied) {
    check(ctx);
    ctx.log(spec.id, "L5 smoke ...");
    const t5 = Date.now();
    const checks: CheckResult[] = [
      ...(await kube.waitForRollouts(facts.namespaces, ctx.rolloutTimeoutMs)),
      ...(await kube.podSecurityChecks(facts.namespaces)),
      ...(await kube.defaultDenyChecks(facts.namespaces)),
    ];
    try {
      await stack.preview({ expectNoChanges: true, onOutput });
      checks.push({ name: "preview after up", ok: true, message: "no changes" });
    } catch (err) {
      checks.push({ name: "preview after up", ok: false, message: `pulumi preview --expect-no-changes: ${pulumiError(err, 2000)}` });
    }
    checks.push(...(await patternSmokeChecks(spec, kube, facts.namespaces)));
    try {
      out.live = await kube.inventory(
        facts.namespaces,
        facts.declared.filter((d) => !d.namespace),
      );
    } catch (err) {
      checks.push({ name: "inventory", ok: false, message: `listing the cell's objects failed: ${(err as Error).message}` });
    }
    book.setChecks(5, Date.now() - t5, checks);
  } else book.set(5, "skipped", 0, "level 4 (apply) failed");

  // ---- L6: destroy (also after a failed up: it cleans the cluster up) ----
  if (stopAfter(5)) return out;
  if (ctx.keep) {
    book.set(6, "not-run", 0, `--keep: the objects stay on the cluster (KUBECONFIG=${cluster.kubeconfig}); the Pulumi stack is in ${path.join(dir, "pulumi")}`);
    return out;
  }
  check(ctx);
  ctx.log(spec.id, "L6 destroy ...");
  const t6 = Date.now();
  try {
    const destroy = await stack.destroy({ onOutput });
    const tLeft = Date.now();
    const left = await kube.leftovers({ namespaces: facts.namespaces, declared: facts.declared, tenant: facts.tenant }, ctx.leftoverTimeoutMs);
    out.left = left.length;
    const ok = destroy.summary.result === "succeeded" && left.length === 0;
    const checks: CheckResult[] = [
      {
        name: "pulumi destroy",
        ok: destroy.summary.result === "succeeded",
        message: `${JSON.stringify(destroy.summary.resourceChanges)} (${seconds(tLeft - t6)})`,
      },
      ...(left.length
        ? left.map((l) => ({ name: "left behind", ok: false, message: l }))
        : [{ name: "left behind", ok: true, message: `nothing of the cell is left on the cluster (${seconds(Date.now() - tLeft)})` }]),
    ];
    book.set(
      6,
      ok ? "pass" : "fail",
      Date.now() - t6,
      ok
        ? `pulumi destroy: ${JSON.stringify(destroy.summary.resourceChanges)}; nothing left (namespaces ${facts.namespaces.join(", ") || "-"} gone)`
        : `left after destroy: ${left.join("; ")}`,
      checks,
    );
  } catch (err) {
    book.set(6, "fail", Date.now() - t6, `pulumi destroy: ${pulumiError(err)}`);
  }
  return out;
}

function check(ctx: CellContext): void {
  if (ctx.tracker.interrupted) throw new InterruptedError();
}

/** The end of a Pulumi CLI error (the Automation API puts the whole output into the message). */
function pulumiError(err: unknown, max = 3000): string {
  const text = err instanceof Error ? err.message : String(err);
  const diag = text.lastIndexOf("Diagnostics:");
  return (diag >= 0 ? text.slice(diag) : text).slice(-max).trim();
}
