/**
 * CIDR guards on parsed networks (issue 26): a prefix of 0 in any spelling, IPv6 `::/0`, and
 * ranges that together cover the whole IPv4 or IPv6 space are "the internet" and refused in every
 * CIDR prop (adminCidrs, the STACKIT database ACL, on-prem egress ranges, the model download
 * range) unless the widening is named; OpenTofu's check of `admin_cidrs` at plan refuses them too.
 */
import "../../patterns";
import { WebAppStack, AiStack } from "../../patterns";
import { targets } from "../../providers";
import { StackwerkValidationError } from "../../core/errors";
import { parseCidr, wholeSpacesCovered } from "../../core/validation/cidr";
import { synthApp } from "../support/synth";

const refusal = (make: () => unknown): string => {
  try {
    make();
  } catch (e) {
    if (e instanceof StackwerkValidationError) return e.message;
    throw e;
  }
  return "accepted";
};

const INTERNET_V4 = [["1.2.3.4/0"], ["0.0.0.0/1", "128.0.0.0/1"], ["0.0.0.0/1", "128.0.0.0/2", "192.0.0.0/2", "10.0.0.0/8"], ["0.0.0.0/0"]];

test.each(INTERNET_V4)("adminCidrs %p is refused on both cloud targets, naming the widening", (...cidrs) => {
  for (const make of [targets.stackit, targets.ionos]) {
    const message = refusal(() => make({ adminCidrs: cidrs }));
    expect(message).toMatch(/adminCidrs/);
    expect(message).toMatch(/every IPv4 address|prefix length 0/);
    expect(message).toMatch(/openToInternet/);
  }
});

test("IPv6 ::/0 and a string instead of a list are refused with the property named, not a TypeError", () => {
  expect(refusal(() => targets.stackit({ adminCidrs: ["::/0"] }))).toMatch(/adminCidrs\[0\].*not a valid CIDR/);
  expect(refusal(() => targets.stackit({ adminCidrs: "203.0.113.0/24" as unknown as string[] }))).toMatch(
    /adminCidrs: "203.0.113.0\/24" is not (a list|allowed)/,
  );
  expect(refusal(() => targets.ionos({ openToInternet: true as unknown as [] }))).toMatch(/openToInternet: true is not (a list|allowed)/);
});

test("the STACKIT database ACL: split halves refused, together with adminCidrs too; allowed when named", () => {
  expect(refusal(() => targets.stackit({ postgresAcl: ["0.0.0.0/1", "128.0.0.0/1"] }))).toMatch(
    /postgresAcl.*every IPv4 address.*openToInternet: \["postgres"\]/,
  );
  expect(refusal(() => targets.stackit({ adminCidrs: ["0.0.0.0/1"], postgresAcl: ["128.0.0.0/1"] }))).toMatch(/postgresAcl.*every IPv4 address/);
  expect(refusal(() => targets.stackit({ postgresAcl: ["10.0.0.0/0"] }))).toMatch(/postgresAcl\[0\].*prefix length 0/);
  expect(refusal(() => targets.stackit({ postgresAcl: ["0.0.0.0/1", "128.0.0.0/1"], openToInternet: ["postgres"] }))).toBe("accepted");
  expect(refusal(() => targets.stackit({ adminCidrs: ["203.0.113.0/24"], postgresAcl: ["198.51.100.0/24"] }))).toBe("accepted");
});

test("on-prem egress ranges: only the written-out 0.0.0.0/0 widens; 1.2.3.4/0 is refused", () => {
  const external = (cidr: string) => () => targets.onprem({ postgres: { mode: "external", host: "pg.rz.example.de", passwordSecretName: "pg", cidr } });
  expect(refusal(external("1.2.3.4/0"))).toMatch(/postgres\.cidr.*prefix length 0/);
  expect(refusal(external("0.0.0.0/0"))).toBe("accepted");
  expect(refusal(external("10.20.0.15/32"))).toBe("accepted");
});

test("the AI model download range: 1.2.3.4/0 is refused at synth", () => {
  const message = refusal(() =>
    synthApp((app) => {
      new AiStack(app, "ai", {
        target: targets.onprem(),
        model: "Qwen/Qwen2.5-0.5B-Instruct",
        serving: "cpu",
        downloadCidr: "1.2.3.4/0",
        governance: {
          riskClass: "minimal",
          intendedPurpose: "tests",
          modelCard: "https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct",
          dataResidency: "DE",
          humanOversightContact: "a@b.de",
          auditLogRetentionDays: 7,
        },
      });
    }),
  );
  expect(message).toMatch(/downloadCidr.*prefix length 0/);
});

test("the parser: v4, v6 with gaps and embedded v4; host bits cleared; nested ranges counted once", () => {
  expect(parseCidr("10.1.2.3/8")).toEqual({ version: 4, network: 10n << 24n, prefix: 8 });
  expect(parseCidr("::ffff:10.0.0.1/128")?.network).toBe(0xffff0a000001n);
  for (const bad of ["10.0.0.0/33", "10.0.0.1/08", "1::2::3/4", "1:2:3/64", "300.0.0.0/8", "10.0.0.0", 42]) expect(parseCidr(bad)).toBeUndefined();
  const parsed = (list: string[]) => list.map((c) => parseCidr(c)!);
  expect(wholeSpacesCovered(parsed(["0.0.0.0/1", "128.0.0.0/1", "::/1", "8000::/1"]))).toEqual([4, 6]);
  // 0.0.0.0/1 twice and a nested /8 do not add up to the whole space.
  expect(wholeSpacesCovered(parsed(["0.0.0.0/1", "0.0.0.0/1", "10.0.0.0/8"]))).toEqual([]);
});

test("a web app on STACKIT with admin ranges still synthesises (the guard refuses only the internet)", () => {
  const out = synthApp(
    (app) =>
      new WebAppStack(app, "shop", {
        target: targets.stackit({ adminCidrs: ["203.0.113.0/24", "198.51.100.7/32"] }),
        image: "registry.example.de/shop/web:1.4.2",
      }),
  );
  expect(out.json["shop-infra"].variable.admin_cidrs.default).toBe("203.0.113.0/24,198.51.100.7/32");
});
