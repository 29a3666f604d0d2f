/**
 * Synthesised stacks pin exactly the provider versions the toolchain builds and the conformance
 * run tests: the library's table equals tools/toolchain/pins.ts, and every required_providers
 * entry of real stacks (every target, generated passwords included) carries source and version.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import { IdentityStack, LandingZone, targets, WebAppStack } from "../../index";
import { synthesize } from "../../engines/cdktf";
import { PROVIDER_VERSIONS } from "../../engines/cdktf/provider-versions";
import { PROVIDER_PINS } from "../../tools/toolchain/pins";

test("the library's provider versions are the toolchain's pins", () => {
  const fromPins = Object.fromEntries(PROVIDER_PINS.map((p) => [p.source!.split("/")[1], { source: p.source, version: p.upstream }]));
  expect(PROVIDER_VERSIONS).toEqual(fromPins);
});

test.each(["onprem", "stackit", "ionos"] as const)("every provider of a %s deployment is pinned to the tested version", (target) => {
  const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), "pins-")) });
  const zone = new LandingZone(app, "amt", {
    target:
      target === "onprem"
        ? targets.onprem({ kubeconfigPath: "/etc/rz/kubeconfig", kubeconfigCheckedAtSynth: false })
        : target === "stackit"
          ? targets.stackit()
          : targets.ionos(),
  });
  new IdentityStack(app, "identity", { landingZone: zone, hostName: "id.amt.example.de" });
  new WebAppStack(app, "shop", { landingZone: zone, image: "registry.example.de/shop/web:1.4.2", database: true });
  const seen = new Set<string>();
  for (const stack of synthesize(app)) {
    const required = JSON.parse(fs.readFileSync(stack.file, "utf8")).terraform.required_providers as Record<string, { source: string; version: string }>;
    for (const [name, entry] of Object.entries(required)) {
      expect({ stack: stack.name, name, entry }).toEqual({ stack: stack.name, name, entry: PROVIDER_VERSIONS[name] });
      seen.add(name);
    }
  }
  expect(seen).toEqual(new Set(["kubernetes", "helm", "random", ...(target === "onprem" ? [] : [target === "stackit" ? "stackit" : "ionoscloud"])]));
});
