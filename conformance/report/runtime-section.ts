/**
 * The runtime part of a cell in report.md and report.html (`conformance --runtime`, issue 27):
 * the pods that ran on the real node, the protocol checks with their evidence (level 5 checks
 * named `runtime: …`), the image substitutions (upstream → local build) and what was not run.
 */
import type { CellReport, CheckResult } from "../types";

/** The level-5 checks of a cell that carried real traffic on the runtime node. */
export function protocolChecks(c: CellReport): CheckResult[] {
  return (c.levels.find((l) => l.level === 5)?.checks ?? []).filter((k) => k.name.startsWith("runtime: "));
}

function hasRuntimeDetail(c: CellReport): boolean {
  return Boolean(c.runtime?.pods?.length || c.runtime?.notRun?.length || c.imageSubstitutions?.length || protocolChecks(c).length);
}

/** Markdown lines (a `### Runtime` section) for the cells with runtime detail; none without. */
export function runtimeMarkdown(cells: readonly CellReport[]): string[] {
  const out: string[] = [];
  for (const c of cells.filter(hasRuntimeDetail)) {
    out.push(`### Runtime: ${c.id}`, "");
    if (c.runtime?.pods?.length) out.push(`Pods that ran on ${c.runtime.node}: ${c.runtime.pods.map((p) => `\`${p}\``).join(", ")}`, "");
    const checks = protocolChecks(c);
    if (checks.length) {
      out.push("| protocol check | result | evidence |", "| --- | --- | --- |");
      for (const k of checks)
        out.push(
          `| ${k.name.replace(/^runtime: /, "")} | ${k.notRun ? "⚠️ not run" : k.ok ? "✅ pass" : "❌ fail"} | ${k.message.replace(/\|/g, "\\|").replace(/\n/g, " ")} |`,
        );
      out.push("");
    }
    if (c.imageSubstitutions?.length) {
      out.push("| upstream image | local stand-in | same release | digest | inputs | note |", "| --- | --- | --- | --- | --- | --- |");
      for (const s of c.imageSubstitutions)
        out.push(
          `| \`${s.upstream}\` | \`${s.local}\` | ${s.sameVersion ? "yes" : "no"} | \`${s.digest}\` | ${s.inputs.length} (${s.inputs.slice(0, 3).join(", ")}${s.inputs.length > 3 ? ", …" : ""}) | ${(s.note ?? "").replace(/\|/g, "\\|")} |`,
        );
      out.push("");
    }
    for (const n of c.runtime?.notRun ?? []) out.push(`- ⚠️ ${n}`);
    if (c.runtime?.notRun?.length) out.push("");
  }
  return out;
}

/** HTML block of one cell's runtime detail ("" without). `e` escapes text. */
export function runtimeHtml(c: CellReport, e: (s: string) => string): string {
  if (!hasRuntimeDetail(c)) return "";
  const checks = protocolChecks(c);
  return (
    `<div class="runtime-detail">` +
    (c.runtime?.pods?.length
      ? `<p class="kv pods">pods that ran on ${e(c.runtime.node)}: ${c.runtime.pods.map((p) => `<code>${e(p)}</code>`).join(", ")}</p>`
      : "") +
    (checks.length
      ? `<table class="protocol-checks"><thead><tr><th>protocol check</th><th>result</th><th>evidence</th></tr></thead><tbody>${checks
          .map(
            (k) =>
              `<tr data-ok="${k.ok}"><td>${e(k.name.replace(/^runtime: /, ""))}</td><td>${k.notRun ? "NOT RUN" : k.ok ? "pass" : "FAIL"}</td><td>${e(k.message)}</td></tr>`,
          )
          .join("")}</tbody></table>`
      : "") +
    (c.imageSubstitutions?.length
      ? `<table class="image-substitutions"><thead><tr><th>upstream image</th><th>local stand-in</th><th>same release</th><th>digest</th><th>inputs</th><th>note</th></tr></thead><tbody>${c.imageSubstitutions
          .map(
            (s) =>
              `<tr><td><code>${e(s.upstream)}</code></td><td><code>${e(s.local)}</code></td><td>${s.sameVersion ? "yes" : "no"}</td><td><code>${e(s.digest)}</code></td><td>${e(s.inputs.join(", "))}</td><td>${e(s.note ?? "")}</td></tr>`,
          )
          .join("")}</tbody></table>`
      : "") +
    (c.runtime?.notRun?.length ? `<ul class="not-run">${c.runtime.notRun.map((n) => `<li>${e(n)}</li>`).join("")}</ul>` : "") +
    `</div>`
  );
}
