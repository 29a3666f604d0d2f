/**
 * The zone's Gateway (ADR 0090): vendored CRDs match their provenance, one Gateway per zone with
 * one HTTPS listener per host admitting only the routes' namespaces, and clear synth errors for the
 * removed ingress props and for a host two patterns of a zone both claim.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { App } from "cdktf";
import { LandingZone } from "../../core/landing-zone";
import { WebAppStack } from "../../patterns/web-app";
import { targets } from "../../providers";
import { GATEWAY_API_VERSION, gatewayCrds, gatewayVendorDir, httpsListenerName, traefikMiddlewareCrd } from "../../constructs/kube/gateway";
import { HttpExposure } from "../../constructs/exposure";
import { manifestsOf, synthApp } from "../support/synth";

const IMAGE = "registry.example.de/shop/web:1.4.2";

test.each(["gateway-api", "traefik"] as const)("the vendored %s files are the files their provenance names", (set) => {
  const dir = gatewayVendorDir(set);
  const provenance = JSON.parse(fs.readFileSync(path.join(dir, "provenance.json"), "utf8"));
  expect(provenance.files.length).toBeGreaterThan(0);
  for (const f of provenance.files) {
    expect({
      file: f.file,
      sha256: crypto
        .createHash("sha256")
        .update(fs.readFileSync(path.join(dir, f.file)))
        .digest("hex"),
    }).toEqual({ file: f.file, sha256: f.sha256 });
  }
  if (set === "gateway-api") expect(provenance).toMatchObject({ module: "sigs.k8s.io/gateway-api", version: GATEWAY_API_VERSION, channel: "standard" });
});

test("the CRDs are the standard channel's v1 kinds the exposure uses, and Traefik's Middleware", () => {
  const crds = gatewayCrds();
  expect(crds.map((c) => (c.spec as { names: unknown }).names)).toEqual(
    ["GatewayClass", "Gateway", "HTTPRoute", "ReferenceGrant"].map((kind) => expect.objectContaining({ kind })),
  );
  for (const crd of crds) expect(crd.metadata.annotations?.["gateway.networking.k8s.io/channel"]).toBe("standard");
  expect(traefikMiddlewareCrd().spec).toMatchObject({ group: "traefik.io", names: { kind: "Middleware" } });
});

describe("a zone with two exposed apps", () => {
  const out = synthApp((app) => {
    const zone = new LandingZone(app, "amt", { target: targets.onprem(), stage: "acceptance", clusterIssuer: "rz-acme" });
    new WebAppStack(app, "shop", { landingZone: zone, image: IMAGE, hostName: "shop.amt.example.de" });
    new WebAppStack(app, "blog", { landingZone: zone, image: IMAGE, hostName: "blog.amt.example.de", tls: false });
    new WebAppStack(app, "intern", { landingZone: zone, image: IMAGE });
  });
  const addons = manifestsOf(out.json["amt-addons"]);
  const gateway = addons.find((o) => o.kind === "Gateway");

  test("one Gateway in the zone's namespace, class traefik, certificates from the zone's issuer", () => {
    expect(addons.filter((o) => o.kind === "Gateway")).toHaveLength(1);
    expect(gateway.metadata).toMatchObject({ name: "gateway", namespace: "amt-acceptance-gateway", annotations: { "cert-manager.io/cluster-issuer": "rz-acme" } });
    expect(gateway.spec.gatewayClassName).toBe("traefik");
    expect(addons.find((o) => o.kind === "Namespace" && o.metadata.name === "amt-acceptance-gateway")).toBeDefined();
  });

  test("an HTTPS listener for the TLS host only; every listener admits exactly the exposed apps' namespaces", () => {
    expect(gateway.spec.listeners.map((l: { name: string }) => l.name)).toEqual(["http", "https-shop-amt-example-de"]);
    const shopNs = manifestsOf(out.json["shop-platform"]).find((o) => o.kind === "HTTPRoute").metadata.namespace;
    const blogNs = manifestsOf(out.json["blog-platform"]).find((o) => o.kind === "HTTPRoute").metadata.namespace;
    for (const listener of gateway.spec.listeners) {
      expect(listener.allowedRoutes.namespaces.selector.matchExpressions[0].values.sort()).toEqual(["amt-acceptance-gateway", blogNs, shopNs].sort());
    }
    expect(manifestsOf(out.json["intern-platform"]).filter((o) => o.kind === "HTTPRoute")).toEqual([]);
  });

  test("the plain-HTTP app attaches to `http` and gets no redirect", () => {
    const routes = manifestsOf(out.json["blog-platform"]).filter((o) => o.kind === "HTTPRoute");
    expect(routes).toHaveLength(1);
    expect(routes[0].spec.parentRefs[0]).toMatchObject({ name: "gateway", namespace: "amt-acceptance-gateway", sectionName: "http" });
  });
});

test("a long host gets a listener name of at most 63 characters, unique by hash", () => {
  const a = httpsListenerName(`${"a".repeat(40)}.${"b".repeat(30)}.example.de`);
  const b = httpsListenerName(`${"a".repeat(40)}.${"b".repeat(30)}.example.com`);
  expect(a.length).toBeLessThanOrEqual(63);
  expect(a).not.toBe(b);
  expect(httpsListenerName("shop.example.de")).toBe("https-shop-example-de");
});

test.each(["onprem", "stackit", "ionos"] as const)("targets.%s: the removed ingressClassName fails naming gatewayClassName", (name) => {
  const make = () =>
    (targets[name] as (p: object) => unknown)({
      ...(name === "stackit" ? { projectId: "00000000-0000-0000-0000-000000000000" } : {}),
      ingressClassName: "nginx",
    });
  expect(make).toThrow(/ingressClassName: was removed in v0\.2: ingress-nginx is retired .*Allowed: gatewayClassName/);
  const ns = () =>
    (targets[name] as (p: object) => unknown)({
      ...(name === "stackit" ? { projectId: "00000000-0000-0000-0000-000000000000" } : {}),
      ingressControllerNamespace: "x",
    });
  expect(ns).toThrow(/ingressControllerNamespace: was removed in v0\.2.*Allowed: gatewayControllerNamespace/);
});

test("two patterns of a zone cannot take the same host", () => {
  const build = () =>
    synthApp((app) => {
      const zone = new LandingZone(app, "amt", { target: targets.onprem() });
      new WebAppStack(app, "shop", { landingZone: zone, image: IMAGE, hostName: "shop.amt.example.de" });
      new WebAppStack(app, "copy", { landingZone: zone, image: IMAGE, hostName: "shop.amt.example.de" });
    });
  expect(build).toThrow(
    /hostName: shop\.amt\.example\.de is already served on this Gateway for namespace .*Allowed: a host name no other route of the zone uses/,
  );
});

test("HttpExposure's removed ingress props fail naming `gateway`", () => {
  const app = new App();
  const zone = new LandingZone(app, "amt", { target: targets.onprem() });
  const shop = new WebAppStack(app, "shop", { landingZone: zone, image: IMAGE });
  expect(
    () => new HttpExposure(shop.platformStack as never, "legacy", { workload: shop.workload, hostName: "x.example.de", ingressClassName: "nginx" } as never),
  ).toThrow(/ingressClassName: was removed with ingress-nginx .*Allowed: gateway/);
});
