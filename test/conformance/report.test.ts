/**
 * Conformance report without a cluster: the level rules, the JSON schema, and the HTML page
 * rendered by headless Chromium. The offline run uses the real toolchain (levels 1-2, the
 * fixture patterns registered only here) and checks that the page shows exactly what
 * report.json says.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import "../../patterns";
import {
  cellVerdict,
  ConformanceReport,
  exitCodeFor,
  isRequired,
  LevelResult,
  LEVELS,
  renderHtml,
  renderMarkdown,
  runConformance,
  summarize,
  validateReport,
  CellReport,
  LevelStatus,
  LevelNumber,
  DEPLOYED_MEANS,
} from "../../conformance";
import { registerFixturePatterns } from "../fixtures/patterns";
import { launchChromium } from "./chromium";

registerFixturePatterns();

function level(n: LevelNumber, status: LevelStatus, message = "", durationMs = 0): LevelResult {
  return { level: n, name: LEVELS[n - 1].name, status, required: isRequired(n, status), durationMs, message };
}

function cell(id: string, pattern: string, target: string, statuses: LevelStatus[], messages: Record<number, string> = {}): CellReport {
  const levels = statuses.map((s, i) => level((i + 1) as LevelNumber, s, messages[i + 1] ?? `${s} message`, s === "pass" || s === "fail" ? 1000 * (i + 1) : 0));
  return {
    id,
    pattern,
    target,
    stage: "test",
    source: "registry",
    namespaces: [`${pattern}-${target}-test`],
    stacks: [],
    levels,
    verdict: cellVerdict(levels),
    durationMs: 12345,
  };
}

function handMadeReport(cells: CellReport[]): ConformanceReport {
  return {
    schema: "stackwerk.dev/conformance-report",
    schemaVersion: 1,
    run: {
      id: "2025-01-01T00-00-00Z",
      startedAt: "2025-01-01T00:00:00.000Z",
      finishedAt: "2025-01-01T00:01:00.000Z",
      durationMs: 60000,
      interrupted: false,
      argv: ["conformance"],
      options: { patterns: [...new Set(cells.map((c) => c.pattern))], targets: ["ionos", "stackit", "onprem"], stage: "test", jobs: 2, keep: false },
      host: { platform: "linux", arch: "x64", cpus: 2, node: "v20" },
      stackwerk: { version: "0.1.0" },
    },
    toolchain: {
      mode: "mirror",
      key: "k",
      tools: [
        { name: "tofu", tool: "OpenTofu", version: "1.12.6", available: true },
        { name: "ionoscloud", tool: "terraform-provider-ionoscloud", version: "6.7.20", available: false, reason: "403 Forbidden" },
      ],
    },
    cluster: { kind: "embedded", kubernetesVersion: "v1.34.4", note: DEPLOYED_MEANS },
    levels: LEVELS,
    cells,
    summary: summarize(cells, false),
  };
}

describe("conformance levels", () => {
  it("derives required levels, verdicts and the exit code from the level statuses", () => {
    expect(isRequired(3, "n/a")).toBe(false);
    expect(isRequired(3, "blocked")).toBe(false);
    expect(isRequired(3, "fail")).toBe(true);
    expect(isRequired(7, "not-run")).toBe(false);
    expect(isRequired(7, "fail")).toBe(true);
    expect(isRequired(2, "blocked")).toBe(true);

    const passing = cell("a/onprem", "a", "onprem", ["pass", "pass", "n/a", "pass", "pass", "pass", "n/a"]);
    expect(passing.verdict).toBe("pass");
    const cloudNotRun = cell("a/stackit", "a", "stackit", ["pass", "pass", "pass", "pass", "pass", "pass", "not-run"]);
    expect(cloudNotRun.verdict).toBe("pass");
    const blocked = cell("a/ionos", "a", "ionos", ["pass", "blocked", "blocked", "pass", "pass", "pass", "not-run"]);
    expect(blocked.verdict).toBe("blocked");
    const failed = cell("b/onprem", "b", "onprem", ["pass", "pass", "n/a", "pass", "fail", "pass", "n/a"]);
    expect(failed.verdict).toBe("fail");
    const kept = cell("c/onprem", "c", "onprem", ["pass", "pass", "n/a", "pass", "pass", "not-run", "n/a"]);
    expect(kept.verdict).toBe("incomplete");
    const interrupted = cell("d/onprem", "d", "onprem", ["pass", "pass", "n/a", "interrupted", "skipped", "skipped", "skipped"]);
    expect(interrupted.verdict).toBe("interrupted");

    expect(exitCodeFor([passing, cloudNotRun, blocked, kept], false)).toBe(0);
    expect(exitCodeFor([passing, failed], false)).toBe(1);
    expect(exitCodeFor([passing, interrupted], true)).toBe(130);

    const s = summarize([passing, blocked, failed], false);
    expect(s.verdicts).toEqual({ pass: 1, fail: 1, blocked: 1, incomplete: 0, interrupted: 0 });
    expect(s.blocked).toHaveLength(2);
    expect(s.failures).toEqual(["b/onprem L5: fail message"]);
    expect(s.byLevel["3"]).toEqual({ "n/a": 2, blocked: 1 });
  });

  it("records further clusters: each cell's cluster and the run's count, named in report.md and report.html", () => {
    const one = handMadeReport([cell("a/onprem", "a", "onprem", ["pass", "pass", "n/a", "pass", "pass", "pass", "n/a"])]);
    expect(renderMarkdown(one)).not.toContain("embedded clusters");
    const two = { ...one, cluster: { ...one.cluster, clusters: 2 }, cells: one.cells.map((c) => ({ ...c, cluster: 2 })) };
    expect(validateReport(two)).toEqual([]);
    expect(validateReport({ ...two, cluster: { ...two.cluster, clusters: "two" } })).toEqual([expect.stringContaining("$.cluster.clusters")]);
    expect(renderMarkdown(two)).toContain("; 2 embedded clusters: cells whose cluster-wide objects another cell held ran on a further one");
    expect(renderHtml(two)).toContain("2 embedded clusters");
  });

  it("rejects reports that break the schema", () => {
    const good = handMadeReport([cell("a/onprem", "a", "onprem", ["pass", "pass", "n/a", "pass", "pass", "pass", "n/a"])]);
    expect(validateReport(good)).toEqual([]);
    const broken = JSON.parse(JSON.stringify(good));
    broken.cells[0].levels[1].status = "passed";
    delete broken.cells[0].verdict;
    broken.extra = true;
    const errors = validateReport(broken);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining("$.cells[0].levels[1].status"),
        expect.stringContaining("$.cells[0]: missing verdict"),
        expect.stringContaining("unexpected property extra"),
      ]),
    );
  });
});

describe("report.html in headless Chromium", () => {
  let browser: Browser;
  let tmp: string;
  beforeAll(async () => {
    browser = await launchChromium();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-report-test-"));
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  /** Opens a page and fails on any request that is not the file itself (self-contained). */
  async function open(file: string): Promise<{ page: Page; external: string[] }> {
    const page = await browser.newPage();
    const external: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith("file://")) external.push(r.url());
    });
    await page.goto(`file://${file}`);
    return { page, external };
  }

  /** The matrix as the browser sees it. */
  async function matrixOf(page: Page) {
    /* eslint-disable @typescript-eslint/no-explicit-any -- DOM types are not in this project's lib */
    return page.$$eval("#matrix td.cell", (tds) =>
      tds.map((td: any) => ({
        pattern: td.getAttribute("data-pattern") as string,
        target: td.getAttribute("data-target") as string,
        verdict: td.getAttribute("data-verdict") as string,
        visible: td.offsetWidth > 0 && td.offsetHeight > 0,
        badges: [...td.querySelectorAll(".badge")].map((b: any) => ({
          level: Number(b.getAttribute("data-level")),
          status: b.getAttribute("data-status") as string,
          color: (globalThis as any).getComputedStyle(b).backgroundColor as string,
        })),
        text: td.innerText as string,
      })),
    );
  }

  it("renders every status with its badge, escapes messages, and loads nothing from outside", async () => {
    const nasty = `<script>document.title="pwned"</script><img src="https://example.invalid/x.png"> & "quotes"`;
    const report = handMadeReport([
      cell("web-app/onprem", "web-app", "onprem", ["pass", "pass", "n/a", "pass", "fail", "pass", "n/a"], { 5: `rollout failed: ${nasty}` }),
      cell("web-app/ionos", "web-app", "ionos", ["pass", "blocked", "blocked", "pass", "pass", "pass", "not-run"], {
        2: "blocked: provider ionoscloud not buildable offline (module proxy 403)",
      }),
      cell("web-app/stackit", "web-app", "stackit", ["pass", "pass", "pass", "interrupted", "skipped", "skipped", "skipped"]),
    ]);
    const md = renderMarkdown(report);
    expect(md).toContain("## Stackwerk conformance: interrupted"); // one cell was interrupted
    expect(md).toContain("**BLOCKED** L1✔ L2■ L3■ L4✔ L5✔ L6✔ L7○");
    expect(md).toContain("**FAIL** L1✔ L2✔ L3· L4✔ L5✘ L6✔ L7·");
    expect(md).toContain("&lt;script&gt;"); // in the <summary> line of the failure
    const file = path.join(tmp, "hand.html");
    fs.writeFileSync(file, renderHtml(report));
    const { page, external } = await open(file);
    expect(await page.title()).toContain("Stackwerk conformance");
    expect(await page.title()).not.toContain("pwned");
    const matrix = await matrixOf(page);
    expect(matrix.map((m) => `${m.pattern}/${m.target}`).sort()).toEqual(["web-app/ionos", "web-app/onprem", "web-app/stackit"]);
    for (const m of matrix) {
      const c = report.cells.find((x) => x.pattern === m.pattern && x.target === m.target)!;
      expect(m.visible).toBe(true);
      expect(m.verdict).toBe(c.verdict);
      expect(m.badges.map((b) => `${b.level}:${b.status}`)).toEqual(c.levels.map((l) => `${l.level}:${l.status}`));
    }
    const onprem = matrix.find((m) => m.target === "onprem")!;
    expect(onprem.badges.find((b) => b.level === 1)!.color).toBe("rgb(26, 127, 55)"); // pass: green
    expect(onprem.badges.find((b) => b.level === 5)!.color).toBe("rgb(207, 34, 46)"); // fail: red
    expect(onprem.text).toContain(`<script>document.title="pwned"</script>`); // shown as text, not run
    expect(await page.$$("#matrix script, #matrix img")).toHaveLength(0);
    expect(matrix.find((m) => m.target === "ionos")!.text).toContain("provider ionoscloud not buildable offline");
    expect(await page.textContent("#blocked")).toContain("web-app/ionos L2");
    expect(await page.textContent("#failures")).toContain("web-app/onprem L5");
    expect(await page.textContent("#versions")).toContain("1.12.6");
    expect(await page.textContent("#cluster")).toContain("v1.34.4");
    expect(external).toEqual([]);
    await page.close();
  });

  it("an offline run (levels 1-2, real toolchain) writes report.json, report.md and report.html that agree", async () => {
    const reportDir = path.join(tmp, "run");
    const lines: string[] = [];
    const run = await runConformance({
      patterns: ["fixture-good", "fixture-schema-error"],
      targets: ["onprem", "stackit"],
      maxLevel: 2,
      reportDir,
      handleSignals: false,
      log: (l) => lines.push(l),
    });
    // The report on disk is the report returned, and it follows the schema.
    const json = JSON.parse(fs.readFileSync(path.join(reportDir, "report.json"), "utf8")) as ConformanceReport;
    expect(json).toEqual(JSON.parse(JSON.stringify(run.report)));
    expect(validateReport(json)).toEqual([]);
    expect(json.cells.map((c) => c.id).sort()).toEqual([
      "fixture-good/onprem",
      "fixture-good/stackit",
      "fixture-schema-error/onprem",
      "fixture-schema-error/stackit",
    ]);

    const good = json.cells.find((c) => c.id === "fixture-good/onprem")!;
    expect(good.levels.slice(0, 2).map((l) => l.status)).toEqual(["pass", "pass"]);
    expect(good.levels.slice(3).every((l) => l.status === "not-run" || l.status === "n/a")).toBe(true);
    expect(good.verdict).toBe("incomplete");
    const schemaError = json.cells.find((c) => c.id === "fixture-schema-error/onprem")!;
    expect(schemaError.levels[1].status).toBe("fail");
    expect(schemaError.levels[1].message).toContain(`'status' attribute key is not allowed in manifest configuration`); // the provider's words
    expect(schemaError.verdict).toBe("fail");
    expect(run.exitCode).toBe(1);
    expect(json.toolchain.tools.find((t) => t.name === "tofu")?.version).toMatch(/^\d+\.\d+\.\d+/);
    // The wait for the toolchain is reported apart (level 2 starts its clock once the toolchain is ready).
    expect(json.toolchain.readyMs).toEqual(expect.any(Number));
    // Progress lines name each cell and level as it finishes.
    expect(lines.some((l) => l.includes("fixture-schema-error/onprem") && l.includes("L2 validate FAIL"))).toBe(true);

    const md = fs.readFileSync(path.join(reportDir, "report.md"), "utf8");
    expect(md).toContain("| pattern | onprem | stackit |");
    expect(md).toContain("fixture-schema-error/onprem</b> L2 validate");
    expect(md).toContain(`Toolchain ready after ${(json.toolchain.readyMs! / 1000).toFixed(1)}s`);

    const { page, external } = await open(path.join(reportDir, "report.html"));
    const matrix = await matrixOf(page);
    expect(matrix).toHaveLength(json.cells.length);
    for (const c of json.cells) {
      const m = matrix.find((x) => x.pattern === c.pattern && x.target === c.target);
      expect(m).toBeDefined();
      expect(m!.verdict).toBe(c.verdict);
      expect(m!.badges.map((b) => `${b.level}:${b.status}`)).toEqual(c.levels.map((l) => `${l.level}:${l.status}`));
    }
    expect(matrix.find((m) => m.pattern === "fixture-schema-error" && m.target === "onprem")!.text).toContain("not allowed in manifest configuration");
    expect(external).toEqual([]);
    await page.close();
  }, 300_000);
});

describe("the engine dimension (--engine)", () => {
  it("cells per engine: cdktf keeps <pattern>/<target>, Pulumi cells are <pattern>/<target>/pulumi; report.json, .md and .html show the engine", async () => {
    const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-engine-report-"));
    try {
      const run = await runConformance({
        patterns: ["fixture-good"],
        targets: ["onprem"],
        engines: ["cdktf", "pulumi"],
        maxLevel: 1,
        reportDir,
        handleSignals: false,
        log: () => undefined,
      });
      const json = JSON.parse(fs.readFileSync(path.join(reportDir, "report.json"), "utf8")) as ConformanceReport;
      expect(validateReport(json)).toEqual([]);
      expect(json.run.options.engines).toEqual(["cdktf", "pulumi"]);
      expect(json.cells.map((c) => ({ id: c.id, engine: c.engine, l1: c.levels[0].status }))).toEqual([
        { id: "fixture-good/onprem", engine: "cdktf", l1: "pass" },
        { id: "fixture-good/onprem/pulumi", engine: "pulumi", l1: "pass" },
      ]);
      // The Pulumi cell's level 1 is the model's object set (no Terraform stacks).
      const pulumiCell = json.cells[1];
      expect(pulumiCell.stacks).toEqual([]);
      expect(pulumiCell.objectCounts?.declaredTotal).toBeGreaterThan(0);
      expect(pulumiCell.objectCounts?.declared).toEqual(json.cells[0].objectCounts?.declared);
      expect(run.exitCode).toBe(0);
      const md = fs.readFileSync(path.join(reportDir, "report.md"), "utf8");
      expect(md).toContain("(cdktf)");
      expect(md).toContain("(pulumi)");
      const html = fs.readFileSync(path.join(reportDir, "report.html"), "utf8");
      expect(html).toContain('data-cell="fixture-good/onprem/pulumi" data-engine="pulumi"');
      expect(html).toContain('engine <b class="engine">pulumi</b>');
    } finally {
      fs.rmSync(reportDir, { recursive: true, force: true });
    }
  }, 300_000);

  it("schema: a cell's engine is optional (older reports) and only cdktf or pulumi", () => {
    const old = handMadeReport([cell("web-app/onprem", "web-app", "onprem", ["pass", "pass", "n/a", "pass", "pass", "pass", "n/a"])]);
    expect(validateReport(JSON.parse(JSON.stringify(old)))).toEqual([]);
    const wrong = JSON.parse(JSON.stringify(old));
    wrong.cells[0].engine = "terraform";
    expect(validateReport(wrong).join("\n")).toMatch(/engine/);
  });

  it("--engine pulumi with --app, or an unknown engine, is an option error naming the allowed values", async () => {
    await expect(runConformance({ app: "x.ts", engines: ["pulumi"], handleSignals: false, log: () => undefined })).rejects.toThrow(
      "--engine pulumi runs the registered patterns only",
    );
    await expect(runConformance({ engines: ["terraform" as "cdktf"], handleSignals: false, log: () => undefined })).rejects.toThrow(
      "unknown engine(s) terraform. Allowed: cdktf, pulumi",
    );
  });
});
