/**
 * The offline toolchain itself: cache reuse, lock file, mirror layout, CLI config, faults.
 * Real binaries, real commands; the toolchain is built by test/global-setup.ts.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildAtomically, isComplete, run, sha256File, ToolBuildError } from "../../tools/cache";
import { downloadModule } from "../../tools/go-module";
import { ensureToolchain, readLock, runTofu, tofuEnv, Toolchain, verifyLock } from "../../tools/toolchain";
import { hostPlatform, pin, PINS, PROVIDER_PINS } from "../../tools/toolchain/pins";

let tc: Toolchain;
beforeAll(async () => {
  tc = await ensureToolchain();
});

describe("ensureToolchain", () => {
  test("a second call returns the cached toolchain without building anything", async () => {
    const again = await ensureToolchain();
    expect(again.built).toEqual([]);
    expect(again.root).toBe(tc.root);
    expect(again.tofu).toBe(tc.tofu);
    expect(fs.existsSync(path.join(tc.root, "toolchain.json"))).toBe(true);
  });

  test("tofu is the pinned OpenTofu release", async () => {
    const res = await runTofu(tc, os.tmpdir(), ["version", "-json"], { check: true });
    expect(JSON.parse(res.stdout).terraform_version).toBe(pin("tofu").upstream);
  });

  test("the lock file lists tool, version, module, sha256 and size of every binary, and they match", () => {
    const lock = readLock(tc);
    expect(lock.tools.map((t) => t.name).sort()).toEqual(PINS.map((p) => p.name).sort());
    for (const t of lock.tools) {
      const p = pin(t.name as never);
      expect(t).toMatchObject({ tool: p.tool, module: p.module, moduleVersion: p.version, version: p.upstream });
      if (!t.available) continue;
      const file = path.isAbsolute(t.path!) ? t.path! : path.join(tc.root, t.path!);
      expect({ name: t.name, sha256: sha256File(file), size: fs.statSync(file).size }).toEqual({ name: t.name, sha256: t.sha256, size: t.size });
    }
    expect(verifyLock(tc)).toEqual([]);
  });

  test("every available provider is in the mirror under registry.opentofu.org and registry.terraform.io with a semver version", () => {
    for (const p of PROVIDER_PINS) {
      const st = tc.providers[p.name as keyof Toolchain["providers"]];
      expect(st.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(st.source).toBe(`registry.opentofu.org/${p.source}`);
      if (!st.available) continue;
      const type = p.source!.split("/")[1];
      for (const host of ["registry.opentofu.org", "registry.terraform.io"]) {
        const bin = path.join(tc.mirrorDir, host, p.source!, p.upstream, hostPlatform(), `terraform-provider-${type}_v${p.upstream}`);
        expect(fs.statSync(bin).mode & 0o111).not.toBe(0);
      }
    }
  });

  test("the CLI config uses the filesystem mirror only (no direct fallback)", () => {
    const text = fs.readFileSync(tc.cliConfigFile, "utf8");
    expect(text).toContain(`path    = ${JSON.stringify(tc.mirrorDir)}`);
    expect(text).toContain('"registry.opentofu.org/hashicorp/kubernetes"');
    expect(text).not.toMatch(/^\s*direct\s*\{/m);
    expect(text).toContain('"registry.opentofu.org/ionos-cloud/ionoscloud"');
  });

  test("tofuEnv sets the CLI config and automation flags and drops plugin cache and logging", () => {
    const env = tofuEnv(tc, { PATH: "/bin", TF_PLUGIN_CACHE_DIR: "/x", TF_LOG: "trace", TF_LOG_PATH: "/y", TF_CLI_ARGS_init: "-upgrade" });
    expect(env).toEqual({ PATH: "/bin", TF_CLI_CONFIG_FILE: tc.cliConfigFile, TF_IN_AUTOMATION: "1", CHECKPOINT_DISABLE: "1" });
  });

  test("a provider outside the mirror fails tofu init: there is no registry fallback", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-nomirror-"));
    try {
      fs.writeFileSync(
        path.join(dir, "main.tf.json"),
        JSON.stringify({ terraform: { required_providers: { null: { source: "hashicorp/null", version: "3.2.4" } } } }),
      );
      const res = await runTofu(tc, dir, ["init", "-input=false", "-no-color"]);
      expect(res.code).not.toBe(0);
      expect(res.stderr).toMatch(/hashicorp\/null/);
      expect(res.stderr).not.toMatch(/registry\.opentofu\.org.*(timeout|dial tcp)/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("faults", () => {
  test("missing Go: `stackwerk toolchain` names the tool, version, failing command and how to retry, and publishes nothing", async () => {
    // A real run of the CLI with an empty cache and a PATH that has node but no go.
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-nogo-bin-"));
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-nogo-cache-"));
    fs.symlinkSync(process.execPath, path.join(bin, "node"));
    try {
      const res = await run(process.execPath, [require.resolve("tsx/cli"), "cli/main.ts", "toolchain"], {
        cwd: path.resolve(__dirname, "../.."),
        env: { HOME: os.homedir(), PATH: bin, STACKWERK_CACHE: cache },
        check: false,
      });
      expect(res.code).toBe(1);
      expect(res.stderr).toContain("building toolchain (all pinned tools) failed");
      expect(res.stderr).toContain("command: go version");
      expect(res.stderr).toContain("Go is not installed or not on PATH.");
      expect(res.stderr).toMatch(/retry: install Go .* then run `npm run toolchain` again/);
      const published = fs.readdirSync(path.join(cache, "toolchain"), { recursive: true }).map(String);
      expect(published.filter((f) => /toolchain\.json$|\.complete$|tofurc$/.test(f))).toEqual([]);
    } finally {
      fs.rmSync(bin, { recursive: true, force: true });
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });

  test("a failed download names the module command and the proxy's answer", async () => {
    const err = await downloadModule("terraform-provider-stackit", "github.com/stackitcloud/terraform-provider-stackit", "v0.0.0-does-not-exist").catch(
      (e: Error) => e,
    );
    expect(err).toBeInstanceOf(ToolBuildError);
    expect((err as Error).message).toContain("command: go mod download -json github.com/stackitcloud/terraform-provider-stackit@v0.0.0-does-not-exist");
    expect((err as Error).message).toMatch(/retry: .*npm run toolchain/);
  });

  test("a failed build publishes nothing and leaves no temporary folder", async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-atomic-"));
    const final = path.join(parent, "tool");
    await expect(
      buildAtomically(final, async (tmp) => {
        fs.writeFileSync(path.join(tmp, "half-built"), "x");
        await run("go", ["build", "./does-not-exist"], { cwd: tmp });
      }),
    ).rejects.toThrow(/go build/);
    expect(isComplete(final)).toBe(false);
    expect(fs.readdirSync(parent)).toEqual([]);
    fs.rmSync(parent, { recursive: true, force: true });
  });
});

describe("STACKWERK_USE_REGISTRY=1", () => {
  test("uses the given tofu, builds nothing, and points providers at the registry at the pinned versions", async () => {
    const saved = { ...process.env };
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-registry-"));
    Object.assign(process.env, { STACKWERK_USE_REGISTRY: "1", STACKWERK_TOFU: tc.tofu, STACKWERK_CACHE: cache });
    try {
      const reg = await ensureToolchain();
      expect(reg).toMatchObject({ mode: "registry", tofu: tc.tofu, mirrorDir: "", built: [] });
      for (const p of PROVIDER_PINS) {
        expect(reg.providers[p.name as keyof Toolchain["providers"]]).toEqual({
          source: `registry.opentofu.org/${p.source}`,
          version: p.upstream,
          available: true,
        });
      }
      expect(fs.readFileSync(reg.cliConfigFile, "utf8")).not.toContain("provider_installation");
      expect(fs.existsSync(path.join(cache, "toolchain", "registry", "toolchain.lock.json"))).toBe(true);
    } finally {
      for (const k of ["STACKWERK_USE_REGISTRY", "STACKWERK_TOFU", "STACKWERK_CACHE"]) delete process.env[k];
      Object.assign(process.env, saved);
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });
});
