/**
 * The GitOps conformance cell keeps its levels in the LevelBook every other engine's cell uses
 * (conformance/cell.ts): a failure at level 1 is reported with the later levels skipped, one
 * progress line per level in the shared format, and the cell's verdict from the shared rules.
 * Level 1 fails before the cell touches its Git repository or cluster, so none is started here.
 */
import { runGitOpsCell } from "../../conformance/gitops-cell";
import type { GitOpsRepo } from "../../conformance/gitops-repo";
import type { Kube } from "../../conformance/kube";

test("an unknown pattern fails level 1; levels 2-7 are skipped, each with a progress line", async () => {
  const lines: string[] = [];
  const report = await runGitOpsCell({
    pattern: "no-such-pattern",
    stage: "test",
    workDir: "/nonexistent",
    // Never reached: level 1 fails first.
    repo: undefined as unknown as GitOpsRepo,
    kube: undefined as unknown as Kube,
    rolloutTimeoutMs: 1,
    leftoverTimeoutMs: 1,
    log: (l) => lines.push(l),
  });
  expect(report.levels.map((l) => [l.level, l.status])).toEqual([
    [1, "fail"],
    [2, "skipped"],
    [3, "skipped"],
    [4, "skipped"],
    [5, "skipped"],
    [6, "skipped"],
    [7, "skipped"],
  ]);
  expect(report.levels[0].message).toMatch(/unknown pattern 'no-such-pattern'\. Allowed: /);
  expect(report.levels[0].required).toBe(true);
  expect(report.verdict).toBe("fail");
  expect(lines).toHaveLength(7);
  expect(lines[0]).toMatch(/^no-such-pattern\/onprem\/test\/gitops L1 synth +FAIL/);
  // The LevelBook's line: the level name padded, no duration for a level that did not run.
  expect(lines[1]).toBe("no-such-pattern/onprem/test/gitops L2 validate SKIPPED  level 1 (synth) failed");
});
