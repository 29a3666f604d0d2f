/**
 * stateBackend: a landing zone's stacks and those of every pattern in it keep their state where
 * the zone says (Kubernetes Secret per stack, or an object per stack in an S3 bucket with a lock
 * file); others stay local; bad input names the construct, the property and the allowed values.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import { Construct } from "constructs";
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
  const local = { local: { path: "terraform.tfstate" } };
  // Every zone has an add-ons stack (its admission policies, ADR 0385): the shared zone's in its backend, solo's private one local.
  expect(got).toEqual({
    "amt-infra": k8s("amt-infra"),
    "amt-addons": k8s("amt-addons"),
    "shop-platform": k8s("shop-platform"),
    "solo-addons": local,
    "solo-platform": local,
  });
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

test("the backend prop of a landing zone and of a pattern sets the same blocks as stateBackend", () => {
  const got = backends((app) => {
    const zone = new LandingZone(app, "amt", {
      target: targets.stackit(),
      backend: { type: "kubernetes", namespace: "tofu-state", kubeconfigPath: "/etc/rz/kubeconfig" },
    });
    new WebAppStack(app, "shop", { landingZone: zone, image: IMAGE, database: true });
    // A pattern's own backend wins for its stacks (its platform stack in a shared zone).
    new WebAppStack(app, "blog", { landingZone: zone, image: IMAGE, backend: { type: "local" } });
    // In a private zone, every stack of the instance.
    new WebAppStack(app, "solo", {
      target: targets.ionos(),
      image: IMAGE,
      backend: { type: "s3", bucket: "tofu-state", endpoint: "https://s3.example.de", keyPrefix: "solo/" },
    });
  });
  const k8s = (name: string) => ({ kubernetes: { secret_suffix: name, namespace: "tofu-state", config_path: "/etc/rz/kubeconfig" } });
  expect(got["amt-infra"]).toEqual(k8s("amt-infra"));
  expect(got["shop-platform"]).toEqual(k8s("shop-platform"));
  expect(got["blog-platform"]).toEqual({ local: { path: "terraform.tfstate" } });
  expect((got["solo-infra"] as { s3: { key: string } }).s3.key).toBe("solo/solo-infra.tfstate");
  expect((got["solo-platform"] as { s3: { key: string } }).s3.key).toBe("solo/solo-platform.tfstate");
});

test.each([
  [{ type: "consul" }, '[LandingZone amt] backend.type: "consul" is not allowed. Allowed: local, kubernetes, s3'],
  ["s3", '[LandingZone amt] backend: "s3" is not allowed. Allowed: an object { type: local | kubernetes | s3, … }'],
  [
    { type: "s3", bucket: "b", endpoint: "https://s3.example.de", region: 3 },
    "[LandingZone amt] backend.region: 3 is not allowed. Allowed: the region the endpoint expects",
  ],
  [{ type: "kubernetes", namespace: "s", buckt: "b" }, "[LandingZone amt] backend.buckt: is not a known property"],
])("LandingZone { backend: %j } fails at synth time naming the property and the allowed values", (backend, message) => {
  const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), "backend-")) });
  expect(() => new LandingZone(app, "amt", { target: targets.stackit(), backend: backend as never })).toThrow(message);
});

test("a pattern's bad backend prop names the pattern and the property", () => {
  const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), "backend-")) });
  expect(
    () => new WebAppStack(app, "shop", { target: targets.ionos(), image: IMAGE, backend: { type: "s3", bucket: "b", endpoint: "s3.example.de" } as never }),
  ).toThrow(/shop.*backend\.endpoint.*Allowed: an http\(s\) URL/);
  expect(() => new WebAppStack(app, "blog", { target: targets.ionos(), image: IMAGE, backend: { type: "etcd" } as never })).toThrow(
    /blog.*backend.*(local|kubernetes|s3)/,
  );
});

test("an engine that does not write OpenTofu stacks (Pulumi: a plain construct tree) refuses a backend instead of dropping it", () => {
  const root = new Construct(undefined as never, "program");
  expect(() => new LandingZone(root, "amt", { target: targets.onprem(), backend: { type: "kubernetes", namespace: "tofu-state" } })).toThrow(
    /\[LandingZone program\/amt\] backend: is rendered only by an engine that writes OpenTofu stacks, not by the neutral engine .*Allowed: leave backend unset here/,
  );
  expect(() => new LandingZone(root, "ok", { target: targets.onprem() })).not.toThrow();
});
