/**
 * Why the on-prem upgrade test applies only the production stage by default (ADR 0455,
 * `upgradeStages` in releases.ts): for every release with fixtures and for the current code,
 * every on-prem test-stage stack holds no address its production stack lacks (stage name and
 * content hashes normalised), so an upgrade of production plans every kind of change one of
 * the test stage would. A pattern that gains a test-only object fails here, and then the test
 * stage belongs in the default again.
 */
import { registeredPatterns } from "../../index";
import { newSynth, oldStacks, removeTempDirs, stageAddresses, upgradeReleases, upgradeStages } from "./releases";

afterAll(() => removeTempDirs());

/** Addresses of `test` that `production` lacks, per stack name. */
function testOnly(test: Array<{ name: string; json: object }>, production: Array<{ name: string; json: object }>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of test) {
    const p = production.find((s) => s.name === t.name);
    const prod = p ? stageAddresses(p.json, "production") : new Set<string>();
    out[t.name] = [...stageAddresses(t.json, "test")].filter((a) => !prod.has(a));
  }
  return out;
}

const emptyFor = (stacks: Array<{ name: string }>) => Object.fromEntries(stacks.map((s) => [s.name, []]));

describe.each(upgradeReleases(undefined, "").map((r) => [r.release, r] as const))("%s fixtures", (_tag, release) => {
  const patterns = release.patterns.filter((p) => !("skip" in oldStacks(release, p, "onprem", "test")));
  test("has on-prem test-stage fixtures to compare", () => {
    expect(patterns.length).toBeGreaterThan(0);
  });
  test.each(patterns.map((p) => [p]))("%s: the test stage's addresses are all in production", (pattern) => {
    const testStage = oldStacks(release, pattern, "onprem", "test") as { stacks: Array<{ name: string; json: object }> };
    const production = oldStacks(release, pattern, "onprem", "production") as { stacks: Array<{ name: string; json: object }> };
    expect(testOnly(testStage.stacks, production.stacks)).toEqual(emptyFor(testStage.stacks));
  });
});

test.each(registeredPatterns().map((p) => [p.name]))("current code, %s: the test stage's addresses are all in production", (pattern) => {
  const testStage = newSynth(pattern, "onprem", "test");
  expect(testOnly(testStage, newSynth(pattern, "onprem", "production"))).toEqual(emptyFor(testStage));
});

test("the comparison catches a test-only object and ignores stage names and content hashes", () => {
  const res = (names: string[]) => ({ resource: { kubernetes_manifest: Object.fromEntries(names.map((n) => [n, {}])) } });
  const prod = [{ name: "s", json: res(["job-x-production-sync-0a6ce828", "pdb-x-production-web"]) }];
  expect(testOnly([{ name: "s", json: res(["job-x-test-sync-92854411"]) }], prod)).toEqual({ s: [] });
  expect(testOnly([{ name: "s", json: res(["job-x-test-sync-92854411", "configmap-x-test-debug"]) }], prod)).toEqual({
    s: ["kubernetes_manifest.configmap-x-<stage>-debug"],
  });
});

test("STACKWERK_UPGRADE_STAGES: production by default, all or a list, a clear error otherwise", () => {
  expect(upgradeStages(undefined)).toEqual(["production"]);
  expect([...upgradeStages("all")].sort()).toEqual(["production", "test"]);
  expect(upgradeStages("test")).toEqual(["test"]);
  expect(() => upgradeStages("staging")).toThrow(/^STACKWERK_UPGRADE_STAGES: unknown stage\(s\) staging; allowed: all, (test, production|production, test)$/);
});
