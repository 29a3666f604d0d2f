/**
 * Both engines against the model (issue 28): for every registered pattern x target x stage, and
 * for shared landing zones, the expected object set is taken from the engine-neutral model (the
 * KubeManifest and KubeSecret nodes of the instance's layers, inputs as `<input:name>`), not from
 * either renderer, and each engine is compared with it on its own, so a bug both renderers share
 * does not pass:
 * - every object, body included (cdktf: Terraform JSON; Pulumi: registrations under mocks);
 * - every Secret's keys and where each value comes from (generated / platform input / ephemeral);
 * - the cluster every object is sent to (cdktf: the stack's provider block; Pulumi: the explicit
 *   provider each registration is bound to).
 */
import { App } from "cdktf";
import "../../patterns";
import { STAGES } from "../../core/profile";
import { LandingZone } from "../../core/landing-zone";
import type { Pattern } from "../../constructs/pattern";
import { getPattern, MonitoringStack, registeredPatterns, WebAppStack } from "../../patterns";
import { targetByName, targets } from "../../providers";
import { manifestsOf, synthApp } from "../support/synth";
import { inputPlaceholder, MOCK_CONFIG, normalise, objectKey, Registered, renderManyUnderMocks, unwrapSecret } from "../support/pulumi";
import { Expected, expectedFrom, hasEphemeral, Source } from "../support/model-expected";

type TargetName = "onprem" | "stackit" | "ionos";
const TARGETS: readonly TargetName[] = ["onprem", "stackit", "ionos"];

/** The kubeconfig every object of a cell must reach: the cloud cluster's input, else the one given at apply. */
const expectedKubeconfig = (target: TargetName): string => (target === "onprem" ? MOCK_CONFIG["stackwerk:kubeconfig"] : inputPlaceholder("kubeconfig"));

/** Where a cdktf data_wo value comes from (a random_password's length read from the stack). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function cdktfSource(value: string, stack: any): Source | { unknown: string } {
  const generated = /^\$\{random_password\.([A-Za-z0-9_]+)\.result\}$/.exec(value);
  if (generated) return { kind: "generated", length: stack.resource.random_password[generated[1]].length };
  const input = /^\$\{var\.([a-z0-9_]+)\}$/.exec(value);
  if (input) return { kind: "input", input: input[1] };
  if (/^\$\{ephemeral\./.test(value)) return { kind: "ephemeral" };
  return { unknown: value };
}

/** Checks the cdktf output of `stackNames` against `expected`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function checkCdktf(json: Record<string, any>, stackNames: readonly string[], expected: Expected, target: TargetName): void {
  const objects = new Map<string, unknown>();
  const secrets = new Map<string, Record<string, Source>>();
  for (const name of stackNames) {
    const stack = json[name];
    for (const o of manifestsOf(stack)) objects.set(objectKey(o), normalise(o, true));
    for (const s of Object.values(stack.resource?.kubernetes_secret_v1 ?? {}) as Array<{
      metadata: { namespace: string; name: string };
      data_wo: Record<string, string>;
    }>) {
      const sources = Object.fromEntries(Object.entries(s.data_wo).map(([k, v]) => [k, cdktfSource(v, stack)])) as Record<string, Source>;
      secrets.set(`Secret/${s.metadata.namespace}/${s.metadata.name}`, sources);
    }
    // One kubernetes provider per stack, reaching the target's cluster.
    const providers = stack.provider?.kubernetes ?? [];
    expect({ stack: name, providers: providers.length }).toEqual({ stack: name, providers: 1 });
    const config = providers[0];
    if (target === "onprem")
      expect({ stack: name, path: config.config_path }).toEqual({ stack: name, path: '${var.kubeconfig_path != "" ? var.kubeconfig_path : null}' });
    else
      expect({ stack: name, host: config.host }).toEqual({
        stack: name,
        host: '${var.kubeconfig_path != "" ? null : yamldecode(var.kubeconfig).clusters[0].cluster.server}',
      });
  }
  expect([...objects.keys()].sort()).toEqual([...expected.objects.keys()].sort());
  for (const [key, object] of expected.objects) expect({ engine: "cdktf", key, object: objects.get(key) }).toEqual({ engine: "cdktf", key, object });
  expect(Object.fromEntries(secrets)).toEqual(Object.fromEntries(expected.secrets));
}

/** Checks the Pulumi registrations against `expected`. */
function checkPulumi(registered: Registered[], expected: Expected, target: TargetName): void {
  const isKubeSecret = (r: Registered) => r.type === "kubernetes:core/v1:Secret" && r.inputs.stringData !== undefined;
  const objects = new Map<string, unknown>();
  const secrets = new Map<string, Record<string, Source>>();
  const providers = new Map(registered.filter((r) => r.type === "pulumi:providers:kubernetes").map((r) => [r.name, r]));
  for (const r of registered.filter((r) => r.type.startsWith("kubernetes:"))) {
    // Bound to an explicit provider that reaches the target's cluster.
    const provider = providers.get(r.provider?.split("::").slice(0, -1).join("::").split("::").pop() ?? "");
    expect({ object: r.name, kubeconfig: unwrapSecret(provider?.inputs.kubeconfig) }).toEqual({ object: r.name, kubeconfig: expectedKubeconfig(target) });
    if (isKubeSecret(r)) {
      const sources: Record<string, Source> = {};
      for (const [k, v] of Object.entries(unwrapSecret(r.inputs.stringData) as Record<string, unknown>)) {
        const value = String(unwrapSecret(v));
        const input = /^<input:([a-z0-9_]+)>$/.exec(value);
        sources[k] = input
          ? { kind: "input", input: input[1] }
          : /^[A-Za-z0-9]+$/.test(value)
            ? { kind: "generated", length: value.length }
            : ({ value } as unknown as Source);
      }
      secrets.set(`Secret/${r.inputs.metadata.namespace}/${r.inputs.metadata.name}`, sources);
    } else if (r.inputs.kind) {
      objects.set(objectKey(r.inputs), normalise(r.inputs, false));
    }
  }
  expect([...objects.keys()].sort()).toEqual([...expected.objects.keys()].sort());
  for (const [key, object] of expected.objects) expect({ engine: "pulumi", key, object: objects.get(key) }).toEqual({ engine: "pulumi", key, object });
  expect(Object.fromEntries(secrets)).toEqual(Object.fromEntries(expected.secrets));
}

/** Stack names of a pattern's own layers under cdktf (private zone add-ons, platform). */
const ownStacks = (p: Pattern): string[] => p.layers.filter((l) => l.role !== "infra").map((l) => l.layer.node.id);

const CELLS = registeredPatterns().flatMap((p) => TARGETS.flatMap((t) => STAGES.map((s) => [p.name, t, s] as const)));

describe.each(CELLS)("%s on %s at stage %s: both engines render the model", (patternName, target, stage) => {
  test("objects, secret sources and the cluster of every object", async () => {
    const build = (app: App): Pattern => getPattern(patternName).create(app, "shop", { target: targetByName(target), stage });
    let model: Pattern | undefined;
    const out = synthApp((app) => (model = build(app)));
    const expected = expectedFrom(model!.layers.filter((l) => l.role !== "infra").map((l) => l.layer));
    expect(expected.objects.size).toBeGreaterThan(5);
    checkCdktf(out.json, ownStacks(model!), expected, target);
    if (hasEphemeral(expected)) {
      // Pulumi has no ephemeral resources: it refuses, naming the value, instead of storing it.
      await expect(renderManyUnderMocks((app) => [build(app)])).rejects.toThrow(/ephemeral resource .* which the Pulumi engine cannot render/);
      return;
    }
    let pulumiModel: Pattern | undefined;
    const { registered } = await renderManyUnderMocks((app) => [(pulumiModel = build(app))]);
    checkPulumi(registered, expectedFrom(pulumiModel!.layers.filter((l) => l.role !== "infra").map((l) => l.layer)), target);
  });
});

describe.each(TARGETS)("a shared landing zone with monitoring on %s: both engines render the model", (target) => {
  test("the zone's add-ons once, every member's objects, secret sources and clusters", async () => {
    const zoneOf = (app: App): { zone: LandingZone; members: Pattern[] } => {
      const zone = new LandingZone(app, "amt", { target: targets[target](), stage: "production" });
      const members: Pattern[] = [
        new MonitoringStack(app, "mon", { landingZone: zone, receivers: [{ type: "webhook", url: "https://alerts.example.de/hook" }] }),
        new WebAppStack(app, "portal", { landingZone: zone, image: "registry.example.de/amt/portal:2.3.1" }),
        new WebAppStack(app, "forms", { landingZone: zone, image: "registry.example.de/amt/portal:2.3.1" }),
      ];
      return { zone, members };
    };
    let built: { zone: LandingZone; members: Pattern[] } | undefined;
    const out = synthApp((app) => {
      built = zoneOf(app);
    });
    const layersOf = (b: { zone: LandingZone; members: Pattern[] }) => [
      ...b.zone.layers.filter((l) => l.role === "addons").map((l) => l.layer),
      ...b.members.map((m) => m.platformStack),
    ];
    const expected = expectedFrom(layersOf(built!));
    expect([...expected.objects.keys()].some((k) => k.startsWith("CustomResourceDefinition/"))).toBe(true);
    checkCdktf(
      out.json,
      layersOf(built!).map((l) => l.node.id),
      expected,
      target,
    );
    let pulumiBuilt: { zone: LandingZone; members: Pattern[] } | undefined;
    const { registered } = await renderManyUnderMocks((app) => {
      pulumiBuilt = zoneOf(app);
      return pulumiBuilt.members;
    });
    checkPulumi(registered, expectedFrom(layersOf(pulumiBuilt!)), target);
  });
});
