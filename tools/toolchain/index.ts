/**
 * The offline toolchain: OpenTofu and the real providers, built from their Go modules at the
 * versions pinned in ./pins.ts, published into a cache outside the checkout:
 *
 * ```
 * ${cacheRoot()}/toolchain/tools/<name>-<pinKey>/       (one atomically published folder per tool,
 *   bin/tofu | terraform-provider-<type>_v<version>       keyed by that tool's pin alone: a bump
 * ${cacheRoot()}/toolchain/tools/<name>-<pinKey>.unavailable.json    rebuilds only the bumped tool)
 * ${cacheRoot()}/toolchain/<versionKey>/                (keyed by all pins)
 *   mirror/<host>/<ns>/<type>/<version>/<os_arch>/terraform-provider-<type>_v<version>
 *   tofurc                              (CLI config: filesystem mirror only, no direct fallback)
 *   toolchain.lock.json                 (tool, version, module, sha256, size of every binary)
 *   toolchain.json                      (written last: the toolchain is complete)
 * ```
 *
 * Tools the Go module proxy does not serve are built from a pinned release source archive
 * (./source-archive.ts). `STACKWERK_TOFU=/path/to/tofu` uses an existing binary instead of building OpenTofu;
 * with `STACKWERK_USE_REGISTRY=1` nothing is built and providers come from the public registry.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildAtomically, cacheRoot, isComplete, progress, run, RunResult, sha256File, ToolBuildError, versionKey, withBuildLock } from "../cache";
import { buildGoModule, downloadModule, GoModuleSpec, requireGo } from "../go-module";
import { ALIAS_HOSTS, hostPlatform, MIRROR_HOST, pin, PINS, PROVIDER_PINS, ProviderName, ToolPin } from "./pins";
import { ArchiveRecord, buildSourceArchive } from "./source-archive";

export { PINS, PROVIDER_PINS, pin } from "./pins";
export type { ProviderName, SourceArchivePin, ToolName, ToolPin } from "./pins";
export { buildSourceArchive, sourceMirrorDirs, treeHash } from "./source-archive";

/** What the toolchain knows about one provider. */
export interface ProviderStatus {
  /** Fully qualified source address the mirror (or registry) serves, e.g. `registry.opentofu.org/hashicorp/helm`. */
  source: string;
  /** Provider version (semver) in the mirror, e.g. `3.2.0`. */
  version: string;
  /** False when the provider could not be built here; `reason` says why. */
  available: boolean;
  reason?: string;
}

export interface Toolchain {
  /** Absolute path of the `tofu` (or, with STACKWERK_TOFU, `terraform`) binary. */
  tofu: string;
  /** CLI config file to pass as TF_CLI_CONFIG_FILE. */
  cliConfigFile: string;
  /** Filesystem provider mirror ("" in registry mode). */
  mirrorDir: string;
  /** JSON lock file with sha256 and size of every binary. */
  lockFile: string;
  providers: Record<ProviderName, ProviderStatus>;
  /** Cache folder of this toolchain (keyed by the pins). */
  root: string;
  /** `mirror`: built from Go modules, offline. `registry`: STACKWERK_USE_REGISTRY=1. */
  mode: "mirror" | "registry";
  /** Tools built by this call (empty when everything came from the cache). */
  built: string[];
}

export interface EnsureToolchainOptions {
  /** Try again to fetch providers recorded as unavailable (e.g. after the proxy started serving them). */
  readonly retryUnavailable?: boolean;
}

/** One entry of the lock file. */
export interface LockEntry {
  readonly name: string;
  readonly tool: string;
  readonly module: string;
  readonly moduleVersion: string;
  readonly version: string;
  readonly source?: string;
  readonly available: boolean;
  readonly reason?: string;
  /** Path relative to the toolchain root. */
  readonly path?: string;
  readonly sha256?: string;
  readonly size?: number;
  readonly buildSeconds?: number;
  /** Tools built from a release source archive: where it came from and what it hashed to. */
  readonly archive?: ArchiveRecord;
}

export interface ToolchainLock {
  readonly schema: 1;
  readonly key: string;
  readonly platform: string;
  readonly go?: string;
  readonly mode: "mirror" | "registry";
  readonly tools: LockEntry[];
}

/** Thrown when a stack needs a provider the toolchain could not build. */
export class ProviderUnavailableError extends Error {
  constructor(
    readonly provider: string,
    readonly reason: string,
  ) {
    super(`blocked: provider ${provider} not buildable offline (${shortReason(reason)}): ${reason}`);
    this.name = "ProviderUnavailableError";
  }
}

function shortReason(reason: string): string {
  const code = /\b(403|404|410)\b/.exec(reason);
  return code ? `module proxy ${code[1]}` : "build failed";
}

const LAYOUT = "layout=2";

/** Folder of the toolchain for the current pins and platform. */
export function toolchainDir(): string {
  const pins: Record<string, string> = { layout: LAYOUT, platform: hostPlatform() };
  for (const p of PINS) pins[p.name] = `${p.module}@${p.version}=${p.upstream}`;
  return path.join(cacheRoot(), "toolchain", versionKey(pins));
}

/** Folder of one built tool, keyed by its own pin (a bump of another tool does not rebuild it). */
export function toolDir(p: ToolPin): string {
  const key = versionKey({
    layout: LAYOUT,
    platform: hostPlatform(),
    module: p.module,
    version: p.version,
    upstream: p.upstream,
    pkg: p.pkg,
    ldflags: ldflags(p),
    archive: p.sourceArchive?.treeHash ?? "",
  });
  return path.join(cacheRoot(), "toolchain", "tools", `${p.name}-${key}`);
}

function providerType(p: ToolPin): string {
  return p.source!.split("/")[1];
}

function providerBinary(p: ToolPin): string {
  return `terraform-provider-${providerType(p)}_v${p.upstream}`;
}

function ldflags(p: ToolPin): string {
  const flags = ["-s", "-w"];
  if (p.versionFlag) flags.push(`-X ${p.versionFlag.replace("%s", p.upstream)}`);
  return flags.join(" ");
}

interface State {
  readonly key: string;
  readonly mode: "mirror";
  readonly tofu: string;
  readonly providers: Record<ProviderName, ProviderStatus>;
  readonly completedAt: string;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

/** Classifies a download error: the proxy refusing or not knowing the version means "unavailable". */
function unavailableReason(err: unknown): string | undefined {
  const text = err instanceof Error ? err.message : String(err);
  if (!/403 Forbidden|404 Not Found|410 Gone|not available|unknown revision|invalid version/.test(text)) return undefined;
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => /Forbidden|Not Found|Gone|server response|unknown revision|invalid version/.test(l));
  return lines.join(" ").replace(/\s+/g, " ").trim() || text.split("\n")[0];
}

function fromState(root: string, state: State, built: string[]): Toolchain {
  return {
    tofu: state.tofu,
    cliConfigFile: path.join(root, "tofurc"),
    mirrorDir: path.join(root, "mirror"),
    lockFile: path.join(root, "toolchain.lock.json"),
    providers: state.providers,
    root,
    mode: "mirror",
    built,
  };
}

/** Cheap check (stat calls only) that a recorded toolchain is still all there. */
function stillComplete(root: string, state: State): boolean {
  if (!fs.existsSync(state.tofu) || !fs.existsSync(path.join(root, "tofurc")) || !isComplete(path.join(root, "mirror"))) return false;
  if (!fs.existsSync(path.join(root, "toolchain.lock.json"))) return false;
  for (const p of PROVIDER_PINS) {
    const st = state.providers[p.name as ProviderName];
    if (!st) return false;
    if (st.available && !fs.existsSync(mirrorBinaryPath(path.join(root, "mirror"), MIRROR_HOST, p))) return false;
  }
  return true;
}

function mirrorBinaryPath(mirror: string, host: string, p: ToolPin): string {
  return path.join(mirror, host, p.source!, p.upstream, hostPlatform(), providerBinary(p));
}

/**
 * Returns the toolchain, building whatever is missing. Idempotent: when the cache folder for
 * the current pins is complete it returns at once (`built` is empty).
 */
export async function ensureToolchain(options: EnsureToolchainOptions = {}): Promise<Toolchain> {
  if (process.env.STACKWERK_USE_REGISTRY === "1") return registryToolchain();
  const root = toolchainDir();
  const fast = readJson<State>(path.join(root, "toolchain.json"));
  const wantRetry = options.retryUnavailable && fast && Object.values(fast.providers).some((p) => !p.available);
  if (fast && !wantRetry && stillComplete(root, fast) && tofuMatchesEnv(fast)) return fromState(root, fast, []);

  return withBuildLock(root, "toolchain", async () => {
    // Another process may have finished while we waited for the lock.
    const again = readJson<State>(path.join(root, "toolchain.json"));
    if (again && !wantRetry && stillComplete(root, again) && tofuMatchesEnv(again)) return fromState(root, again, []);
    return buildToolchain(root, options);
  });
}

function tofuMatchesEnv(state: State): boolean {
  const override = process.env.STACKWERK_TOFU;
  return override ? path.resolve(override) === state.tofu : state.tofu === path.join(toolDir(pin("tofu")), "bin", "tofu");
}

async function buildToolchain(root: string, options: EnsureToolchainOptions): Promise<Toolchain> {
  const started = Date.now();
  const built: string[] = [];
  const durations: Record<string, number> = {};
  progress(`toolchain: cache ${root} (override the location with STACKWERK_CACHE)`);
  fs.rmSync(path.join(root, "toolchain.json"), { force: true });
  const goVersion = await requireGo("toolchain", "(all pinned tools)");
  progress(`toolchain: using ${goVersion}`);

  // 1. OpenTofu (or the user's binary).
  let tofu: string;
  if (process.env.STACKWERK_TOFU) {
    tofu = await existingTofu(process.env.STACKWERK_TOFU);
    progress(`OpenTofu: using STACKWERK_TOFU=${tofu} (not building)`);
  } else {
    const tofuPin = pin("tofu");
    const dir = toolDir(tofuPin);
    tofu = path.join(dir, "bin", "tofu");
    if (isComplete(dir)) progress(`${tofuPin.tool} ${tofuPin.version}: cached (${tofu})`);
    else {
      const t0 = Date.now();
      await buildAtomically(dir, (tmp) => buildPinned(tofuPin, path.join(tmp, "bin"), "tofu"));
      durations.tofu = (Date.now() - t0) / 1000;
      built.push("tofu");
    }
  }

  // 2. Providers, each in its own folder: a failing one does not throw away the others.
  const providers = {} as Record<ProviderName, ProviderStatus>;
  const failures: Error[] = [];
  const archives: Record<string, ArchiveRecord> = {};
  for (const p of PROVIDER_PINS) {
    const name = p.name as ProviderName;
    const dir = toolDir(p);
    const unavailableFile = `${dir}.unavailable.json`;
    const status: ProviderStatus = { source: `${MIRROR_HOST}/${p.source}`, version: p.upstream, available: false };
    providers[name] = status;
    if (isComplete(dir)) {
      progress(`${p.tool} ${p.version} (${p.upstream}): cached`);
      status.available = true;
      const record = readJson<ArchiveRecord>(path.join(dir, "archive.json"));
      if (record) archives[name] = record;
      continue;
    }
    /** Builds the provider, timing it; a failure is recorded and the other providers go on. */
    const attempt = async (build: () => Promise<void>): Promise<void> => {
      try {
        const t0 = Date.now();
        await build();
        durations[name] = (Date.now() - t0) / 1000;
        built.push(name);
        status.available = true;
      } catch (err) {
        failures.push(err as Error);
        status.reason = (err as Error).message;
      }
    };
    if (p.sourceArchive) {
      await attempt(async () => {
        archives[name] = await buildFromSourceArchive(p, dir);
      });
      continue;
    }
    const recorded = readJson<{ reason: string; at: string }>(unavailableFile);
    if (recorded && !options.retryUnavailable) {
      status.reason = recorded.reason;
      progress(`WARNING ${p.tool} ${p.version}: unavailable since ${recorded.at}: ${recorded.reason} (retry: stackwerk toolchain --retry)`);
      continue;
    }
    try {
      progress(`${p.tool} ${p.version} (${p.upstream}): checking the module proxy`);
      await downloadModule(p.tool, p.module, p.version);
    } catch (err) {
      const reason = unavailableReason(err);
      if (!reason) {
        failures.push(err as Error);
        status.reason = (err as Error).message;
        continue;
      }
      status.reason = reason;
      fs.mkdirSync(path.dirname(unavailableFile), { recursive: true });
      fs.writeFileSync(unavailableFile, JSON.stringify({ reason, at: new Date().toISOString() }, null, 2) + "\n");
      progress(`WARNING ${p.tool} ${p.version}: not available from the Go module proxy, continuing without it: ${reason}`);
      continue;
    }
    fs.rmSync(unavailableFile, { force: true });
    await attempt(async () => {
      await buildAtomically(dir, (tmp) => buildPinned(p, tmp, providerBinary(p)));
    });
  }
  if (failures.length > 0) {
    // Good folders stay published; the next run only rebuilds what failed.
    throw failures.length === 1 ? failures[0] : new Error(failures.map((f) => f.message).join("\n\n"));
  }

  // 3. Mirror (hard links to the provider binaries), CLI config, lock file, state (last).
  const mirror = path.join(root, "mirror");
  // Republishing swaps the folder, and `.terraform/providers` of every initialised stack links
  // into it: an unchanged mirror stays as it is, or concurrent tofu runs lose their providers.
  const linked = (p: ToolPin, host: string): boolean => {
    try {
      const a = fs.statSync(mirrorBinaryPath(mirror, host, p));
      const b = fs.statSync(path.join(toolDir(p), providerBinary(p)));
      return (a.ino === b.ino && a.dev === b.dev) || a.size === b.size;
    } catch {
      return false;
    }
  };
  const current =
    isComplete(mirror) &&
    PROVIDER_PINS.every((p) => !providers[p.name as ProviderName].available || [MIRROR_HOST, ...ALIAS_HOSTS].every((host) => linked(p, host)));
  if (current) progress(`toolchain: provider mirror ${mirror} is up to date`);
  else progress(`toolchain: publishing the provider mirror ${mirror}`);
  if (!current)
    await buildAtomically(mirror, async (tmp) => {
      for (const p of PROVIDER_PINS) {
        if (!providers[p.name as ProviderName].available) continue;
        const bin = path.join(toolDir(p), providerBinary(p));
        for (const host of [MIRROR_HOST, ...ALIAS_HOSTS]) {
          const target = mirrorBinaryPath(tmp, host, p);
          fs.mkdirSync(path.dirname(target), { recursive: true });
          try {
            fs.linkSync(bin, target);
          } catch {
            fs.copyFileSync(bin, target);
            fs.chmodSync(target, 0o755);
          }
        }
      }
    });
  const cliConfigFile = path.join(root, "tofurc");
  writeFileAtomically(cliConfigFile, cliConfig(mirror, providers));
  progress(`toolchain: wrote CLI config ${cliConfigFile}`);

  const previous = readJson<ToolchainLock>(path.join(root, "toolchain.lock.json"));
  const tools: LockEntry[] = [];
  for (const p of PINS) {
    const isTofu = p.name === "tofu";
    const st = isTofu ? undefined : providers[p.name as ProviderName];
    const file = isTofu ? tofu : path.join(toolDir(p), providerBinary(p));
    const available = isTofu || st!.available;
    const seconds = durations[p.name] ?? previous?.tools.find((t) => t.name === p.name)?.buildSeconds;
    tools.push({
      name: p.name,
      tool: isTofu && process.env.STACKWERK_TOFU ? `external (${path.basename(tofu)})` : p.tool,
      module: p.module,
      moduleVersion: p.version,
      version: p.upstream,
      ...(st ? { source: st.source } : {}),
      available,
      ...(st?.reason ? { reason: st.reason } : {}),
      ...(available
        ? { path: path.relative(root, file).startsWith("..") ? file : path.relative(root, file), sha256: sha256File(file), size: fs.statSync(file).size }
        : {}),
      ...(available && seconds !== undefined ? { buildSeconds: Math.round(seconds) } : {}),
      ...(archives[p.name] ? { archive: archives[p.name] } : {}),
    });
  }
  const lock: ToolchainLock = { schema: 1, key: path.basename(root), platform: hostPlatform(), go: goVersion, mode: "mirror", tools };
  writeFileAtomically(path.join(root, "toolchain.lock.json"), JSON.stringify(lock, null, 2) + "\n");
  progress(`toolchain: wrote lock file ${path.join(root, "toolchain.lock.json")}`);

  const state: State = { key: path.basename(root), mode: "mirror", tofu, providers, completedAt: new Date().toISOString() };
  writeFileAtomically(path.join(root, "toolchain.json"), JSON.stringify(state, null, 2) + "\n");
  const missing = PROVIDER_PINS.filter((p) => !providers[p.name as ProviderName].available).map((p) => p.name);
  progress(
    `toolchain: ready in ${((Date.now() - started) / 1000).toFixed(0)}s` +
      (built.length ? ` (built: ${built.join(", ")})` : " (nothing to build)") +
      (missing.length ? `; UNAVAILABLE: ${missing.join(", ")}` : ""),
  );
  return fromState(root, state, built);
}

/** Builds a provider from its pinned release source archive (./source-archive.ts), with a heartbeat. */
function buildFromSourceArchive(p: ToolPin, dir: string): Promise<ArchiveRecord> {
  return withHeartbeat(p, () => buildSourceArchive(goSpec(p, providerBinary(p)), p.sourceArchive!, dir));
}

/** The Go build of one pinned tool: its main package into `binary`, version stamped. */
function goSpec(p: ToolPin, binary: string): GoModuleSpec {
  return { tool: p.tool, module: p.module, version: p.version, commands: [{ pkg: p.pkg, binary }], ldflags: ldflags(p) };
}

async function withHeartbeat<T>(p: ToolPin, fn: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  const timer = setInterval(() => progress(`${p.tool} ${p.version}: still building (${((Date.now() - t0) / 1000).toFixed(0)}s)`), 60_000);
  try {
    return await fn();
  } finally {
    clearInterval(timer);
  }
}

/** Builds one pinned tool with a heartbeat so a long silent `go build` still shows progress. */
async function buildPinned(p: ToolPin, binDir: string, binary: string): Promise<void> {
  await withHeartbeat(p, () => buildGoModule(goSpec(p, binary), binDir));
}

function writeFileAtomically(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/** CLI config: the filesystem mirror is the only installation method (no `direct` fallback). */
export function cliConfig(mirrorDir: string, providers: Record<string, ProviderStatus>): string {
  const include: string[] = [];
  for (const p of PROVIDER_PINS) {
    if (!providers[p.name]?.available) continue;
    for (const host of [MIRROR_HOST, ...ALIAS_HOSTS]) include.push(`${host}/${p.source}`);
  }
  return [
    "# Generated by `stackwerk toolchain` (tools/toolchain). Do not edit: rebuilt from tools/toolchain/pins.ts.",
    "# Providers resolve from the filesystem mirror only; there is deliberately no `direct {}` fallback.",
    "disable_checkpoint = true",
    "",
    "provider_installation {",
    "  filesystem_mirror {",
    `    path    = ${JSON.stringify(mirrorDir)}`,
    `    include = [${include.map((i) => JSON.stringify(i)).join(", ")}]`,
    "  }",
    "}",
    "",
  ].join("\n");
}

async function existingTofu(bin: string): Promise<string> {
  const abs = path.resolve(bin);
  try {
    fs.accessSync(abs, fs.constants.X_OK);
  } catch {
    throw new ToolBuildError(
      "OpenTofu",
      "(external)",
      `test -x ${abs}`,
      `STACKWERK_TOFU=${bin} is not an executable file.`,
      "point STACKWERK_TOFU at a tofu or terraform binary, or unset it to build OpenTofu",
    );
  }
  return abs;
}

/** STACKWERK_USE_REGISTRY=1: an existing tofu/terraform with registry access; nothing is built. */
async function registryToolchain(): Promise<Toolchain> {
  const bin = process.env.STACKWERK_TOFU || findOnPath("tofu");
  if (!bin) {
    throw new ToolBuildError(
      "OpenTofu",
      "(external)",
      "STACKWERK_USE_REGISTRY=1",
      "no tofu on PATH and STACKWERK_TOFU is not set.",
      "set STACKWERK_TOFU=/path/to/tofu (or terraform), or unset STACKWERK_USE_REGISTRY to build the offline toolchain",
    );
  }
  const tofu = await existingTofu(bin);
  const { stdout } = await run(tofu, ["version"], { check: false });
  const host = /^Terraform/.test(stdout.trim()) ? "registry.terraform.io" : MIRROR_HOST;
  const root = path.join(cacheRoot(), "toolchain", "registry");
  fs.mkdirSync(root, { recursive: true });
  const cliConfigFile = path.join(root, "tofurc");
  writeFileAtomically(
    cliConfigFile,
    "# Generated by `stackwerk toolchain` (STACKWERK_USE_REGISTRY=1): providers come from the registry.\ndisable_checkpoint = true\n",
  );
  const providers = {} as Record<ProviderName, ProviderStatus>;
  for (const p of PROVIDER_PINS) providers[p.name as ProviderName] = { source: `${host}/${p.source}`, version: p.upstream, available: true };
  const lockFile = path.join(root, "toolchain.lock.json");
  const tofuPin = pin("tofu");
  const lock: ToolchainLock = {
    schema: 1,
    key: "registry",
    platform: hostPlatform(),
    mode: "registry",
    tools: [
      {
        name: "tofu",
        tool: `external (${stdout.split("\n")[0].trim()})`,
        module: tofuPin.module,
        moduleVersion: "(external)",
        version: "(external)",
        available: true,
        path: tofu,
        sha256: sha256File(tofu),
        size: fs.statSync(tofu).size,
      },
      ...PROVIDER_PINS.map((p) => ({
        name: p.name,
        tool: p.tool,
        module: p.module,
        moduleVersion: p.version,
        version: p.upstream,
        source: providers[p.name as ProviderName].source,
        available: true,
        reason: "resolved from the registry by tofu init",
      })),
    ],
  };
  writeFileAtomically(lockFile, JSON.stringify(lock, null, 2) + "\n");
  progress(`toolchain: STACKWERK_USE_REGISTRY=1, using ${tofu} and ${host} (nothing built)`);
  return { tofu, cliConfigFile, mirrorDir: "", lockFile, providers, root, mode: "registry", built: [] };
}

function findOnPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      /* next */
    }
  }
  return undefined;
}

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
