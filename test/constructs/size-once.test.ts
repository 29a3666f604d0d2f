/**
 * A pattern's `size` is validated once on its walk (issue 22): the pattern checks it
 * (core/profile.ts `resolveSize`), and its landing zone, namespaces and workloads take the value
 * they inherit unchecked. Counted by wrapping the one rule (`requireOneOf`) the check uses: before
 * `resolveSize`, the pattern, its zone, each namespace and each workload checked it again.
 */
import { App } from "cdktf";
import type { IConstruct } from "constructs";

const mockSizeChecks: string[] = [];
jest.mock("../../core/errors", () => {
  const actual = jest.requireActual("../../core/errors");
  return {
    ...actual,
    requireOneOf: (scope: IConstruct | string, prop: string, value: unknown, allowed: readonly string[]) => {
      if (prop === "size") mockSizeChecks.push(typeof scope === "string" ? scope : scope.node.path);
      return actual.requireOneOf(scope, prop, value, allowed);
    },
  };
});

const { WebAppStack } = require("../../patterns") as typeof import("../../patterns");
const { targets } = require("../../providers") as typeof import("../../providers");

beforeEach(() => mockSizeChecks.splice(0));

test.each(["S", "M", "XL"] as const)("WebAppStack with size %s: the size is checked once, by the pattern", (size) => {
  const app = new WebAppStack(new App({ outdir: "/tmp/unused" }), "shop", { target: targets.onprem(), image: "registry.example.de/shop/web:1.4.2", size });
  expect(app.size).toBe(size);
  expect(mockSizeChecks).toEqual(["shop"]);
});

test("a bad size still fails at the pattern, naming it", () => {
  expect(
    () =>
      new WebAppStack(new App({ outdir: "/tmp/unused" }), "shop", {
        target: targets.onprem(),
        image: "registry.example.de/shop/web:1.4.2",
        size: "XXL" as never,
      }),
  ).toThrow(/^\[WebAppStack shop\] size: "XXL" is not allowed\. Allowed: S, M, L, XL$/);
});
