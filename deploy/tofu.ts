/**
 * OpenTofu commands of `stackwerk plan/deploy/destroy` and the conformance levels, run with the Stackwerk toolchain's environment
 * (mirror-only CLI config) and read through OpenTofu's machine-readable output (`-json`), so
 * a failure is reported with the tool's and the provider's own diagnostic text.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { tofuEnv, Toolchain } from "../tools/toolchain";
import { ExecResult, ProcessTracker } from "./exec";

export interface Diagnostic {
  readonly severity: "error" | "warning";
  readonly summary: string;
  readonly detail: string;
  /** Resource address, when the diagnostic belongs to one. */
  readonly address?: string;
  /** `file:line`, when known. */
  readonly location?: string;
}

export interface TofuOutcome {
  readonly ok: boolean;
  readonly code: number;
  readonly durationMs: number;
  readonly interrupted: boolean;
  readonly errors: Diagnostic[];
  readonly warnings: Diagnostic[];
  /** `Plan: 3 to add, 0 to change, 0 to destroy.` and the like, when OpenTofu printed one. */
  readonly summary?: string;
  /** Counts from the change summary. */
  readonly changes?: { add: number; change: number; remove: number; import?: number };
  /** Resources a plan would change: `address (action)`. */
  readonly plannedChanges: string[];
  /** Raw stderr/stdout text for errors that were not in the JSON stream. */
  readonly rawError?: string;
}

/**
 * True for the kubernetes provider's read-back error after it waited for a rollout: the controller
 * bumped the revision annotation meanwhile (hashicorp/terraform-provider-kubernetes#1591). The
 * change itself is applied. `text` is one error: summary and detail, or tofu's printed block.
 */
export function isRevisionReadBack(text: string): boolean {
  return /inconsistent result after apply/.test(text) && /deployment\.kubernetes\.io\/revision|deprecated\.daemonset\.template\.generation/.test(text);
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.address, d.location].filter(Boolean).join(", ");
  const detail = d.detail.trim() ? `: ${d.detail.trim().replace(/\s*\n\s*/g, " ")}` : "";
  return `${d.summary}${detail}${where ? ` [${where}]` : ""}`;
}

/** The error text of an outcome: every error diagnostic, or the raw output when there is none. */
export function errorText(o: TofuOutcome): string {
  if (o.errors.length > 0) return o.errors.map(formatDiagnostic).join("\n");
  return o.rawError?.trim() || `exited with code ${o.code}`;
}

interface JsonDiagnostic {
  severity?: string;
  summary?: string;
  detail?: string;
  address?: string;
  range?: { filename?: string; start?: { line?: number } };
}

function toDiagnostic(d: JsonDiagnostic): Diagnostic {
  const location = d.range?.filename ? `${d.range.filename}${d.range.start?.line ? `:${d.range.start.line}` : ""}` : undefined;
  return {
    severity: d.severity === "warning" ? "warning" : "error",
    summary: d.summary ?? "(no summary)",
    detail: d.detail ?? "",
    ...(d.address ? { address: d.address } : {}),
    ...(location ? { location } : {}),
  };
}

/** Extracts `Error:` blocks from OpenTofu's human-readable output (init has no -json here). */
export function errorBlocks(text: string): string {
  const raw = text.split("\n");
  const lines = raw.map((l) => l.replace(/^[│╷╵]\s?/, "").replace(/\s+$/, ""));
  const blocks: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith("Error: ")) continue;
    const block = [lines[i]];
    for (let j = i + 1; j < lines.length; j++) {
      if (raw[j].startsWith("╵") || lines[j].startsWith("Error: ") || lines[j].startsWith("Warning: ")) break;
      block.push(lines[j]);
    }
    blocks.push(
      block
        .join("\n")
        .replace(/\n{2,}/g, "\n")
        .trim(),
    );
  }
  return blocks.join("\n\n") || text.trim().split("\n").slice(-15).join("\n");
}

/** Parses OpenTofu's `-json` line stream (plan, apply, destroy). */
export function parseJsonStream(result: ExecResult): TofuOutcome {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const plannedChanges: string[] = [];
  let summary: string | undefined;
  let changes: TofuOutcome["changes"];
  for (const line of result.stdout.split("\n")) {
    if (!line.startsWith("{")) continue;
    let msg: {
      type?: string;
      "@message"?: string;
      diagnostic?: JsonDiagnostic;
      change?: { resource?: { addr?: string }; action?: string };
      changes?: { add: number; change: number; remove: number; import?: number };
    };
    try {
      msg = JSON.parse(line);
    } catch {
      continue;
    }
    if (msg.type === "diagnostic" && msg.diagnostic) {
      const d = toDiagnostic(msg.diagnostic);
      (d.severity === "error" ? errors : warnings).push(d);
    } else if (msg.type === "planned_change" && msg.change?.resource?.addr) {
      plannedChanges.push(`${msg.change.resource.addr} (${msg.change.action ?? "change"})`);
    } else if (msg.type === "change_summary") {
      summary = msg["@message"];
      changes = msg.changes;
    }
  }
  const rawError =
    result.code !== 0 && errors.length === 0
      ? errorBlocks(
          `${result.stderr}\n${result.stdout
            .split("\n")
            .filter((l) => !l.startsWith("{"))
            .join("\n")}`,
        )
      : undefined;
  return {
    ok: result.code === 0 && errors.length === 0,
    code: result.code,
    durationMs: result.durationMs,
    interrupted: result.interrupted,
    errors,
    warnings,
    plannedChanges,
    ...(summary ? { summary } : {}),
    ...(changes ? { changes } : {}),
    ...(rawError ? { rawError } : {}),
  };
}

/** Options of `apply` and `destroy`; the defaults are OpenTofu's. */
export interface ChangeOptions {
  /** Operations at once (`-parallelism`). @default 10 */
  readonly parallelism?: number;
  /**
   * Read every object before destroying (`-refresh`). Turn off only when the state is known to
   * match the cluster, e.g. right after a plan that showed no changes. @default true
   */
  readonly refresh?: boolean;
}

/** The command-line flags of `options`. */
export function changeArgs(options: ChangeOptions): string[] {
  const args: string[] = [];
  if (options.parallelism !== undefined) {
    if (!Number.isInteger(options.parallelism) || options.parallelism < 1)
      throw new Error(`tofu: parallelism must be a whole number ≥ 1, got ${options.parallelism}`);
    args.push(`-parallelism=${options.parallelism}`);
  }
  if (options.refresh === false) args.push("-refresh=false");
  return args;
}

/**
 * Keeps the `-json` event stream of an apply or destroy beside the stack (tofu-<command>.jsonl):
 * its per-resource timestamps show where a slow level spends its time. Values of sensitive
 * outputs are not in the stream; the state file beside it holds more than this anyway.
 */
function keepLog(dir: string, command: string, r: ExecResult): void {
  try {
    fs.writeFileSync(path.join(dir, `tofu-${command}.jsonl`), r.stdout);
  } catch {
    /* a diagnostic aid only */
  }
}

/** Runs `tofu` for one stack folder. */
export class Tofu {
  constructor(
    private readonly tc: Toolchain,
    private readonly tracker: ProcessTracker,
  ) {}

  get binary(): string {
    return this.tc.tofu;
  }

  private run(
    dir: string,
    args: string[],
    env: Readonly<Record<string, string>> = {},
    timeoutMs = 15 * 60_000,
    onSpawn?: (stop: () => void) => void,
  ): Promise<ExecResult> {
    return this.tracker.exec(this.tc.tofu, args, { cwd: dir, env: { ...tofuEnv(this.tc), ...env }, timeoutMs, ...(onSpawn ? { onSpawn } : {}) });
  }

  /** `tofu init` from the mirror (no backend migration prompts, no input). `env`: e.g. the state passphrase. */
  async init(dir: string, env: Readonly<Record<string, string>> = {}): Promise<TofuOutcome> {
    const r = await this.run(dir, ["init", "-input=false", "-no-color"], env);
    return {
      ok: r.code === 0,
      code: r.code,
      durationMs: r.durationMs,
      interrupted: r.interrupted,
      errors: [],
      warnings: [],
      plannedChanges: [],
      ...(r.code !== 0 ? { rawError: errorBlocks(`${r.stderr}\n${r.stdout}`) } : {}),
    };
  }

  /** `tofu validate -json`. `env`: variables needed at static evaluation (the state passphrase). */
  async validate(dir: string, env: Readonly<Record<string, string>> = {}): Promise<TofuOutcome> {
    const r = await this.run(dir, ["validate", "-json", "-no-color"], env);
    let parsed: { valid?: boolean; diagnostics?: JsonDiagnostic[] } = {};
    try {
      parsed = JSON.parse(r.stdout);
    } catch {
      /* not JSON: handled below */
    }
    const diags = (parsed.diagnostics ?? []).map(toDiagnostic);
    const errors = diags.filter((d) => d.severity === "error");
    return {
      ok: r.code === 0 && parsed.valid === true,
      code: r.code,
      durationMs: r.durationMs,
      interrupted: r.interrupted,
      errors,
      warnings: diags.filter((d) => d.severity === "warning"),
      plannedChanges: [],
      ...(r.code !== 0 && errors.length === 0 ? { rawError: errorBlocks(`${r.stderr}\n${r.stdout}`) } : {}),
    };
  }

  /** `tofu plan -json` (extra args e.g. `-detailed-exitcode`). */
  async plan(dir: string, env: Readonly<Record<string, string>>, extra: string[] = []): Promise<TofuOutcome> {
    const r = await this.run(dir, ["plan", "-json", "-input=false", "-lock-timeout=60s", ...extra], env);
    const o = parseJsonStream(r);
    // -detailed-exitcode: 2 means "succeeded, with changes".
    if (extra.includes("-detailed-exitcode") && r.code === 2 && o.errors.length === 0) {
      return { ...o, ok: true, rawError: undefined };
    }
    return o;
  }

  /**
   * `tofu apply -json -auto-approve`, or, with `planFile`, `tofu apply -json <planFile>`: exactly
   * the changes of that saved plan (OpenTofu refuses a plan whose state moved on meanwhile).
   */
  async apply(
    dir: string,
    env: Readonly<Record<string, string>>,
    onSpawn?: (stop: () => void) => void,
    options: ChangeOptions = {},
    planFile?: string,
  ): Promise<TofuOutcome> {
    const args = planFile
      ? ["apply", "-json", "-input=false", "-lock-timeout=60s", ...changeArgs(options), planFile]
      : ["apply", "-json", "-input=false", "-auto-approve", "-lock-timeout=60s", ...changeArgs(options)];
    const r = await this.run(dir, args, env, 20 * 60_000, onSpawn);
    keepLog(dir, "apply", r);
    return parseJsonStream(r);
  }

  /** `tofu destroy -json -auto-approve`. */
  async destroy(dir: string, env: Readonly<Record<string, string>>, options: ChangeOptions = {}): Promise<TofuOutcome> {
    const r = await this.run(dir, ["destroy", "-json", "-input=false", "-auto-approve", "-lock-timeout=60s", ...changeArgs(options)], env, 20 * 60_000);
    keepLog(dir, "destroy", r);
    return parseJsonStream(r);
  }

  /** `tofu output -json` (values of sensitive outputs included: kept in memory only). */
  async outputs(dir: string): Promise<Record<string, { value: unknown; sensitive: boolean }>> {
    const r = await this.run(dir, ["output", "-json", "-no-color"]);
    if (r.code !== 0) throw new Error(errorBlocks(r.stderr || r.stdout));
    return JSON.parse(r.stdout || "{}");
  }

  /** `tofu version -json` → version string. */
  async version(): Promise<string | undefined> {
    const r = await this.tracker.exec(this.tc.tofu, ["version", "-json"], { env: tofuEnv(this.tc) });
    try {
      return (JSON.parse(r.stdout) as { terraform_version?: string }).terraform_version;
    } catch {
      return r.stdout.split("\n")[0]?.trim() || undefined;
    }
  }
}
