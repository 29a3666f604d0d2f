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
import { buildAtomically, cacheRoot, isComplete, progress, sha256File, versionKey, withBuildLock } from "../cache";
import { buildGoModule, downloadModule, GoModuleSpec, requireGo } from "../go-module";
import { ALIAS_HOSTS, hostPlatform, MIRROR_HOST, pin, PINS, PROVIDER_PINS, ProviderName, ToolPin } from "./pins";
import { ArchiveRecord, buildSourceArchive } from "./source-archive";

export { PINS, PROVIDER_PINS, pin } from "./pins";
export type { ProviderName, SourceArchivePin, ToolName, ToolPin } from "./pins";
export { buildSourceArchive, sourceMirrorDirs, treeHash } from "./source-archive";
export { ProviderUnavailableError } from "./types";
export type { EnsureToolchainOptions, LockEntry, ProviderStatus, Toolchain, ToolchainLock } from "./types";
export { readLock, requireProvider, runTofu, tofuEnv, verifyLock } from "./tofu";
export type { RunTofuOptions } from "./tofu";
import type { EnsureToolchainOptions, LockEntry, ProviderStatus, Toolchain, ToolchainLock } from "./types";
import { existingTofu, registryToolchain, writeFileAtomically } from "./registry";

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
