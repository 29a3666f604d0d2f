/**
 * manifest.json records the real order of a deployment's stacks: add-ons after infra, every
 * platform stack after its zone's infra and add-ons stacks; a private zone's stacks the same.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import { IdentityStack, LandingZone, MonitoringStack, targets, WebAppStack } from "../../index";

test("manifest dependencies: add-ons -> infra -> platform, per landing zone", () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "deps-"));
  const app = new App({ outdir });
  const zone = new LandingZone(app, "amt", { target: targets.stackit({ adminCidrs: ["203.0.113.0/24"] }) });
  new MonitoringStack(app, "monitoring", { landingZone: zone, receivers: [{ type: "email", to: "ops@amt.example.de" }] });
  new IdentityStack(app, "identity", { landingZone: zone, hostName: "id.amt.example.de" });
  new WebAppStack(app, "shop", { landingZone: zone, image: "registry.example.de/shop/web:1.4.2", database: true });
  new WebAppStack(app, "solo", {
    target: targets.onprem({ kubeconfigPath: "/etc/rz/kubeconfig", kubeconfigCheckedAtSynth: false }),
    image: "registry.example.de/solo:1",
  });
  app.synth();
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8")) as {
    stacks: Record<string, { constructPath: string; dependencies: string[] }>;
  };
  const deps = Object.fromEntries(
    Object.entries(manifest.stacks).map(([name, s]) => [
      name,
      s.dependencies
        .map((p) =>
          Object.values(manifest.stacks)
            .find((x) => x.constructPath === p)!
            .constructPath.split("/")
            .pop(),
        )
        .sort(),
    ]),
  );
  expect(deps).toEqual({
    "amt-infra": [],
    "amt-addons": ["amt-infra"],
    "monitoring-platform": ["amt-addons", "amt-infra"],
    "identity-platform": ["amt-addons", "amt-infra"],
    "shop-platform": ["amt-addons", "amt-infra"],
    // A pattern without a zone gets a private one whose add-ons stack ships its admission policies.
    "solo-addons": [],
    "solo-platform": ["solo-addons"],
  });
});
