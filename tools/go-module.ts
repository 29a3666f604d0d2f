/**
 * Builds Go commands from a module at a pinned version, through the Go module proxy only.
 *
 * A plain `go install mod@version` refuses modules whose go.mod has replace directives.
 * So the module is downloaded (`go mod download -json`), copied to a writable work
 * folder, and built there; replace directives that point at sibling folders of the
 * upstream repository (which the module zip does not contain) are rewritten to the
 * released module versions the caller names.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { progress, run, ToolBuildError } from "./cache";

export interface GoCommand {
  /** Package path inside the module, e.g. `.` or `./cmd/tofu`. */
  readonly pkg: string;
  /** File name of the built binary. */
  readonly binary: string;
}

export interface GoModuleSpec {
  /** Human name for messages, e.g. `OpenTofu`. */
  readonly tool: string;
  /** Module path, e.g. `github.com/opentofu/opentofu`. */
  readonly module: string;
  /** Exact module version (tag or pseudo-version). */
  readonly version: string;
  readonly commands: readonly GoCommand[];
  /** Extra `-ldflags`. */
  readonly ldflags?: string;
  /** Build tags. */
  readonly tags?: readonly string[];
  /**
   * Replacements for local (`=> ../x`) replace directives: module path → version.
   * A local replace with no entry here is dropped and the module's own requirement is used.
   */
  readonly replaceVersions?: Readonly<Record<string, string>>;
  /** Extra environment (e.g. CGO_ENABLED). */
  readonly env?: Readonly<Record<string, string>>;
  /** A step run in the writable module copy before building (e.g. generating embedded files `go:generate` would make). */
  readonly prepare?: (workDir: string) => Promise<void>;
}

function goEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  // GOTOOLCHAIN=local: never try to download another Go; GOFLAGS=-mod=mod lets go.sum be completed.
  return { ...process.env, GOTOOLCHAIN: "local", GOFLAGS: "-mod=mod -buildvcs=false", CGO_ENABLED: "0", ...extra };
}

/** Fails early with an actionable message when Go is missing. */
export async function requireGo(tool: string, version: string): Promise<string> {
  try {
    const { stdout } = await run("go", ["version"]);
    return stdout.trim();
  } catch {
    throw new ToolBuildError(
      tool,
      version,
      "go version",
      "Go is not installed or not on PATH.",
      "install Go 1.24 or newer (Debian: apt-get install golang-go, or the go.dev tarball), then run `npm run toolchain` again",
    );
  }
}

/** Downloads `module@version` into the module cache and returns its (read-only) folder. */
export async function downloadModule(tool: string, module: string, version: string): Promise<string> {
  const cmd = ["mod", "download", "-json", `${module}@${version}`];
  const result = await run("go", cmd, { check: false, env: goEnv(), cwd: fs.mkdtempSync("/tmp/stackwerk-go-") });
  let info: { Dir?: string; Error?: string } = {};
  try {
    info = JSON.parse(result.stdout);
  } catch {
    /* fall through to the error below */
  }
  if (result.code !== 0 || !info.Dir) {
    throw new ToolBuildError(
      tool,
      version,
      `go ${cmd.join(" ")}`,
      info.Error || result.stderr || result.stdout,
      "check that the Go module proxy answers (go env GOPROXY) and the version exists, then run `npm run toolchain` again",
    );
  }
  return info.Dir;
}

/** Copies a downloaded module to `workDir` (writable) and fixes replace directives. */
export async function prepareModuleCopy(spec: GoModuleSpec, srcDir: string, workDir: string): Promise<void> {
  fs.cpSync(srcDir, workDir, { recursive: true });
  await run("chmod", ["-R", "u+w", workDir]);
  // Parse go.mod with Go itself: replace blocks and single-line replaces alike.
  const parsed = JSON.parse((await run("go", ["mod", "edit", "-json"], { cwd: workDir, env: goEnv() })).stdout) as {
    Replace?: Array<{ Old: { Path: string }; New: { Path: string; Version?: string } }>;
  };
  const localReplaces = (parsed.Replace ?? []).filter((r) => !r.New.Version && /^\.{1,2}\//.test(r.New.Path)).map((r) => r.Old.Path);
  const edits: string[] = [];
  for (const mod of localReplaces) {
    edits.push(`-dropreplace=${mod}`);
    const pinned = spec.replaceVersions?.[mod];
    if (pinned) edits.push(`-require=${mod}@${pinned}`);
  }
  for (const [mod, version] of Object.entries(spec.replaceVersions ?? {})) {
    if (!localReplaces.includes(mod)) edits.push(`-replace=${mod}=${mod}@${version}`);
  }
  if (edits.length > 0) {
    await run("go", ["mod", "edit", ...edits], { cwd: workDir, env: goEnv() });
  }
}

/**
 * Builds every command of `spec` from a source tree that carries its `vendor/` folder, offline:
 * `-mod=vendor`, `GOPROXY=off`, `GOTOOLCHAIN=local`. `srcDir` must be a writable copy.
 */
export async function buildVendoredTree(spec: GoModuleSpec, srcDir: string, binDir: string): Promise<void> {
  await requireGo(spec.tool, spec.version);
  fs.mkdirSync(binDir, { recursive: true });
  const env = { GOFLAGS: "-mod=vendor -buildvcs=false", GOPROXY: "off", ...spec.env };
  await runBuilds(spec, srcDir, binDir, env, `<unpacked source archive of ${spec.module} ${spec.version}>`);
}

async function runBuilds(spec: GoModuleSpec, work: string, binDir: string, env: Readonly<Record<string, string>> | undefined, where: string): Promise<void> {
  for (const command of spec.commands) {
    const args = ["build", "-trimpath", "-o", path.join(binDir, command.binary)];
    if (spec.ldflags) args.push(`-ldflags=${spec.ldflags}`);
    if (spec.tags?.length) args.push(`-tags=${spec.tags.join(",")}`);
    args.push(command.pkg);
    progress(`${spec.tool} ${spec.version}: go ${args.join(" ")} (first build takes minutes)`);
    const started = Date.now();
    const result = await run("go", args, { cwd: work, env: goEnv(env), check: false });
    if (result.code !== 0) {
      throw new ToolBuildError(
        spec.tool,
        spec.version,
        `(cd ${where} && go ${args.join(" ")})`,
        result.stderr || result.stdout,
        "fix the cause above and run `npm run toolchain` again; nothing half-built was kept",
      );
    }
    progress(`${spec.tool} ${spec.version}: built ${command.binary} in ${((Date.now() - started) / 1000).toFixed(0)}s`);
  }
}

/**
 * Builds every command of `spec` into `binDir`. The work folder is removed afterwards;
 * the Go build cache (GOCACHE) keeps compiled packages, so a rebuild is fast.
 */
export async function buildGoModule(spec: GoModuleSpec, binDir: string): Promise<void> {
  await requireGo(spec.tool, spec.version);
  progress(`${spec.tool} ${spec.version}: downloading ${spec.module}`);
  const src = await downloadModule(spec.tool, spec.module, spec.version);
  const work = fs.mkdtempSync(path.join(fs.realpathSync("/tmp"), "stackwerk-build-"));
  try {
    await prepareModuleCopy(spec, src, work);
    await spec.prepare?.(work);
    fs.mkdirSync(binDir, { recursive: true });
    await runBuilds(spec, work, binDir, spec.env, `<copy of ${spec.module}@${spec.version}>`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
