/**
 * Level 3 on a machine without cloud APIs: a plan that fails only because the provider calls its
 * cloud API while planning (STACKIT's observability plan check) is `blocked` with the host named,
 * never a pass; any other error among them keeps it a `fail`.
 */
import { needsCloudApi } from "../../conformance/cell";
import type { TofuOutcome } from "../../deploy/tofu";

const outcome = (errors: Array<{ summary: string; detail: string }>): TofuOutcome => ({
  ok: false,
  code: 1,
  durationMs: 1,
  interrupted: false,
  errors: errors.map((e) => ({ ...e, severity: "error" }) as TofuOutcome["errors"][number]),
  warnings: [],
  plannedChanges: [],
});

const lookup = {
  summary: "Error validating plan",
  detail:
    'Loading service plan: Get "https://argus.api.eu01.stackit.cloud/v1/projects/0000/plans": dial tcp: lookup argus.api.eu01.stackit.cloud on 127.0.0.53:53: no such host',
};

test("a plan failing only on cloud API lookups names the host", () => {
  expect(needsCloudApi(outcome([lookup]))).toBe("argus.api.eu01.stackit.cloud");
  expect(needsCloudApi(outcome([lookup, lookup]))).toBe("argus.api.eu01.stackit.cloud");
});

test("any other error keeps the plan a failure", () => {
  expect(needsCloudApi(outcome([lookup, { summary: "Unsupported argument", detail: 'An argument named "plan" is not expected here.' }]))).toBeUndefined();
  expect(needsCloudApi(outcome([{ summary: "Invalid value", detail: "cidr: not a CIDR" }]))).toBeUndefined();
  expect(needsCloudApi({ ...outcome([]), ok: true })).toBeUndefined();
});
