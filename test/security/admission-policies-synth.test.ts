/**
 * Issue 26, finding 5 (synth side): the admission policies ship in a landing zone's add-ons layer,
 * once per cluster; a second zone on the same cluster that ships them fails at synth, naming both.
 * (test/security/admission-policies.test.ts proves what they deny in a real API server.)
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import { LandingZone } from "../../core/landing-zone";
import { shipAdmissionPolicies } from "../../constructs/admission-policies";
import { WebAppStack } from "../../patterns/web-app";
import { targets } from "../../providers";
import { manifestsOf, synthApp } from "../support/synth";

const IMAGE = "registry.example.de/shop/web:1.4.2";

test("the policies and their bindings are in the zone's add-ons layer, applied before the patterns", () => {
  const out = synthApp((app) => {
    const zone = new LandingZone(app, "amt", { target: targets.onprem() });
    shipAdmissionPolicies(zone);
    shipAdmissionPolicies(zone); // the same zone again: a no-op
    new WebAppStack(app, "shop", { landingZone: zone, image: IMAGE });
  });
  expect(out.stacks.map((s) => s.role)).toEqual(["addons", "platform"]);
  const kinds = manifestsOf(out.json["amt-addons"]).map((o) => `${o.kind}/${o.metadata.name}`);
  expect(kinds.filter((k) => k.startsWith("ValidatingAdmissionPolicy/"))).toHaveLength(4);
  expect(kinds.filter((k) => k.startsWith("ValidatingAdmissionPolicyBinding/"))).toHaveLength(4);
});

test("a second zone on the same cluster shipping them is refused, naming both zones", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-vap-"));
  const app = new App({ outdir: dir });
  const a = new LandingZone(app, "tenant-a", { target: targets.onprem() });
  const b = new LandingZone(app, "tenant-b", { target: targets.onprem() });
  shipAdmissionPolicies(a);
  expect(() => shipAdmissionPolicies(b)).toThrow(
    /\[LandingZone tenant-b\] admissionPolicies: landing zone tenant-b would own the Stackwerk admission policies .*already owned by landing zone tenant-a .*on the same cluster \(the kubeconfig given at apply\)/,
  );
});
