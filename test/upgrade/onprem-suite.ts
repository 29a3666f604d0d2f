/**
 * Upgrade test, plan view, on the embedded cluster: for every release with fixtures (v0.1.0,
 * v0.2.0, …: each folder under releases/) and every registered pattern × stage (production
 * unless STACKWERK_UPGRADE_STAGES says otherwise: `upgradeStages` in releases.ts), on a fresh
 * cluster each, the release's on-prem stacks (fixtures, test/upgrade/README.md) are applied with
 * the project's OpenTofu; then the current code synthesises the same reference instance, plans against
 * that state, and the plan must not delete, replace or forget a Namespace, StatefulSet,
 * PersistentVolumeClaim, Secret or generated password (`moved` blocks pass). The plan is then
 * applied: it must succeed, and the data objects keep their identity (UID) and the Secrets their
 * values (the Keycloak realm import files, rendered configuration: every old realm and client).
 * A last test proves the detector fires on a real plan: a renamed StatefulSet address is reported
 * as a delete, and the same rename with a `moved` block is not.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { registeredPatterns } from "../../index";
import type { SynthesizedStack } from "../../index";
import { ensureToolchain, Toolchain } from "../../tools/toolchain";
import { EmbeddedCluster, startCluster } from "../../tools/cluster";
import { describeViolations, PlanJson, planMoves, planViolations, PROTECTED_KINDS } from "../../tools/upgrade/compat";
import { initStack, tofuIn } from "../support/tofu";
import { isRevisionReadBack } from "../../deploy/tofu";
import { materialise, newSynth, oldStacks, removeTempDirs, SNAPSHOT_STAGES, upgradeReleases, upgradeStages } from "./releases";
import type { OldStack, Provenance } from "./releases";

/** Every release with fixtures, oldest first (a new folder under releases/ needs no code change). */
const RELEASES = upgradeReleases();
/** The stages applied: production unless STACKWERK_UPGRADE_STAGES says otherwise (releases.ts, ADR 0455). */
const STAGES = upgradeStages();

/**
 * Defects of an old release that stop its own stacks from applying, with the step an operator of
 * that release had to take to run it at all; the harness takes the same step on the old stacks
 * before applying them, so the upgrade from there is what is tested. Each names the fix.
 */
const OLD_RELEASE_FIXES: Record<string, Record<string, { why: string; patch(stack: OldStack, current: SynthesizedStack[]): OldStack }>> = {
  "v0.2.0": {
    // The reference IAM instance in production (Keycloak, its proxy and a protected app, two
    // replicas each) needs 4.5 CPUs of limits (5.5 during a rolling update); its S quota allowed 4,
    // so the quota refused the database pod ("exceeded quota: stackwerk-quota, requested:
    // limits.cpu=500m, used: limits.cpu=4") and the apply timed out. Fixed since: the namespace
    // raises its quota to its workloads' peak (constructs/quota-check.ts).
    "iam/production": { why: "quota raised as the current code raises it", patch: withCurrentQuotas },
  },
};

/** `stack` with each ResourceQuota's hard limits taken from the current synth's quota of the same namespace. */
function withCurrentQuotas(stack: OldStack, current: SynthesizedStack[]): OldStack {
  type Manifests = Record<string, { manifest: { kind: string; metadata: { namespace?: string }; spec?: { hard?: object } } }>;
  const quotas = (json: { resource?: { kubernetes_manifest?: Manifests } }) =>
    Object.values(json.resource?.kubernetes_manifest ?? {}).filter((r) => r.manifest.kind === "ResourceQuota");
  const now = new Map(current.flatMap((s) => quotas(JSON.parse(fs.readFileSync(s.file, "utf8")))).map((r) => [r.manifest.metadata.namespace, r.manifest.spec]));
  const json = JSON.parse(stack.text);
  for (const r of quotas(json)) if (now.has(r.manifest.metadata.namespace)) r.manifest.spec = now.get(r.manifest.metadata.namespace);
  const text = JSON.stringify(json, null, 2);
  return { ...stack, json: JSON.parse(text), text };
}

let tc: Toolchain;
/** The cluster of the release × pattern × stage under test (one at a time: each block starts and stops its own). */
let cluster: EmbeddedCluster;

/** Machine-dependent inputs, given as variables (the fixtures hold placeholders there). */
const machineVars = (): Record<string, string> => ({ TF_VAR_kubeconfig_path: cluster.kubeconfig, TF_VAR_kube_context: "" });

/** Applies stacks in order (infra before platform), handing infra outputs to later stacks as TF_VAR_*. */
async function applyAll(stacks: SynthesizedStack[]): Promise<Record<string, string>> {
  const env = machineVars();
  for (const stack of stacks) {
    await initStack(tc, stack);
    const apply = await tofuIn(tc, stack, ["apply", "-auto-approve", "-input=false"], env);
    if (apply.code !== 0) throw new Error(`apply of ${stack.name} failed:\n${apply.stdout.slice(-3000)}\n${apply.stderr}`);
    if (stack.role === "infra") Object.assign(env, await outputsAsVars(stack, env));
  }
  return env;
}

async function outputsAsVars(stack: SynthesizedStack, env: Record<string, string>): Promise<Record<string, string>> {
  const out = await tofuIn(tc, stack, ["output", "-json"], env);
  if (out.code !== 0) throw new Error(`tofu output of ${stack.name} failed: ${out.stderr}`);
  const values = JSON.parse(out.stdout) as Record<string, { value: unknown }>;
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [`TF_VAR_${k}`, typeof v.value === "string" ? v.value : JSON.stringify(v.value)]));
}

/** Plans `stack` (state already in its folder) and returns `tofu show -json` of the saved plan. */
async function planJson(stack: SynthesizedStack, env: Record<string, string>): Promise<PlanJson> {
  const plan = await tofuIn(tc, stack, ["plan", "-input=false", "-out=upgrade.plan"], env);
  if (plan.code !== 0) throw new Error(`plan of ${stack.name} failed:\n${plan.stdout.slice(-3000)}\n${plan.stderr}`);
  const show = await tofuIn(tc, stack, ["show", "-json", "upgrade.plan"], env);
  if (show.code !== 0) throw new Error(`show of ${stack.name} failed: ${show.stderr}`);
  return JSON.parse(show.stdout) as PlanJson;
}

/**
 * What `stackwerk deploy` does after the kubernetes provider's revision read-back error
 * (hashicorp/terraform-provider-kubernetes#1591, deploy/run.ts): when that is the only error, a
 * plan with no changes left settles the apply (exit 0); anything else stays the failure it was.
 */
async function settled(stack: SynthesizedStack, apply: { code: number; stdout: string; stderr: string }, env: Record<string, string>) {
  const errors = (apply.stdout + apply.stderr).split(/\n(?=Error: )/).filter((e) => e.startsWith("Error: "));
  if (apply.code === 0 || errors.length === 0 || !errors.every(isRevisionReadBack)) return apply;
  const check = await tofuIn(tc, stack, ["plan", "-input=false", "-detailed-exitcode"], env);
  return check.code === 0 ? { ...apply, code: 0 } : apply;
}

/** A new stack in a fresh folder carrying the old stack's state. */
function withOldState(stack: SynthesizedStack, oldDir: string): void {
  fs.copyFileSync(path.join(oldDir, "terraform.tfstate"), path.join(stack.dir, "terraform.tfstate"));
}

/**
 * The Keycloak realm import files: rendered configuration, not generated values (client secrets
 * are placeholders filled from other Secrets, which are compared by value). A program change
 * (a client added to the reference instance) legitimately changes them, so an upgrade must keep
 * every realm and every client of the old file, with the same secret placeholder.
 */
const REALM_IMPORT_SECRET = "keycloak-realms";

type RealmFile = { realm?: string; clients?: Array<{ clientId?: string; secret?: string }> };
const realmsOf = (data: Record<string, string>): Record<string, RealmFile> =>
  Object.fromEntries(Object.entries(data).map(([file, b64]) => [file, JSON.parse(Buffer.from(b64, "base64").toString("utf8")) as RealmFile]));

/** Realm name and clients (id → secret placeholder) of each file. */
function realmSummary(data: Record<string, string>): Record<string, { realm?: string; clients: Record<string, string | undefined> }> {
  return Object.fromEntries(
    Object.entries(realmsOf(data)).map(([file, r]) => [
      file,
      { realm: r.realm, clients: Object.fromEntries((r.clients ?? []).map((c) => [c.clientId ?? "", c.secret])) },
    ]),
  );
}

/** The old files' realms and clients as they are in the new files (clients the new files add are left out). */
function keptRealms(before: Record<string, string>, after: Record<string, string>): ReturnType<typeof realmSummary> {
  const old = realmSummary(before);
  const now = realmSummary(
    Object.fromEntries(
      Object.keys(before)
        .filter((f) => f in after)
        .map((f) => [f, after[f]]),
    ),
  );
  return Object.fromEntries(
    Object.entries(old).map(([file, r]) => [
      file,
      { realm: now[file]?.realm, clients: Object.fromEntries(Object.keys(r.clients).map((id) => [id, now[file]?.clients[id]])) },
    ]),
  );
}

/** Identity of the data objects in `namespaces`: kind/namespace/name → uid, and every Secret's data. */
async function dataObjects(namespaces: string[]): Promise<{ uids: Record<string, string>; secrets: Record<string, Record<string, string>> }> {
  const uids: Record<string, string> = {};
  const secrets: Record<string, Record<string, string>> = {};
  for (const ns of namespaces) {
    const nsObj = JSON.parse((await cluster.kubectl(["get", "namespace", ns, "-o", "json"])).stdout);
    uids[`Namespace/${ns}`] = nsObj.metadata.uid;
    const list = JSON.parse((await cluster.kubectl(["get", "statefulsets,persistentvolumeclaims,secrets", "-n", ns, "-o", "json"])).stdout);
    for (const o of list.items) {
      uids[`${o.kind}/${ns}/${o.metadata.name}`] = o.metadata.uid;
      if (o.kind === "Secret") secrets[`${ns}/${o.metadata.name}`] = o.data ?? {};
    }
  }
  return { uids, secrets };
}

function namespacesOf(stacks: Array<{ json: Record<string, unknown> }>): string[] {
  return stacks.flatMap((s) =>
    Object.values(
      ((s.json.resource as Record<string, Record<string, { manifest?: { kind?: string; metadata?: { name?: string } } }>>) ?? {}).kubernetes_manifest ?? {},
    )
      .filter((r) => r.manifest?.kind === "Namespace")
      .map((r) => r.manifest!.metadata!.name!),
  );
}

/** One applied release per pattern × stage, kept for the detector proof at the end of the release's block. */
type Applied = { pattern: string; stage: string; oldDir: string; stackName: string; env: Record<string, string> };

/**
 * Defines the upgrade tests of one shard: the registered patterns whose index modulo `of` is
 * `index` (no pattern named, so a new pattern or release needs no code change), every release
 * each. Jest runs the shard files in parallel workers; the detector proof is in shard 0.
 */
export function defineOnpremUpgradeTests(shard: { index: number; of: number }): void {
  jest.setTimeout(1_200_000);
  beforeAll(async () => {
    tc = await ensureToolchain();
  });
  afterAll(() => removeTempDirs());
  const patterns = registeredPatterns()
    .map((p) => p.name)
    .filter((_, i) => i % shard.of === shard.index);
  describe.each(RELEASES.map((r, i) => [r.release, r, i] as const))("upgrade from %s on the embedded cluster", (_tag, release, index) => {
    upgradeCases(release, patterns, index === 0 && shard.index === 0);
  });
}

/** A DNS-label cluster name for one release × pattern × stage, e.g. `upgrade-v0-2-0-ai-test`. */
function clusterName(release: string, pattern: string, stage: string): string {
  return `upgrade-${release}-${pattern}-${stage}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/-+$/, "");
}

/**
 * One fresh cluster per pattern × stage, as stages run on their own clusters in production: each
 * stage's add-ons own the cluster-wide CRDs once (ADR 0062), and no pattern's rollouts wait for
 * capacity taken by the others (measured from v0.2.0 on one shared cluster: monitoring's second
 * stage failed "already exists", and ai's and iam's rollouts timed out). The detector proof runs in
 * the first block of the oldest release, while its cluster and state are still there.
 */
function upgradeCases(release: Provenance, patterns: readonly string[], withDetectorProof: boolean): void {
  let proofPlaced = !withDetectorProof;
  describe.each([...patterns])("%s", (pattern) => {
    for (const stage of SNAPSHOT_STAGES.filter((s) => !STAGES.includes(s)))
      test.skip(`onprem ${stage}: not applied in this run (STACKWERK_UPGRADE_STAGES=all applies it; stages.test.ts shows production holds its addresses)`, () =>
        undefined);
    for (const stage of STAGES) {
      const found = oldStacks(release, pattern, "onprem", stage);
      if ("skip" in found) {
        test.skip(`onprem ${stage}: skipped — ${found.skip}`, () => undefined);
        continue;
      }
      const fix = OLD_RELEASE_FIXES[release.release]?.[`${pattern}/${stage}`];
      const old = fix ? { stacks: found.stacks.map((st) => fix.patch(st, newSynth(pattern, "onprem", stage))) } : found;
      const applied: Applied[] = [];
      const placeProof = !proofPlaced;
      proofPlaced = true;
      describe(`onprem ${stage}`, () => {
        beforeAll(async () => {
          cluster = await startCluster({ name: clusterName(release.release, pattern, stage) });
        });
        afterAll(async () => {
          await cluster?.stop();
        });
        test(`onprem ${stage}: the current code plans no delete/replace of ${PROTECTED_KINDS.join(", ")} or generated passwords, applies, and keeps their identity and values${fix ? ` (old stacks first: ${fix.why})` : ""}`, async () => {
          const oldMaterialised = old.stacks.map(materialise);
          const env = await applyAll(oldMaterialised);
          const namespaces = namespacesOf(old.stacks);
          expect(namespaces.length).toBeGreaterThanOrEqual(1);
          const before = await dataObjects(namespaces);
          expect(Object.keys(before.uids).some((k) => k.startsWith("StatefulSet/") || k.startsWith("Secret/"))).toBe(true);

          const now = newSynth(pattern, "onprem", stage);
          expect(old.stacks.map((s) => s.name).filter((n) => !now.some((s) => s.name === n))).toEqual([]);
          for (const stack of now) {
            const oldStack = oldMaterialised.find((s) => s.name === stack.name);
            if (oldStack) withOldState(stack, oldStack.dir);
            await initStack(tc, stack);
            const plan = await planJson(stack, env);
            const violations = planViolations(plan);
            expect({ stack: stack.name, violations: describeViolations(violations), moves: planMoves(plan) }).toEqual({
              stack: stack.name,
              violations: "",
              moves: expect.any(Array),
            });
            const apply = await settled(stack, await tofuIn(tc, stack, ["apply", "-input=false", "upgrade.plan"], env), env);
            expect({ stack: stack.name, code: apply.code, err: apply.code ? apply.stdout.slice(-3000) + apply.stderr : "" }).toEqual({
              stack: stack.name,
              code: 0,
              err: "",
            });
            if (stack.role === "infra") Object.assign(env, await outputsAsVars(stack, env));
          }

          const after = await dataObjects(namespaces);
          for (const [key, uid] of Object.entries(before.uids)) expect({ key, uid: after.uids[key] }).toEqual({ key, uid });
          for (const [key, data] of Object.entries(before.secrets)) {
            if (key.endsWith(`/${REALM_IMPORT_SECRET}`)) {
              expect({ key, realms: keptRealms(data, after.secrets[key] ?? {}) }).toEqual({ key, realms: realmSummary(data) });
              continue;
            }
            const kept = Object.fromEntries(Object.keys(data).map((k) => [k, after.secrets[key]?.[k]]));
            expect({ key, data: kept }).toEqual({ key, data });
          }
          const platform = oldMaterialised.find((s) => s.role === "platform");
          if (platform) applied.push({ pattern, stage, oldDir: platform.dir, stackName: platform.name, env });
        });
        if (placeProof) detectorProof(applied);
      });
    }
  });
}

function detectorProof(applied: Applied[]): void {
  test("the plan check fails on a real plan: a renamed StatefulSet address is a delete; with a moved block it is a move", async () => {
    // Runs after the upgrades above: their old state folders still hold the previous release's state.
    const first = applied[0];
    expect(first).toBeDefined();
    const [stack] = newSynth(first.pattern, "onprem", first.stage as "test").filter((s) => s.name === first.stackName);
    const json = JSON.parse(fs.readFileSync(stack.file, "utf8"));
    const manifests = json.resource.kubernetes_manifest as Record<string, { manifest: { kind: string } }>;
    const name = Object.keys(manifests).find((n) => manifests[n].manifest.kind === "StatefulSet")!;
    expect(name).toBeDefined();
    manifests[`${name}-renamed`] = manifests[name];
    delete manifests[name];
    fs.writeFileSync(stack.file, JSON.stringify(json));
    withOldState(stack, first.oldDir);
    await initStack(tc, stack);
    const renamed = planViolations(await planJson(stack, first.env));
    expect(renamed).toContainEqual({
      address: `kubernetes_manifest.${name}`,
      kind: "StatefulSet",
      actions: ["delete"],
      detail: "delete (delete_because_no_resource_config)",
    });

    // The same rename with a moved block (into the file as init left it: providers pinned to the mirror).
    const pinned = JSON.parse(fs.readFileSync(stack.file, "utf8"));
    pinned.moved = [{ from: `kubernetes_manifest.${name}`, to: `kubernetes_manifest.${name}-renamed` }];
    fs.writeFileSync(stack.file, JSON.stringify(pinned));
    const moved = await planJson(stack, first.env);
    expect(planViolations(moved)).toEqual([]);
    expect(planMoves(moved)).toContainEqual({ from: `kubernetes_manifest.${name}`, to: `kubernetes_manifest.${name}-renamed` });
  });
}
