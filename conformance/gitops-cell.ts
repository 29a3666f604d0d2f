/**
 * One conformance cell through the GitOps engine (issue 29): a registered pattern on-prem, levels
 * 1-6 with the real Flux controllers pulling from a local Git server (conformance/gitops-repo.ts):
 *   L1 synth    the engine's output (Kustomize folders, Flux/Argo CD objects, SOPS-encrypted Secrets)
 *   L2 validate `kubectl kustomize` of every folder (Kustomize, as kustomize-controller builds it) and a
 *               server-side dry run of the Flux Kustomizations against the real CRDs
 *   L3 plan     n/a (on-prem has no infra layer)
 *   L4 apply    commit + push, Flux applies the commit: every unit Ready at that revision
 *   L5 smoke    rollouts and endpoints, Pod Security, default deny, the pattern's own checks (as the
 *               other engines' cells), and a second reconcile of the same commit changes no object
 *   L6 destroy  the instance removed from Git: Flux prunes its units and objects; nothing is left
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Stage } from "../core/profile";
import { GitOpsModel, GitOpsOutput, referenceBase, synthGitOps, writeGitOps } from "../engines/gitops";
import { getPattern } from "../patterns/registry";
import { REFERENCE_TARGET_PROPS, targets } from "../providers";
import type { GitOpsRepo } from "./gitops-repo";
import type { DeclaredObject, Kube } from "./kube";
import { cellVerdict } from "./levels";
import { LevelBook, patternSmokeChecks } from "./cell";
import type { CellReport, CheckResult } from "./types";

/** What a GitOps cell needs: the pattern, the delivery loop, and the cluster it may use alone. */
export interface GitOpsCellSpec {
  readonly pattern: string;
  readonly stage: Stage;
  readonly workDir: string;
  readonly repo: GitOpsRepo;
  readonly kube: Kube;
  readonly rolloutTimeoutMs: number;
  readonly leftoverTimeoutMs: number;
  /** How long Flux may take to apply or prune a commit. @default 600000 */
  readonly reconcileTimeoutMs?: number;
  log(line: string): void;
}

/** The cell's report: levels 1-7 (7 not run), engine `gitops`. */
export type GitOpsCellReport = CellReport & { readonly engine: "gitops" };

/** Seed of generated credentials in conformance runs (each run's cluster is new). */
const CELL_SEED = "stackwerk-conformance-gitops-seed-0123456789";

/** Kinds whose resourceVersion changes only when their spec does (no status writers here). */
const SPEC_ONLY = "networkpolicies,configmaps,services,serviceaccounts,roles,rolebindings,resourcequotas,limitranges";

/** Runs one cell; never throws (every failure is a level result). */
export async function runGitOpsCell(spec: GitOpsCellSpec): Promise<GitOpsCellReport> {
  const started = Date.now();
  const id = `${spec.pattern}/onprem/${spec.stage}/gitops`;
  const timeout = spec.reconcileTimeoutMs ?? 600_000;
  // The level bookkeeping (and progress lines) of every other engine's cells.
  const book = new LevelBook({ log: (cell, line) => spec.log(`${cell} ${line}`) }, id);
  const render = (withInstance: boolean): GitOpsOutput => {
    const model = new GitOpsModel();
    const instances = withInstance
      ? [
          // The instance id `<pattern>-onprem` of every other cell: the pattern's smoke checks look for it.
          getPattern(spec.pattern).create(model, `${spec.pattern}-onprem`, {
            target: targets.onprem({ ...REFERENCE_TARGET_PROPS.onprem, kubeconfigPath: spec.repo.cluster.kubeconfig }),
            stage: spec.stage,
          }),
        ]
      : [];
    return synthGitOps(instances, {
      recipients: [spec.repo.age.recipient],
      seed: CELL_SEED,
      gitUrl: spec.repo.gitUrl,
      interval: "10s",
      base: (p) => referenceBase(p),
    });
  };
  let declared: DeclaredObject[] = [];
  let namespaces: string[] = [];
  let units: string[] = [];
  try {
    // L1: the engine's output.
    const t1 = Date.now();
    let output: GitOpsOutput;
    try {
      output = render(true);
      units = output.units.map((u) => u.name);
      declared = [...output.objects.values()].flat().map((o) => ({
        apiVersion: o.object.apiVersion,
        kind: o.object.kind,
        name: o.object.metadata.name,
        ...(o.object.metadata.namespace ? { namespace: o.object.metadata.namespace } : {}),
      }));
      // Platform namespaces first (units are in apply order, add-ons first), as the other engines' cells
      // list them: a pattern's smoke checks look at the first namespace for its own objects.
      namespaces = [...output.units]
        .reverse()
        .flatMap((u) => output.objects.get(u.name) ?? [])
        .filter((o) => o.object.kind === "Namespace")
        .map((o) => o.object.metadata.name);
      book.set(1, "pass", Date.now() - t1, `${output.files.size} files, ${declared.length} objects in ${units.length} unit(s): ${units.join(", ")}`);
    } catch (err) {
      book.set(1, "fail", Date.now() - t1, (err as Error).message);
      book.rest(2, "skipped", "level 1 (synth) failed");
      return finish();
    }

    // L2: Kustomize builds every folder; the Flux objects pass the CRDs' schemas (server-side dry run).
    const t2 = Date.now();
    const dir = path.join(spec.workDir, id.replace(/[^a-zA-Z0-9._-]+/g, "_"));
    fs.rmSync(dir, { recursive: true, force: true });
    writeGitOps(dir, output);
    const problems: string[] = [];
    for (const u of output.units) {
      const r = await spec.kube.kubectl(["kustomize", path.join(dir, u.path)], { check: false });
      if (r.code !== 0) problems.push(`kustomize ${u.path}: ${r.stderr.trim()}`);
    }
    const dry = await spec.kube.kubectl(["apply", "--dry-run=server", ...output.units.flatMap((u) => ["-f", path.join(dir, "flux", `${u.name}.yaml`)])], {
      check: false,
    });
    if (dry.code !== 0) problems.push(`dry run of the Flux Kustomizations: ${dry.stderr.trim()}`);
    if (problems.length) {
      book.set(2, "fail", Date.now() - t2, problems.join("\n"));
      book.rest(3, "skipped", "level 2 (validate) failed");
      return finish();
    }
    book.set(2, "pass", Date.now() - t2, `kustomize built ${output.units.length} folder(s); the Flux Kustomizations pass the CRDs`);
    book.set(3, "n/a", 0, "target onprem has no infra layer");

    // L4: commit, push, Flux applies it.
    const t4 = Date.now();
    let commit = "";
    let applied = false;
    try {
      commit = await spec.repo.publish(output, `${spec.pattern} on-prem (${spec.stage})`);
      await spec.repo.bootstrap(output);
      await spec.repo.requestReconcile([`stackwerk-root`, ...units]);
      await spec.repo.waitApplied(units, commit, timeout);
      applied = true;
      book.set(4, "pass", Date.now() - t4, `Flux applied ${commit.slice(0, 12)}: ${units.join(", ")} Ready`);
    } catch (err) {
      book.set(4, "fail", Date.now() - t4, (err as Error).message);
    }

    // L5: smoke, and a second reconcile of the same commit changes nothing.
    if (applied) {
      const t5 = Date.now();
      const checks: CheckResult[] = [
        ...(await spec.kube.waitForRollouts(namespaces, spec.rolloutTimeoutMs)),
        ...(await spec.kube.podSecurityChecks(namespaces)),
        ...(await spec.kube.defaultDenyChecks(namespaces)),
        ...(await patternSmokeChecks({ source: "registry", pattern: spec.pattern, target: "onprem", stage: spec.stage }, spec.kube, namespaces)),
      ];
      try {
        const versions = async () => {
          const out: Record<string, string> = {};
          for (const ns of namespaces) {
            const list = JSON.parse((await spec.kube.kubectl(["get", SPEC_ONLY, "-n", ns, "-o", "json"])).stdout) as {
              items: Array<{ kind: string; metadata: { name: string; resourceVersion: string } }>;
            };
            for (const i of list.items) out[`${i.kind}/${ns}/${i.metadata.name}`] = i.metadata.resourceVersion;
          }
          return out;
        };
        const before = await versions();
        const handled = await spec.repo.requestReconcile(units);
        const statuses = await spec.repo.waitApplied(units, commit, timeout, handled);
        const after = await versions();
        const changed = Object.keys(before).filter((k) => before[k] !== after[k]);
        const revisions = [...new Set([...statuses.values()].map((s) => s.lastAppliedRevision))];
        checks.push({
          name: "second reconcile",
          ok: changed.length === 0 && revisions.length === 1,
          message: changed.length
            ? `changed by a reconcile of the same commit: ${changed.join(", ")}`
            : `same revision ${revisions.join(", ")}; ${Object.keys(before).length} objects unchanged${statuses.requests > 1 ? ` (handled only after ${statuses.requests} reconcile requests)` : ""}`,
        });
      } catch (err) {
        checks.push({ name: "second reconcile", ok: false, message: (err as Error).message });
      }
      book.setChecks(5, Date.now() - t5, checks);
    } else book.set(5, "skipped", 0, "level 4 (apply) failed");

    // L6: removal from Git, pruned by Flux (also after a failed apply: it cleans the cluster up).
    const t6 = Date.now();
    try {
      const removed = await spec.repo.publish(render(false), `remove ${spec.pattern}`);
      await spec.repo.requestReconcile(["stackwerk-root"]);
      await spec.repo.waitPruned(units, timeout);
      const left = await spec.kube.leftovers({ namespaces, declared }, spec.leftoverTimeoutMs);
      book.set(
        6,
        left.length ? "fail" : "pass",
        Date.now() - t6,
        left.length
          ? `left on the cluster: ${left.join("; ")}`
          : `removed in ${removed.slice(0, 12)}; Flux pruned ${units.join(", ")}; nothing of the cell is left`,
      );
    } catch (err) {
      book.set(6, "fail", Date.now() - t6, (err as Error).message);
    }
    book.rest(7, "not-run", "real cloud: not for on-prem");
    return finish();
  } catch (err) {
    book.recordEscape(err, false);
    return finish();
  }

  function finish(): GitOpsCellReport {
    const list = book.list();
    return {
      id,
      engine: "gitops",
      pattern: spec.pattern,
      target: "onprem",
      stage: spec.stage,
      source: "registry",
      namespaces,
      stacks: [],
      levels: list,
      verdict: cellVerdict(list),
      durationMs: Date.now() - started,
    } as GitOpsCellReport;
  }
}
