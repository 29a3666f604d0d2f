/**
 * The API report check (api/report.ts, docs/releases.md): the checked-in api/*.api.md match the
 * built declarations of `stackwerk` and `stackwerk/pulumi` (this is CI's check), and an
 * unannounced breaking change — an export removed in a temporary copy of dist/ — fails it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkApiReports } from "../../api/report";
import { ensureBuilt, ROOT } from "./build";

jest.setTimeout(600_000);

beforeAll(ensureBuilt);

test("the API reports in api/ match the built public API", () => {
  const results = checkApiReports();
  expect(results.map((r) => ({ report: r.report, changed: r.changed, succeeded: r.succeeded, messages: r.messages }))).toEqual([
    { report: "stackwerk", changed: false, succeeded: true, messages: [] },
    { report: "stackwerk-pulumi", changed: false, succeeded: true, messages: [] },
  ]);
});

test("removing an export without updating the report fails the check", () => {
  // A copy outside node_modules/ (TypeScript treats files below one as external), which
  // resolves the package's dependencies through a link to the checkout's node_modules.
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-api-break-"));
  try {
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"));
    fs.cpSync(path.join(ROOT, "dist"), path.join(copy, "dist"), { recursive: true, filter: (f) => !f.endsWith(".map") });
    const index = path.join(copy, "dist/index.d.ts");
    const text = fs.readFileSync(index, "utf8");
    const removed = text.replace(/^export \{ LandingZone \} from .*$/m, "");
    expect(removed).not.toBe(text);
    fs.writeFileSync(index, removed);
    const [main] = checkApiReports({ projectFolder: copy, only: ["stackwerk"] });
    expect({ report: main.report, changed: main.changed, succeeded: main.succeeded }).toEqual({ report: "stackwerk", changed: true, succeeded: false });
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
});
