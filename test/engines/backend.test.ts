/**
 * stateBackend: a landing zone's stacks and those of every pattern in it keep their state where
 * the zone says (Kubernetes Secret per stack, or an object per stack in an S3 bucket with a lock
 * file); others stay local; bad input names the construct, the property and the allowed values.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import { LandingZone, stateBackend, targets, WebAppStack } from "../../index";
import { synthesize } from "../../engines/cdktf";

const IMAGE = "registry.example.de/shop/web:1.4.2";

function backends(build: (app: App) => void): Record<string, unknown> {
  const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), "backend-")) });
  build(app);
  return Object.fromEntries(synthesize(app).map((s) => [s.name, JSON.parse(fs.readFileSync(s.file, "utf8")).terraform.backend]));
}

test("a landing zone's kubernetes backend covers its stacks and its patterns'; other stacks stay local", () => {
  const got = backends((app) => {
    const zone = new LandingZone(app, "amt", { target: targets.stackit() });
    stateBackend(zone, { type: "kubernetes", namespace: "tofu-state", kubeconfigPath: "/etc/rz/kubeconfig" });
    new WebAppStack(app, "shop", { landingZone: zone, image: IMAGE, database: true });
    new WebAppStack(app, "solo", { target: targets.onprem({ kubeconfigPath: "/etc/rz/kubeconfig", kubeconfigCheckedAtSynth: false }), image: IMAGE });
  });
  const k8s = (name: string) => ({ kubernetes: { secret_suffix: name, namespace: "tofu-state", config_path: "/etc/rz/kubeconfig" } });
  expect(got).toEqual({ "amt-infra": k8s("amt-infra"), "shop-platform": k8s("shop-platform"), "solo-platform": { local: { path: "terraform.tfstate" } } });
});

test("an App-wide s3 backend: one object per stack, a lock file, path-style addressing", () => {
  const got = backends((app) => {
    stateBackend(app, { type: "s3", bucket: "tofu-state", endpoint: "https://s3.eu-central-3.ionoscloud.com", region: "eu-central-3" });
    new WebAppStack(app, "shop", { target: targets.ionos(), image: IMAGE });
  });
  expect(got["shop-infra"]).toEqual({
    s3: {
      bucket: "tofu-state",
      key: "stackwerk/shop-infra.tfstate",
      region: "eu-central-3",
      endpoints: { s3: "https://s3.eu-central-3.ionoscloud.com" },
      use_path_style: true,
      use_lockfile: true,
      skip_credentials_validation: true,
      skip_region_validation: true,
      skip_requesting_account_id: true,
      skip_metadata_api_check: true,
    },
  });
  expect((got["shop-platform"] as { s3: { key: string } }).s3.key).toBe("stackwerk/shop-platform.tfstate");
});

test.each([
  [{ type: "consul" }, '[LandingZone amt] backend.type: "consul" is not allowed. Allowed: local, kubernetes, s3'],
  [{ type: "kubernetes", namespace: "" }, '[LandingZone amt] backend.namespace: "" is not allowed. Allowed: the namespace of the state Secrets (a DNS label)'],
  [{ type: "kubernetes", namespace: "s", bucket: "b" }, "[LandingZone amt] backend.bucket: is not a known property"],
  [{ type: "s3", bucket: "b", endpoint: "s3.example.de" }, '[LandingZone amt] backend.endpoint: "s3.example.de" is not allowed. Allowed: an http(s) URL'],
])("stateBackend(%j) fails naming the property and the allowed values", (backend, message) => {
  const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), "backend-")) });
  const zone = new LandingZone(app, "amt", { target: targets.stackit() });
  expect(() => stateBackend(zone, backend as never)).toThrow(message);
});
