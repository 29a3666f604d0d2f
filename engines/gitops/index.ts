/**
 * The GitOps engine: renders patterns' platform layers and their landing zones' add-ons to plain
 * Kubernetes YAML in a Kustomize layout a GitOps controller reconciles from Git (ADR 0370):
 *
 *   zones/<zone>/addons/                    a shared zone's add-ons (CRDs, operators)
 *   tenants/<tenant>/<stage>/<instance>/    an instance: a private zone's add-ons in addons/, its platform layer in platform/
 *   flux/<unit>.yaml, flux/kustomization.yaml    one Flux Kustomization per folder (add-ons before platform)
 *   argocd/<unit>.yaml, argocd/kustomization.yaml  the same as Argo CD Applications (sync waves)
 *   bootstrap/flux.yaml                      GitRepository + root Kustomization (applied once per cluster)
 *
 * Every folder has a kustomization.yaml listing its objects, one object per file named
 * `<kind>-<namespace>-<name>.yaml`; keys are sorted. Secrets are SOPS-encrypted to age recipients.
 *
 *   const model = new GitOpsModel();
 *   const shop = new WebAppStack(model, "shop", { target: targets.onprem(), image: "…" });
 *   writeGitOps("gitops", synthGitOps([shop], { recipients: ["age1…"], seed, gitUrl: "…" }));
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Construct } from "constructs";
import type { Pattern } from "../../constructs/pattern";
import type { LandingZone } from "../../core/landing-zone";
import { argoApplication, ControllerSettings, fluxBootstrap, fluxKustomization, ReconcileUnit } from "./flux";
import { GitOpsObject, renderGitOpsObjects } from "./render";
import { encryptSecret } from "./sops";
import { inputPlaceholder, patchTarget, planOverlay } from "./overlay";
import { PlatformInput } from "../../core/context";
import { toYaml, toYamlDocuments } from "./yaml";

export { FLUX_NAMESPACE } from "./flux";
export type { ControllerSettings, ReconcileUnit } from "./flux";
export { ageEncrypt, armor, generateAgeIdentity, parseRecipient } from "./age";
export type { AgeIdentity } from "./age";
export { encryptSecret } from "./sops";
export type { GitOpsObject } from "./render";
export { GitOpsModel } from "./model";
export { referenceBase } from "./base";

/** Options of `synthGitOps`. */
export interface GitOpsOptions extends ControllerSettings {
  /** age recipients (`age1…`) every Secret is encrypted to; required when a layer has a Secret. */
  readonly recipients?: readonly string[];
  /** Secret seed of generated credentials and of the encryption's reproducibility (≥ 32 characters). */
  readonly seed?: string;
  /** Rotation counter of generated credentials. @default 1 */
  readonly rotation?: number;
  /** Values of platform inputs by name. @default none */
  readonly inputs?: Readonly<Record<string, string>>;
  /**
   * The base of an instance's pattern (ADR 0400): a new instance of the same pattern and target, in
   * a model of its own, at the first stage (the CLI passes the registered pattern's reference
   * instance). Its objects are written once to `bases/<pattern>/<target>/<layer>`, and the instance's
   * folders become overlays holding only the differences. Undefined (or no `base`): the full rendering.
   * @default none
   */
  readonly base?: (instance: Pattern) => Pattern | undefined;
}

/** The output: file contents by path relative to the output folder, plus what was rendered. */
export interface GitOpsOutput {
  readonly files: ReadonlyMap<string, string>;
  /** The reconcile units (Flux Kustomizations) in apply order. */
  readonly units: readonly ReconcileUnit[];
  /** Rendered objects by unit name (Secrets in plaintext form: never write these). */
  readonly objects: ReadonlyMap<string, readonly GitOpsObject[]>;
  /**
   * Infra layers (OpenTofu stack names) of cloud targets that this engine does not render: they are
   * deployed with `stackwerk deploy`, and their outputs are the platform inputs of the units.
   */
  readonly infraLayers: readonly string[];
}

/** File name of an object: `<kind>-<namespace or cluster>-<name>.yaml`. */
export function objectFileName(o: GitOpsObject["object"]): string {
  return `${o.kind.toLowerCase()}-${o.metadata.namespace ?? "cluster"}-${o.metadata.name}.yaml`;
}

/** The unit name of a shared zone's add-ons. */
export function zoneUnitName(zone: LandingZone): string {
  return `zone-${zone.node.id}-addons`;
}

/** The unit name prefix of an instance: `<tenant>-<stage>-<instance>`. */
export function instanceUnitPrefix(pattern: Pattern): string {
  return `${pattern.tenant}-${pattern.stage}-${pattern.node.id}`;
}

/** Renders `patterns` (and their zones' add-ons) to the GitOps layout; see the file header. */
export function synthGitOps(patterns: readonly Pattern[], options: GitOpsOptions): GitOpsOutput {
  if (!options.gitUrl) throw new Error("gitUrl: required (the URL the controllers pull the output from). Allowed: an http(s):// or ssh:// Git URL");
  const files = new Map<string, string>();
  const units: ReconcileUnit[] = [];
  const objects = new Map<string, GitOpsObject[]>();
  const zonesDone = new Set<LandingZone>();
  const infraLayers: string[] = [];

  const render = (layers: readonly Construct[], preventDestroy: boolean, where: string, inputs = options.inputs ?? {}): GitOpsObject[] =>
    renderGitOpsObjects(layers, { where, inputs, seed: options.seed, rotation: options.rotation, preventDestroy });
  /**
   * A base carries no input value (an infra output of one stage, an operator's value): every
   * platform input is `<input:name>` there, and each overlay patches in its own value.
   */
  const renderBase = (layers: readonly Construct[], preventDestroy: boolean, where: string): GitOpsObject[] =>
    render(
      layers,
      preventDestroy,
      where,
      Object.fromEntries(layers.flatMap((l) => PlatformInput.all(l)).map((i) => [i.inputName, inputPlaceholder(i.inputName)])),
    );
  /** Writes `o` to `dir` (a Secret SOPS-encrypted); returns its file name. */
  const writeObject = (dir: string, o: GitOpsObject, where: string): string => {
    const name = objectFileName(o.object);
    if (files.has(`${dir}/${name}`)) throw new Error(`[${where}] two objects would be written to ${dir}/${name} (${o.key})`);
    let body: Record<string, unknown> = o.object;
    if (o.secret) {
      if (!options.recipients?.length)
        throw new Error(
          `[${where}] ${o.key}: a Secret is never written in plaintext, and no age recipient was given. Allowed: recipients: ["age1…"] (--age-recipient on the command line; stackwerk gitops keygen makes one)`,
        );
      body = encryptSecret(o.object, { recipients: options.recipients, seed: options.seed ?? "", fileId: `${dir}/${name}` });
    }
    files.set(`${dir}/${name}`, toYaml(body));
    return name;
  };
  const kustomization = (dir: string, body: Record<string, unknown>): void => {
    files.set(`${dir}/kustomization.yaml`, toYaml({ apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", ...body }));
  };
  /** A base folder's objects (non-secret), written once per output. */
  const bases = new Map<string, GitOpsObject[]>();
  const writeBase = (dir: string, objects: GitOpsObject[], where: string): GitOpsObject[] => {
    const done = bases.get(dir);
    if (done) return done;
    const own = objects.filter((o) => !o.secret);
    kustomization(dir, { resources: own.map((o) => writeObject(dir, o, where)).sort() });
    bases.set(dir, own);
    return own;
  };

  const emit = (unit: Omit<ReconcileUnit, "encrypted">, rendered: GitOpsObject[], where: string, base?: { dir: string; objects: GitOpsObject[] }): void => {
    const dir = unit.path.replace(/^\.\//, "");
    if (base && base.objects.some((o) => !o.secret)) {
      const baseObjects = writeBase(base.dir, base.objects, where);
      const plan = planOverlay(baseObjects, rendered);
      const patches: Array<Record<string, unknown>> = [];
      for (const { base: b, ops } of plan.patched) {
        const name = `patch-${objectFileName(b.object)}`;
        files.set(`${dir}/${name}`, toYaml(ops));
        patches.push({ path: name, target: patchTarget(b.object) });
      }
      for (const b of plan.deleted) {
        const name = `delete-${objectFileName(b.object)}`;
        const { apiVersion, kind, metadata } = b.object;
        files.set(`${dir}/${name}`, toYaml({ apiVersion, kind, metadata: { name: metadata.name, namespace: metadata.namespace }, $patch: "delete" }));
        patches.push({ path: name });
      }
      const added = plan.added.map((o) => writeObject(dir, o, where)).sort();
      kustomization(dir, {
        resources: [path.posix.relative(dir, base.dir), ...added],
        ...(patches.length ? { patches: patches.sort((a, b) => String(a.path).localeCompare(String(b.path))) } : {}),
      });
    } else {
      kustomization(dir, { resources: rendered.map((o) => writeObject(dir, o, where)).sort() });
    }
    units.push({ ...unit, encrypted: rendered.some((o) => o.secret) });
    objects.set(unit.name, rendered);
  };

  /** The base objects of `pattern`'s layers (`bases/<pattern>/<target>/<role>`), when options.base gives one. */
  const baseOf = (pattern: Pattern): { addons?: { dir: string; objects: GitOpsObject[] }; platform: { dir: string; objects: GitOpsObject[] } } | undefined => {
    const reference = options.base?.(pattern);
    if (!reference) return undefined;
    const root = `bases/${pattern.patternName}/${pattern.target.name}`;
    const layersOf = (role: "addons" | "platform", of: readonly { role: string; layer: unknown }[]) =>
      of.filter((l) => l.role === role).map((l) => l.layer as Construct);
    const addons = reference.landingZone.shared ? [] : layersOf("addons", reference.landingZone.layers);
    const at = (role: string) => `${root}/${role}`;
    return {
      ...(addons.length
        ? { addons: { dir: at("addons"), objects: bases.get(at("addons")) ?? renderBase(addons, reference.landingZone.preventDestroy, reference.node.path) } }
        : {}),
      platform: {
        dir: at("platform"),
        objects: bases.get(at("platform")) ?? renderBase(layersOf("platform", reference.layers), reference.preventDestroy, reference.node.path),
      },
    };
  };

  for (const pattern of patterns) {
    const zone = pattern.landingZone;
    // A cloud target's infra layer (cluster, database, bucket …) stays with OpenTofu (stackwerk deploy);
    // its outputs are this engine's platform inputs (stackwerk gitops overlay-from-infra writes them).
    for (const l of [...zone.layers, ...pattern.layers].filter((l) => l.role === "infra")) {
      const id = (l.layer as unknown as Construct).node.id;
      if (!infraLayers.includes(id)) infraLayers.push(id);
    }
    const addons = zone.layers.filter((l) => l.role === "addons").map((l) => l.layer as Construct);
    const dir = `tenants/${pattern.tenant}/${pattern.stage}/${pattern.node.id}`;
    const prefix = instanceUnitPrefix(pattern);
    const base = baseOf(pattern);
    let addonsUnit: string | undefined;
    if (addons.length && zone.shared) {
      addonsUnit = zoneUnitName(zone);
      if (!zonesDone.has(zone))
        emit(
          { name: addonsUnit, path: `./zones/${zone.node.id}/addons`, dependsOn: [], wave: 0 },
          render(addons, zone.preventDestroy, zone.node.path),
          zone.node.path,
        );
      zonesDone.add(zone);
    } else if (addons.length) {
      addonsUnit = `${prefix}-addons`;
      emit(
        { name: addonsUnit, path: `./${dir}/addons`, dependsOn: [], wave: 0 },
        render(addons, zone.preventDestroy, pattern.node.path),
        pattern.node.path,
        base?.addons,
      );
    }
    const own = pattern.layers.filter((l) => l.role === "platform").map((l) => l.layer as Construct);
    emit(
      { name: `${prefix}-platform`, path: `./${dir}/platform`, dependsOn: addonsUnit ? [addonsUnit] : [], wave: 1 },
      render(own, pattern.preventDestroy, pattern.node.path),
      pattern.node.path,
      base?.platform,
    );
  }

  const unitFiles = units.map((u) => `${u.name}.yaml`);
  for (const u of units) {
    files.set(`flux/${u.name}.yaml`, toYaml(fluxKustomization(u, options)));
    files.set(`argocd/${u.name}.yaml`, toYaml(argoApplication(u, options)));
  }
  for (const dir of ["flux", "argocd"])
    files.set(`${dir}/kustomization.yaml`, toYaml({ apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", resources: [...unitFiles].sort() }));
  files.set("bootstrap/flux.yaml", toYamlDocuments(fluxBootstrap(options)));
  return { files: new Map([...files.entries()].sort(([a], [b]) => a.localeCompare(b))), units, objects, infraLayers };
}

/**
 * Writes the output below `outdir`: every file of `output`, and removes the files of earlier
 * runs in the folders this engine owns (zones/, tenants/, flux/, argocd/, bootstrap/) that the
 * output no longer has (what is gone from Git is pruned by the controllers). Returns the paths written.
 */
export function writeGitOps(outdir: string, output: GitOpsOutput): string[] {
  const owned = ["bases", "zones", "tenants", "flux", "argocd", "bootstrap"];
  const existing: string[] = [];
  const walk = (rel: string): void => {
    const abs = path.join(outdir, rel);
    if (!fs.existsSync(abs)) return;
    for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
      const r = path.join(rel, e.name);
      if (e.isDirectory()) walk(r);
      else existing.push(r.split(path.sep).join("/"));
    }
  };
  owned.forEach(walk);
  for (const stale of existing.filter((f) => !output.files.has(f))) fs.rmSync(path.join(outdir, stale));
  for (const [rel, content] of output.files) {
    const abs = path.join(outdir, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  // Folders left empty by removed files.
  const prune = (rel: string): void => {
    const abs = path.join(outdir, rel);
    if (!fs.existsSync(abs) || !fs.statSync(abs).isDirectory()) return;
    for (const e of fs.readdirSync(abs)) prune(path.join(rel, e));
    if (fs.readdirSync(abs).length === 0 && rel !== "") fs.rmdirSync(abs);
  };
  owned.forEach(prune);
  return [...output.files.keys()];
}

/**
 * Writes the files of `output` below `outdir` beside what is already there (other instances stay;
 * a base that is there must be the same, since the other stages' overlays are built on it),
 * and rewrites `flux/kustomization.yaml` and `argocd/kustomization.yaml` to list every unit file
 * present. Used by promotion, which adds one instance's stage to a repository. Returns the paths written.
 */
export function mergeGitOps(outdir: string, output: GitOpsOutput): string[] {
  const written: string[] = [];
  for (const [rel, content] of output.files) {
    if (rel === "flux/kustomization.yaml" || rel === "argocd/kustomization.yaml" || rel.startsWith("bootstrap/")) continue;
    const abs = path.join(outdir, rel);
    // A base is shared by every stage's overlay: changing it here would change the stages not promoted.
    if (rel.startsWith("bases/") && fs.existsSync(abs) && fs.readFileSync(abs, "utf8") !== content)
      throw new Error(
        `${rel}: the base in ${outdir} differs from this rendering's base, and every stage's overlay is built on it. Allowed: re-synth every stage of the pattern (stackwerk synth --engine gitops) so base and overlays change together`,
      );
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
    written.push(rel);
  }
  for (const dir of ["flux", "argocd"]) {
    const files = fs
      .readdirSync(path.join(outdir, dir))
      .filter((f) => f.endsWith(".yaml") && f !== "kustomization.yaml")
      .sort();
    fs.writeFileSync(
      path.join(outdir, dir, "kustomization.yaml"),
      toYaml({ apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", resources: files }),
    );
    written.push(`${dir}/kustomization.yaml`);
  }
  return written;
}
