/**
 * The conformance runner: `stackwerk conformance` (docs/conformance.md).
 *
 * ```ts
 * import { runConformance } from "./conformance";
 * const run = await runConformance({ patterns: ["web-app"], targets: ["onprem"] });
 * console.log(run.reportDir, run.exitCode);
 * ```
 */
export { runConformance, selectCells, ConformanceOptionError, DEFAULT_JOBS, renderSummaryTable } from "./runner";
export type { ConformanceOptions, ConformanceRun } from "./runner";
export { runCell } from "./cell";
export type { CellContext, ClusterHandle } from "./cell";
export { registryCells, appCells, loadApp } from "./sources";
export type { CellSpec, CellStack, LoadedApp } from "./sources";
export { LEVELS, DEPLOYED_MEANS, RUNTIME_DEPLOYED_MEANS, cellVerdict, isRequired, exitCodeFor, summarize, STATUS_SYMBOL } from "./levels";
export { writeReport, reportJson } from "./report/write";
export type { ReportFiles } from "./report/write";
export { renderHtml, escapeHtml } from "./report/html";
export { renderMarkdown } from "./report/markdown";
export { validateReport } from "./schema";
export { placeOnRuntimeNode, runtimeNodeInfo, waitForRuntimePods } from "./runtime";
export type { Kubectl, PodNotReady, RuntimeNodeInfo, WaitForRuntimePodsOptions } from "./runtime";
export * from "./types";
