/**
 * The level results of one conformance cell (levels 1 to 7), with a progress line per level.
 * Used by the `cdktf`, Pulumi and GitOps cells. Split from cell.ts.
 */
import { isRequired, levelName } from "./levels";
import type { CellContext } from "./cell-context";
import type { CheckResult, LevelNumber, LevelResult, LevelStatus } from "./types";

/** The level results of one cell, with a progress line per level (the Pulumi cells use it too). */
export class LevelBook {
  readonly results = new Map<LevelNumber, LevelResult>();
  constructor(
    private readonly ctx: Pick<CellContext, "log">,
    private readonly cellId: string,
  ) {}

  set(level: LevelNumber, status: LevelStatus, durationMs: number, message: string, checks?: CheckResult[]): void {
    this.results.set(level, { level, name: levelName(level), status, required: isRequired(level, status), durationMs, message, ...(checks ? { checks } : {}) });
    const secs = (durationMs / 1000).toFixed(1);
    const first = message.split("\n")[0];
    this.ctx.log(
      this.cellId,
      `L${level} ${levelName(level).padEnd(8)} ${status.toUpperCase()}${durationMs ? ` (${secs}s)` : ""}${first ? `  ${first.length > 200 ? `${first.slice(0, 199)}…` : first}` : ""}`,
    );
  }

  /**
   * Records a level decided by its checks: pass when none failed, else fail, with the count and
   * each failure. Checks marked `notRun` (a component the runtime run does not start) are counted
   * apart: never as passed.
   */
  setChecks(level: LevelNumber, durationMs: number, checks: CheckResult[]): void {
    const failed = checks.filter((c) => !c.ok);
    const notRun = checks.filter((c) => c.ok && c.notRun).length;
    const judged = checks.length - notRun;
    const detail = failed.length ? `; ${failed.map((c) => `${c.name}: ${c.message}`).join("\n")}` : "";
    const count = `${judged - failed.length}/${judged} checks passed${notRun ? `, ${notRun} not run (no local image)` : ""}`;
    this.set(level, failed.length ? "fail" : "pass", durationMs, `${count}${detail}`, checks);
  }

  has(level: LevelNumber): boolean {
    return this.results.has(level);
  }

  status(level: LevelNumber): LevelStatus | undefined {
    return this.results.get(level)?.status;
  }

  /** Marks every level not yet decided from `from` on. */
  rest(from: LevelNumber, status: LevelStatus, message: string, to: LevelNumber = 7): void {
    for (let l = from; l <= to; l++) if (!this.results.has(l as LevelNumber)) this.set(l as LevelNumber, status, 0, message);
  }

  list(): LevelResult[] {
    return [1, 2, 3, 4, 5, 6, 7].map((l) => this.results.get(l as LevelNumber)!);
  }

  /**
   * Records an error that escaped a cell's levels: an interrupt (SIGINT/SIGTERM) on the level that
   * was running, the rest skipped; otherwise a bug in the runner itself, reported as a failure of
   * the running level (never as a pass).
   */
  recordEscape(err: unknown, interrupted: boolean): void {
    const current = ([1, 2, 3, 4, 5, 6, 7] as LevelNumber[]).find((l) => !this.results.has(l));
    if (interrupted) {
      if (current) this.set(current, "interrupted", 0, "run interrupted (SIGINT/SIGTERM)");
      this.rest(1, "skipped", "run interrupted");
      return;
    }
    const failed = current ?? 7;
    this.set(failed, "fail", 0, `conformance runner error: ${(err as Error).stack ?? err}`);
    this.rest(failed, "skipped", `level ${failed} failed`);
  }
}
