/**
 * One image table (issue 27, ADR 0350): synthesises every registered pattern × target × stage (and
 * the variants whose images the reference instances do not use: Kafka, the CPU model server),
 * collects every image reference in the Terraform JSON and fails on one that is not from the
 * catalogue, carries another digest than the catalogue's, or lacks a digest outside the listed
 * tag-only exceptions. Also: every catalogue entry is used somewhere (no dead pins); no pattern,
 * target or building block writes a registry host of its own.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { synthPattern, targetByName, TARGET_NAMES, AiStack, EventBusStack } from "../../index";
import { registeredPatterns } from "../../patterns/registry";
import { REFERENCE_GOVERNANCE } from "../../patterns/ai/register";
import { IMAGE_CATALOGUE, IMAGE_KEYS, TAG_ONLY_CATALOGUE_KEYS, catalogueRef, type CatalogueImage, type ImageKey } from "../../core/images/catalogue";
import { classifyImages, imagesIn, type FoundImage } from "../../core/images/inventory";
import type { ITarget } from "../../core/target";
import { synthApp } from "../support/synth";

/**
 * Images that are not Stackwerk's: the reference instances' own app images (the `image` prop a
 * user gives; Stackwerk only validates that it is pinned). Nothing else may appear outside the catalogue.
 */
const USER_APP_IMAGES: Readonly<Record<string, string>> = {
  "registry.example.de/stackwerk/hello-web:1.0.0": "web-app and iam reference app (the user's `image` prop)",
  "registry.example.de/stackwerk/rag-demo:1.0.0": "ai reference app (the user's `app.image` prop)",
  "registry.example.de/stackwerk/hello-events:1.0.0": "event-bus reference clients (user workloads)",
};

/** Images of one synthesised cell. */
function cellImages(build: (outdir: string) => string[]): FoundImage[] {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-images-"));
  try {
    return build(outdir).flatMap((file) => classifyImages(JSON.parse(fs.readFileSync(file, "utf8"))));
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** Every cell: registered pattern × target × stage, plus the variants. */
function allCells(): Map<string, FoundImage[]> {
  const cells = new Map<string, FoundImage[]>();
  for (const pattern of registeredPatterns())
    for (const target of TARGET_NAMES)
      for (const stage of ["test", "production"] as const)
        cells.set(
          `${pattern.name}/${target}/${stage}`,
          cellImages((outdir) => synthPattern({ pattern: pattern.name, target: targetByName(target), stage, outdir }).map((s) => s.file)),
        );
  for (const target of TARGET_NAMES) {
    const { stacks } = synthApp((app) => new EventBusStack(app, "bus", { target: targetByName(target), protocol: "kafka", topics: [{ name: "orders" }] }));
    cells.set(
      `event-bus(kafka)/${target}/test`,
      cellImages(() => stacks.map((s) => s.file)),
    );
  }
  const cpu = synthApp(
    (app) =>
      new AiStack(app, "ai", {
        target: targetByName("onprem") as ITarget,
        model: "Qwen/Qwen2.5-0.5B-Instruct",
        serving: "cpu",
        governance: REFERENCE_GOVERNANCE,
      }),
  );
  cells.set(
    "ai(cpu)/onprem/test",
    cellImages(() => cpu.stacks.map((s) => s.file)),
  );
  return cells;
}

const cells = allCells();

test("every synthesised image is the catalogue's reference (with its digest) or a listed user app image", () => {
  const problems: string[] = [];
  // Only a fully managed cell runs no image of its own (IONOS Event Streams for Kafka, no client workloads).
  expect([...cells].filter(([, images]) => images.length === 0).map(([cell]) => cell)).toEqual(["event-bus(kafka)/ionos/test"]);
  for (const [cell, images] of cells) {
    for (const image of images) {
      if (image.ref in USER_APP_IMAGES) continue;
      if (!image.key) problems.push(`${cell}: ${image.ref} is not from the image catalogue`);
      else if (image.ref !== catalogueRef(image.key)) problems.push(`${cell}: ${image.ref} differs from the catalogue's ${catalogueRef(image.key)}`);
      else if (!image.digest && !TAG_ONLY_CATALOGUE_KEYS.includes(image.key)) problems.push(`${cell}: ${image.ref} has no digest`);
    }
  }
  expect(problems).toEqual([]);
});

test("every catalogue entry is used by some pattern × target, and only the listed ones lack a digest", () => {
  const used = new Set<ImageKey>([...cells.values()].flatMap((images) => images.flatMap((i) => (i.key ? [i.key] : []))));
  expect(IMAGE_KEYS.filter((key) => !used.has(key))).toEqual([]);
  // The explicit exceptions, each with its reason in the catalogue (no published digest of the v0.85.0 index).
  expect([...TAG_ONLY_CATALOGUE_KEYS].sort()).toEqual(["prometheusConfigReloader", "prometheusOperator"]);
  for (const key of TAG_ONLY_CATALOGUE_KEYS) expect((IMAGE_CATALOGUE[key] as CatalogueImage).provenance).toMatch(/no published record|as prometheusOperator/);
  for (const key of IMAGE_KEYS) {
    const entry: CatalogueImage = IMAGE_CATALOGUE[key];
    expect(entry.repository).toMatch(/^[a-z0-9.-]+\.[a-z]+\/[a-z0-9._/-]+$/);
    if (entry.digest) expect(entry.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    else expect(entry.evidence).toBe("none");
  }
});

test("the scan finds images in image fields and flag values, so a stray reference cannot hide", () => {
  const json = {
    resource: {
      kubernetes_manifest: {
        a: { manifest: { spec: { template: { spec: { containers: [{ image: "docker.io/library/busybox:1.36", args: ["--reloader=quay.io/x/y:v1"] }] } } } } },
        b: { manifest: { spec: { image: catalogueRef("prometheus") } } },
      },
    },
  };
  expect(imagesIn(json)).toEqual(["docker.io/library/busybox:1.36", "quay.io/x/y:v1", catalogueRef("prometheus")]);
  const classified = classifyImages(json);
  expect(classified[0].key).toBeUndefined();
  expect(classified[2]).toEqual({ ref: catalogueRef("prometheus"), key: "prometheus", digest: true });
});

test("no pattern, target, building block or engine writes a registry host outside the catalogue", () => {
  const root = path.join(__dirname, "..", "..");
  const host = /["'`][^"'`\n]*\b(docker\.io|quay\.io|ghcr\.io|registry\.k8s\.io|gcr\.io|mcr\.microsoft\.com|public\.ecr\.aws|registry-1\.docker\.io)\//;
  const offenders: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === "generated" || entry.name === "vendor" || file === path.join(root, "core", "images")) continue;
        walk(file);
      } else if (entry.name.endsWith(".ts")) {
        fs.readFileSync(file, "utf8")
          .split("\n")
          .forEach((line, i) => {
            if (host.test(line) && !/^\s*(\*|\/\/|\/\*)/.test(line)) offenders.push(`${path.relative(root, file)}:${i + 1}: ${line.trim()}`);
          });
      }
    }
  };
  for (const floor of ["core", "constructs", "providers", "patterns", "engines"]) walk(path.join(root, floor));
  expect(offenders).toEqual([]);
});
