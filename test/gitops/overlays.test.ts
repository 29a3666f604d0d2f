/**
 * Kustomize base + overlays of the GitOps engine (ADR 0400), checked with a real kustomize
 * (v5.7.1, built from its Go module by tools/kustomize): for every registered pattern on-prem at
 * every stage, and for an instance whose name differs from the base's, `kustomize build` of each
 * overlay folder gives exactly the objects of the full rendering (the engine without a base),
 * Secrets included as the same SOPS documents. The base is written once, a re-synth is
 * byte-identical, and a stage's overlay carries the stage table's differences as patches.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as yaml from "js-yaml";
import "../../patterns";
import { getPattern, registeredPatterns } from "../../patterns/registry";
import type { Pattern } from "../../constructs/pattern";
import { targets } from "../../providers";
import { STAGES, STAGE_DEFAULTS } from "../../core/profile";
import { generateAgeIdentity, GitOpsModel, GitOpsOutput, referenceBase, synthGitOps, writeGitOps } from "../../engines/gitops";
import { ensureKustomize } from "../../tools/kustomize";
import { run } from "../../tools/cache";
import { objectKey } from "../support/pulumi";

jest.setTimeout(900_000);
const SEED = "0123456789abcdef0123456789abcdef-overlay-seed";
const recipient = generateAgeIdentity(Buffer.alloc(32, 5)).recipient;
const target = () => targets.onprem({ kubeconfigPath: "/nonexistent/kubeconfig", kubeconfigCheckedAtSynth: false, gpuNodes: 1 });
let kustomize: string;
beforeAll(async () => {
  kustomize = await ensureKustomize();
});

function synth(pattern: string, id: string, stage: (typeof STAGES)[number], withBase: boolean): GitOpsOutput {
  const instance = getPattern(pattern).create(new GitOpsModel(), id, { target: target(), stage });
  return synthGitOps([instance], {
    recipients: [recipient],
    seed: SEED,
    gitUrl: "http://127.0.0.1:9/platform.git",
    ...(withBase ? { base: (p: Pattern) => referenceBase(p) } : {}),
  });
}

/** Objects of the full rendering's folder `dir`, parsed from its files, by key. */
function fullObjects(out: GitOpsOutput, dir: string): Map<string, unknown> {
  const m = new Map<string, unknown>();
  for (const [f, text] of out.files) {
    if (!f.startsWith(`${dir}/`) || f.endsWith("/kustomization.yaml")) continue;
    const o = yaml.load(text) as { kind: string; metadata: { name: string; namespace?: string } };
    m.set(objectKey(o), o);
  }
  return m;
}

async function kustomizeBuild(dir: string): Promise<Map<string, unknown>> {
  const { stdout } = await run(kustomize, ["build", dir]);
  const docs = yaml.loadAll(stdout) as Array<{ kind: string; metadata: { name: string; namespace?: string } }>;
  return new Map(docs.filter(Boolean).map((o) => [objectKey(o), o]));
}

const CELLS = registeredPatterns().flatMap((p) => STAGES.map((s) => [p.name, s] as const));

test.each(CELLS)("%s at %s: kustomize build of each overlay equals the full rendering", async (pattern, stage) => {
  for (const id of [pattern, "shop"]) {
    const full = synth(pattern, id, stage, false);
    const layered = synth(pattern, id, stage, true);
    expect([...layered.files.keys()].some((f) => f.startsWith(`bases/${pattern}/onprem/platform/`))).toBe(true);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-overlays-"));
    try {
      writeGitOps(dir, layered);
      for (const unit of layered.units) {
        const rel = unit.path.replace(/^\.\//, "");
        const kustomization = yaml.load(layered.files.get(`${rel}/kustomization.yaml`)!) as { resources: string[] };
        expect(kustomization.resources[0]).toMatch(/^(\.\.\/)+bases\//);
        const built = await kustomizeBuild(path.join(dir, rel));
        const expected = fullObjects(full, rel);
        expect({ id, unit: unit.name, keys: [...built.keys()].sort() }).toEqual({ id, unit: unit.name, keys: [...expected.keys()].sort() });
        for (const [key, object] of expected) expect({ id, key, object: built.get(key) }).toEqual({ id, key, object });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    // Deterministic: a second synth writes the same bytes.
    expect([...synth(pattern, id, stage, true).files]).toEqual([...layered.files]);
  }
});

test("the base is the first stage's rendering: web-app at test has no patch; at production the stage table is a patch", () => {
  const atTest = synth("web-app", "web-app", "test", true);
  const testDir = "tenants/web-app/test/web-app/platform";
  const testFiles = [...atTest.files.keys()].filter((f) => f.startsWith(`${testDir}/`)).map((f) => path.basename(f));
  // Only Secrets (never in a base) and the kustomization.
  expect(testFiles.filter((f) => !f.startsWith("secret-") && f !== "kustomization.yaml")).toEqual([]);

  expect(STAGE_DEFAULTS.production.minReplicas).not.toBe(STAGE_DEFAULTS.test.minReplicas);
  const atProduction = synth("web-app", "web-app", "production", true);
  const dir = "tenants/web-app/production/web-app/platform";
  const hpaPatch = yaml.load(atProduction.files.get(`${dir}/patch-horizontalpodautoscaler-web-app-test-web.yaml`)!) as Array<{
    op: string;
    path: string;
    value: unknown;
  }>;
  expect(hpaPatch).toEqual(expect.arrayContaining([{ op: "replace", path: "/spec/minReplicas", value: STAGE_DEFAULTS.production.minReplicas }]));
  expect(hpaPatch).toEqual(expect.arrayContaining([{ op: "replace", path: "/metadata/namespace", value: "web-app-production" }]));
  // The base is the same for every stage: the overlays of all stages share one bases/ folder.
  const baseOf = (o: GitOpsOutput) => [...o.files].filter(([f]) => f.startsWith("bases/"));
  expect(baseOf(atProduction)).toEqual(baseOf(atTest));
  expect(baseOf(atProduction).length).toBeGreaterThan(5);
});
