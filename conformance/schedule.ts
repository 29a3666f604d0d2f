/**
 * Which cell a conformance run starts next (split from runner.ts): longest known cell first, from
 * the previous report's durations, and one pattern's cells not side by side.
 */
import * as fs from "node:fs";

/** Durations (ms) per cell id from a previous report, empty when there is none or it is unreadable. */
export function previousCellDurations(reportFile: string | undefined): Map<string, number> {
  if (!reportFile || !fs.existsSync(reportFile)) return new Map();
  try {
    const report = JSON.parse(fs.readFileSync(reportFile, "utf8")) as { cells?: Array<{ id?: unknown; durationMs?: unknown }> };
    return new Map(
      (report.cells ?? []).filter((c) => typeof c.id === "string" && typeof c.durationMs === "number").map((c) => [c.id as string, c.durationMs as number]),
    );
  } catch {
    return new Map();
  }
}

/** Indexes of `cells`, longest known duration first (unknown ones first of all), ties in selection order. */
export function longestFirst(cells: ReadonlyArray<{ readonly id: string }>, durations: ReadonlyMap<string, number>): number[] {
  const weight = (i: number) => durations.get(cells[i].id) ?? Number.MAX_SAFE_INTEGER;
  return cells.map((_, i) => i).sort((a, b) => weight(b) - weight(a) || a - b);
}

/**
 * Position in `queue` of the cell to start next: the first whose pattern has no cell running.
 * Cells of one pattern share cluster-wide objects (CRDs of its add-ons) and wait for each other's
 * locks; running another pattern meanwhile keeps both workers busy. Falls back to the head.
 */
export function nextCell(queue: readonly number[], cells: ReadonlyArray<{ readonly pattern: string }>, running: ReadonlyMap<string, number>): number {
  const free = queue.findIndex((i) => (running.get(cells[i].pattern) ?? 0) === 0);
  return free === -1 ? 0 : free;
}
