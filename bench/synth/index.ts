/**
 * Synth cost of the pattern layer: the web-app pattern for 1, 10, 100 and 1000 tenant
 * instances in one app, against a baseline that declares the very same Terraform resources
 * directly with the provider bindings (no pattern layer), measured in the same run. The ratio
 * is what matters; absolute times depend on the machine.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, TerraformStack, TerraformVariable, LocalBackend } from "cdktf";
import { Manifest } from "@cdktf/provider-kubernetes/lib/manifest";
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { SecretV1 } from "@cdktf/provider-kubernetes/lib/secret-v1";
import "../../patterns";
import { WebAppStack } from "../../patterns";
import { targets } from "../../providers";
import { synthesize } from "../../engines/cdktf";

const COUNTS = (process.env.BENCH_COUNTS ?? "1,10,100,1000").split(",").map(Number);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);

const target = targets.onprem({ kubeconfigPath: "/tmp/kubeconfig" });
const props = { target, image: "registry.example.de/shop/web:1.4.2", database: true, bucket: true, hostName: "shop.example.de" };

function patternApp(n: number, outdir: string): void {
  const app = new App({ outdir });
  for (let i = 0; i < n; i++) new WebAppStack(app, `tenant${i}`, { ...props, tenant: `tenant${i}` });
  synthesize(app);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/** The resources of one pattern instance, as plain data, to re-declare without the pattern. */
function templateOf(): Json {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-template-"));
  const app = new App({ outdir: dir });
  new WebAppStack(app, "tenant0", { ...props, tenant: "tenant0" });
  const [stack] = synthesize(app);
  const json = JSON.parse(fs.readFileSync(stack.file, "utf8"));
  fs.rmSync(dir, { recursive: true, force: true });
  return json;
}

function baselineApp(n: number, outdir: string, template: Json): void {
  const app = new App({ outdir });
  for (let i = 0; i < n; i++) {
    const rename = (v: unknown): unknown => JSON.parse(JSON.stringify(v).replace(/tenant0/g, `tenant${i}`));
    const stack = new TerraformStack(app, `tenant${i}-platform`);
    new LocalBackend(stack, { path: "terraform.tfstate" });
    for (const [name, v] of Object.entries(template.variable)) new TerraformVariable(stack, name, v as Json);
    new KubernetesProvider(stack, "kubernetes", { configPath: "${var.kubeconfig_path}" });
    for (const [name, r] of Object.entries(template.resource.kubernetes_manifest as Json)) {
      new Manifest(stack, name.replace(/tenant0/g, `tenant${i}`), { manifest: rename(r.manifest) as Json, ...(r.wait ? { wait: { rollout: true } } : {}) });
    }
    for (const [name, r] of Object.entries(template.resource.kubernetes_secret_v1 as Json)) {
      new SecretV1(stack, name.replace(/tenant0/g, `tenant${i}`), {
        metadata: rename(r.metadata) as Json,
        type: r.type,
        dataWo: rename(r.data_wo) as Json,
        dataWoRevision: 1,
      });
    }
    stack.addOverride("ephemeral", rename(template.ephemeral));
  }
  app.synth();
}

function timeMs(fn: (outdir: string) => void): number {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-synth-"));
  const start = process.hrtime.bigint();
  fn(outdir);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  fs.rmSync(outdir, { recursive: true, force: true });
  return ms;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<void> {
  const template = templateOf();
  const resources = Object.keys(template.resource.kubernetes_manifest).length + Object.keys(template.resource.kubernetes_secret_v1).length;
  const rows: Array<{ tenants: number; resources: number; patternMs: number; baselineMs: number; ratio: number }> = [];
  for (const n of COUNTS) {
    const repeat = n >= 1000 ? 1 : REPEAT;
    const pattern: number[] = [];
    const baseline: number[] = [];
    // Interleave so machine noise hits both sides alike.
    for (let r = 0; r < repeat; r++) {
      baseline.push(timeMs((dir) => baselineApp(n, dir, template)));
      pattern.push(timeMs((dir) => patternApp(n, dir)));
    }
    const row = { tenants: n, resources: n * resources, patternMs: median(pattern), baselineMs: median(baseline), ratio: median(pattern) / median(baseline) };
    rows.push(row);
    process.stderr.write(
      `[bench] synth ${n} tenant(s): pattern ${row.patternMs.toFixed(0)} ms, baseline ${row.baselineMs.toFixed(0)} ms, ratio ${row.ratio.toFixed(2)}\n`,
    );
  }
  const lines = ["| tenants | resources | pattern (ms) | baseline (ms) | ratio pattern/baseline |", "|---:|---:|---:|---:|---:|"];
  for (const r of rows) lines.push(`| ${r.tenants} | ${r.resources} | ${r.patternMs.toFixed(0)} | ${r.baselineMs.toFixed(0)} | ${r.ratio.toFixed(2)} |`);
  process.stdout.write(lines.join("\n") + "\n");
  fs.mkdirSync("reports", { recursive: true });
  fs.writeFileSync(path.join("reports", "bench-synth.json"), JSON.stringify({ node: process.version, cpus: os.cpus().length, rows }, null, 2));
}
