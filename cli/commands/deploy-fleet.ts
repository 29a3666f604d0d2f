/**
 * `stackwerk deploy|destroy --fleet <catalogue> --jobs N --auto-approve`: synthesises every
 * tenant of a fleet catalogue (the fleet synth, cli/fleet/run.ts), then deploys (or destroys)
 * the tenants `jobs` at a time, each through the same stack-by-stack run as a single program
 * (deploy/run.ts: infra, add-ons, platform, inputs wired; destroy in reverse). A progress line
 * per tenant step, a summary table at the end; a failed tenant does not stop the others, and
 * the exit status is 1 when any failed.
 */
import * as path from "node:path";
import { ProcessTracker } from "../../deploy/exec";
import { Tofu } from "../../deploy/tofu";
import { ensureToolchain } from "../../tools/toolchain";
import type { Program, ProgramStack } from "../../deploy/program";
import { runDeployment } from "../../deploy/run";
import { loadCatalogue } from "../fleet/catalogue";
import { runFleet } from "../fleet/run";
import type { FleetStack } from "../fleet/tenant";

/** Options of a fleet deploy or destroy. */
export interface FleetDeployOptions {
  /** Deploy (apply every tenant) or destroy (every tenant, stacks in reverse). @default "deploy" */
  readonly action?: "deploy" | "destroy";
  /** Catalogue file (YAML or JSON). */
  readonly catalogue: string;
  /** Tenants deployed at once (synth uses as many worker processes). */
  readonly jobs: number;
  /** Output folder of the fleet synth. */
  readonly outdir: string;
  /** `-parallelism` of each apply. */
  readonly parallelism?: number;
  /** Progress lines. */
  log(line: string): void;
  /** The summary table. */
  print(line: string): void;
}

/** One tenant's outcome. */
export interface FleetTenantDeploy {
  readonly tenant: string;
  readonly ok: boolean;
  readonly stacks: number;
  readonly durationMs: number;
  readonly message: string;
}

const ROLE_ORDER: Record<string, number> = { infra: 0, addons: 1, platform: 2 };

/** A tenant's stacks as a program: infra first, add-ons after infra, platform after both. */
export function tenantProgram(outdir: string, stacks: readonly FleetStack[]): Program {
  const sorted = [...stacks].sort((a, b) => (ROLE_ORDER[a.role] ?? 3) - (ROLE_ORDER[b.role] ?? 3));
  const list: ProgramStack[] = sorted.map((s) => {
    const file = path.join(outdir, s.file);
    return {
      name: s.name,
      constructPath: s.name,
      dir: path.dirname(file),
      file,
      dependencies: sorted.filter((d) => (ROLE_ORDER[d.role] ?? 3) < (ROLE_ORDER[s.role] ?? 3)).map((d) => d.name),
    };
  });
  return { outdir, stacks: list, orphans: [] };
}

/** Renders the summary table (tenant, result, stacks, time, message). */
export function fleetTable(rows: readonly FleetTenantDeploy[]): string[] {
  const width = Math.max(6, ...rows.map((r) => r.tenant.length));
  return [
    `${"tenant".padEnd(width)}  result  stacks  time     message`,
    ...rows.map(
      (r) =>
        `${r.tenant.padEnd(width)}  ${(r.ok ? "ok" : "FAILED").padEnd(6)}  ${String(r.stacks).padStart(6)}  ${`${(r.durationMs / 1000).toFixed(1)}s`.padStart(7)}  ${r.message.split("\n")[0].slice(0, 160)}`,
    ),
  ];
}

/** Deploys (or destroys) every tenant of the catalogue; resolves to the exit status. */
export async function deployFleet(o: FleetDeployOptions): Promise<number> {
  const action = o.action ?? "deploy";
  const done_ = action === "deploy" ? "applied" : "destroyed";
  const started = Date.now();
  const outdir = path.resolve(o.outdir);
  const catalogue = loadCatalogue(o.catalogue);
  const synth = await runFleet({ catalogue, outdir, jobs: o.jobs, progress: o.log });
  const tc = await ensureToolchain();
  const tracker = new ProcessTracker();
  const tofu = new Tofu(tc, tracker);
  const rows: FleetTenantDeploy[] = [];
  const queue = [...synth.tenants];
  let done = 0;
  const worker = async (): Promise<void> => {
    for (let t = queue.shift(); t; t = queue.shift()) {
      const t0 = Date.now();
      let row: FleetTenantDeploy;
      if (t.error || !t.stacks) {
        row = { tenant: t.name, ok: false, stacks: 0, durationMs: 0, message: `synth: ${t.error ?? "no stacks"}` };
      } else {
        try {
          const result = await runDeployment({
            program: tenantProgram(outdir, t.stacks),
            action,
            tofu,
            autoApprove: true,
            log: (line) => o.log(`[${t.name}] ${line}`),
            print: (line) => o.log(`[${t.name}] ${line}`),
            ...(o.parallelism ? { parallelism: o.parallelism } : {}),
          });
          const failed = result.stacks.find((s) => s.status === "failed");
          row = {
            tenant: t.name,
            ok: result.ok,
            stacks: result.stacks.filter((s) => s.status === done_).length,
            durationMs: Date.now() - t0,
            message: failed ? `${failed.name}: ${failed.message}` : result.stacks.map((s) => `${s.name}: ${s.message}`).join("; "),
          };
        } catch (err) {
          row = { tenant: t.name, ok: false, stacks: 0, durationMs: Date.now() - t0, message: (err as Error).message };
        }
      }
      rows.push(row);
      done++;
      o.log(`fleet ${action} ${done}/${synth.tenants.length}: ${t.name} ${row.ok ? "ok" : "FAILED"} (${(row.durationMs / 1000).toFixed(1)}s)`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(o.jobs, synth.tenants.length)) }, () => worker()));
  const order = new Map(synth.tenants.map((t, i) => [t.name, i]));
  rows.sort((a, b) => order.get(a.tenant)! - order.get(b.tenant)!);
  for (const line of fleetTable(rows)) o.print(line);
  const failed = rows.filter((r) => !r.ok);
  o.print(
    `${rows.length - failed.length}/${rows.length} tenant(s) ${action === "deploy" ? "deployed" : "destroyed"} in ${((Date.now() - started) / 1000).toFixed(1)}s${failed.length ? `; failed: ${failed.map((f) => f.tenant).join(", ")}` : ""}`,
  );
  return failed.length ? 1 : 0;
}
