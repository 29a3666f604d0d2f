/**
 * One pattern's on-prem cell on the real node, shared by the test/runtime/<pattern>.test.ts files:
 * `conformance --targets onprem --patterns <pattern> --runtime` once per file (beforeAll), its
 * report folder removed afterwards (afterAll). `logEvidence` writes the cell's `runtime:` checks
 * and every failed check to the test log first (the report is gone after the file).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import "../../patterns";
import { ConformanceRun, runConformance } from "../../conformance";
import type { ConformanceOptions } from "../../conformance/runner";
import type { CellSpec } from "../../conformance/sources";
import type { CellReport } from "../../conformance/types";

/** Options of `runtimeCell`. */
export interface RuntimeCellOptions {
  /** Conformance log lines. @default dropped */
  readonly log?: ConformanceOptions["log"];
  /** Pod readiness limit of the run. @default the runner's */
  readonly rolloutTimeoutMs?: number;
  /** Write the cell's `runtime:` checks and every failed check to stderr after the run. @default false */
  readonly logEvidence?: boolean;
  /** Run this cell instead of the pattern's registered reference instance (its `id` names it in the report). @default the reference instance */
  readonly cell?: CellSpec;
}

/** Registers the run's hooks; the getters are valid in tests. */
export function runtimeCell(pattern: string, options: RuntimeCellOptions = {}): { readonly run: () => ConformanceRun; readonly cell: () => CellReport } {
  let tmp: string | undefined;
  let result: ConformanceRun | undefined;
  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), `stackwerk-runtime-${pattern}-`));
    result = await runConformance({
      ...(options.cell ? { cells: [options.cell] } : { patterns: [pattern], targets: ["onprem"] }),
      jobs: 1,
      runtime: true,
      ...(options.rolloutTimeoutMs !== undefined ? { rolloutTimeoutMs: options.rolloutTimeoutMs } : {}),
      reportDir: path.join(tmp, "report"),
      handleSignals: false,
      log: options.log ?? (() => undefined),
    });
  });
  const cell = () => result!.report.cells.find((c) => c.id === (options.cell?.id ?? `${pattern}/onprem`))!;
  afterAll(() => {
    if (options.logEvidence && result) {
      for (const level of cell()?.levels ?? [])
        for (const k of level.checks ?? [])
          if (k.name.startsWith("runtime:") || !k.ok)
            process.stderr.write(`${k.notRun ? "NOT RUN" : k.ok ? "PASS" : "FAIL"} L${level.level} ${k.name}: ${k.message}
`);
    }
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });
  return { run: () => result!, cell };
}
