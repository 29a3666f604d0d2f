/**
 * The package works from another repository: `npm run build` emits dist/ (including the
 * vendored IONOS bindings), `require("stackwerk")` resolves through package.json "exports",
 * and a TypeScript consumer type-checks `import { WebAppStack, targets } from "stackwerk"`.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { run } from "../../tools/cache";
import { ensureBuilt, ROOT } from "./build";

jest.setTimeout(300_000);

beforeAll(ensureBuilt);

test("require('stackwerk') and 'stackwerk/pulumi' resolve to the built package", async () => {
  const probe = path.join(ROOT, `.probe-${process.pid}.js`);
  fs.writeFileSync(
    probe,
    `const s = require("stackwerk"); const p = require("stackwerk/pulumi");
     const app = new s.App({ outdir: ${JSON.stringify(fs.mkdtempSync(path.join(os.tmpdir(), "pkg-")))} });
     new s.WebAppStack(app, "shop", { target: s.targets.ionos(), image: "r.example.de/a:1.0.0", database: true });
     const stacks = s.synthesize(app);
     console.log(JSON.stringify({ stacks: stacks.map((x) => x.name), pulumi: typeof p.renderPulumi }));`,
  );
  try {
    const { stdout } = await run("node", [probe], { cwd: ROOT });
    expect(JSON.parse(stdout)).toEqual({ stacks: ["shop-infra", "shop-addons", "shop-platform"], pulumi: "function" });
  } finally {
    fs.rmSync(probe, { force: true });
  }
});

test("a TypeScript consumer type-checks against the published declarations", async () => {
  const consumer = path.join(ROOT, `.consumer-${process.pid}.ts`);
  fs.writeFileSync(
    consumer,
    `import { App, WebAppStack, targets, WebAppStackProps } from "stackwerk";
     const props: WebAppStackProps = { target: targets.onprem(), image: "r.example.de/a:1.0.0", stage: "production" };
     new WebAppStack(new App(), "shop", props);
     // @ts-expect-error: size is a closed set
     new WebAppStack(new App(), "bad", { ...props, size: "XXL" });\n`,
  );
  try {
    const tsc = path.join(ROOT, "node_modules/.bin/tsc");
    const result = await run(
      tsc,
      ["--noEmit", "--strict", "--skipLibCheck", "--module", "node16", "--moduleResolution", "node16", "--types", "node", consumer],
      { cwd: ROOT, check: false },
    );
    expect({ code: result.code, out: result.stdout }).toEqual({ code: 0, out: "" });
  } finally {
    fs.rmSync(consumer, { force: true });
  }
});

/** Every file below a `vendor/` folder of the sources (CRDs, operator bundles the patterns read at synth). */
function vendoredFiles(dir: string, rel = ""): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const child = path.posix.join(rel, entry.name);
    if (entry.name === "node_modules" || entry.name === "dist" || entry.name.startsWith(".")) continue;
    if (entry.isDirectory()) out.push(...vendoredFiles(dir, child));
    else if (child.split("/").includes("vendor")) out.push(child);
  }
  return out;
}

test("the published package carries every vendored file the patterns read at synth time", async () => {
  const vendored = ["constructs", "patterns"].flatMap((top) => vendoredFiles(ROOT, top));
  expect(vendored.length).toBeGreaterThan(0);
  const { stdout } = await run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT });
  const packed = new Set((JSON.parse(stdout) as Array<{ files: Array<{ path: string }> }>)[0].files.map((f) => f.path));
  expect(vendored.filter((f) => !packed.has(f))).toEqual([]);
});
