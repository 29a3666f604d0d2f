/**
 * The npm package as a user gets it: `npm pack`'s file list carries what the README, NOTICE and
 * the patterns need (and no tests); a fresh `npm install <tarball>` into an empty folder on
 * Node >= 22 prints no EBADENGINE, runs no failing install script and installs no Pulumi; the
 * README's "Use Stackwerk in your own repository" program synthesises there; `stackwerk
 * --version` prints the package version; and `stackwerk/pulumi` type-checks under the tsconfig
 * `cdktf init` writes (module CommonJS, so moduleResolution node10).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { run } from "../../tools/cache";
import { ensureBuilt, ROOT } from "./build";
import { PULUMI_PEERS } from "../../engines/pulumi/peers";

jest.setTimeout(600_000);
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  version: string;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
};
let work: string;
let tarball: string;
let packed: Set<string>;

beforeAll(async () => {
  await ensureBuilt();
  work = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-tarball-"));
  const { stdout } = await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: ROOT });
  const [info] = JSON.parse(stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = path.join(work, info.filename);
  packed = new Set(info.files.map((f) => f.path));
});

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** Files tracked in git below `dir` (what a clone has; the package must carry the same). */
async function tracked(dir: string): Promise<string[]> {
  const { stdout } = await run("git", ["ls-files", "--", dir], { cwd: ROOT });
  return stdout.split("\n").filter(Boolean);
}

test("npm pack carries the entry points, LICENSE, NOTICE, CHANGELOG, docs/ and examples/, and no tests", async () => {
  const required = [
    "package.json",
    "README.md",
    "LICENSE",
    "NOTICE",
    "CHANGELOG.md",
    "dist/index.js",
    "dist/index.d.ts",
    "dist/pulumi.js",
    "dist/pulumi.d.ts",
    "dist/cli/main.js",
    ...(await tracked("docs")),
    ...(await tracked("examples")),
  ];
  expect(required.filter((f) => !packed.has(f))).toEqual([]);
  const forbidden = [...packed].filter((f) => /^(test|bench|\.ci|lint|reports|cdktf\.out)\//.test(f) || /\.test\.[jt]s$/.test(f));
  expect(forbidden).toEqual([]);
});

test("every relative link of the README points at a file in the package", () => {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const links = [...readme.matchAll(/\]\(([^)#\s]+)[^)]*\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/.test(l));
  expect(links.length).toBeGreaterThan(5);
  const dead = links.filter((l) => {
    const target = path.posix.normalize(l).replace(/\/$/, "");
    return !packed.has(target) && ![...packed].some((f) => f.startsWith(`${target}/`));
  });
  expect(dead).toEqual([]);
});

test("NOTICE names every provenance note the package ships, and only folders it ships", () => {
  const notice = fs.readFileSync(path.join(ROOT, "NOTICE"), "utf8");
  const notes = [...packed].filter((f) => /(^|\/)provenance\.(json|md)$/i.test(f));
  expect(notes.length).toBeGreaterThan(0);
  expect(notes.filter((f) => !notice.includes(f))).toEqual([]);
  const folders = [...notice.matchAll(/Folder:\s+(\S+)/g)].map((m) => m[1].replace(/\/$/, ""));
  expect(folders.filter((d) => ![...packed].some((f) => f.startsWith(`${d}/`)))).toEqual([]);
  // The full Apache-2.0 text, not a pointer to it.
  const license = fs.readFileSync(path.join(ROOT, "LICENSE"), "utf8");
  expect(license).toContain("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION");
  expect(license).toContain("END OF TERMS AND CONDITIONS");
});

test("the Pulumi SDKs are optional peers, and stackwerk/pulumi's install hint names the same ranges", () => {
  expect(PULUMI_PEERS).toEqual(pkg.peerDependencies);
  expect(Object.keys(pkg.peerDependencies).filter((name) => !pkg.peerDependenciesMeta[name]?.optional)).toEqual([]);
});

/** `npm install <tarball>` into a new folder `name` with this package.json; returns the folder and npm's output. */
async function installTarball(name: string, manifest: Record<string, unknown>): Promise<{ dir: string; log: string }> {
  const dir = path.join(work, name);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name, private: true, ...manifest }, null, 2));
  // npm runs on the Node of this test (>= 22 in CI, .ci/run puts it first on PATH).
  const env = { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}` };
  const result = await run("npm", ["install", tarball, "--no-audit", "--no-fund", "--prefer-offline", "--foreground-scripts"], { cwd: dir, env, check: false });
  const log = `${result.stdout}\n${result.stderr}`;
  expect({ code: result.code, log: result.code === 0 ? "" : log }).toEqual({ code: 0, log: "" });
  return { dir, log };
}

/** Runs the README's "Use Stackwerk in your own repository" program in `dir`; returns each stack's Terraform JSON by name. */
async function runReadmeProgram(dir: string): Promise<Record<string, { "//"?: { metadata?: { version?: string } } }>> {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.split(/^## /m).find((s) => s.startsWith("Use Stackwerk in your own repository"));
  expect(section).toBeDefined();
  const program = /```ts\n([\s\S]*?)```/.exec(section!)?.[1];
  expect(program).toContain('from "stackwerk"');
  fs.writeFileSync(path.join(dir, "main.ts"), program!);
  await run(path.join(dir, "node_modules/.bin/tsx"), ["main.ts"], { cwd: dir });
  const stacks = path.join(dir, "cdktf.out/stacks");
  return Object.fromEntries(fs.readdirSync(stacks).map((s) => [s, JSON.parse(fs.readFileSync(path.join(stacks, s, "cdk.tf.json"), "utf8"))]));
}

/** The Terraform JSON without the CDK's metadata (which names the implementation and its version). */
function withoutMetadata(stacks: Record<string, { "//"?: unknown }>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(stacks).map(([name, { "//": _meta, ...rest }]) => [name, rest]));
}

describe("a fresh install of the tarball into an empty folder", () => {
  let consumer: string;
  let installLog: string;
  let synthesised: Awaited<ReturnType<typeof runReadmeProgram>>;

  beforeAll(async () => {
    ({ dir: consumer, log: installLog } = await installTarball("consumer", {}));
  });

  test("runs on Node >= 22 and prints no EBADENGINE, no failing install script, and installs no Pulumi", () => {
    expect(Number(process.versions.node.split(".")[0])).toBeGreaterThanOrEqual(22);
    const problems = installLog.split("\n").filter((l) => /EBADENGINE|ELIFECYCLE|command failed|install script.*fail|@pulumi/i.test(l));
    expect(problems).toEqual([]);
    expect(fs.existsSync(path.join(consumer, "node_modules/@pulumi"))).toBe(false);
  });

  test("`stackwerk/pulumi` without the Pulumi SDKs fails naming them and the install command", async () => {
    const result = await run(process.execPath, ["-e", 'require("stackwerk/pulumi")'], { cwd: consumer, check: false });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("missing: @pulumi/kubernetes, @pulumi/pulumi.");
    expect(result.stderr).toContain("npm install @pulumi/kubernetes@^4.34.2 @pulumi/pulumi@^3.270.0\n");
    // The cdktf entry point does not need them.
    const cdktf = await run(process.execPath, ["-e", 'require("stackwerk")'], { cwd: consumer, check: false });
    expect({ code: cdktf.code, stderr: cdktf.stderr }).toEqual({ code: 0, stderr: "" });
  });

  test("`stackwerk --version` prints the package version", async () => {
    const { stdout } = await run(path.join(consumer, "node_modules/.bin/stackwerk"), ["--version"], { cwd: consumer });
    expect(stdout.trim()).toBe(pkg.version);
  });

  test("the README's 'Use Stackwerk in your own repository' program synthesises its stack with cdktf", async () => {
    synthesised = await runReadmeProgram(consumer);
    expect(Object.keys(synthesised).sort()).toEqual(["shop-addons", "shop-platform"]); // on-prem: no infra stack; add-ons: the zone's admission policies
    expect(synthesised["shop-platform"]["//"]?.metadata?.version).toBe("0.21.0");
  });

  test("with the README's cdktn override the same program runs on cdktn and writes the same Terraform JSON", async () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const override = /"overrides": (\{ "cdktf": "npm:cdktn@[^"]+" \})/.exec(readme)?.[1];
    expect(override).toBeDefined();
    const { dir, log } = await installTarball("consumer-cdktn", { overrides: JSON.parse(override!) });
    expect(log.split("\n").filter((l) => /EBADENGINE|ERESOLVE|EOVERRIDE/.test(l))).toEqual([]);
    const impl = await run(process.execPath, ["-p", 'const p = require("cdktf/package.json"); p.name + "@" + p.version'], { cwd: dir });
    expect(impl.stdout.trim()).toBe("cdktn@0.24.0");
    const onCdktn = await runReadmeProgram(dir);
    expect(onCdktn["shop-platform"]["//"]?.metadata?.version).toBe("0.24.0");
    expect(withoutMetadata(onCdktn)).toEqual(withoutMetadata(synthesised));
  });

  /** Compiler options of the tsconfig.json `cdktf init --template=typescript` writes (cdktf 0.21). */
  const CDKTF_INIT_TSCONFIG = {
    compilerOptions: {
      alwaysStrict: true,
      declaration: true,
      experimentalDecorators: true,
      inlineSourceMap: true,
      inlineSources: true,
      lib: ["es2018"],
      module: "CommonJS",
      noEmitOnError: true,
      noFallthroughCasesInSwitch: true,
      noImplicitAny: true,
      noImplicitReturns: true,
      noImplicitThis: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
      resolveJsonModule: true,
      strict: true,
      strictNullChecks: true,
      strictPropertyInitialization: true,
      stripInternal: true,
      target: "ES2018",
      incremental: true,
      skipLibCheck: true,
    },
    include: ["**/*.ts"],
    exclude: ["node_modules", "cdktf.out"],
  };

  async function typecheck(dir: string): Promise<string> {
    const tsc = path.join(ROOT, "node_modules/.bin/tsc");
    const result = await run(tsc, ["--noEmit", "-p", dir], { cwd: dir, check: false });
    return result.stdout.trim();
  }

  test("`stackwerk` and `stackwerk/pulumi` type-check under the cdktf init tsconfig; without typesVersions it is TS2307", async () => {
    const dir = path.join(consumer, "ts");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ ...CDKTF_INIT_TSCONFIG, include: ["*.ts"] }, null, 2));
    fs.writeFileSync(
      path.join(dir, "main.ts"),
      `import { App, WebAppStack, targets } from "stackwerk";
       import { PulumiModel, renderPulumi } from "stackwerk/pulumi";
       new WebAppStack(new App(), "shop", { target: targets.onprem(), image: "r.example.de/a:1.0.0" });
       export const render: typeof renderPulumi = renderPulumi;
       export const model: typeof PulumiModel = PulumiModel;\n`,
    );
    expect(await typecheck(dir)).toBe("");
    // The same consumer against the package without typesVersions: what users saw before.
    const manifest = path.join(consumer, "node_modules/stackwerk/package.json");
    const original = fs.readFileSync(manifest, "utf8");
    const { typesVersions: _dropped, ...without } = JSON.parse(original) as Record<string, unknown>;
    fs.writeFileSync(manifest, JSON.stringify(without));
    try {
      expect(await typecheck(dir)).toMatch(/main\.ts\(2,\d+\): error TS2307: Cannot find module 'stackwerk\/pulumi'/);
    } finally {
      fs.writeFileSync(manifest, original);
    }
  });
});
