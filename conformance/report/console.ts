/** The summary table printed at the end of a run (plain text, one row per cell). */
import { firstLine, LEVELS, STATUS_SYMBOL } from "../levels";
import type { ConformanceReport } from "../types";

export function renderSummaryTable(report: ConformanceReport): string {
  const header = ["cell", ...LEVELS.map((l) => `L${l.level}`), "verdict", "time"];
  const rows = report.cells.map((c) => [
    c.id,
    ...c.levels.map((l) => STATUS_SYMBOL[l.status]),
    c.verdict.toUpperCase(),
    `${(c.durationMs / 1000).toFixed(1)}s`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c + " ".repeat(widths[i] - [...c].length))
      .join("  ")
      .trimEnd();
  const out = [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
  out.push("");
  out.push(
    `legend: ${Object.entries(STATUS_SYMBOL)
      .map(([s, sym]) => `${sym} ${s}`)
      .join("  ")}`,
  );
  out.push(`levels: ${LEVELS.map((l) => `L${l.level} ${l.name}`).join(", ")}`);
  const v = report.summary.verdicts;
  out.push(
    `cells: ${report.summary.cells} — ${v.pass} pass, ${v.fail} fail, ${v.blocked} blocked, ${v.incomplete} incomplete${v.interrupted ? `, ${v.interrupted} interrupted` : ""}` +
      ` — wall time ${(report.run.durationMs / 1000).toFixed(1)}s`,
  );
  if (report.summary.failures.length) {
    out.push("", "failed required levels:");
    for (const f of report.summary.failures) out.push(`  ${f}`);
  }
  if (report.summary.blocked.length) {
    out.push("", "blocked:");
    for (const b of report.summary.blocked) out.push(`  ${firstLine(b, 300)}`);
  }
  return out.join("\n") + "\n";
}
