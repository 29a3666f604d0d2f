/**
 * The README's Pulumi section, copy-pasted: its shell block runs in an empty temp folder outside
 * the checkout, with `stackwerk` replaced by the `npm pack`ed tarball, the Pulumi CLI and the
 * Kubernetes plugin that tools/pulumi builds on PATH/PULUMI_HOME, and KUBECONFIG naming an embedded
 * cluster. It must deploy the web app (up), show no changes (preview) and remove it (destroy).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { run } from "../../tools/cache";
import { EmbeddedCluster, startCluster } from "../../tools/cluster";
import { ensurePulumi, pulumiEnv } from "../../tools/pulumi";
import { ensureBuilt, ROOT } from "./build";

jest.setTimeout(1_200_000);

let work: string;
let cluster: EmbeddedCluster;

beforeAll(async () => {
  await ensureBuilt();
  await ensurePulumi();
  work = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-readme-pulumi-"));
  cluster = await startCluster({ name: "readme-pulumi" });
});

afterAll(async () => {
  await cluster?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** The shell block of the README's "### Pulumi" section. */
function readmeBlock(): string {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.split(/^### /m).find((s) => s.startsWith("Pulumi\n"));
  const block = section && /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error("README.md: no ```sh block in the '### Pulumi' section");
  return block;
}

test("README Pulumi path from an empty folder: npm install, pulumi up, preview without changes, destroy", async () => {
  const { stdout } = await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: ROOT });
  const tarball = path.join(work, (JSON.parse(stdout) as Array<{ filename: string }>)[0].filename);
  const block = readmeBlock();
  expect(block).toMatch(/npm install [^\n]* stackwerk /);
  const script = block.replace(/(npm install [^\n]*) stackwerk /, `$1 ${tarball} `);

  const tools = await ensurePulumi();
  // The built CLI and plugin; no backend or passphrase from here (the README sets its own).
  const { PULUMI_BACKEND_URL: _backend, PULUMI_CONFIG_PASSPHRASE: _passphrase, ...pulumi } = pulumiEnv(tools, work, "unused");
  const env = {
    ...process.env,
    ...pulumi,
    PATH: `${path.dirname(tools.cli)}${path.delimiter}${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`,
    KUBECONFIG: cluster.kubeconfig,
  };
  const result = await run("bash", ["-euo", "pipefail", "-c", script], { cwd: work, env, check: false });
  const log = `${result.stdout}\n${result.stderr}`;
  expect({ code: result.code, log: result.code === 0 ? "" : log.slice(-4000) }).toEqual({ code: 0, log: "" });
  expect(result.stdout).toContain("up: succeeded");
  expect(result.stdout).toMatch(/preview: \{"same":\d+\}/);
  expect(result.stdout).toContain("destroy: succeeded");
  // The program ran outside the checkout, from the installed tarball.
  expect(fs.existsSync(path.join(work, "shop/node_modules/stackwerk/dist/pulumi.js"))).toBe(true);
  const left = await cluster.kubectl(["get", "namespace", "shop-test", "-o", "jsonpath={.status.phase}", "--ignore-not-found"]);
  expect(["", "Terminating"]).toContain(left.stdout.trim());

  // The installed `stackwerk/pulumi` (dist/, cdktf installed beside it as a dependency) loads no cdktf module.
  const probe = await run(
    process.execPath,
    [
      "-e",
      `const m = require("stackwerk/pulumi");
       new m.WebAppStack(new m.PulumiModel(), "shop", { target: m.targets.onprem(), image: "registry.example.de/shop/web:1.4.2" });
       console.log(JSON.stringify({ cdktfInstalled: !!require.resolve("cdktf"), loaded: Object.keys(require.cache).filter((f) => /node_modules\\/(cdktf|@cdktf\\/)/.test(f)) }));`,
    ],
    { cwd: path.join(work, "shop"), env },
  );
  expect(JSON.parse(probe.stdout.trim())).toEqual({ cdktfInstalled: true, loaded: [] });
});
