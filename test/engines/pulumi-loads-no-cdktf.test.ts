/**
 * cdktf lives under engines/cdktf and the cloud targets' generated bindings (docs/architecture.md):
 * `require("./pulumi")`, and building every registered pattern on `targets.onprem()` under a
 * PulumiModel, loads no module of cdktf, @cdktf/* or providers/<target>/generated, read from
 * require.cache in a fresh process. Constructing a cloud target afterwards does load cdktf,
 * so the check sees cdktf when it is there.
 */
import * as path from "node:path";
import { run } from "../../tools/cache";

const ROOT = path.resolve(__dirname, "../..");

const SCRIPT = `
const cdktfModules = () =>
  Object.keys(require.cache)
    .map((f) => f.replace(process.cwd() + "/", ""))
    .filter((f) => /node_modules\\/(cdktf|@cdktf\\/[^/]+)\\/|^providers\\/[^/]+\\/generated\\//.test(f));
const api = require("./pulumi.ts");
const afterRequire = cdktfModules();
const patterns = [];
for (const p of api.registeredPatterns()) {
  const model = new api.PulumiModel();
  p.create(model, p.name, { target: api.targets.onprem({ gpuNodes: 1 }), stage: "production" });
  patterns.push(p.name);
}
const afterOnPrem = cdktfModules();
api.targets.stackit();
const afterStackit = cdktfModules();
console.log(JSON.stringify({ afterRequire, patterns, afterOnPrem, stackitLoadsCdktf: afterStackit.length > 0 }));
`;

test("stackwerk/pulumi and the on-prem target load no cdktf module; a cloud target does", async () => {
  const res = await run(path.join(ROOT, "node_modules", ".bin", "tsx"), ["-e", SCRIPT], { cwd: ROOT, check: false });
  expect(res.stderr).toBe("");
  expect(res.code).toBe(0);
  const out = JSON.parse(res.stdout.trim().split("\n").pop()!);
  expect(out.afterRequire).toEqual([]);
  expect(out.patterns).toEqual(expect.arrayContaining(["web-app", "iam", "event-bus", "ai", "monitoring"]));
  expect(out.afterOnPrem).toEqual([]);
  expect(out.stackitLoadsCdktf).toBe(true);
}, 120_000);

test("an on-prem broker client in another namespace under the Pulumi engine fails naming the client and what is allowed", () => {
  // Loaded here (not at the top) so the require.cache check above runs in its own fresh process either way.
  const { PulumiModel } = require("../../engines/pulumi") as typeof import("../../engines/pulumi");
  const { EventBusStack, WebAppStack } = require("../../patterns") as typeof import("../../patterns");
  const { LandingZone } = require("../../core/landing-zone") as typeof import("../../core/landing-zone");
  const { targets } = require("../../providers") as typeof import("../../providers");
  const model = new PulumiModel();
  const zone = new LandingZone(model, "amt", { target: targets.onprem(), stage: "test", tenant: "amt" });
  const bus = new EventBusStack(model, "events", {
    landingZone: zone,
    protocol: "amqp",
    exchanges: [{ name: "orders" }],
    queues: [{ name: "billing.orders" }],
    bindings: [{ exchange: "orders", queue: "billing.orders", routingKey: "#" }],
  });
  const shop = new WebAppStack(model, "shop", { landingZone: zone, image: "registry.example.de/shop/web:1.4.2" });
  expect(() => bus.grantPublish(shop.workload, { exchange: "orders" })).toThrow(
    '[EventBusStack events] client: shop-web runs in namespace amt-test-shop, outside the broker\'s namespace amt-test-events: its password is generated once for both namespaces in an infra layer, which needs an engine that renders infra layers (the Terraform engine). Allowed: clients in namespace amt-test-events under the Pulumi engine, or an App as the root (import { App } from "stackwerk")',
  );
});
