/**
 * API reports of the public entry points (`stackwerk`, `stackwerk/pulumi`) with API Extractor:
 * `npm run api` fails when the built declarations differ from the checked-in api/*.api.md, so a
 * change to the public API cannot land unnoticed; `npm run api:update` rewrites the reports for a
 * deliberate change (docs/releases.md). Reads dist/, so the package is built first.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Extractor, ExtractorConfig, ExtractorLogLevel, IConfigFile } from "@microsoft/api-extractor";

/** The checkout (this file lives in api/). */
const ROOT = path.resolve(__dirname, "..");

/** Public entry points: the declaration file and the base name of its report in api/. */
export const ENTRY_POINTS: ReadonlyArray<{ readonly dts: string; readonly report: string }> = [
  { dts: "dist/index.d.ts", report: "stackwerk" },
  { dts: "dist/pulumi.d.ts", report: "stackwerk-pulumi" },
];

/** Outcome of one entry point's check. */
export interface ApiReportResult {
  readonly report: string;
  /** The built API equals the checked-in report (or the report was rewritten with update). */
  readonly succeeded: boolean;
  /** The built API differs from the checked-in report. */
  readonly changed: boolean;
  /** The report of the built API (beside the checked-in one to compare). */
  readonly builtReport: string;
  /** Errors and warnings API Extractor printed. */
  readonly messages: readonly string[];
}

/** Options of {@link checkApiReports}. */
export interface ApiReportOptions {
  /** Folder holding dist/ (default: the checkout). It must resolve the package's dependencies. */
  readonly projectFolder?: string;
  /** Rewrite api/*.api.md instead of failing on a difference. */
  readonly update?: boolean;
  /** Check only these reports (base names, e.g. `stackwerk`); default all of {@link ENTRY_POINTS}. */
  readonly only?: readonly string[];
}

/** Compares (or with update rewrites) the API report of every entry point. */
export function checkApiReports(options: ApiReportOptions = {}): ApiReportResult[] {
  const projectFolder = options.projectFolder ?? ROOT;
  const tempFolder = path.join(ROOT, "node_modules/.cache/api-extractor", path.basename(projectFolder));
  fs.mkdirSync(tempFolder, { recursive: true });
  const entries = ENTRY_POINTS.filter((e) => !options.only || options.only.includes(e.report));
  return entries.map(({ dts, report }) => {
    const configObject: IConfigFile = {
      projectFolder,
      mainEntryPointFilePath: path.join(projectFolder, dts),
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            target: "ES2022",
            module: "commonjs",
            moduleResolution: "node",
            lib: ["ES2022"],
            strict: true,
            types: ["node"],
            skipLibCheck: true,
          },
          files: [path.join(projectFolder, dts)],
        },
        skipLibCheck: true,
      },
      apiReport: { enabled: true, reportFileName: report, reportFolder: path.join(ROOT, "api"), reportTempFolder: tempFolder },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Warning } },
        // TSDoc style is the lint rule's business (lint/tsdoc-on-exports.js); release tags are not used.
        extractorMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
        tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
      },
    };
    const config = ExtractorConfig.prepare({
      configObject,
      configObjectFullPath: undefined,
      packageJsonFullPath: path.join(ROOT, "package.json"),
    });
    const messages: string[] = [];
    const result = Extractor.invoke(config, {
      localBuild: options.update ?? false,
      messageCallback: (message) => {
        if (message.logLevel === ExtractorLogLevel.Error || message.logLevel === ExtractorLogLevel.Warning)
          messages.push(message.formatMessageWithLocation(projectFolder));
        message.handled = true;
      },
    });
    return {
      report,
      builtReport: path.join(tempFolder, `${report}.api.md`),
      succeeded: result.succeeded && (options.update || !result.apiReportChanged),
      changed: result.apiReportChanged,
      messages,
    };
  });
}

if (require.main === module) {
  const update = process.argv.includes("--update");
  let failed = false;
  for (const r of checkApiReports({ update })) {
    for (const m of r.messages) process.stderr.write(`${m}\n`);
    if (update) process.stdout.write(`api/${r.report}.api.md ${r.changed ? "rewritten" : "unchanged"}\n`);
    else if (r.changed)
      process.stderr.write(
        `api/${r.report}.api.md: the public API differs from the report (built: ${path.relative(ROOT, r.builtReport)}).\n` +
          `  A deliberate change: npm run api:update, review the diff, list it in CHANGELOG.md (docs/releases.md).\n`,
      );
    else process.stdout.write(`api/${r.report}.api.md matches the built API\n`);
    failed ||= !r.succeeded;
  }
  process.exitCode = failed ? 1 : 0;
}
