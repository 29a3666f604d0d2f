/**
 * Parallel fleet synth writes, for every tenant, the very bytes a single-process synth of the
 * same instances writes (one cdktf App holding every tenant, built directly with the pattern
 * classes); reports progress; and reports a tenant's pattern error by entry without stopping
 * the others.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import "../../patterns";
import { WebAppStack, type WebAppStackProps } from "../../patterns";
import type { Size, Stage } from "../../core/profile";
import { targets } from "../../providers";
import { synthesize } from "../../engines/cdktf";
import { validateCatalogue } from "../../cli/fleet/catalogue";
import { runFleet } from "../../cli/fleet/run";

jest.setTimeout(300_000);

const IMAGE = "registry.example.de/shop/web:1.4.2";
const KUBECONFIG = "/etc/rz/kubeconfig";

/** Eight tenants: on-prem (named target) and STACKIT (infra + platform stacks), mixed stages, sizes and props. */
const CATALOGUE = {
  defaults: { pattern: "web-app", target: "rz-nord", props: { image: IMAGE, database: true } },
  targets: { "rz-nord": { type: "onprem", props: { kubeconfigPath: KUBECONFIG, kubeconfigCheckedAtSynth: false } } },
  tenants: [
    { name: "gemeinde-a", props: { hostName: "a.example.de", bucket: true } },
    { name: "gemeinde-b", stage: "production", size: "M", props: { hostName: "b.example.de" } },
    { name: "gemeinde-c", stage: "acceptance", props: { env: { FEATURE: "on" } } },
    { name: "gemeinde-d", size: "L", props: { database: false } },
    { name: "amt-e", target: "stackit", props: { hostName: "e.example.de", bucket: true } },
    { name: "amt-f", target: "stackit", stage: "training" },
    { name: "amt-g", props: { secretEnv: { API_KEY: { name: "amt-g-api", key: "key" } } } },
    { name: "amt-h", stage: "production", props: { hostName: "h.example.de", tls: true } },
  ],
};

/** The same tenants written as a program would: one App, pattern classes, shared targets. */
function singleProcess(outdir: string): string[] {
  const app = new App({ outdir });
  const onprem = targets.onprem({ kubeconfigPath: KUBECONFIG, kubeconfigCheckedAtSynth: false });
  const stackit = targets.stackit();
  const d = CATALOGUE.defaults;
  type Entry = { name: string; target?: string; stage?: Stage; size?: Size; props?: Partial<WebAppStackProps> };
  for (const t of CATALOGUE.tenants as Entry[]) {
    const target = t.target === "stackit" ? stackit : onprem;
    new WebAppStack(app, t.name, { ...d.props, ...(t.props ?? {}), target, stage: t.stage, size: t.size });
  }
  return synthesize(app).map((s) => s.name);
}

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "fleet-parallel-"));

test("every tenant's stacks are byte-identical to a single-process synth, with progress lines", async () => {
  const single = tmp();
  const names = singleProcess(single);
  expect(names).toHaveLength(18); // 8 platform stacks + 2 STACKIT infra stacks + 8 add-ons stacks (every zone's admission policies, ADR 0385; the Gateway where a host name is set, ADR 0090)

  const out = tmp();
  const lines: string[] = [];
  const result = await runFleet({ catalogue: validateCatalogue("fleet.json", CATALOGUE), outdir: out, jobs: 2, progress: (l) => lines.push(l) });
  expect(result.failed).toBe(0);
  expect(result.jobs).toBe(2);
  expect(result.workerPeakRssBytes).toHaveLength(2);
  expect(result.tenants.flatMap((t) => t.stacks!.map((s) => s.name)).sort()).toEqual([...names].sort());
  expect(fs.readdirSync(path.join(out, "stacks")).sort()).toEqual([...names].sort());
  for (const name of names) {
    const expected = fs.readFileSync(path.join(single, "stacks", name, "cdk.tf.json"));
    const actual = fs.readFileSync(path.join(out, "stacks", name, "cdk.tf.json"));
    expect({ name, same: actual.equals(expected) }).toEqual({ name, same: true });
  }
  expect(lines[0]).toBe(`fleet: 8 tenant(s) from fleet.json with 2 worker(s) into ${out}`);
  expect(lines.at(-1)).toMatch(/^fleet 8\/8 tenants \(100%\), \d+\.\d s$/);
  expect(lines.filter((l) => /^fleet \d+\/8 tenants/.test(l)).length).toBeGreaterThanOrEqual(2);
  const manifest = JSON.parse(fs.readFileSync(path.join(out, "fleet.json"), "utf8"));
  expect(manifest.tenants.find((t: { name: string }) => t.name === "amt-e").stacks.map((s: { name: string }) => s.name)).toEqual([
    "amt-e-infra",
    "amt-e-addons",
    "amt-e-platform",
  ]);
  expect(fs.readdirSync(out).filter((f) => f.startsWith(".fleet-work"))).toEqual([]);
});

test("a tenant whose pattern props are refused fails by entry and property; the others are written", async () => {
  const catalogue = validateCatalogue("fleet.json", {
    ...CATALOGUE,
    tenants: [CATALOGUE.tenants[0], { name: "broken", props: { replica: 3 } }, CATALOGUE.tenants[2]],
  });
  const out = tmp();
  const result = await runFleet({ catalogue, outdir: out, jobs: 2 });
  expect(result.failed).toBe(1);
  const broken = result.tenants.find((t) => t.name === "broken")!;
  expect(broken.index).toBe(1);
  expect(broken.error).toMatch(/^\[WebAppStack broken\] replica: is not a known property \(did you mean replicas\?\)\. Allowed: /);
  expect(fs.readdirSync(path.join(out, "stacks")).sort()).toEqual(["gemeinde-a-addons", "gemeinde-a-platform", "gemeinde-c-addons", "gemeinde-c-platform"]);
});
