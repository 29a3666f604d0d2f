/**
 * The web-app's `image` is checked once on its walk (issue 22): by the pattern, whose error names
 * it; the Workload built from it takes the same reference unchecked (constructs/resolved-image.ts).
 * An image given straight to a Workload is still checked there. Counted by wrapping the one rule
 * (`validateImage`); before `resolveImage` the pattern and its Workload both checked it.
 */
import { App } from "cdktf";
import type { IConstruct } from "constructs";

const mockImageChecks: string[] = [];
jest.mock("../../constructs/security", () => {
  const actual = jest.requireActual("../../constructs/security");
  return {
    ...actual,
    validateImage: (scope: IConstruct, property: string, image: string) => {
      mockImageChecks.push(`${scope.node.path} ${property}`);
      return actual.validateImage(scope, property, image);
    },
  };
});

const { WebAppStack } = require("../../patterns") as typeof import("../../patterns");
const { targets } = require("../../providers") as typeof import("../../providers");
const { Workload } = require("../../constructs/workload") as typeof import("../../constructs/workload");
const { ZeroTrustNamespace } = require("../../constructs/namespace") as typeof import("../../constructs/namespace");

const image = "registry.example.de/shop/web:1.4.2";
beforeEach(() => mockImageChecks.splice(0));

test("WebAppStack: the image is checked once, by the pattern", () => {
  new WebAppStack(new App({ outdir: "/tmp/unused" }), "shop", { target: targets.onprem(), image });
  expect(mockImageChecks).toEqual(["shop image"]);
});

test("a Workload on its own still checks its image, naming itself", () => {
  const app = new App({ outdir: "/tmp/unused" });
  const namespace = new ZeroTrustNamespace(app, "ns", { name: "team" });
  new Workload(app, "web", { namespace, name: "web", image });
  expect(mockImageChecks).toEqual(["web image"]);
  expect(() => new Workload(app, "bad", { namespace, name: "bad", image: "registry.example.de/shop/web:latest" })).toThrow(
    /^\[Workload bad\] image: .*moving tag 'latest'/,
  );
});

test("a bad image still fails at the pattern, naming it", () => {
  expect(() => new WebAppStack(new App({ outdir: "/tmp/unused" }), "shop", { target: targets.onprem(), image: "registry.example.de/shop/web" })).toThrow(
    /^\[WebAppStack shop\] image: .* has no tag or digest/,
  );
});
