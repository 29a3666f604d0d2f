/**
 * Landing zones (issue 9, ADR 0015): patterns placed in one zone share its cluster and DNS zone,
 * each in a namespace of its own, with no address, output or Secret-name collision; a pattern
 * without a zone keeps the names it always had; bad placements fail at synth.
 */
import { App } from "cdktf";
import { LandingZone } from "../../core/landing-zone";
import { WebAppStack } from "../../patterns/web-app";
import { targets } from "../../providers";
import { GoodFixture } from "../fixtures/patterns";
import { manifestsOf, synthApp } from "../support/synth";

const image = "registry.example.de/shop/web:1.4.2";
const web = { image, database: true, bucket: true };

describe.each(["stackit", "ionos"] as const)("a shared landing zone on %s", (targetName) => {
  const out = synthApp((app) => {
    const zone = new LandingZone(app, "amt-a-test", { target: targets[targetName](), tenant: "amt-a" });
    new WebAppStack(app, "shop", { landingZone: zone, ...web, hostName: "shop.amt-a.example.de" });
    new WebAppStack(app, "blog", { landingZone: zone, ...web, hostName: "blog.amt-a.example.de" });
    new GoodFixture(app, "stub", { landingZone: zone }, "fixture-stub");
  });
  const infra = out.json["amt-a-test-infra"];

  test("one infra stack for the zone, one platform stack per pattern, zone first", () => {
    expect(out.stacks.map((s) => `${s.name} (${s.role})`)).toEqual([
      "amt-a-test-infra (infra)",
      // The zone's Gateway (Gateway API CRDs, Gateway with one HTTPS listener per host), ADR 0090.
      "amt-a-test-addons (addons)",
      "shop-platform (platform)",
      "blog-platform (platform)",
      "stub-platform (platform)",
    ]);
  });

  test("one cluster and one DNS zone, each pattern's own database, bucket and record", () => {
    const types = Object.keys(infra.resource);
    const count = (suffix: string) => types.filter((t) => t.endsWith(suffix)).reduce((n, t) => n + Object.keys(infra.resource[t]).length, 0);
    expect(count("_cluster") - count("pg_cluster")).toBe(1); // ske_cluster / k8s_cluster
    expect(count("dns_zone")).toBe(1);
    expect(count(targetName === "stackit" ? "postgresflex_instance" : "pg_cluster")).toBe(2);
    expect(count(targetName === "stackit" ? "dns_record_set" : "dns_record")).toBe(2);
  });

  test("outputs and platform inputs are scoped per pattern; the kubeconfig is shared", () => {
    const outputs = Object.keys(infra.output);
    expect(outputs).toContain("kubeconfig");
    expect(outputs).toEqual(expect.arrayContaining(["shop_postgres_host", "blog_postgres_host", "shop_bucket_access_key", "blog_bucket_access_key"]));
    for (const name of ["shop", "blog", "stub"]) {
      const variables = Object.keys(out.json[`${name}-platform`].variable);
      expect(variables).toContain("kubeconfig");
      // Every input of the platform stack is an output of the zone's infra stack.
      for (const v of variables.filter((x) => !["kubeconfig_path", "kube_context", "state_passphrase", "credentials_rotation"].includes(x))) {
        expect({ v, output: outputs.includes(v) }).toEqual({ v, output: true });
      }
    }
    expect(Object.keys(out.json["shop-platform"].variable)).not.toContain("blog_postgres_host");
  });

  test("each pattern deploys into its own namespace <tenant>-<stage>-<id>", () => {
    const namespaces = (stack: string) => [...new Set(manifestsOf(out.json[stack]).map((o) => o.metadata.namespace ?? o.metadata.name))];
    expect(namespaces("shop-platform")).toEqual(["amt-a-test-shop"]);
    expect(namespaces("blog-platform")).toEqual(["amt-a-test-blog"]);
    expect(namespaces("stub-platform")).toEqual(["amt-a-test-stub"]);
  });
});

test("two patterns cannot share an id in one zone", () => {
  const app = new App({ outdir: "/tmp/unused" });
  const zone = new LandingZone(app, "z", { target: targets.stackit() });
  new WebAppStack(app, "shop", { landingZone: zone, image });
  const other = new App({ outdir: "/tmp/unused" });
  expect(() => new WebAppStack(other, "shop", { landingZone: zone, image })).toThrow(
    /\[WebAppStack shop\] id: "shop" is already used in landing zone z by shop/,
  );
});

test("a pattern's stage or target that differs from its zone's fails at synth", () => {
  const app = new App({ outdir: "/tmp/unused" });
  const zone = new LandingZone(app, "z", { target: targets.stackit(), stage: "acceptance" });
  expect(() => new WebAppStack(app, "a", { landingZone: zone, image, stage: "production" })).toThrow(
    /^\[WebAppStack a\] stage: "production" differs from the landing zone's \("acceptance"\)/,
  );
  expect(() => new WebAppStack(app, "b", { landingZone: zone, image, target: targets.ionos() })).toThrow(
    /^\[WebAppStack b\] target: differs from the landing zone's target \(stackit\)/,
  );
  expect(() => new WebAppStack(app, "c", { landingZone: {} as LandingZone, image })).toThrow(/^\[WebAppStack c\] landingZone: .* is not a landing zone/);
});

test("a landing zone refuses unknown properties and a bad tenant", () => {
  const app = new App({ outdir: "/tmp/unused" });
  expect(() => new LandingZone(app, "z1", { target: targets.onprem(), stagee: "test" } as never)).toThrow(/\[LandingZone z1\] stagee: is not a known property/);
  expect(() => new LandingZone(app, "z2", { target: targets.onprem(), tenant: "Amt A" })).toThrow(
    /\[LandingZone z2\] tenant: "Amt A" is not a valid name\. Allowed: lower-case letters/,
  );
});

test("on-prem: patterns in one zone share the cluster access and may not claim the same namespace", () => {
  const app = new App({ outdir: "/tmp/unused" });
  const zone = new LandingZone(app, "rz", {
    target: targets.onprem({ kubeconfigPath: "/etc/rz/kubeconfig", kubeconfigCheckedAtSynth: false }),
    tenant: "amt-b",
  });
  new WebAppStack(app, "shop", { landingZone: zone, image, namespace: "shared-ns" });
  expect(() => new WebAppStack(app, "blog", { landingZone: zone, image, namespace: "shared-ns" })).toThrow(
    /\[WebAppStack blog\] namespace: "shared-ns" is already used by .*shop/,
  );
});

test("a capability request id with '-' gives valid output, variable and input names", () => {
  for (const target of [targets.stackit(), targets.ionos()]) {
    const out = synthApp((app) => {
      const shop = new WebAppStack(app, "shop", { target, image });
      // A second database of the same pattern, asked for with a hyphenated id.
      target.postgres((shop as unknown as { context: Parameters<typeof target.postgres>[0] }).context, {
        id: "analytics-db",
        database: "analytics",
        username: "analyst",
      });
    });
    const infra = out.json["shop-infra"];
    expect(Object.keys(infra.output)).toEqual(expect.arrayContaining(["analytics_db_host"]));
    for (const name of [...Object.keys(infra.output), ...Object.keys(infra.variable), ...Object.keys(out.json["shop-platform"].variable)])
      expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
  }
});
