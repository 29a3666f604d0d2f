/**
 * The `size` preset is checked by one rule (core/errors.ts `requireOneOf` over core/profile.ts
 * `SIZES`) wherever it arrives: the pattern, the namespace and the workload say the same thing,
 * and a name that only exists on Object.prototype (`toString`) is no size.
 */
import { App, TerraformStack } from "cdktf";
import { ZeroTrustNamespace } from "../../constructs/namespace";
import { Workload } from "../../constructs/workload";

const image = "registry.example.de/shop/web:1.4.2";
const stack = () => new TerraformStack(new App({ outdir: "/tmp/unused" }), "stack");

test.each(["XXL", "toString", "constructor"])("ZeroTrustNamespace and Workload refuse size %s with the same message", (size) => {
  const allowed = `size: ${JSON.stringify(size)} is not allowed. Allowed: S, M, L, XL`;
  expect(() => new ZeroTrustNamespace(stack(), "ns", { name: "team", size: size as never })).toThrow(`[ZeroTrustNamespace stack/ns] ${allowed}`);
  const s = stack();
  const namespace = new ZeroTrustNamespace(s, "ns", { name: "team", size: "M" });
  expect(() => new Workload(s, "app", { namespace, name: "web", image, size: size as never })).toThrow(`[Workload stack/app] ${allowed}`);
});

test("every size preset is accepted by both", () => {
  for (const size of ["S", "M", "L", "XL"] as const) {
    const s = stack();
    const namespace = new ZeroTrustNamespace(s, "ns", { name: "team", size });
    expect(new Workload(s, "app", { namespace, name: "web", image, size }).replicas).toBeGreaterThan(0);
  }
});
