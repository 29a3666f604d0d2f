/**
 * The governance record in all three conformance report formats: a run of levels 1 (synth) of
 * the AI and web-app patterns writes report.json with a typed `governance` field on each AI cell
 * (the schema accepts it and rejects a non-scalar value), report.md with a "Governance records"
 * line naming the AI cells, and report.html with a `table#governance` and a record per AI cell;
 * web-app (no governance) has none in any of them. `--app` cells carry their own instance's record.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import "../../patterns";
import { ConformanceReport, runConformance, validateReport } from "../../conformance";
import { appCells, registryCells } from "../../conformance/sources";
import { REFERENCE_GOVERNANCE } from "../../patterns/ai/register";

jest.setTimeout(600_000);

const AI_CELLS = ["ai/ionos", "ai/onprem", "ai/stackit"];

test("registry cells carry the definition's record; patterns without one carry none", () => {
  const cells = registryCells(["ai", "web-app"], ["onprem"], "test");
  expect(cells.find((c) => c.pattern === "ai")?.governance).toEqual(REFERENCE_GOVERNANCE);
  expect(cells.find((c) => c.pattern === "web-app")).not.toHaveProperty("governance");
});

test("report.json, report.md and report.html show the record for the AI cells only", async () => {
  const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-governance-report-"));
  const run = await runConformance({
    patterns: ["ai", "web-app"],
    targets: ["ionos", "onprem", "stackit"],
    maxLevel: 1,
    reportDir,
    handleSignals: false,
    log: () => undefined,
  });
  const json = JSON.parse(fs.readFileSync(path.join(reportDir, "report.json"), "utf8")) as ConformanceReport;
  expect(validateReport(json)).toEqual([]);
  const withRecord = json.cells.filter((c) => c.governance).map((c) => c.id);
  expect(withRecord.sort()).toEqual(AI_CELLS);
  for (const id of AI_CELLS) expect(json.cells.find((c) => c.id === id)?.governance).toEqual(REFERENCE_GOVERNANCE);
  expect(json.cells.filter((c) => c.pattern === "web-app").every((c) => c.levels[0].status === "pass" && !("governance" in c))).toBe(true);
  expect(run.report.cells.find((c) => c.id === "ai/stackit")?.governance?.riskClass).toBe("limited");
  // The schema types the field: a nested value is refused.
  const bad = JSON.parse(JSON.stringify(json));
  bad.cells.find((c: { id: string }) => c.id === "ai/stackit").governance.riskClass = { nested: true };
  expect(validateReport(bad)).toEqual([expect.stringMatching(/governance\.riskClass: expected string or number, got object/)]);

  const md = fs.readFileSync(path.join(reportDir, "report.md"), "utf8");
  const line = md.split("\n").find((l) => l.startsWith("- **ai/"));
  expect(md).toContain("### Governance records");
  expect(line).toMatch(
    /^- \*\*ai\/ionos, ai\/onprem, ai\/stackit\*\*: riskClass: limited; intendedPurpose: .*; dataResidency: DE; humanOversightContact: ki-aufsicht@amt\.example\.de; auditLogRetentionDays: 180$/,
  );
  expect(md).not.toMatch(/\*\*web-app\/[a-z]+\*\*: /);

  const html = fs.readFileSync(path.join(reportDir, "report.html"), "utf8");
  const table = /<table id="governance">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? "";
  const rows = [...table.matchAll(/<tr data-cells="([^"]+)" data-field="([^"]+)">(?:<td[^>]*>[^<]*<\/td>)?<td>[^<]*<\/td><td>([^<]*)<\/td><\/tr>/g)].map(
    (m) => [m[1], m[2], m[3]],
  );
  expect(rows).toEqual(Object.entries(REFERENCE_GOVERNANCE).map(([k, v]) => ["ai/ionos ai/onprem ai/stackit", k, String(v).replace(/'/g, "&#39;")]));
  const details = [...html.matchAll(/<section class="cell-detail" id="[^"]+" data-cell="([^"]+)">([\s\S]*?)<\/section>/g)];
  expect(
    details
      .filter(([, , body]) => body.includes('class="kv governance"'))
      .map(([, id]) => id)
      .sort(),
  ).toEqual(AI_CELLS);
  expect(details.find(([, id]) => id === "web-app/onprem")?.[2]).not.toContain("governance");
});

test("--app cells carry their own instance's record", async () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-governance-app-"));
  const cells = await appCells(path.join(__dirname, "../../examples/ai/onprem.ts"), outdir, {});
  const ai = cells.filter((c) => c.pattern === "ai");
  expect(ai.length).toBeGreaterThan(0);
  for (const c of ai) expect(c.governance).toMatchObject({ riskClass: expect.stringMatching(/^(minimal|limited|high)$/), dataResidency: expect.any(String) });
});
