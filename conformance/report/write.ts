/**
 * Writes a report folder: `report.json` (the schema in docs/conformance.md), `report.md` (for a
 * merge request comment) and `report.html` (one self-contained page), and points
 * `<parent>/latest` at it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { ConformanceReport } from "../types";
import { renderHtml } from "./html";
import { renderMarkdown } from "./markdown";

export interface ReportFiles {
  readonly json: string;
  readonly markdown: string;
  readonly html: string;
  /** `<parent>/latest`, when written. */
  readonly latest?: string;
}

function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/** Serialises a report (stable key order as built, two-space indent, trailing newline). */
export function reportJson(report: ConformanceReport): string {
  return JSON.stringify(report, null, 2) + "\n";
}

export function writeReport(report: ConformanceReport, dir: string, options: { latestPointer?: boolean } = {}): ReportFiles {
  fs.mkdirSync(dir, { recursive: true });
  const files = { json: path.join(dir, "report.json"), markdown: path.join(dir, "report.md"), html: path.join(dir, "report.html") };
  writeAtomically(files.json, reportJson(report));
  writeAtomically(files.markdown, renderMarkdown(report));
  writeAtomically(files.html, renderHtml(report));
  if (!options.latestPointer) return files;
  const latest = path.join(path.dirname(dir), "latest");
  try {
    const tmp = `${latest}.tmp-${process.pid}`;
    fs.rmSync(tmp, { force: true });
    fs.symlinkSync(path.basename(dir), tmp);
    fs.renameSync(tmp, latest);
  } catch {
    // File systems without symlinks: a text file naming the folder.
    writeAtomically(latest, `${path.basename(dir)}\n`);
  }
  return { ...files, latest };
}
