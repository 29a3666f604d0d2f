/**
 * `report.html`: one self-contained page (inline CSS, no script, no external asset) with the
 * pattern x target matrix, a badge per level, durations, failure messages, versions and object
 * counts. Stable hooks for tests and tooling: `table#matrix`, `td.cell[data-pattern][data-target]`
 * with `data-verdict`, and `.badge[data-level][data-status]` inside each cell.
 */
import { runtimeHtml } from "./runtime-section";
import { clustersNote, firstLine, reportHeadline, runtimeText, STATUS_SYMBOL, toolchainReady } from "../levels";
import type { CellReport, ConformanceReport, LevelResult } from "../types";
import { governanceGroups } from "./markdown";

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const e = escapeHtml;

function seconds(ms: number): string {
  return ms >= 100_000 ? `${Math.round(ms / 1000)}s` : `${(ms / 1000).toFixed(1)}s`;
}

function anchor(id: string): string {
  return `cell-${id.replace(/[^a-zA-Z0-9_-]+/g, "-")}`;
}

const CSS = `
:root { --pass:#1a7f37; --fail:#cf222e; --blocked:#9a6700; --skipped:#6e7781; --notrun:#8250df; --na:#afb8c1; --interrupted:#bc4c00; --fg:#1f2328; --muted:#57606a; --line:#d0d7de; --bg:#f6f8fa; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); margin: 0; padding: 24px; max-width: 1400px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; } h3 { font-size: 15px; margin: 16px 0 6px; }
.meta { color: var(--muted); margin: 0 0 12px; }
.headline { display: inline-block; padding: 2px 10px; border-radius: 12px; color: #fff; font-weight: 600; }
table { border-collapse: collapse; } th, td { border: 1px solid var(--line); padding: 6px 8px; vertical-align: top; text-align: left; }
th { background: var(--bg); }
#matrix td.cell { min-width: 240px; }
.verdict { font-weight: 700; font-size: 13px; letter-spacing: .03em; }
.badges { display: flex; flex-wrap: wrap; gap: 4px; margin: 6px 0 2px; padding: 0; list-style: none; }
.badge { display: inline-flex; flex-direction: column; align-items: center; min-width: 44px; padding: 2px 4px; border-radius: 4px; color: #fff; font-size: 11px; line-height: 1.25; }
.badge b { font-size: 12px; } .badge small { opacity: .9; }
.s-pass { background: var(--pass); } .s-fail { background: var(--fail); } .s-blocked { background: var(--blocked); } .s-skipped { background: var(--skipped); }
.s-not-run { background: var(--notrun); } .s-n\\/a { background: var(--na); color: #24292f; } .s-interrupted { background: var(--interrupted); }
.t-pass { color: var(--pass); } .t-fail { color: var(--fail); } .t-blocked { color: var(--blocked); } .t-incomplete { color: var(--notrun); } .t-interrupted { color: var(--interrupted); }
.msg { color: var(--fail); font-size: 12px; margin-top: 4px; word-break: break-word; }
.msg.blocked { color: var(--blocked); }
pre { white-space: pre-wrap; word-break: break-word; background: var(--bg); border: 1px solid var(--line); padding: 8px; margin: 4px 0; font-size: 12px; max-height: 360px; overflow: auto; }
.levels td:nth-child(2) { white-space: nowrap; } .levels td:nth-child(4) { white-space: nowrap; text-align: right; }
.checks { margin: 4px 0 0; padding-left: 18px; } .checks li.ok::marker { content: "✔ "; color: var(--pass); } .checks li.bad::marker { content: "✘ "; color: var(--fail); } .checks li.not-run::marker { content: "⚠ "; color: var(--notrun); }
.note { background: #fff8c5; border: 1px solid #d4a72c66; padding: 8px 12px; border-radius: 6px; }
.counts { font-size: 12px; color: var(--muted); } .kv { font-size: 12px; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
`;

function badge(l: LevelResult): string {
  const title = `L${l.level} ${l.name}: ${l.status}${l.required ? " (required)" : ""}${l.durationMs ? `, ${seconds(l.durationMs)}` : ""}${l.message ? ` — ${firstLine(l.message, 300)}` : ""}`;
  return (
    `<li class="badge s-${e(l.status)}" data-level="${l.level}" data-status="${e(l.status)}" title="${e(title)}">` +
    `<b>L${l.level} ${STATUS_SYMBOL[l.status]}</b><small>${e(l.name)}</small><small>${l.durationMs ? seconds(l.durationMs) : "&nbsp;"}</small></li>`
  );
}

function matrixCell(c: CellReport): string {
  const problems = c.levels.filter((l) => (l.required && l.status === "fail") || l.status === "blocked" || l.status === "interrupted");
  const oc = c.objectCounts;
  return (
    `<div class="cellbox" data-cell="${e(c.id)}"${c.engine ? ` data-engine="${e(c.engine)}"` : ""}>` +
    `<a class="verdict t-${e(c.verdict)}" href="#${anchor(c.id)}">${e(c.verdict.toUpperCase())}</a> <span class="counts">${c.engine ? `<span class="engine">${e(c.engine)}</span> · ` : ""}${seconds(c.durationMs)}` +
    `${oc ? ` · ${oc.declaredTotal} declared${oc.liveTotal !== undefined ? ` · ${oc.liveTotal} live` : ""}${oc.leftAfterDestroy !== undefined ? ` · ${oc.leftAfterDestroy} left` : ""}` : ""}</span>` +
    `${c.source === "app" && c.instance ? `<div class="counts">${e(c.instance)}</div>` : ""}` +
    `<ol class="badges">${c.levels.map(badge).join("")}</ol>` +
    problems
      .map(
        (l) =>
          `<div class="msg${l.status === "blocked" ? " blocked" : ""}" data-level="${l.level}">L${l.level} ${e(l.status)}: ${e(firstLine(l.message, 220))}</div>`,
      )
      .join("") +
    `</div>`
  );
}

function cellDetail(c: CellReport): string {
  const oc = c.objectCounts;
  const kinds = (rec?: Readonly<Record<string, number>>) =>
    rec
      ? Object.entries(rec)
          .map(([k, n]) => `${e(k)} ${n}`)
          .join(", ")
      : "–";
  const rows = c.levels
    .map(
      (l) =>
        `<tr data-level="${l.level}" data-status="${e(l.status)}"><td>L${l.level} ${e(l.name)}</td><td><span class="badge s-${e(l.status)}">${STATUS_SYMBOL[l.status]} ${e(l.status)}</span></td>` +
        `<td>${l.required ? "required" : "–"}</td><td>${l.durationMs ? seconds(l.durationMs) : ""}</td>` +
        `<td>${l.message ? (l.message.includes("\n") || l.message.length > 160 ? `<pre>${e(l.message)}</pre>` : e(l.message)) : ""}` +
        `${l.checks?.length ? `<ul class="checks">${l.checks.map((k) => `<li class="${k.notRun ? "not-run" : k.ok ? "ok" : "bad"}"><b>${e(k.name)}</b>: ${e(k.message)}</li>`).join("")}</ul>` : ""}</td></tr>`,
    )
    .join("");
  return (
    `<section class="cell-detail" id="${anchor(c.id)}" data-cell="${e(c.id)}">` +
    `<h3>${e(c.id)} <span class="verdict t-${e(c.verdict)}">${e(c.verdict.toUpperCase())}</span></h3>` +
    `<p class="kv">pattern <b>${e(c.pattern)}</b> · target <b>${e(c.target)}</b>${c.engine ? ` · engine <b class="engine">${e(c.engine)}</b>` : ""} · stage ${e(c.stage)}${c.instance ? ` · instance ${e(c.instance)}` : ""} · namespaces ${e(c.namespaces.join(", ") || "–")} · ${seconds(c.durationMs)}</p>` +
    `<p class="kv">stacks: ${c.stacks.map((s) => `${e(s.name)} (${e(s.role)}, ${s.resources} resources; ${e(s.providers.join(", "))})`).join("; ") || "–"}</p>` +
    (oc
      ? `<p class="kv">objects declared (${oc.declaredTotal}): ${kinds(oc.declared)}<br>live after apply (${oc.liveTotal ?? "–"}): ${kinds(oc.live)}<br>left after destroy: ${oc.leftAfterDestroy ?? "–"}` +
        `${oc.infraResources ? `<br>infra resources: ${kinds(oc.infraResources)}` : ""}</p>`
      : "") +
    (c.governance
      ? `<p class="kv governance">governance record: ${Object.entries(c.governance)
          .map(([k, val]) => `${e(k)} <b>${e(String(val))}</b>`)
          .join(" · ")}</p>`
      : "") +
    (c.runtime ? `<p class="kv runtime" data-runtime="${e(c.runtime.containerRuntimeVersion)}">real node: ${e(runtimeText(c.runtime))}</p>` : "") +
    runtimeHtml(c, e) +
    (c.standIns?.length
      ? `<p class="kv">platform inputs supplied at level 4: ${c.standIns.map((s) => `${e(s.name)}${s.sensitive ? " (sensitive, generated, not recorded)" : s.value !== undefined ? ` = ${e(s.value)}` : " (not recorded)"}`).join(", ")}</p>`
      : "") +
    `<table class="levels"><thead><tr><th>level</th><th>status</th><th>required</th><th>time</th><th>message</th></tr></thead><tbody>${rows}</tbody></table>` +
    `</section>`
  );
}

export function renderHtml(r: ConformanceReport): string {
  const targets = r.run.options.targets.length ? [...r.run.options.targets] : [...new Set(r.cells.map((c) => c.target))];
  for (const t of r.cells.map((c) => c.target)) if (!targets.includes(t)) targets.push(t);
  const patterns = [...new Set(r.cells.map((c) => c.pattern))];
  const v = r.summary.verdicts;
  const headline = reportHeadline(r);
  const headColor = { passed: "var(--pass)", failed: "var(--fail)", interrupted: "var(--interrupted)", incomplete: "var(--blocked)" }[headline];

  const matrix =
    `<table id="matrix"><thead><tr><th>pattern \\ target</th>${targets.map((t) => `<th data-target="${e(t)}">${e(t)}</th>`).join("")}</tr></thead><tbody>` +
    patterns
      .map(
        (p) =>
          `<tr data-pattern="${e(p)}"><th scope="row">${e(p)}</th>` +
          targets
            .map((t) => {
              const cells = r.cells.filter((c) => c.pattern === p && c.target === t);
              if (cells.length === 0) return `<td class="empty" data-pattern="${e(p)}" data-target="${e(t)}">–</td>`;
              const verdict = cells.some((c) => c.verdict === "fail") ? "fail" : cells[0].verdict;
              return `<td class="cell" data-pattern="${e(p)}" data-target="${e(t)}" data-verdict="${e(verdict)}">${cells.map(matrixCell).join("")}</td>`;
            })
            .join("") +
          `</tr>`,
      )
      .join("") +
    `</tbody></table>`;

  const legend = `<p class="counts">Legend: ${Object.entries(STATUS_SYMBOL)
    .map(([s, sym]) => `<span class="badge s-${e(s)}" style="display:inline-block;min-width:0">${sym} ${e(s)}</span>`)
    .join(" ")}</p>`;
  const levelTable =
    `<table><thead><tr><th>level</th><th>what it proves</th><th>required</th></tr></thead><tbody>` +
    r.levels.map((l) => `<tr><td>L${l.level} ${e(l.name)}</td><td>${e(l.description)}</td><td>${e(l.requiredWhen)}</td></tr>`).join("") +
    `</tbody></table>`;

  const tools = r.toolchain.error
    ? `<p class="msg">toolchain unavailable: ${e(r.toolchain.error)}</p>`
    : `<table id="versions"><thead><tr><th>tool</th><th>version</th><th>module version</th><th>available</th><th>sha256</th></tr></thead><tbody>` +
      r.toolchain.tools
        .map(
          (t) =>
            `<tr data-tool="${e(t.name)}"><td>${e(t.tool)}</td><td>${e(t.version)}</td><td>${e(t.moduleVersion ?? "")}</td>` +
            `<td>${t.available ? "yes" : `<span class="t-blocked">no</span>: ${e(firstLine(t.reason ?? "", 300))}`}</td><td><code>${e((t.sha256 ?? "").slice(0, 16))}</code></td></tr>`,
        )
        .join("") +
      `</tbody></table>` +
      (r.toolchain.readyMs !== undefined ? `<p id="toolchain-ready">${e(toolchainReady(r.toolchain.readyMs))}</p>` : "");
  const cl = r.cluster;
  const cluster =
    `<p id="cluster" class="kv">${e(cl.kind)} cluster${cl.kubernetesVersion ? `, Kubernetes <b>${e(cl.kubernetesVersion)}</b>` : ""}` +
    `${
      cl.components
        ? ` (${Object.entries(cl.components)
            .map(([k, val]) => `${e(k)} ${e(val)}`)
            .join(", ")})`
        : ""
    }` +
    `${cl.nodes !== undefined ? `, ${cl.nodes} kwok node(s)` : ""}${cl.zones ? ` in ${e(cl.zones.join(", "))}` : ""}${cl.startMs ? `, started in ${seconds(cl.startMs)}` : ""}${cl.clusters ? `; ${e(clustersNote(cl.clusters))}` : ""}` +
    `${cl.runtime ? `; real node <b>${e(cl.runtime.node)}</b>: ${e(cl.runtime.containerRuntimeVersion)}, kubelet ${e(cl.runtime.kubeletVersion)}${cl.runtime.nodeStartMs !== undefined ? `, node started in ${seconds(cl.runtime.nodeStartMs)}` : ""}${cl.runtime.rssBytes !== undefined ? `, ${Math.round(cl.runtime.rssBytes / 2 ** 20)} MiB resident` : ""}` : ""}</p>` +
    (cl.error ? `<pre class="msg">${e(cl.error)}</pre>` : "") +
    `<p class="note">${e(cl.note)}</p>`;

  const groups = governanceGroups(r.cells);
  const governance = groups.length
    ? `<h2>Governance records</h2><table id="governance"><thead><tr><th>cells</th><th>field</th><th>value</th></tr></thead><tbody>` +
      groups
        .map((g) =>
          Object.entries(g.record)
            .map(
              ([k, val], i) =>
                `<tr data-cells="${e(g.cells.join(" "))}" data-field="${e(k)}">${i === 0 ? `<td rowspan="${Object.keys(g.record).length}">${e(g.cells.join(", "))}</td>` : ""}<td>${e(k)}</td><td>${e(String(val))}</td></tr>`,
            )
            .join(""),
        )
        .join("") +
      `</tbody></table>`
    : "";

  const lists = [
    r.summary.failures.length ? `<h2>Failed required levels</h2><ul id="failures">${r.summary.failures.map((f) => `<li>${e(f)}</li>`).join("")}</ul>` : "",
    r.summary.blocked.length ? `<h2>Blocked</h2><ul id="blocked">${r.summary.blocked.map((b) => `<li>${e(firstLine(b, 600))}</li>`).join("")}</ul>` : "",
  ].join("");

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stackwerk conformance ${e(r.run.id)}: ${e(headline)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>Stackwerk conformance <span class="headline" style="background:${headColor}" id="headline">${e(headline)}</span></h1>
<p class="meta" id="summary">${r.summary.cells} cell(s): ${v.pass} pass, ${v.fail} fail, ${v.blocked} blocked, ${v.incomplete} incomplete${v.interrupted ? `, ${v.interrupted} interrupted` : ""} ·
run ${e(r.run.id)} · ${seconds(r.run.durationMs)} wall time · stage ${e(r.run.options.stage)} · ${r.run.options.jobs} job(s) ·
stackwerk ${e(r.run.stackwerk.version)}${r.run.stackwerk.commit ? ` (${e(r.run.stackwerk.commit.slice(0, 12))}${r.run.stackwerk.dirty ? ", dirty" : ""})` : ""} ·
${e(r.run.host.platform)}/${e(r.run.host.arch)}, ${r.run.host.cpus} CPU(s), node ${e(r.run.host.node)} · exit code ${r.summary.exitCode}</p>
</header>
<main>
<h2>Matrix</h2>
${matrix}
${legend}
${governance}
${lists}
<h2>Cells</h2>
${r.cells.map(cellDetail).join("\n")}
<h2>Levels</h2>
${levelTable}
<h2>Versions</h2>
${tools}
${cluster}
</main>
<footer>report.json schema ${e(r.schema)} v${r.schemaVersion} · generated ${e(r.run.finishedAt)}</footer>
</body>
</html>
`;
}
