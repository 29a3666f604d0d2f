/**
 * Synthesises one fleet tenant on its own: a fresh cdktf App per tenant (so memory does not
 * grow with the fleet), the pattern built from the entry, and its stacks moved from the
 * worker's scratch folder into `<outdir>/stacks/`, exactly where a single-process synth of the
 * same instances writes them.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { App } from "../../engines/cdktf/cdk";
import { synthesize } from "../../engines/cdktf";
import { targets, type ITarget } from "../../providers";
import type { FleetTargetSpec, FleetTenant } from "./catalogue";
import { placeStackFolder } from "../../deploy/stack-folders";
import { fleetPattern, fleetPatternNames } from "./patterns";

/** One stack a tenant produced. */
export interface FleetStack {
  readonly name: string;
  readonly role: string;
  /** Path relative to the fleet's output folder. */
  readonly file: string;
}

/** Builds targets once per configuration (a worker serves many tenants of the same target). */
export class TargetCache {
  private readonly built = new Map<string, ITarget>();

  get(spec: FleetTargetSpec): ITarget {
    const key = JSON.stringify(spec);
    let target = this.built.get(key);
    if (!target) {
      target = targets[spec.type](spec.props as never);
      this.built.set(key, target);
    }
    return target;
  }
}

/**
 * Synthesises `tenant` through `scratch` (a folder of this process) into `outdir`, laying the
 * new files over the tenant's earlier stack folders: state, `.terraform/` and lock files there stay.
 */
export function synthTenant(tenant: FleetTenant, outdir: string, scratch: string, targetCache: TargetCache): FleetStack[] {
  const factory = fleetPattern(tenant.pattern);
  if (!factory) throw new Error(`pattern ${tenant.pattern} cannot be used in a fleet. Allowed: ${fleetPatternNames().join(", ")}`);
  const app = new App({ outdir: scratch });
  factory(app, tenant.name, {
    target: targetCache.get(tenant.target),
    stage: tenant.stage,
    size: tenant.size,
    props: tenant.props,
  });
  const stacks = synthesize(app);
  fs.mkdirSync(path.join(outdir, "stacks"), { recursive: true });
  return stacks.map((s) => {
    const dest = path.join(outdir, "stacks", s.name);
    placeStackFolder(s.dir, dest);
    return { name: s.name, role: s.role, file: path.relative(outdir, path.join(dest, path.basename(s.file))) };
  });
}
