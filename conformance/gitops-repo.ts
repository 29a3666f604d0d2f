/**
 * A GitOps delivery loop on a cluster, for the conformance cells and tests of the GitOps engine:
 * a local Git server (tools/flux/git-server.ts) with one bare repository and a working clone, the
 * real Flux controllers (tools/flux/run.ts), the age identity Flux decrypts with (Secret
 * `sops-age` in flux-system), and the steps of a delivery: publish the engine's output as a
 * commit, bootstrap (GitRepository + root Kustomization), wait until Flux applied a revision,
 * request a reconcile, wait until a unit is pruned.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { generateAgeIdentity, writeGitOps, FLUX_NAMESPACE } from "../engines/gitops";
import type { AgeIdentity, GitOpsOutput } from "../engines/gitops";
import { run } from "../tools/cache";
import type { EmbeddedCluster } from "../tools/cluster";
import { isAlive, tail } from "../tools/cluster/processes";
import { ensureFlux } from "../tools/flux";
import { GitServer, initBareRepository, startGitServer } from "../tools/flux/git-server";
import { RunningFlux, startFlux } from "../tools/flux/run";

/** Status of a Flux Kustomization as the harness reads it. */
export interface UnitStatus {
  readonly ready: "True" | "False" | "Unknown" | "absent";
  readonly message: string;
  /** `main@sha1:<sha>`, or "" before the first apply. */
  readonly lastAppliedRevision: string;
  readonly lastHandledReconcileAt: string;
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: "stackwerk",
  GIT_AUTHOR_EMAIL: "stackwerk@localhost",
  GIT_COMMITTER_NAME: "stackwerk",
  GIT_COMMITTER_EMAIL: "stackwerk@localhost",
};

/** The loop; `start` it once per cluster, `stop` it at the end. */
export class GitOpsRepo {
  private bootstrapped = false;

  private constructor(
    readonly cluster: EmbeddedCluster,
    readonly flux: RunningFlux,
    readonly server: GitServer,
    /** Working clone the output is written to. */
    readonly workTree: string,
    /** The age identity the output is encrypted to. */
    readonly age: AgeIdentity,
    /** URL the GitRepository pulls from. */
    readonly gitUrl: string,
  ) {}

  /** Builds (or finds) Flux, starts it on `cluster`, serves a new repository, installs the age identity. */
  static async start(cluster: EmbeddedCluster, stateDir: string): Promise<GitOpsRepo> {
    const tools = await ensureFlux();
    const flux = await startFlux(cluster, tools, path.join(stateDir, "flux"));
    const root = path.join(stateDir, "git");
    fs.mkdirSync(root, { recursive: true });
    const bare = await initBareRepository(root, "platform");
    const server = await startGitServer(root);
    const workTree = path.join(stateDir, "work");
    await run("git", ["clone", "--quiet", bare, workTree]);
    await run("git", ["-C", workTree, "checkout", "--quiet", "-B", "main"]);
    const age = generateAgeIdentity();
    const secret = {
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "sops-age", namespace: FLUX_NAMESPACE },
      type: "Opaque",
      stringData: { "identity.agekey": `${age.identity}\n` },
    };
    await cluster.kubectl(["apply", "-f", "-"], { input: JSON.stringify(secret) });
    return new GitOpsRepo(cluster, flux, server, workTree, age, `${server.url}/platform.git`);
  }

  /** Writes `output` into the working clone, commits and pushes; returns the commit (unchanged output: the current one). */
  async publish(output: GitOpsOutput, message: string): Promise<string> {
    writeGitOps(this.workTree, output);
    const git = (args: string[]) => run("git", ["-C", this.workTree, ...args], { env: { ...process.env, ...GIT_ENV } });
    await git(["add", "-A"]);
    const status = (await git(["status", "--porcelain"])).stdout.trim();
    if (status) {
      await git(["commit", "--quiet", "-m", message]);
      await git(["push", "--quiet", "origin", "main"]);
    }
    return (await git(["rev-parse", "HEAD"])).stdout.trim();
  }

  /** Applies the output's bootstrap (GitRepository + root Kustomization) once. */
  async bootstrap(output: GitOpsOutput): Promise<void> {
    if (this.bootstrapped) return;
    const text = output.files.get("bootstrap/flux.yaml");
    if (!text) throw new Error("the GitOps output has no bootstrap/flux.yaml");
    await this.cluster.kubectl(["apply", "-f", "-"], { input: text });
    this.bootstrapped = true;
  }

  /** The Kustomization's status, or `absent`. */
  async status(name: string): Promise<UnitStatus> {
    const r = await this.cluster.kubectl(["get", "kustomizations.kustomize.toolkit.fluxcd.io", name, "-n", FLUX_NAMESPACE, "-o", "json"], { check: false });
    if (r.code !== 0) return { ready: "absent", message: r.stderr.trim(), lastAppliedRevision: "", lastHandledReconcileAt: "" };
    const o = JSON.parse(r.stdout) as {
      status?: { conditions?: Array<{ type: string; status: string; message: string }>; lastAppliedRevision?: string; lastHandledReconcileAt?: string };
    };
    const ready = o.status?.conditions?.find((c) => c.type === "Ready");
    return {
      ready: (ready?.status as UnitStatus["ready"]) ?? "Unknown",
      message: ready?.message ?? "",
      lastAppliedRevision: o.status?.lastAppliedRevision ?? "",
      lastHandledReconcileAt: o.status?.lastHandledReconcileAt ?? "",
    };
  }

  /** Asks the source and the units to reconcile now (the `reconcile.fluxcd.io/requestedAt` annotation, as `flux reconcile` does). */
  async requestReconcile(units: readonly string[]): Promise<string> {
    const at = new Date().toISOString();
    await this.cluster.kubectl([
      "annotate",
      "--overwrite",
      "-n",
      FLUX_NAMESPACE,
      "gitrepositories.source.toolkit.fluxcd.io",
      "--all",
      `reconcile.fluxcd.io/requestedAt=${at}`,
    ]);
    const existing = [];
    for (const u of units) if ((await this.status(u)).ready !== "absent") existing.push(u);
    if (existing.length)
      await this.cluster.kubectl([
        "annotate",
        "--overwrite",
        "-n",
        FLUX_NAMESPACE,
        "kustomizations.kustomize.toolkit.fluxcd.io",
        ...existing,
        `reconcile.fluxcd.io/requestedAt=${at}`,
      ]);
    return at;
  }

  /**
   * Waits until every unit is Ready at `commit` (and, with `handled`, has handled that reconcile
   * request). With `handled`, a unit that is Ready at the commit but has not handled the request
   * after half the time is asked once more (a new request value, which then counts); the result
   * says how many requests it took.
   */
  async waitApplied(units: readonly string[], commit: string, timeoutMs: number, handled?: string): Promise<Map<string, UnitStatus> & { requests: number }> {
    const started = Date.now();
    const deadline = started + timeoutMs;
    let wanted = handled;
    let requests = 1;
    for (;;) {
      const statuses = new Map<string, UnitStatus>();
      for (const u of units) statuses.set(u, await this.status(u));
      const atCommit = [...statuses.values()].every((s) => s.ready === "True" && s.lastAppliedRevision.endsWith(commit));
      const done = atCommit && (wanted === undefined || [...statuses.values()].every((s) => s.lastHandledReconcileAt === wanted));
      if (done) return Object.assign(statuses, { requests });
      if (wanted !== undefined && atCommit && requests === 1 && Date.now() > started + timeoutMs / 2) {
        wanted = await this.requestReconcile(units);
        requests++;
      }
      if (Date.now() > deadline) {
        const detail = [...statuses]
          .map(
            ([u, s]) =>
              `${u}: ready=${s.ready} revision=${s.lastAppliedRevision || "-"}${wanted !== undefined ? ` handled=${s.lastHandledReconcileAt || "-"} (wanted ${wanted})` : ""} ${s.message}`,
          )
          .join("; ");
        throw new Error(
          `Flux did not apply ${commit.slice(0, 12)} within ${timeoutMs / 1000}s (${requests} reconcile request(s)): ${detail}; ${this.controllerState()}`,
        );
      }
      await new Promise((r) => setTimeout(r, 2000));
    }
  }

  /** Whether each controller still runs, and the last lines of its log (for a failure message). */
  controllerState(): string {
    const pids = this.flux.pids();
    return (["source-controller", "kustomize-controller"] as const)
      .map(
        (name, i) => `${name} ${isAlive(pids[i]) ? "running" : "NOT running"}, last log: ${tail(this.flux.logs[name], 4).split("\n").join(" | ").slice(-600)}`,
      )
      .join("; ");
  }

  /** Waits until every unit's Kustomization is gone (pruned by the root, its objects garbage-collected). */
  async waitPruned(units: readonly string[], timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const left = [];
      for (const u of units) if ((await this.status(u)).ready !== "absent") left.push(u);
      if (left.length === 0) return;
      if (Date.now() > deadline) throw new Error(`Flux did not prune ${left.join(", ")} within ${timeoutMs / 1000}s`);
      await new Promise((r) => setTimeout(r, 2000));
    }
  }

  /** Stops Flux and the Git server (the cluster is the caller's). */
  async stop(): Promise<void> {
    await this.flux.stop();
    await this.server.close();
  }
}
