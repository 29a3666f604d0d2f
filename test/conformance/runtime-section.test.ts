/**
 * The runtime part of report.md and report.html (conformance/report/runtime-section.ts): a check
 * the runtime run did not perform (`notRun`, conformance/runtime-not-run.ts) is shown as not run,
 * never as a pass, next to real passes and failures.
 */
import { runtimeHtml, runtimeMarkdown } from "../../conformance/report/runtime-section";
import { notRunCheck } from "../../conformance/runtime-not-run";
import type { CellReport } from "../../conformance/types";

const cell = {
  id: "monitoring/onprem",
  levels: [
    {
      level: 5,
      name: "smoke",
      status: "pass",
      required: true,
      durationMs: 1,
      message: "2/2 checks passed, 1 not run (no local image)",
      checks: [
        { name: "runtime: Prometheus targets up", ok: true, message: "3/3 up" },
        notRunCheck("runtime: a pod's log line found in the log store", "Loki: AGPL"),
        { name: "runtime: alert fires and reaches Alertmanager", ok: false, message: "not in Alertmanager" },
      ],
    },
  ],
  runtime: { node: "runtime-0", notRun: ["log-store check: not run: no local image"] },
} as unknown as CellReport;

test("report.md shows a not-run check as not run, not as a pass", () => {
  const md = runtimeMarkdown([cell]).join("\n");
  expect(md).toContain("| Prometheus targets up | ✅ pass | 3/3 up |");
  expect(md).toContain("| a pod's log line found in the log store | ⚠️ not run | NOT RUN: no local image (Loki: AGPL) |");
  expect(md).toContain("| alert fires and reaches Alertmanager | ❌ fail |");
  expect(md).toContain("- ⚠️ log-store check: not run: no local image");
});

test("report.html shows a not-run check as NOT RUN", () => {
  const html = runtimeHtml(cell, (s) => s);
  expect(html).toContain("<td>a pod's log line found in the log store</td><td>NOT RUN</td>");
  expect(html).toContain("<td>Prometheus targets up</td><td>pass</td>");
  expect(html).toContain("<td>alert fires and reaches Alertmanager</td><td>FAIL</td>");
});
