/**
 * Running OpenTofu against a ready toolchain: its environment (mirror-only CLI config), `runTofu`,
 * and the lock file's checks (tools/toolchain/index.ts builds the toolchain).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { run, RunResult, sha256File } from "../cache";
import type { ProviderName } from "./pins";
import { ProviderUnavailableError, type ProviderStatus, type Toolchain, type ToolchainLock } from "./types";

/** Environment for running tofu against this toolchain (mirror-only CLI config, no plugin cache, no logs). */
export function tofuEnv(tc: Toolchain, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  for (const key of Object.keys(env)) {
    if (key === "TF_PLUGIN_CACHE_DIR" || key.startsWith("TF_LOG") || key.startsWith("TF_CLI_ARGS")) delete env[key];
  }
  env.TF_CLI_CONFIG_FILE = tc.cliConfigFile;
  env.TF_IN_AUTOMATION = "1";
  env.CHECKPOINT_DISABLE = "1";
  return env;
}

/** Options of `runTofu`. */
export interface RunTofuOptions {
  /** Extra environment on top of `tofuEnv(tc)`. */
  readonly env?: Readonly<Record<string, string>>;
  /** Text written to stdin. */
  readonly input?: string;
  /** Reject on a non-zero exit (default false: the caller inspects `code`). */
  readonly check?: boolean;
  /** Stream output to the progress log with this prefix. */
  readonly echo?: string;
}

/** Runs `tofu <args>` in `cwd` with the toolchain's environment. */
export function runTofu(tc: Toolchain, cwd: string, args: readonly string[], opts: RunTofuOptions = {}): Promise<RunResult> {
  return run(tc.tofu, args, {
    cwd,
    env: { ...tofuEnv(tc), ...(opts.env ?? {}) },
    check: opts.check ?? false,
    ...(opts.input !== undefined ? { input: opts.input } : {}),
    ...(opts.echo ? { echo: opts.echo } : {}),
  });
}

/** Reads the lock file of a toolchain. */
export function readLock(tc: Toolchain): ToolchainLock {
  return JSON.parse(fs.readFileSync(tc.lockFile, "utf8")) as ToolchainLock;
}

/** Recomputes the sha256 of every locked binary; returns the entries that do not match. */
export function verifyLock(tc: Toolchain): Array<{ name: string; file: string; expected: string; actual: string }> {
  const bad: Array<{ name: string; file: string; expected: string; actual: string }> = [];
  for (const t of readLock(tc).tools) {
    if (!t.available || !t.path || !t.sha256) continue;
    const file = path.isAbsolute(t.path) ? t.path : path.join(tc.root, t.path);
    const actual = fs.existsSync(file) ? sha256File(file) : "(missing)";
    if (actual !== t.sha256) bad.push({ name: t.name, file, expected: t.sha256, actual });
  }
  return bad;
}

/** Throws `ProviderUnavailableError` when a provider is not in the toolchain. */
export function requireProvider(tc: Toolchain, name: ProviderName): ProviderStatus {
  const st = tc.providers[name];
  if (!st.available) throw new ProviderUnavailableError(name, st.reason ?? "unknown reason");
  return st;
}
