/**
 * Where the cells of a run come from: the registered patterns (pattern x target, each the
 * pattern's reference instance) or a user's own cdktf app (`--app`, one cell per pattern
 * instance it contains). Both end as a list of synthesised stacks per cell (level 1).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { App } from "../engines/cdktf/cdk";
import type { Stage } from "../core/profile";
import { synthPattern } from "../engines/cdktf";
import { REFERENCE_TARGET_PROPS, targetByName, targets as targetFactories } from "../providers";
import { registeredPatterns } from "../patterns/registry";
import type { EngineName, GovernanceRecord, ImageSubstitution } from "./types";

export interface CellStack {
  readonly name: string;
  readonly role: "infra" | "addons" | "platform";
  /** Folder holding the synthesised cdk.tf.json. */
  readonly dir: string;
  readonly file: string;
}

export interface CellSpec {
  readonly id: string;
  readonly pattern: string;
  readonly target: string;
  readonly stage: string;
  readonly source: "registry" | "app";
  /** The engine that renders and deploys the cell. @default "cdktf" */
  readonly engine?: EngineName;
  readonly instance?: string;
  /** The instance's governance record (registry: the definition's; --app: the instance's `governance`). */
  readonly governance?: GovernanceRecord;
  /** Upstream images a runtime run replaces by local builds (reported as `imageSubstitutions`). @default none */
  readonly imageSubstitutions?: readonly ImageSubstitution[];
  /** Time already spent synthesising before the cell ran (an --app is loaded once for all its cells). */
  readonly synthMs?: number;
  /** Level 1: synthesise into `outdir` and return the cell's stacks (infra before platform). */
  synth(outdir: string): Promise<CellStack[]> | CellStack[];
}

/** `--runtime`: the real node has no GPU, so the on-prem target declares none and the AI reference instance serves on CPU (ADR 0430). */
export const RUNTIME_TARGET_PROPS = { onprem: { ...REFERENCE_TARGET_PROPS.onprem, gpuNodes: 0 } } as const;

/** The target a registry cell synthesises for: the reference settings, or the real node's with `runtime`. */
const cellTarget = (name: string, runtime: boolean) =>
  runtime && name === "onprem" ? targetFactories.onprem(RUNTIME_TARGET_PROPS.onprem) : targetByName(name);

/**
 * Cells for registered patterns: every pattern x every target x every engine. A `cdktf` cell's id is
 * `<pattern>/<target>` (as before the engine dimension), a Pulumi cell's `<pattern>/<target>/pulumi`.
 */
export function registryCells(
  patterns: readonly string[],
  targets: readonly string[],
  stage: Stage,
  engines: readonly EngineName[] = ["cdktf"],
  options: { readonly runtime?: boolean } = {},
): CellSpec[] {
  const runtime = options.runtime ?? false;
  const cells: CellSpec[] = [];
  for (const pattern of patterns) {
    const governance = registeredPatterns().find((d) => d.name === pattern)?.governance;
    for (const target of targets) {
      if (engines.includes("cdktf"))
        cells.push({
          id: `${pattern}/${target}`,
          pattern,
          target,
          stage,
          source: "registry",
          instance: `${pattern}-${target}`,
          ...(governance ? { governance } : {}),
          synth: (outdir) =>
            // targetByName throws "unknown target ..." for targets not implemented yet: a level-1 failure.
            synthPattern({ pattern, target: cellTarget(target, runtime), stage, outdir }).map((s) => ({
              name: s.name,
              role: s.role,
              dir: s.dir,
              file: s.file,
            })),
        });
      if (engines.includes("pulumi"))
        cells.push({
          id: `${pattern}/${target}/pulumi`,
          pattern,
          target,
          stage,
          source: "registry",
          engine: "pulumi",
          instance: `${pattern}-${target}`,
          ...(governance ? { governance } : {}),
          // The Pulumi cell builds its model itself (conformance/pulumi-cell.ts); there are no stack files.
          synth: () => [],
        });
    }
  }
  return cells;
}

// ---- --app ------------------------------------------------------------------------------

/* eslint-disable @typescript-eslint/no-explicit-any */

/** Duck-typed: works with the App of any copy of the `cdktf` package (the app may import `stackwerk` from node_modules). */
function isApp(x: any): x is App {
  return x !== null && typeof x === "object" && typeof x.synth === "function" && typeof x.outdir === "string" && x.node !== undefined;
}

/** Duck-typed Stackwerk pattern instance (a `Pattern` from this checkout or from the `stackwerk` package). */
interface PatternLike {
  readonly patternName: string;
  readonly target: { readonly name: string };
  readonly stage: string;
  readonly stacks: Array<{ node: { id: string }; role?: string }>;
  readonly node: { path: string; id: string };
  /** A governance record (the AI pattern's), when the pattern carries one. */
  readonly governance?: unknown;
}
function isPattern(x: any): x is PatternLike {
  return x !== null && typeof x === "object" && typeof x.patternName === "string" && typeof x.target?.name === "string" && Array.isArray(x.stacks);
}

/** A pattern instance's `governance` as a record of plain values (undefined when it has none). */
function governanceOf(x: unknown): GovernanceRecord | undefined {
  if (x === null || typeof x !== "object" || Array.isArray(x)) return undefined;
  const entries = Object.entries(x).filter(([, v]) => typeof v === "string" || typeof v === "number");
  return entries.length ? (Object.fromEntries(entries) as GovernanceRecord) : undefined;
}

export interface LoadedApp {
  readonly app: App;
  readonly outdir: string;
  readonly instances: ReadonlyArray<{ instance: string; pattern: string; target: string; stage: string; governance?: GovernanceRecord; stacks: CellStack[] }>;
}

function ensureTypeScriptLoader(file: string): void {
  if (!/\.[cm]?tsx?$/.test(file)) return;
  // Already running under tsx or jest: nothing to do.
  if (require.extensions[".ts"] || process.env.JEST_WORKER_ID) return;

  const api = require("tsx/cjs/api") as { register(): void };
  api.register();
}

/**
 * Loads a user's cdktf app: a module that exports an `App` (default export, `app`, or any
 * export), exports a function returning one, or builds and synthesises one at import time.
 * The app is synthesised into `outdir` (through `CDKTF_OUTDIR` unless the app pins its own
 * outdir); the pattern instances and their stacks are found in its construct tree.
 */
export async function loadApp(file: string, outdir: string): Promise<LoadedApp> {
  const abs = path.resolve(file);
  if (!fs.existsSync(abs)) throw new Error(`--app ${file}: no such file`);
  ensureTypeScriptLoader(abs);
  const synthesized = new Set<App>();
  const originalSynth = App.prototype.synth;
  const previousOutdir = process.env.CDKTF_OUTDIR;
  process.env.CDKTF_OUTDIR = outdir;
  App.prototype.synth = function patchedSynth(this: App) {
    synthesized.add(this);
    return originalSynth.call(this);
  };
  let app: App | undefined;
  try {
    delete require.cache[abs];

    const mod = require(abs);
    const candidates = [mod?.default, mod?.app, ...Object.values(mod ?? {}), mod];
    app = candidates.find(isApp);
    if (!app) {
      const factory = [mod?.default, mod?.createApp, mod].find((f) => typeof f === "function");
      if (factory) {
        const made = await factory();
        if (isApp(made)) app = made;
      }
    }
    app ??= [...synthesized][0];
    if (!app) throw new Error(`--app ${file}: the module neither exports a cdktf App (default, \`app\`, or a function returning one) nor synthesises one`);
    if (!synthesized.has(app)) app.synth();
  } finally {
    App.prototype.synth = originalSynth;
    if (previousOutdir === undefined) delete process.env.CDKTF_OUTDIR;
    else process.env.CDKTF_OUTDIR = previousOutdir;
  }
  const instances = app.node
    .findAll()
    .filter((c): boolean => isPattern(c))
    .map((c) => c as unknown as PatternLike)
    .map((p) => ({
      instance: p.node.path,
      pattern: p.patternName,
      target: p.target.name,
      stage: p.stage,
      ...(governanceOf(p.governance) ? { governance: governanceOf(p.governance) } : {}),
      stacks: p.stacks.map((s) => {
        const dir = path.join(app!.outdir, "stacks", s.node.id);
        const file = path.join(dir, "cdk.tf.json");
        if (!fs.existsSync(file)) throw new Error(`--app ${file}: the app's synth wrote no ${file} for stack ${s.node.id}`);
        const role: "infra" | "addons" | "platform" =
          s.role === "infra" || s.role === "addons" || s.role === "platform" ? s.role : s.node.id.endsWith("-infra") ? "infra" : "platform";
        return { name: s.node.id, role, dir, file };
      }),
    }));
  if (instances.length === 0) throw new Error(`--app ${file}: the app contains no Stackwerk pattern instance`);
  return { app, outdir: app.outdir, instances };
}

/**
 * Cells for a user's app. Loading (and synthesising) the app is level 1 of every cell; it
 * happens once, in the first cell to run, and the others reuse the result. When loading
 * fails there is one cell, `app`, failed at level 1.
 */
export async function appCells(file: string, outdir: string, filter: { patterns?: readonly string[]; targets?: readonly string[] }): Promise<CellSpec[]> {
  let loaded: LoadedApp;
  const started = Date.now();
  try {
    loaded = await loadApp(file, outdir);
  } catch (err) {
    const message = (err as Error).message;
    return [
      {
        id: "app",
        pattern: path.basename(file),
        target: "-",
        stage: "-",
        source: "app",
        synthMs: Date.now() - started,
        synth: () => Promise.reject(new Error(message)),
      },
    ];
  }
  const synthMs = Date.now() - started;
  return loaded.instances
    .filter((i) => (!filter.patterns?.length || filter.patterns.includes(i.pattern)) && (!filter.targets?.length || filter.targets.includes(i.target)))
    .map((i) => ({
      id: `app:${i.instance}`,
      pattern: i.pattern,
      target: i.target,
      stage: i.stage,
      source: "app" as const,
      instance: i.instance,
      ...(i.governance ? { governance: i.governance } : {}),
      synthMs,
      synth: () => i.stacks,
    }));
}
