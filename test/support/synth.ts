/** Test helpers: synthesise into a temp folder and read the Terraform JSON back. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App } from "cdktf";
import { synthesize, SynthesizedStack } from "../../engines/cdktf";

export interface SynthOutput {
  readonly outdir: string;
  readonly stacks: SynthesizedStack[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly json: Record<string, any>;
}

/** Builds an app with `build`, synthesises it into a fresh temp folder, returns stacks and their JSON. */
export function synthApp(build: (app: App) => void): SynthOutput {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-synth-"));
  const app = new App({ outdir });
  build(app);
  const stacks = synthesize(app);
  const json = Object.fromEntries(stacks.map((s) => [s.name, JSON.parse(fs.readFileSync(s.file, "utf8"))]));
  return { outdir, stacks, json };
}

/** Every Kubernetes object in a platform stack's JSON (kubernetes_manifest resources). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function manifestsOf(stackJson: any): any[] {
  return Object.values(stackJson.resource?.kubernetes_manifest ?? {}).map((r) => (r as { manifest: unknown }).manifest);
}

/** Pod specs of every workload kind in a list of objects. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function podSpecsOf(objects: any[]): Array<{ owner: string; spec: any }> {
  const out: Array<{ owner: string; spec: unknown }> = [];
  for (const o of objects) {
    const owner = `${o.kind}/${o.metadata.name}`;
    if (o.kind === "Deployment" || o.kind === "StatefulSet") out.push({ owner, spec: o.spec.template.spec });
    if (o.kind === "CronJob") out.push({ owner, spec: o.spec.jobTemplate.spec.template.spec });
    if (o.kind === "Job") out.push({ owner, spec: o.spec.template.spec });
    if (o.kind === "Pod") out.push({ owner, spec: o.spec });
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return out as any;
}

/** Every file below `dir`, recursively. */
export function filesBelow(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesBelow(p) : [p];
  });
}
