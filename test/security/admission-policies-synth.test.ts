/**
 * Issue 26, finding 5 (synth side), ADR 0385: every landing zone ships its own copy of the
 * admission policies by default, on every target, named `stackwerk-<zone>-<stage>-<rule>` and
 * bound to exactly the zone's namespaces; two zones on one cluster each own theirs; a name clash on
 * one cluster fails at synth naming both zones; `admissionPolicies: false` opts out.
 * (test/security/admission-policies.test.ts proves what they deny in a real API server.)
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import { Construct } from "constructs";
import { LandingZone } from "../../core/landing-zone";
import { ADMISSION_POLICY_RULES, admissionPolicyName, shipAdmissionPolicies } from "../../constructs/admission-policies";
import { WebAppStack } from "../../patterns/web-app";
import { registeredPatterns } from "../../patterns/registry";
import "../../patterns";
import { targetByName, targets } from "../../providers";
import { manifestsOf, synthApp } from "../support/synth";

const IMAGE = "registry.example.de/shop/web:1.4.2";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = any;

/** The admission objects of a synthesised stack: `<kind>/<name>` → object. */
function admissionObjects(stackJson: unknown): Map<string, Obj> {
  return new Map(
    manifestsOf(stackJson)
      .filter((o: Obj) => o.apiVersion === "admissionregistration.k8s.io/v1")
      .map((o: Obj) => [`${o.kind}/${o.metadata.name}`, o] as const),
  );
}

/** The namespace names a binding selects. */
function boundNamespaces(binding: Obj): string[] {
  const expressions = binding.spec.matchResources.namespaceSelector.matchExpressions;
  expect(expressions).toHaveLength(1);
  expect(expressions[0]).toMatchObject({ key: "kubernetes.io/metadata.name", operator: "In" });
  return expressions[0].values;
}

function newApp(): App {
  return new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-vap-")) });
}

test("on by default: a pattern's private zone ships stackwerk-<id>-<stage>-* in its add-ons layer, bound to the zone's namespaces", () => {
  const out = synthApp((app) => {
    new WebAppStack(app, "shop", { target: targets.onprem(), image: IMAGE });
  });
  expect(out.stacks.map((s) => s.role)).toEqual(["addons", "platform"]);
  const objects = admissionObjects(out.json["shop-addons"]);
  expect([...objects.keys()].sort()).toEqual(
    ADMISSION_POLICY_RULES.flatMap((r) => [
      `ValidatingAdmissionPolicy/stackwerk-shop-test-${r}`,
      `ValidatingAdmissionPolicyBinding/stackwerk-shop-test-${r}`,
    ]).sort(),
  );
  const namespaces = manifestsOf(out.json["shop-addons"])
    .concat(manifestsOf(out.json["shop-platform"]))
    .filter((o: Obj) => o.kind === "Namespace")
    .map((o: Obj) => o.metadata.name)
    .sort();
  expect(namespaces).toContain("shop-test");
  for (const rule of ADMISSION_POLICY_RULES) {
    const binding = objects.get(`ValidatingAdmissionPolicyBinding/stackwerk-shop-test-${rule}`);
    expect(binding.spec.policyName).toBe(`stackwerk-shop-test-${rule}`);
    expect(binding.spec.validationActions).toEqual(["Deny", "Audit"]);
    expect(boundNamespaces(binding)).toEqual(namespaces);
  }
});

const CELLS = registeredPatterns().flatMap((p) => (["onprem", "stackit", "ionos"] as const).map((t) => [p.name, t] as const));

test.each(CELLS)("%s on %s: the reference instance ships the four policies, bound to every namespace it writes", (pattern, target) => {
  const out = synthApp((app) => {
    registeredPatterns()
      .find((p) => p.name === pattern)!
      .create(app, `${pattern}-${target}`, { target: targetByName(target), stage: "production" });
  });
  const addons = out.stacks.find((s) => s.role === "addons");
  expect(addons).toBeDefined();
  const objects = admissionObjects(out.json[addons!.name]);
  expect(objects.size).toBe(8);
  const written = out.stacks
    .flatMap((s) => manifestsOf(out.json[s.name]))
    .filter((o: Obj) => o.kind === "Namespace")
    .map((o: Obj) => o.metadata.name)
    .sort();
  const binding = objects.get(`ValidatingAdmissionPolicyBinding/${admissionPolicyName("restricted-workloads", `${pattern}-${target}-production`)}`);
  expect(boundNamespaces(binding)).toEqual(written);
});

test("two zones on one cluster each ship their own copy, bound to their own namespaces only", () => {
  const out = synthApp((app) => {
    const kubeconfigCheckedAtSynth = false;
    const a = new LandingZone(app, "tenant-a", { target: targets.onprem({ kubeconfigPath: "/k/config", kubeconfigCheckedAtSynth }) });
    const b = new LandingZone(app, "tenant-b", { target: targets.onprem({ kubeconfigPath: "/k/config", kubeconfigCheckedAtSynth }) });
    new WebAppStack(app, "shop", { landingZone: a, image: IMAGE });
    new WebAppStack(app, "blog", { landingZone: b, image: IMAGE });
  });
  const a = admissionObjects(out.json["tenant-a-addons"]);
  const b = admissionObjects(out.json["tenant-b-addons"]);
  expect(a.size).toBe(8);
  expect(b.size).toBe(8);
  expect([...a.keys()].filter((k) => b.has(k))).toEqual([]);
  const boundA = boundNamespaces(a.get("ValidatingAdmissionPolicyBinding/stackwerk-tenant-a-test-restricted-workloads"));
  const boundB = boundNamespaces(b.get("ValidatingAdmissionPolicyBinding/stackwerk-tenant-b-test-restricted-workloads"));
  expect(boundA).toContain("tenant-a-test-shop");
  expect(boundB).toContain("tenant-b-test-blog");
  expect(boundA.filter((n) => boundB.includes(n))).toEqual([]);
});

test("a name clash on one cluster is refused at synth, naming both zones and what to do", () => {
  const app = newApp();
  const a = new LandingZone(app, "amt", { target: targets.onprem() });
  new WebAppStack(app, "shop", { landingZone: a, image: IMAGE });
  const team = new Construct(app, "team-b");
  const b = new LandingZone(team, "amt", { target: targets.onprem(), tenant: "amt-b" });
  expect(() => new WebAppStack(app, "blog", { landingZone: b, image: IMAGE })).toThrow(
    /\[LandingZone team-b\/amt\] admissionPolicies: landing zone team-b\/amt would own the Stackwerk admission policies \(stackwerk-amt-test-\*\), which are already owned by landing zone amt .*on the same cluster \(the kubeconfig given at apply\).*Allowed: give one zone another id or stage/,
  );
  // The same zone again is a no-op.
  expect(shipAdmissionPolicies(a)).toBe(shipAdmissionPolicies(a));
});

test("admissionPolicies: false opts out per zone, and per pattern for a private zone; a pattern cannot contradict its zone", () => {
  const out = synthApp((app) => {
    const zone = new LandingZone(app, "amt", { target: targets.onprem(), admissionPolicies: false });
    new WebAppStack(app, "shop", { landingZone: zone, image: IMAGE });
    new WebAppStack(app, "blog", { target: targets.onprem(), image: IMAGE, admissionPolicies: false });
  });
  expect(out.stacks.map((s) => s.name).sort()).toEqual(["blog-platform", "shop-platform"]);
  const app = newApp();
  const zone = new LandingZone(app, "amt", { target: targets.onprem() });
  expect(() => new WebAppStack(app, "shop", { landingZone: zone, image: IMAGE, admissionPolicies: false })).toThrow(
    /\[WebAppStack shop\] admissionPolicies: false differs from the landing zone's \(true\)/,
  );
  expect(() => new LandingZone(newApp(), "x", { target: targets.onprem(), admissionPolicies: "no" as unknown as boolean })).toThrow(/admissionPolicies/);
});

test("names stay within 63 characters and distinct for long zone ids that share a prefix", () => {
  const long = "a-very-long-landing-zone-identifier-for-the-payments";
  const one = admissionPolicyName("platform-image-digests", `${long}-one-test`);
  const two = admissionPolicyName("platform-image-digests", `${long}-two-test`);
  expect(one.length).toBeLessThanOrEqual(63);
  expect(one).toMatch(/^stackwerk-a-very-long-.*-[0-9a-f]{8}-platform-image-digests$/);
  expect(one).not.toBe(two);
  expect(admissionPolicyName("namespace-ownership", "shop-test")).toBe("stackwerk-shop-test-namespace-ownership");
  expect(admissionPolicyName("namespace-ownership")).toBe("stackwerk-namespace-ownership");
});
