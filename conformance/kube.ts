/**
 * What the conformance levels ask the cluster, through the built kubectl: the inventory of a
 * cell's namespaces (object counts), the smoke checks of level 5 and the leftovers of level 6.
 * Every message quotes what the API server said.
 */
import { ProcessTracker } from "../deploy/exec";
import type { CheckResult } from "./types";
import * as checks from "./kube-checks";

/** A Kubernetes object the platform stack declares (from its Terraform JSON). */
export interface DeclaredObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
}

interface Meta {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  ownerReferences?: Array<{ kind: string; name: string }>;
  generation?: number;
  deletionTimestamp?: string;
}
interface Obj {
  kind: string;
  apiVersion: string;
  metadata: Meta;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec?: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  status?: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [k: string]: any;
}
interface List {
  items: Obj[];
}

export const MANAGED_BY_SELECTOR = "app.kubernetes.io/managed-by=stackwerk";

/** Pod-creation failures that will not go away on their own (admission denials of the pod spec). */
export const PERMANENT_DENIAL = /violates PodSecurity|ValidatingAdmissionPolicy .* denied|admission webhook .* denied/;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Kinds left out of the inventory: they change on their own and say nothing about the pattern. */
const NOISE = new Set(["Event", "Lease"]);

export class Kube {
  private namespacedTypes?: Promise<string[]>;
  private clusterTypes?: Promise<string[]>;

  constructor(
    readonly kubectlBinary: string,
    readonly kubeconfig: string,
    private readonly tracker: ProcessTracker,
  ) {}

  async kubectl(args: string[], opts: { input?: string; check?: boolean } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
    const r = await this.tracker.exec(this.kubectlBinary, ["--kubeconfig", this.kubeconfig, "--request-timeout=30s", ...args], {
      ...(opts.input !== undefined ? { input: opts.input } : {}),
      timeoutMs: 120_000,
    });
    if ((opts.check ?? true) && r.code !== 0) throw new Error(`kubectl ${args.join(" ")}: ${(r.stderr || r.stdout).trim()}`);
    return r;
  }

  async json<T = List>(args: string[]): Promise<T> {
    const r = await this.kubectl([...args, "-o", "json"]);
    return JSON.parse(r.stdout || "{}") as T;
  }

  async serverVersion(): Promise<string | undefined> {
    const v = await this.json<{ serverVersion?: { gitVersion?: string } }>(["version"]);
    return v.serverVersion?.gitVersion;
  }

  async nodeCount(): Promise<number> {
    return (await this.json(["get", "nodes"])).items.length;
  }

  private async resourceTypes(namespaced: boolean): Promise<string[]> {
    const r = await this.kubectl(["api-resources", "--verbs=list", `--namespaced=${namespaced}`, "-o", "name"]);
    return r.stdout
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !/^events(\.events\.k8s\.io)?$/.test(l) && !l.startsWith("leases."));
  }

  /** Every object in the namespace, of every listable type (events excluded). */
  async objectsIn(namespace: string): Promise<Obj[]> {
    this.namespacedTypes ??= this.resourceTypes(true);
    const types = await this.namespacedTypes;
    let r = await this.kubectl(["get", types.join(","), "-n", namespace, "-o", "json", "--ignore-not-found"], { check: false });
    if (r.code !== 0 && /doesn't have a resource type/.test(r.stderr)) {
      // A CRD another cell's add-ons installed was removed since the types were listed: list them again.
      this.namespacedTypes = this.resourceTypes(true);
      r = await this.kubectl(["get", (await this.namespacedTypes).join(","), "-n", namespace, "-o", "json", "--ignore-not-found"], { check: false });
    }
    if (r.code !== 0 && !r.stdout.trim()) throw new Error(`kubectl get (all types) -n ${namespace}: ${r.stderr.trim()}`);
    const list = JSON.parse(r.stdout || '{"items":[]}') as List;
    return list.items.filter((o) => !NOISE.has(o.kind));
  }

  /** Counts of live objects in `namespaces`, by kind (plus the namespaces themselves). */
  async inventory(namespaces: readonly string[], clusterScoped: readonly DeclaredObject[]): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    const add = (kind: string) => (counts[kind] = (counts[kind] ?? 0) + 1);
    for (const ns of namespaces) {
      if (await this.exists("Namespace", "v1", ns)) add("Namespace");
      for (const o of await this.objectsIn(ns)) add(o.kind);
    }
    for (const o of clusterScoped) if (o.kind !== "Namespace" && (await this.exists(o.kind, o.apiVersion, o.name))) add(o.kind);
    return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
  }

  /** `kubectl get` type argument for a kind and apiVersion, e.g. `StorageClass.v1.storage.k8s.io`. */
  static typeArg(kind: string, apiVersion: string): string {
    const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
    return group ? `${kind}.${version}.${group}` : kind;
  }

  async get(kind: string, apiVersion: string, name: string, namespace?: string): Promise<Obj | undefined> {
    const args = ["get", Kube.typeArg(kind, apiVersion), name, "--ignore-not-found", "-o", "json", ...(namespace ? ["-n", namespace] : [])];
    const r = await this.kubectl(args);
    return r.stdout.trim() ? (JSON.parse(r.stdout) as Obj) : undefined;
  }

  async exists(kind: string, apiVersion: string, name: string, namespace?: string): Promise<boolean> {
    return (await this.get(kind, apiVersion, name, namespace)) !== undefined;
  }

  /**
   * Pod-creation failures reported by controllers in `namespaces` (FailedCreate events), e.g.
   * `ReplicaSet web-5d4: pods "web-5d4-x" is forbidden: violates PodSecurity ...`.
   */
  async podCreationFailures(namespaces: readonly string[]): Promise<string[]> {
    const found = new Set<string>();
    for (const ns of namespaces) {
      const events = await this.json(["get", "events", "-n", ns, "--field-selector", "reason=FailedCreate"]).catch(() => ({ items: [] as Obj[] }));
      for (const e of events.items) {
        // One line per controller and reason: the generated pod names differ, the message does not.
        const msg = String(e.message ?? "")
          .replace(/^\(combined from similar events\): /, "")
          .replace(/^Error creating: /, "")
          .replace(/pods "[^"]+" is forbidden/, "pods are forbidden");
        if (msg) found.add(`${e.involvedObject?.kind ?? "?"} ${ns}/${e.involvedObject?.name ?? "?"}: ${msg}`);
      }
    }
    return [...found];
  }

  /** Level 5, first part: rollouts Available and Services with ready endpoints, polled until `timeoutMs`. */
  async waitForRollouts(namespaces: readonly string[], timeoutMs: number, settled: (check: CheckResult) => boolean = () => false): Promise<CheckResult[]> {
    const deadline = Date.now() + timeoutMs;
    let deniedPolls = 0;
    for (;;) {
      const checks = await this.rolloutChecks(namespaces);
      // `settled`: failures no wait can change (a workload the runtime run does not start).
      if (checks.every((c) => c.ok || settled(c))) return checks;
      // Explain what is missing with the controllers' own words.
      const failures = await this.podCreationFailures(namespaces);
      const explained = checks.map((c) => {
        if (c.ok) return { check: c, denied: false };
        const name = c.name.split("/").pop() ?? "";
        const related = failures.filter((f) => f.includes(`/${name}`));
        return { check: related.length ? { ...c, message: `${c.message}; ${related.join("; ")}` } : c, denied: related.some((f) => PERMANENT_DENIAL.test(f)) };
      });
      // Every rollout that is missing is held up by an admission denial: waiting cannot help.
      const workloadsMissing = explained.filter((x) => !x.check.ok && x.check.name.startsWith("rollout "));
      deniedPolls = workloadsMissing.length > 0 && workloadsMissing.every((x) => x.denied) ? deniedPolls + 1 : 0;
      if (deniedPolls >= 3 || Date.now() > deadline) return explained.map((x) => x.check);
      await sleep(2000);
    }
  }

  private async rolloutChecks(namespaces: readonly string[]): Promise<CheckResult[]> {
    const checks: CheckResult[] = [];
    for (const ns of namespaces) {
      const workloads = await this.json(["get", "deployments.apps,statefulsets.apps,daemonsets.apps", "-n", ns]);
      for (const w of workloads.items) {
        const id = `${w.kind} ${ns}/${w.metadata.name}`;
        checks.push({ name: `rollout ${id}`, ...rolloutState(w) });
      }
      const services = await this.json(["get", "services", "-n", ns]);
      const slices = await this.json(["get", "endpointslices.discovery.k8s.io", "-n", ns]);
      for (const s of services.items) {
        if (s.spec?.type === "ExternalName" || !s.spec?.selector || Object.keys(s.spec.selector).length === 0) continue;
        const own = slices.items.filter((sl) => sl.metadata.labels?.["kubernetes.io/service-name"] === s.metadata.name);
        const ready = own
          .flatMap((sl) => (sl.endpoints ?? []) as Array<{ conditions?: { ready?: boolean } }>)
          .filter((e) => e.conditions?.ready !== false).length;
        checks.push({
          name: `endpoints Service ${ns}/${s.metadata.name}`,
          ok: ready > 0,
          message:
            ready > 0 ? `${ready} ready endpoint(s)` : `no ready endpoint in ${own.length} EndpointSlice(s) (selector ${JSON.stringify(s.spec.selector)})`,
        });
      }
    }
    return checks;
  }

  /** Level 5 check, see `podSecurityChecks` in ./kube-checks. */
  podSecurityChecks(namespaces: readonly string[]): Promise<CheckResult[]> {
    return checks.podSecurityChecks(this, namespaces);
  }

  /** Level 5 check, see `admissionPolicyChecks` in ./kube-checks. */
  admissionPolicyChecks(namespaces: readonly string[], shipped: boolean): Promise<CheckResult[]> {
    return checks.admissionPolicyChecks(this, namespaces, shipped);
  }

  /** Level 5 check, see `defaultDenyChecks` in ./kube-checks. */
  defaultDenyChecks(namespaces: readonly string[]): Promise<CheckResult[]> {
    return checks.defaultDenyChecks(this, namespaces);
  }

  /**
   * Deletes what a cell left when OpenTofu could not (its apply was stopped): the declared
   * objects outside its namespaces, then the namespaces. Returns what it deleted.
   */
  async deleteCellObjects(namespaces: readonly string[], declared: readonly DeclaredObject[]): Promise<string[]> {
    const deleted: string[] = [];
    const nsSet = new Set(namespaces);
    const targets = [
      ...declared.filter((d) => d.kind !== "Namespace" && !(d.namespace && nsSet.has(d.namespace))),
      ...namespaces.map((name) => ({ kind: "Namespace", apiVersion: "v1", name, namespace: undefined as string | undefined })),
    ];
    for (const d of targets) {
      const args = [
        "delete",
        Kube.typeArg(d.kind, d.apiVersion),
        d.name,
        "--ignore-not-found",
        "--wait=false",
        "-o",
        "name",
        ...(d.namespace ? ["-n", d.namespace] : []),
      ];
      const r = await this.kubectl(args, { check: false });
      if (r.code === 0 && r.stdout.trim()) deleted.push(`${d.kind} ${d.namespace ? `${d.namespace}/` : ""}${d.name}`);
    }
    return deleted;
  }

  /**
   * Level 6: what of the cell is still on the cluster. Polls until nothing is left or
   * `timeoutMs` passes (namespace deletion and volume reclaim are asynchronous).
   */
  async leftovers(cell: { namespaces: readonly string[]; declared: readonly DeclaredObject[]; tenant?: string }, timeoutMs: number): Promise<string[]> {
    const started = Date.now();
    const deadline = started + timeoutMs;
    let stablePolls = 0;
    for (;;) {
      const left = await this.leftoversNow(cell);
      if (left.length === 0 || Date.now() > deadline) return left.map((l) => l.text);
      // Stop early when what is left will not go by itself (e.g. a Released volume with
      // reclaim policy Retain), after a grace period for the controllers.
      stablePolls = left.every((l) => !l.transient) ? stablePolls + 1 : 0;
      if (stablePolls >= 3 && Date.now() - started > 10_000) return left.map((l) => l.text);
      await sleep(2000);
    }
  }

  private async leftoversNow(cell: {
    namespaces: readonly string[];
    declared: readonly DeclaredObject[];
    tenant?: string;
  }): Promise<Array<{ text: string; transient: boolean }>> {
    const left: Array<{ text: string; transient: boolean }> = [];
    const nsSet = new Set(cell.namespaces);
    for (const ns of cell.namespaces) {
      const obj = await this.get("Namespace", "v1", ns);
      if (!obj) continue;
      const remaining = (await this.objectsIn(ns).catch(() => [])).filter(
        (o) => !(o.kind === "ConfigMap" && o.metadata.name === "kube-root-ca.crt") && !(o.kind === "ServiceAccount" && o.metadata.name === "default"),
      );
      const phase = obj.status?.phase ?? "Active";
      const what = remaining.slice(0, 10).map((o) => `${o.kind}/${o.metadata.name}`);
      left.push({
        text: `Namespace ${ns} (${phase}${what.length ? `; still holds ${what.join(", ")}${remaining.length > 10 ? ", …" : ""}` : ""})`,
        transient: true,
      });
    }
    // Declared objects outside the cell's namespaces (cluster-scoped, or in other namespaces).
    for (const d of cell.declared) {
      if (d.kind === "Namespace" || (d.namespace && nsSet.has(d.namespace))) continue;
      const o = await this.get(d.kind, d.apiVersion, d.name, d.namespace);
      if (o)
        left.push({ text: `${d.kind} ${d.namespace ? `${d.namespace}/` : ""}${d.name} (declared by the stack)`, transient: !!o.metadata.deletionTimestamp });
    }
    // Volumes whose claims lived in the cell's namespaces (reclaim policy Retain leaves them).
    const pvs = await this.json(["get", "persistentvolumes"]);
    for (const pv of pvs.items) {
      const claim = pv.spec?.claimRef;
      if (claim?.namespace && nsSet.has(claim.namespace)) {
        const phase = pv.status?.phase ?? "?";
        const policy = pv.spec?.persistentVolumeReclaimPolicy ?? "?";
        left.push({
          text: `PersistentVolume ${pv.metadata.name} (claim ${claim.namespace}/${claim.name}, phase ${phase}, reclaim policy ${policy})`,
          transient: !!pv.metadata.deletionTimestamp || policy === "Delete" || (phase !== "Released" && phase !== "Failed"),
        });
      }
    }
    // Anything labelled as Stackwerk's that belongs to this cell (cluster-scoped objects carry the tenant label).
    this.clusterTypes ??= this.resourceTypes(false);
    const types = (await this.clusterTypes).filter((t) => !/^(namespaces|persistentvolumes|nodes|componentstatuses)$/.test(t));
    if (types.length) {
      const r = await this.kubectl(["get", types.join(","), "-l", MANAGED_BY_SELECTOR, "-o", "json", "--ignore-not-found"], { check: false });
      const items = (JSON.parse(r.stdout || '{"items":[]}') as List).items;
      const declaredNames = new Set(cell.declared.map((d) => `${d.kind}/${d.name}`));
      for (const o of items) {
        const mine =
          declaredNames.has(`${o.kind}/${o.metadata.name}`) || (cell.tenant !== undefined && o.metadata.labels?.["stackwerk.dev/tenant"] === cell.tenant);
        const text = `${o.kind} ${o.metadata.name} (labelled ${MANAGED_BY_SELECTOR})`;
        if (mine && !left.some((l) => l.text.startsWith(`${o.kind} ${o.metadata.name} `))) left.push({ text, transient: !!o.metadata.deletionTimestamp });
      }
    }
    return left;
  }
}

function rolloutState(w: Obj): { ok: boolean; message: string } {
  const want = w.spec?.replicas ?? 1;
  const st = w.status ?? {};
  const stale = st.observedGeneration !== undefined && w.metadata.generation !== undefined && st.observedGeneration < w.metadata.generation;
  if (w.kind === "Deployment") {
    const available = (st.conditions ?? []).find((c: { type: string }) => c.type === "Available");
    const failure = (st.conditions ?? []).find((c: { type: string; status: string }) => c.type === "ReplicaFailure" && c.status === "True");
    const ok = !stale && available?.status === "True" && (st.updatedReplicas ?? 0) >= want && (st.availableReplicas ?? 0) >= want;
    const msg = `${st.availableReplicas ?? 0}/${want} available, ${st.updatedReplicas ?? 0} updated`;
    return {
      ok,
      message: ok ? `Available (${msg})` : `not Available (${msg})${failure ? `: ${failure.message}` : available?.message ? `: ${available.message}` : ""}`,
    };
  }
  if (w.kind === "StatefulSet") {
    const ok =
      !stale &&
      (st.readyReplicas ?? 0) >= want &&
      (st.availableReplicas ?? st.readyReplicas ?? 0) >= want &&
      (!st.updateRevision || st.currentRevision === st.updateRevision);
    const msg = `${st.readyReplicas ?? 0}/${want} ready, ${st.availableReplicas ?? 0} available`;
    return { ok, message: ok ? `rolled out (${msg})` : `not rolled out (${msg})` };
  }
  const desired = st.desiredNumberScheduled ?? 0;
  const ok = !stale && (st.numberAvailable ?? 0) >= desired;
  return { ok, message: `${st.numberAvailable ?? 0}/${desired} available` };
}
