/**
 * The air-gap image map (`targets.onprem({ images })`, ADR 0350): prefix rewrites keep path, tag
 * and digest; per-image overrides by catalogue key or upstream repository; the longest prefix
 * wins; `registryMirror` applies where no prefix matched; clear errors for unknown keys and
 * malformed references; both engines render the mapped references (cdktf JSON and Pulumi
 * registrations carry the same image set); IONOS and STACKIT take the same prop.
 */
import "../../patterns";
import { getPattern, registeredPatterns } from "../../patterns";
import { targets } from "../../providers";
import type { ITarget } from "../../core/target";
import { IMAGE_CATALOGUE, catalogueRef, type CatalogueImage } from "../../core/images/catalogue";
import { classifyImages, imagesIn } from "../../core/images/inventory";
import { ImageResolver, imagesOf } from "../../core/images/map";
import { synthApp } from "../support/synth";
import { renderManyUnderMocks } from "../support/pulumi";

const MIRROR = {
  prefixes: {
    "docker.io": "harbor.rz.example.de/dockerhub",
    "quay.io": "harbor.rz.example.de/quay",
    "ghcr.io": "harbor.rz.example.de/ghcr",
    "registry.k8s.io": "harbor.rz.example.de/k8s",
  },
};

/** Every image of every registered pattern's reference instance on `target`, cdktf-rendered. */
function onpremImages(target: ITarget): string[] {
  const out = synthApp((app) => {
    for (const p of registeredPatterns()) p.create(app, p.name, { target, stage: "production" });
  });
  return [...new Set(Object.values(out.json).flatMap((stack) => imagesIn(stack)))].sort();
}

test("a prefix map puts every catalogue image behind the mirror with its tag and digest; app images outside the prefixes stay", () => {
  const images = onpremImages(targets.onprem({ images: MIRROR, gpuNodes: 1 }));
  const problems: string[] = [];
  for (const ref of images) {
    if (ref.startsWith("registry.example.de/")) continue; // the user's app images: no prefix matches them
    if (!ref.startsWith("harbor.rz.example.de/")) problems.push(`${ref} is not behind the mirror`);
  }
  expect(problems).toEqual([]);
  // Each mapped image is still recognised as its catalogue entry, with the catalogue's digest.
  for (const found of classifyImages({ images: images.map((image) => ({ image })) })) {
    if (found.ref.startsWith("registry.example.de/")) continue;
    expect(found.key).toBeDefined();
    const entry: CatalogueImage = IMAGE_CATALOGUE[found.key!];
    expect(found.ref).toBe(
      `harbor.rz.example.de/${MIRROR.prefixes[entry.repository.split("/")[0] as keyof typeof MIRROR.prefixes].split("/")[1]}/${entry.repository.slice(entry.repository.indexOf("/") + 1)}:${entry.tag}${entry.digest ? `@${entry.digest}` : ""}`,
    );
  }
  expect(images).toContain(`harbor.rz.example.de/dockerhub/library/postgres:17.2-alpine3.21@${IMAGE_CATALOGUE.postgres.digest}`);
  expect(images).toContain(`harbor.rz.example.de/k8s/kube-state-metrics/kube-state-metrics:v2.15.0@${IMAGE_CATALOGUE.kubeStateMetrics.digest}`);
});

test("overrides by key and by repository, longest prefix first, registryMirror for the rest", () => {
  const resolver = new ImageResolver("targets.onprem", {
    registryMirror: "fallback.example.de",
    images: {
      prefixes: { "quay.io": "harbor.example.de/quay", "quay.io/prometheus": "harbor.example.de/prom" },
      overrides: {
        keycloak: "harbor.example.de/iam/keycloak",
        "docker.io/grafana/loki": `harbor.example.de/logs/loki:3.5.0-patched@sha256:${"a".repeat(64)}`,
      },
    },
  });
  expect(resolver.ref("keycloak")).toBe(`harbor.example.de/iam/keycloak:26.7.3@${IMAGE_CATALOGUE.keycloak.digest}`);
  expect(resolver.resolve("keycloak").via).toBe("override");
  expect(resolver.ref("loki")).toBe(`harbor.example.de/logs/loki:3.5.0-patched@sha256:${"a".repeat(64)}`);
  expect(resolver.ref("prometheus")).toBe(`harbor.example.de/prom/prometheus:v3.5.0@${IMAGE_CATALOGUE.prometheus.digest}`);
  expect(resolver.ref("oauth2Proxy")).toBe(`harbor.example.de/quay/oauth2-proxy/oauth2-proxy:v7.15.3@${IMAGE_CATALOGUE.oauth2Proxy.digest}`);
  expect(resolver.ref("prometheusOperator")).toBe("harbor.example.de/quay/prometheus-operator/prometheus-operator:v0.85.0");
  expect(resolver.resolve("rclone")).toMatchObject({
    resolved: `fallback.example.de/rclone/rclone:1.75.1@${IMAGE_CATALOGUE.rclone.digest}`,
    via: "registryMirror",
  });
  // An operator's explicit image prop is rewritten by the prefixes/mirror, never replaced by an override.
  expect(resolver.ref("postgres", "docker.io/library/postgres:17.4")).toBe("fallback.example.de/library/postgres:17.4");
  expect(resolver.rewrite("nginx:1.27")).toBe("fallback.example.de/library/nginx:1.27");
  // Without a map or mirror, every reference is the catalogue's, unchanged.
  expect(ImageResolver.UPSTREAM.ref("kafka")).toBe(catalogueRef("kafka"));
  expect(imagesOf({ registryMirror: "m.example.de" }).ref("kafka")).toBe(`m.example.de/apache/kafka:3.9.0@${IMAGE_CATALOGUE.kafka.digest}`);
});

test("bad maps fail at construction, naming the property and what is allowed", () => {
  const onprem = (images: unknown) => () => targets.onprem({ images: images as never });
  expect(onprem({ overrides: { keycloack: "harbor.example.de/keycloak" } })).toThrow(
    /\[targets\.onprem\] images\.overrides\["keycloack"\]: is not a catalogue image \(did you mean "keycloak"\?\)\. Allowed: postgres, pgvector, .*kubeStateMetrics, or an upstream repository/,
  );
  expect(onprem({ overrides: { keycloak: "harbor.example.de/keycloak:26.7.3" } })).toThrow(
    /has a tag but no digest, so the catalogue's digest pin .* would be lost/,
  );
  expect(onprem({ overrides: { keycloak: "keycloak" } })).toThrow(/is not a mirror reference\. Allowed: registry\/path/);
  expect(onprem({ overrides: { keycloak: "harbor.example.de/Key Cloak" } })).toThrow(/is not a mirror reference/);
  expect(onprem({ overrides: { keycloak: "harbor.example.de/k", "quay.io/keycloak/keycloak": "harbor.example.de/k" } })).toThrow(/maps keycloak a second time/);
  expect(onprem({ prefixes: { "https://docker.io": "harbor.example.de" } })).toThrow(
    /images\.prefixes\["https:\/\/docker\.io"\]: is not an upstream registry prefix/,
  );
  expect(onprem({ prefixes: { "docker.io": "harbor.example.de/x:1.0" } })).toThrow(/is not a mirror prefix\. Allowed: a registry host/);
  expect(onprem({ prefixes: { "docker.io": 5 } })).toThrow(/images\.prefixes\.docker\.io: 5 is not allowed\. Allowed: a string/);
  expect(onprem({ registries: {} })).toThrow(/\[targets\.onprem\] images\.registries/);
  expect(onprem("harbor.example.de")).toThrow(/images/);
  expect(() => targets.onprem({ registryMirror: "https://harbor.example.de" })).toThrow(
    /registryMirror: "https:\/\/harbor\.example\.de" is not a registry host/,
  );
});

test("IONOS and STACKIT take the same map (a sovereign operator's mirror)", () => {
  for (const target of [targets.ionos({ images: MIRROR }), targets.stackit({ images: MIRROR })]) {
    const out = synthApp((app) => getPattern("iam").create(app, "iam", { target, stage: "test" }));
    const images = Object.values(out.json).flatMap((stack) => imagesIn(stack));
    expect(images).toContain(`harbor.rz.example.de/quay/keycloak/keycloak:26.7.3@${IMAGE_CATALOGUE.keycloak.digest}`);
    expect(images.filter((i) => !i.startsWith("harbor.rz.example.de/") && !i.startsWith("registry.example.de/"))).toEqual([]);
  }
  expect(() => targets.stackit({ images: { overrides: { nope: "x.example.de/y" } } })).toThrow(/\[targets\.stackit\] images\.overrides\["nope"\]/);
});

test("the Pulumi engine renders the same mapped images as cdktf", async () => {
  const build = (app: Parameters<Parameters<typeof synthApp>[0]>[0]) => [
    getPattern("monitoring").create(app, "mon", { target: targets.onprem({ images: MIRROR }), stage: "test" }),
  ];
  const cdktf = synthApp((app) => build(app));
  const fromCdktf = [...new Set(Object.values(cdktf.json).flatMap((stack) => imagesIn(stack)))].sort();
  const { registered } = await renderManyUnderMocks(build);
  const fromPulumi = [...new Set(registered.filter((r) => r.type.startsWith("kubernetes:")).flatMap((r) => imagesIn(r.inputs)))].sort();
  expect(fromCdktf.length).toBeGreaterThan(4);
  expect(fromPulumi).toEqual(fromCdktf);
  expect(fromCdktf.every((i) => i.startsWith("harbor.rz.example.de/"))).toBe(true);
});
