/**
 * The conformance report's image fields (issue 27): each cell lists the images its stacks run with
 * their pins (level 1, from synth output), and the image substitutions a runtime run declares
 * (upstream → local build, inputs, digest). Both fields are optional: a report written before
 * them still validates (schema version 1 stays backward compatible), a malformed one does not.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import "../../patterns";
import { ConformanceReport, runConformance, validateReport } from "../../conformance";
import { registryCells } from "../../conformance/sources";
import type { ImageSubstitution } from "../../conformance/types";
import { catalogueRef } from "../../core/images/catalogue";

const SUBSTITUTION: ImageSubstitution = {
  upstream: catalogueRef("rclone"),
  key: "rclone",
  local: "stackwerk.local/rclone:1.75.1",
  digest: `sha256:${"b".repeat(64)}`,
  inputs: ["go:github.com/rclone/rclone@v1.75.1"],
  sameVersion: true,
};

test("report.json lists each cell's images with pins and the declared substitutions; old reports still validate", async () => {
  const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-images-report-"));
  const cells = registryCells(["web-app", "monitoring"], ["onprem"], "test").map((c) =>
    c.pattern === "web-app" ? { ...c, imageSubstitutions: [SUBSTITUTION] } : c,
  );
  await runConformance({ cells, maxLevel: 1, reportDir, handleSignals: false, log: () => undefined });
  const json = JSON.parse(fs.readFileSync(path.join(reportDir, "report.json"), "utf8")) as ConformanceReport;
  expect(validateReport(json)).toEqual([]);

  const web = json.cells.find((c) => c.id === "web-app/onprem")!;
  expect(web.levels[0].status).toBe("pass");
  expect(web.images).toEqual(
    expect.arrayContaining([
      { ref: catalogueRef("postgres"), key: "postgres", pin: "digest" },
      { ref: catalogueRef("versitygw"), key: "versitygw", pin: "digest" },
      { ref: "registry.example.de/stackwerk/hello-web:1.0.0", pin: "tag" },
    ]),
  );
  expect(web.imageSubstitutions).toEqual([SUBSTITUTION]);
  const monitoring = json.cells.find((c) => c.id === "monitoring/onprem")!;
  expect(monitoring.images).toContainEqual({ ref: catalogueRef("prometheusOperator"), key: "prometheusOperator", pin: "tag" });
  expect(monitoring).not.toHaveProperty("imageSubstitutions");

  // Backward compatible: the fields are optional.
  const old = JSON.parse(JSON.stringify(json));
  for (const cell of old.cells) {
    delete cell.images;
    delete cell.imageSubstitutions;
  }
  expect(validateReport(old)).toEqual([]);
  // Typed: a substitution without its digest, or a pin that is neither digest nor tag, is refused.
  const bad = JSON.parse(JSON.stringify(json));
  const badWeb = bad.cells.find((c: { id: string }) => c.id === "web-app/onprem");
  delete badWeb.imageSubstitutions[0].digest;
  badWeb.images[0].pin = "latest";
  expect(validateReport(bad)).toEqual(
    expect.arrayContaining([expect.stringMatching(/imageSubstitutions\[0\].*digest/), expect.stringMatching(/images\[0\]\.pin/)]),
  );
});
