/** `report.md`: the report as a merge-request comment (GitHub/GitLab-flavoured Markdown). */
import { clustersNote, firstLine, LEVELS, reportHeadline, runtimeText, seconds, STATUS_SYMBOL, toolchainReady } from "../levels";
import type { CellReport, ConformanceReport, GovernanceRecord } from "../types";
import { runtimeMarkdown } from "./runtime-section";

function cellText(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function levelsInline(c: CellReport): string {
  return c.levels.map((l) => `L${l.level}${STATUS_SYMBOL[l.status]}`).join(" ");
}

/** Cells with the same governance record, grouped (a pattern's reference instance carries one record on every target). */
export function governanceGroups(cells: readonly CellReport[]): Array<{ record: GovernanceRecord; cells: string[] }> {
  const groups = new Map<string, { record: GovernanceRecord; cells: string[] }>();
  for (const c of cells) {
    if (!c.governance) continue;
    const key = `${c.pattern}\u0000${JSON.stringify(c.governance)}`;
    const group = groups.get(key) ?? { record: c.governance, cells: [] };
    group.cells.push(c.id);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The governance records (e.g. the AI pattern's EU AI Act record) of the report's cells. */
export function renderGovernance(cells: readonly CellReport[]): string[] {
  const groups = governanceGroups(cells);
  if (!groups.length) return [];
  return [
    "### Governance records",
    "",
    ...groups.map(
      (g) =>
        `- **${cellText(g.cells.join(", "))}**: ${Object.entries(g.record)
          .map(([k, val]) => `${k}: ${cellText(String(val))}`)
          .join("; ")}`,
    ),
    "",
  ];
}

export function renderMarkdown(r: ConformanceReport): string {
  const out: string[] = [];
  const v = r.summary.verdicts;
  const headline = reportHeadline(r);
  out.push(`## Stackwerk conformance: ${headline}`);
  out.push("");
  out.push(
    `${r.summary.cells} cell(s): **${v.pass} pass**, ${v.fail} fail, ${v.blocked} blocked, ${v.incomplete} incomplete${v.interrupted ? `, ${v.interrupted} interrupted` : ""}. ` +
      `Run ${r.run.id}, ${seconds(r.run.durationMs)}, stage \`${r.run.options.stage}\`, ${r.run.options.jobs} job(s)` +
      `${r.run.stackwerk.commit ? `, commit \`${r.run.stackwerk.commit.slice(0, 12)}\`${r.run.stackwerk.dirty ? " (dirty)" : ""}` : ""}.`,
  );
  out.push("");

  // Matrix: patterns x targets.
  const targets = [...new Set(r.cells.map((c) => c.target))];
  const patterns = [...new Set(r.cells.map((c) => c.pattern))];
  out.push(`| pattern | ${targets.join(" | ")} |`);
  out.push(`| --- | ${targets.map(() => "---").join(" | ")} |`);
  for (const p of patterns) {
    const row = targets.map((t) => {
      const cells = r.cells.filter((c) => c.pattern === p && c.target === t);
      return cells.length ? cells.map((c) => `**${c.verdict.toUpperCase()}**${c.engine ? ` (${c.engine})` : ""} ${levelsInline(c)}`).join("<br>") : "–";
    });
    out.push(`| ${cellText(p)} | ${row.map(cellText).join(" | ")} |`);
  }
  out.push("");
  out.push(
    `Levels: ${LEVELS.map((l) => `L${l.level} ${l.name}`).join(" · ")}. Legend: ${Object.entries(STATUS_SYMBOL)
      .map(([s, sym]) => `${sym} ${s}`)
      .join(", ")}.`,
  );
  out.push("");

  out.push(...renderGovernance(r.cells));
  out.push(...runtimeMarkdown(r.cells));

  // Per-cell level table with durations.
  out.push("### Levels per cell");
  out.push("");
  out.push(`| cell | ${LEVELS.map((l) => `L${l.level} ${l.name}`).join(" | ")} | objects (declared / live / left) |`);
  out.push(`| --- | ${LEVELS.map(() => "---").join(" | ")} | --- |`);
  for (const c of r.cells) {
    const oc = c.objectCounts;
    const objects = oc ? `${oc.declaredTotal} / ${oc.liveTotal ?? "–"} / ${oc.leftAfterDestroy ?? "–"}` : "–";
    out.push(
      `| ${cellText(c.id)}${c.runtime ? ` (real node: ${cellText(runtimeText(c.runtime))})` : ""} | ${c.levels.map((l) => `${STATUS_SYMBOL[l.status]} ${l.status}${l.durationMs ? ` ${seconds(l.durationMs)}` : ""}`).join(" | ")} | ${objects} |`,
    );
  }
  out.push("");

  const failed = r.cells.flatMap((c) => c.levels.filter((l) => l.required && l.status === "fail").map((l) => ({ c, l })));
  if (failed.length) {
    out.push("### Failures");
    out.push("");
    for (const { c, l } of failed) {
      out.push(`<details><summary><b>${c.id}</b> L${l.level} ${l.name}: ${escapeInline(firstLine(l.message, 160))}</summary>`);
      out.push("");
      out.push("```text");
      out.push(l.message.replace(/```/g, "'''"));
      out.push("```");
      out.push("</details>");
      out.push("");
    }
  }
  if (r.summary.blocked.length) {
    out.push("### Blocked");
    out.push("");
    for (const b of r.summary.blocked) out.push(`- ${cellText(firstLine(b, 400))}`);
    out.push("");
  }
  const notRun = r.cells.flatMap((c) => c.levels.filter((l) => l.status === "not-run").map((l) => `${c.id} L${l.level}: ${l.message}`));
  if (notRun.length) {
    out.push("### Not run");
    out.push("");
    for (const n of notRun) out.push(`- ${cellText(n)}`);
    out.push("");
  }

  out.push("### Versions");
  out.push("");
  if (r.toolchain.error) out.push(`Toolchain unavailable: ${cellText(firstLine(r.toolchain.error, 300))}`);
  else {
    out.push("| tool | version | module version | available |");
    out.push("| --- | --- | --- | --- |");
    for (const t of r.toolchain.tools)
      out.push(
        `| ${cellText(t.tool)} | ${t.version} | ${t.moduleVersion ?? ""} | ${t.available ? "yes" : `no: ${cellText(firstLine(t.reason ?? "", 120))}`} |`,
      );
    if (r.toolchain.readyMs !== undefined) out.push("", toolchainReady(r.toolchain.readyMs));
  }
  out.push("");
  const cl = r.cluster;
  out.push(
    `Cluster: ${cl.kind}${cl.kubernetesVersion ? `, Kubernetes ${cl.kubernetesVersion}` : ""}${
      cl.components
        ? ` (${Object.entries(cl.components)
            .map(([k, v]) => `${k} ${v}`)
            .join(", ")})`
        : ""
    }` +
      `${cl.nodes !== undefined ? `, ${cl.nodes} kwok node(s)` : ""}${cl.startMs !== undefined ? `, started in ${seconds(cl.startMs)}` : ""}${cl.clusters ? `; ${clustersNote(cl.clusters)}` : ""}${cl.error ? `; error: ${cellText(firstLine(cl.error, 300))}` : ""}` +
      `${cl.runtime ? `; real node ${cl.runtime.node}: ${cl.runtime.containerRuntimeVersion}, kubelet ${cl.runtime.kubeletVersion}${cl.runtime.nodeStartMs !== undefined ? `, node started in ${seconds(cl.runtime.nodeStartMs)}` : ""}${cl.runtime.rssBytes !== undefined ? `, ${Math.round(cl.runtime.rssBytes / 2 ** 20)} MiB resident` : ""}` : ""}.`,
  );
  out.push("");
  out.push(`> ${cl.note}`);
  out.push("");
  return out.join("\n");
}

function escapeInline(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
