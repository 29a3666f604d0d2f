/**
 * GitOps parity (issue 29): for every registered pattern x target x stage, the objects the GitOps
 * engine writes to Git equal the cdktf engine's objects and the independent expected set of the
 * engine-neutral model (test/support/model-expected.ts, the same set the Pulumi parity uses):
 * - every object's body, read back from the YAML files a controller would apply;
 * - every Secret's keys and where each value comes from (generated / platform input), from the
 *   engine's plaintext form, while the file in Git carries only SOPS ciphertext;
 * - the objects kept from pruning (Flux `prune: disabled`, Argo CD `Prune=false`) are exactly the
 *   ones the cdktf engine marks `prevent_destroy`.
 * Intended differences, checked and then removed before the comparison: the two keep annotations
 * (the GitOps form of `prevent_destroy`). Values of ephemeral (cloud-issued) resources cannot be
 * read by a GitOps controller: such a cell must be refused with a message naming the value.
 * Cloud targets' infra layers stay with OpenTofu (`stackwerk deploy`) and are listed, not rendered.
 */
import * as yaml from "js-yaml";
import { App } from "cdktf";
import { Construct } from "constructs";
import "../../patterns";
import { PlatformInput } from "../../core/context";
import { STAGES } from "../../core/profile";
import type { Pattern } from "../../constructs/pattern";
import { getPattern, registeredPatterns } from "../../patterns";
import { targetByName } from "../../providers";
import { generateAgeIdentity, GitOpsModel, synthGitOps } from "../../engines/gitops";
import { KEEP_ANNOTATIONS } from "../../engines/gitops/render";
import { manifestsOf, synthApp } from "../support/synth";
import { inputPlaceholder, normalise, objectKey } from "../support/pulumi";
import { expectedFrom, hasEphemeral, Source } from "../support/model-expected";

type TargetName = "onprem" | "stackit" | "ionos";
const TARGETS: readonly TargetName[] = ["onprem", "stackit", "ionos"];
const SEED = "0123456789abcdef0123456789abcdef-parity-seed";
const recipient = generateAgeIdentity(Buffer.alloc(32, 3)).recipient;
const CELLS = registeredPatterns().flatMap((p) => TARGETS.flatMap((t) => STAGES.map((s) => [p.name, t, s] as const)));

/** Keys of objects the cdktf engine protects (`lifecycle.prevent_destroy`) in `stackNames`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function cdktfProtected(json: Record<string, any>, stackNames: readonly string[]): string[] {
  const keys: string[] = [];
  for (const name of stackNames) {
    const resources = json[name].resource ?? {};
    for (const r of Object.values(resources.kubernetes_manifest ?? {}) as Array<{ manifest: never; lifecycle?: { prevent_destroy?: boolean } }>)
      if (r.lifecycle?.prevent_destroy) keys.push(objectKey(r.manifest));
    for (const r of Object.values(resources.kubernetes_secret_v1 ?? {}) as Array<{
      metadata: { namespace: string; name: string };
      lifecycle?: { prevent_destroy?: boolean };
    }>)
      if (r.lifecycle?.prevent_destroy) keys.push(`Secret/${r.metadata.namespace}/${r.metadata.name}`);
  }
  return keys.sort();
}

/** Removes the keep annotations (and an `annotations` left empty); returns whether both were there. */
function withoutKeepAnnotations(o: { metadata: { annotations?: Record<string, string> } }): boolean {
  const annotations = o.metadata.annotations;
  if (!annotations) return false;
  const kept = Object.entries(KEEP_ANNOTATIONS).every(([k, v]) => annotations[k] === v);
  for (const k of Object.keys(KEEP_ANNOTATIONS)) delete annotations[k];
  if (Object.keys(annotations).length === 0) delete o.metadata.annotations;
  return kept;
}

describe.each(CELLS)("%s on %s at stage %s: the GitOps engine renders what cdktf renders", (patternName, target, stage) => {
  test("objects, secret sources and pruning protection", () => {
    const props = { target: targetByName(target), stage };
    let cdktfModel: Pattern | undefined;
    const cdktf = synthApp((app) => (cdktfModel = getPattern(patternName).create(app, "shop", props)));
    const ownStacks = cdktfModel!.layers.filter((l) => l.role !== "infra").map((l) => l.layer.node.id);
    const fromCdktf = new Map(ownStacks.flatMap((s) => manifestsOf(cdktf.json[s])).map((o) => [objectKey(o), normalise(o, true)]));

    // On-prem the GitOps engine's own root; a cloud target's infra layer needs a cdktf App (it stays with OpenTofu).
    const root: Construct = target === "onprem" ? new GitOpsModel() : new App({ outdir: "/tmp/stackwerk-gitops-parity-unused" });
    const model = getPattern(patternName).create(root, "shop", props);
    const layers = [...model.landingZone.layers.filter((l) => l.role === "addons"), ...model.layers.filter((l) => l.role === "platform")].map((l) => l.layer);
    let expected = expectedFrom(layers);

    const inputs = Object.fromEntries(layers.flatMap((l) => PlatformInput.all(l)).map((i) => [i.inputName, inputPlaceholder(i.inputName)]));
    const synth = () => synthGitOps([model], { recipients: [recipient], seed: SEED, gitUrl: "http://127.0.0.1:9/platform.git", inputs });
    if (hasEphemeral(expected)) {
      expect(synth).toThrow(/values\.[a-z0-9_-]+: comes from the ephemeral resource .* which a GitOps controller cannot open/);
      return;
    }
    const out = synth();
    // After rendering: objects added just before a layer renders (a monitored zone's ServiceMonitors …) are in the model.
    expected = expectedFrom(layers);
    expect(expected.objects.size).toBeGreaterThan(5);
    // The model does not depend on the root it is built under.
    expect(expectedFrom(cdktfModel!.layers.filter((l) => l.role !== "infra").map((l) => l.layer)).objects).toEqual(expected.objects);
    expect(out.infraLayers).toEqual(model.layers.filter((l) => l.role === "infra").map((l) => l.layer.node.id));

    const objects = new Map<string, unknown>();
    const kept: string[] = [];
    const secrets = new Map<string, Record<string, Source | { value: string }>>();
    for (const unit of out.units) {
      const dir = unit.path.replace(/^\.\//, "");
      for (const o of out.objects.get(unit.name) ?? []) {
        const file = [...out.files.keys()].find(
          (f) =>
            f.startsWith(`${dir}/`) && f.endsWith(`/${o.object.kind.toLowerCase()}-${o.object.metadata.namespace ?? "cluster"}-${o.object.metadata.name}.yaml`),
        );
        expect({ key: o.key, file: file !== undefined }).toEqual({ key: o.key, file: true });
        const doc = yaml.load(out.files.get(file!)!) as {
          kind: string;
          metadata: { annotations?: Record<string, string> };
          stringData?: Record<string, string>;
          sops?: unknown;
        };
        if (withoutKeepAnnotations(doc)) kept.push(o.key);
        if (o.secret) {
          // In Git only ciphertext; the sources from the engine's plaintext form.
          expect(doc.sops).toBeDefined();
          for (const v of Object.values(doc.stringData ?? {})) expect(v).toMatch(/^ENC\[AES256_GCM,/);
          const values = o.object.stringData as Record<string, string>;
          secrets.set(
            o.key,
            Object.fromEntries(
              Object.entries(values).map(([k, v]) => {
                const input = /^<input:([a-z0-9_]+)>$/.exec(v);
                return [k, input ? { kind: "input", input: input[1] } : /^[A-Za-z0-9]+$/.test(v) ? { kind: "generated", length: v.length } : { value: v }];
              }),
            ),
          );
        } else {
          objects.set(o.key, normalise(doc, false));
        }
      }
    }
    expect([...objects.keys()].sort()).toEqual([...expected.objects.keys()].sort());
    for (const [key, object] of expected.objects) {
      expect({ engine: "gitops", key, object: objects.get(key) }).toEqual({ engine: "gitops", key, object });
      expect({ engine: "cdktf", key, object: fromCdktf.get(key) }).toEqual({ engine: "cdktf", key, object });
    }
    expect(Object.fromEntries(secrets)).toEqual(Object.fromEntries(expected.secrets));
    expect(kept.sort()).toEqual(cdktfProtected(cdktf.json, ownStacks));
  });
});
