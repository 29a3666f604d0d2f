/**
 * Issue 24, "no TF_VAR other than credentials and the passphrase": on the clouds the infra stack's
 * own inputs are the operator's ranges (`admin_cidrs`, from the `adminCidrs` prop) and the managed
 * endpoints' published ranges (`<name>_cidr`). Given at synth as `endpointCidrs`, they become the
 * variables' defaults, so nothing is left to ask at plan but the cloud credentials and the
 * passphrase; a name that matches no variable, or a range that is not one, is a synth error.
 */
import "../../patterns";
import { IdentityStack, LandingZone, WebAppStack } from "../../index";
import { targets } from "../../providers";
import { StackwerkValidationError } from "../../core/errors";
import { synthApp } from "../support/synth";

type Target = "stackit" | "ionos";
const ADMIN = ["203.0.113.0/24"];

/** Variables of the infra stack without a default (what `stackwerk plan` asks for as TF_VAR_*). */
function askedOf(target: Target, endpointCidrs?: Record<string, string>): string[] {
  const out = synthApp((app) => {
    const zone = new LandingZone(app, "amt", { target: targets[target]({ adminCidrs: ADMIN, ...(endpointCidrs ? { endpointCidrs } : {}) }) });
    new IdentityStack(app, "identity", { landingZone: zone, hostName: "id.amt.example.de" });
    new WebAppStack(app, "shop", { landingZone: zone, image: "registry.example.de/shop/web:1.4.2", hostName: "shop.amt.example.de", database: true });
  });
  const infra = out.json["amt-infra"] as { variable?: Record<string, { default?: unknown; sensitive?: boolean }> };
  return Object.entries(infra.variable ?? {})
    .filter(([, v]) => !("default" in v))
    .map(([n]) => n)
    .sort();
}

test.each(["stackit", "ionos"] as const)("%s: with adminCidrs and endpointCidrs the infra stack asks for no range at plan", (target) => {
  const before = askedOf(target);
  const ranges = before.filter((n) => n.endsWith("_cidr"));
  // STACKIT's managed endpoints have published ranges only the operator knows; IONOS computes its own.
  if (target === "stackit") expect(ranges.length).toBeGreaterThan(0);
  const after = askedOf(target, Object.fromEntries(ranges.map((n, i) => [n, `10.7.${i}.0/24`])));
  expect(after.filter((n) => n.endsWith("_cidr") || n === "admin_cidrs")).toEqual([]);
  // What is left is the state passphrase and the cloud's credentials, nothing of the network.
  expect(after).toEqual(before.filter((n) => !ranges.includes(n)));
  expect(after).toContain("state_passphrase");
});

test("a name no variable has, a malformed name and a range that is none are synth errors naming the prop", () => {
  const refusal = (endpointCidrs: unknown): string => {
    try {
      askedOf("stackit", endpointCidrs as Record<string, string>);
    } catch (e) {
      return (e as Error).message;
    }
    return "accepted";
  };
  expect(refusal({ shop_postgress_cidr: "10.7.0.0/24" })).toMatch(/endpointCidrs\.shop_postgress_cidr: no infra variable .* Allowed: .*shop_postgres_cidr/);
  expect(refusal({ "shop-postgres": "10.7.0.0/24" })).toMatch(/endpointCidrs\.shop-postgres.*Allowed: names ending in _cidr/);
  expect(refusal({ shop_postgres_cidr: "0.0.0.0/0" })).toMatch(/endpointCidrs\.shop_postgres_cidr.*prefix length 0.*openToInternet: \["egress"\]/);
  expect(() => targets.ionos({ endpointCidrs: "10.0.0.0/8" as unknown as Record<string, string> })).toThrow(StackwerkValidationError);
});
