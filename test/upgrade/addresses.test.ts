/**
 * Upgrade test, address view (no state needed; the only view for cloud targets here, where no
 * cloud is reachable): for every release with fixtures (v0.1.0, v0.2.0, …) and every registered
 * pattern × target × stage of it, every
 * protected resource address of its synth (managed databases, users, buckets, clusters, DNS zones,
 * credentials, networks; and on the platform side Namespaces, StatefulSets, PVCs, Secrets and the
 * generated passwords) must exist in the current synth, directly or through `moved` blocks.
 * The on-prem plan/apply view is in onprem-suite.ts.
 */
import { registeredPatterns } from "../../index";
import { addressesOf, addressViolations, describeViolations, protectedKind } from "../../tools/upgrade/compat";
import { newSynth, oldStacks, PLACEHOLDER_VALUES, removeTempDirs, SNAPSHOT_STAGES, upgradeReleases, withoutVariableDefaults } from "./releases";

/** Every release with fixtures (test/upgrade/releases/<tag>), oldest first. */
const RELEASES = upgradeReleases();
afterAll(removeTempDirs);

describe.each(RELEASES.map((r) => [r.release, r] as const))("upgrade from %s", (_tag, release) => {
  test(`every pattern of ${release.release} is still registered (dropping one would orphan its users' resources)`, () => {
    const now = registeredPatterns().map((p) => p.name);
    expect(release.patterns.filter((p) => !now.includes(p))).toEqual([]);
  });

  describe.each(registeredPatterns().map((p) => p.name))("%s", (pattern) => {
    for (const target of release.targets) {
      for (const stage of SNAPSHOT_STAGES) {
        const old = oldStacks(release, pattern, target, stage);
        if ("skip" in old) {
          test.skip(`${target} ${stage}: skipped — ${old.skip}`, () => undefined);
          continue;
        }
        test(`${target} ${stage}: no protected address disappears without a moved block, and no stack is renamed`, () => {
          const now = newSynth(pattern, target, stage);
          expect(old.stacks.map((s) => s.name).filter((n) => !now.some((s) => s.name === n))).toEqual([]);
          for (const stack of old.stacks) {
            const current = now.find((s) => s.name === stack.name)!;
            const lost = addressViolations(stack.json, current.json);
            expect({ stack: stack.name, lost: describeViolations(lost) }).toEqual({ stack: stack.name, lost: "" });
          }
        });
        test(`${target} ${stage}: machine-dependent values of the old synth appear only as variable defaults`, () => {
          for (const stack of old.stacks) {
            const text = JSON.stringify(withoutVariableDefaults(stack.json));
            expect({ stack: stack.name, placeholders: PLACEHOLDER_VALUES.filter((p) => text.includes(p)) }).toEqual({ stack: stack.name, placeholders: [] });
          }
        });
      }
    }
  });
});

describe("the address check can fail", () => {
  const release = RELEASES[0];
  const TARGETS = release.targets;
  // The old release's own synth, mutated the way a careless refactor would change it.
  const cloud = TARGETS.filter((t) => t !== "onprem").flatMap((t) => {
    const old = oldStacks(release, release.patterns[0], t, "production");
    return "stacks" in old ? old.stacks.filter((s) => s.role === "infra") : [];
  });

  test("every protected kind the issue names is classified (databases, users, buckets, clusters, DNS zones)", () => {
    const kinds = new Set(cloud.flatMap((s) => [...addressesOf(s.json)].map(([, r]) => protectedKind(r.type, r.config))));
    for (const k of ["managed database", "user", "bucket", "cluster", "DNS zone", "credentials"]) expect([...kinds]).toContain(k);
  });

  test("a renamed bucket/database/cluster address is reported; the same rename with a moved block passes", () => {
    expect(cloud.length).toBeGreaterThanOrEqual(1);
    const stack = cloud[0];
    const renamed = JSON.parse(stack.text);
    const moved: Array<{ from: string; to: string }> = [];
    for (const [type, byName] of Object.entries(renamed.resource as Record<string, Record<string, unknown>>)) {
      if (!/_bucket$|_(instance|cluster)$|_dns_zone$/.test(type)) continue;
      for (const name of Object.keys(byName)) {
        byName[`${name}-renamed`] = byName[name];
        delete byName[name];
        moved.push({ from: `${type}.${name}`, to: `${type}.${name}-renamed` });
      }
    }
    expect(moved.length).toBeGreaterThanOrEqual(3);
    const lost = addressViolations(stack.json, renamed);
    expect(lost.map((v) => v.address).sort()).toEqual(moved.map((m) => m.from).sort());
    expect(lost.every((v) => v.actions[0] === "missing")).toBe(true);
    expect(addressViolations(stack.json, { ...renamed, moved })).toEqual([]);
    // A moved block to an address that does not exist does not count.
    expect(addressViolations(stack.json, { ...renamed, moved: moved.map((m) => ({ ...m, to: `${m.to}-typo` })) }).length).toBe(moved.length);
  });
});
