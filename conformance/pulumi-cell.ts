/**
 * One conformance cell through the Pulumi engine (issue 28): a registered pattern on-prem,
 * levels 1-6 with the real Pulumi CLI and Kubernetes provider (conformance/pulumi-program.ts):
 *   L1 synth    the model builds and renders (its object set, from the model's nodes)
 *   L2 validate `pulumi preview` (the provider checks every object, server-side dry run)
 *   L3 plan     n/a (on-prem has no infra layer)
 *   L4 apply    `pulumi up`
 *   L5 smoke    rollouts and endpoints, Pod Security, default deny, the pattern's own checks, and
 *               `pulumi preview --expect-no-changes`
 *   L6 destroy  `pulumi destroy`, then nothing of the cell is left on the cluster
 * The same Kube checks as the OpenTofu cells (conformance/kube.ts), so the two engines are judged alike.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Construct } from "constructs";
import { KubeManifest } from "../constructs/kube/manifest";
import { KubeSecret } from "../constructs/kube/secret";
import type { Pattern } from "../constructs/pattern";
import type { Stage } from "../core/profile";
import type { LiveObject, SmokeProbe } from "../core/smoke";
import { getPattern, registeredPatterns } from "../patterns/registry";
import { targets } from "../providers";
import type { DeclaredObject, Kube } from "./kube";
import { cellVerdict, isRequired, levelName } from "./levels";
import { pulumiProgram } from "./pulumi-program";
import type { CellReport, CheckResult, LevelNumber, LevelResult, LevelStatus } from "./types";

/** What a Pulumi cell needs: the pattern, where to work, and the cluster it may use alone. */
export interface PulumiCellSpec {
  readonly pattern: string;
  readonly stage: Stage;
  readonly workDir: string;
  readonly kubeconfig: string;
  readonly kube: Kube;
  readonly rolloutTimeoutMs: number;
  readonly leftoverTimeoutMs: number;
  log(line: string): void;
}

/** The cell's report: levels 1-7 (7 not run), engine `pulumi`. */
export type PulumiCellReport = CellReport & { readonly engine: "pulumi" };

/** Runs one cell; never throws (every failure is a level result). */
export async function runPulumiCell(spec: PulumiCellSpec): Promise<PulumiCellReport> {
  const started = Date.now();
  const id = `${spec.pattern}/onprem/${spec.stage}/pulumi`;
  const levels = new Map<LevelNumber, LevelResult>();
  const set = (level: LevelNumber, status: LevelStatus, durationMs: number, message: string, checks?: CheckResult[]) => {
    levels.set(level, { level, name: levelName(level), status, required: isRequired(level, status), durationMs, message, ...(checks ? { checks } : {}) });
    spec.log(`${id} L${level} ${levelName(level)} ${status.toUpperCase()} (${(durationMs / 1000).toFixed(1)}s) ${message.split("\n")[0].slice(0, 200)}`);
  };
  const rest = (from: LevelNumber, status: LevelStatus, message: string) => {
    for (let l = from; l <= 7; l++) if (!levels.has(l as LevelNumber)) set(l as LevelNumber, status, 0, message);
  };
  const build = (model: Construct): Pattern[] => [
    getPattern(spec.pattern).create(model, spec.pattern, { target: targets.onprem({ kubeconfigPath: spec.kubeconfig }), stage: spec.stage }),
  ];
  let declared: DeclaredObject[] = [];
  let namespaces: string[] = [];
  try {
    // L1: the model and its object set.
    const t1 = Date.now();
    try {
      const { PulumiModel } = await import("../engines/pulumi");
      const [pattern] = build(new PulumiModel());
      const layers = pattern.layers.filter((l) => l.role !== "infra").map((l) => l.layer);
      declared = layers.flatMap((layer) => [
        ...KubeManifest.all(layer).map((m) => ({
          apiVersion: m.object.apiVersion,
          kind: m.object.kind,
          name: m.object.metadata.name,
          ...(m.object.metadata.namespace ? { namespace: m.object.metadata.namespace } : {}),
        })),
        ...KubeSecret.all(layer).map((s) => ({ apiVersion: "v1", kind: "Secret", name: s.secretName, namespace: s.namespace })),
      ]);
      namespaces = declared.filter((d) => d.kind === "Namespace").map((d) => d.name);
      set(1, "pass", Date.now() - t1, `${declared.length} objects in ${namespaces.length} namespace(s)`);
    } catch (err) {
      set(1, "fail", Date.now() - t1, (err as Error).message);
      rest(2, "skipped", "level 1 (synth) failed");
      return finish();
    }
    const workDir = path.join(spec.workDir, id.replace(/[^a-zA-Z0-9._-]+/g, "_"));
    fs.mkdirSync(workDir, { recursive: true });
    const { stack } = await pulumiProgram({ stack: "cell", workDir, build });
    const lines: string[] = [];
    const onOutput = (l: string) => void lines.push(l);
    const tail = () => lines.join("").slice(-3000);

    // L2: preview.
    const t2 = Date.now();
    try {
      const preview = await stack.preview({ onOutput });
      set(2, "pass", Date.now() - t2, `pulumi preview: ${JSON.stringify(preview.changeSummary)}`);
    } catch (err) {
      set(2, "fail", Date.now() - t2, `pulumi preview: ${(err as Error).message.slice(-3000)}`);
      rest(3, "skipped", "level 2 (validate) failed");
      return finish();
    }
    set(3, "n/a", 0, "target onprem has no infra layer");

    // L4: up.
    const t4 = Date.now();
    let applied = false;
    try {
      const up = await stack.up({ onOutput });
      applied = up.summary.result === "succeeded";
      set(4, applied ? "pass" : "fail", Date.now() - t4, applied ? `pulumi up: ${JSON.stringify(up.summary.resourceChanges)}` : `pulumi up: ${tail()}`);
    } catch (err) {
      set(4, "fail", Date.now() - t4, `pulumi up: ${(err as Error).message.slice(-3000)}`);
    }

    // L5: smoke.
    if (applied) {
      const t5 = Date.now();
      const checks: CheckResult[] = [
        ...(await spec.kube.waitForRollouts(namespaces, spec.rolloutTimeoutMs)),
        ...(await spec.kube.podSecurityChecks(namespaces)),
        ...(await spec.kube.defaultDenyChecks(namespaces)),
        ...(await patternChecks(spec, namespaces)),
      ];
      try {
        await stack.preview({ expectNoChanges: true, onOutput });
        checks.push({ name: "preview after up", ok: true, message: "no changes" });
      } catch (err) {
        checks.push({ name: "preview after up", ok: false, message: `pulumi preview --expect-no-changes: ${(err as Error).message.slice(-2000)}` });
      }
      const failed = checks.filter((c) => !c.ok);
      set(
        5,
        failed.length ? "fail" : "pass",
        Date.now() - t5,
        `${checks.length - failed.length}/${checks.length} checks passed${failed.length ? `; ${failed.map((c) => `${c.name}: ${c.message}`).join("\n")}` : ""}`,
        checks,
      );
    } else set(5, "skipped", 0, "level 4 (apply) failed");

    // L6: destroy, also after a failed up (it cleans the cluster up).
    const t6 = Date.now();
    try {
      const destroy = await stack.destroy({ onOutput });
      const left = await spec.kube.leftovers({ namespaces, declared }, spec.leftoverTimeoutMs);
      const ok = destroy.summary.result === "succeeded" && left.length === 0;
      set(
        6,
        ok ? "pass" : "fail",
        Date.now() - t6,
        left.length
          ? `left on the cluster: ${left.join("; ")}`
          : `pulumi destroy: ${JSON.stringify(destroy.summary.resourceChanges)}; nothing of the cell is left`,
      );
    } catch (err) {
      set(6, "fail", Date.now() - t6, `pulumi destroy: ${(err as Error).message.slice(-3000)}`);
    }
    rest(7, "not-run", "real cloud: not for on-prem");
    return finish();
  } catch (err) {
    const current = ([1, 2, 3, 4, 5, 6, 7] as LevelNumber[]).find((l) => !levels.has(l)) ?? 7;
    set(current, "fail", 0, `conformance runner error: ${(err as Error).stack ?? err}`);
    rest(current, "skipped", `level ${current} failed`);
    return finish();
  }

  function finish(): PulumiCellReport {
    const list = ([1, 2, 3, 4, 5, 6, 7] as LevelNumber[]).map((l) => levels.get(l)!);
    return {
      id,
      engine: "pulumi",
      pattern: spec.pattern,
      target: "onprem",
      stage: spec.stage,
      source: "registry",
      namespaces,
      stacks: [],
      levels: list,
      verdict: cellVerdict(list),
      durationMs: Date.now() - started,
    } as PulumiCellReport;
  }
}

/** The pattern's own level-5 checks (the same the OpenTofu cells run). */
export async function patternChecks(spec: Pick<PulumiCellSpec, "pattern" | "stage" | "kube">, namespaces: readonly string[]): Promise<CheckResult[]> {
  const definition = registeredPatterns().find((p) => p.name === spec.pattern);
  if (!definition?.smoke) return [];
  const probe: SmokeProbe = {
    namespaces,
    list: async (kind, namespace) => JSON.parse((await spec.kube.kubectl(["get", kind, "-n", namespace, "-o", "json"])).stdout).items as LiveObject[],
    get: async (kind, name, namespace) => {
      const r = await spec.kube.kubectl(["get", kind, name, ...(namespace ? ["-n", namespace] : []), "-o", "json", "--ignore-not-found"], { check: false });
      return r.code === 0 && r.stdout.trim() ? (JSON.parse(r.stdout) as LiveObject) : undefined;
    },
  };
  try {
    return await definition.smoke(probe, { instance: `${spec.pattern}-onprem`, target: "onprem", stage: spec.stage });
  } catch (err) {
    return [{ name: `${spec.pattern} smoke checks`, ok: false, message: `the pattern's checks failed to run: ${(err as Error).message}` }];
  }
}
