/**
 * One timing of a synth in a process of its own: `node --expose-gc --import tsx
 * bench/synth/fresh.ts <tenants> [pattern|baseline|quiet]` warms up on 5 tenants, then prints
 * `{ wallMs, cpuMs }` for `<tenants>` as the last line of stdout. Used by the synth benchmark
 * for growth per doubling (pattern) and the same growth of the baselines beside it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { wholeNumber } from "./growth";
import { baselineApp, patternApp, quietBaselineApp, templateOf, time } from "./index";

const n = wholeNumber("fresh.ts <tenants>", process.argv[2] ?? "");
const mode = process.argv[3] ?? "pattern";
const apps: Record<string, (count: number, outdir: string) => void> = {
  pattern: patternApp,
  baseline: (count, outdir) => baselineApp(count, outdir, template),
  quiet: (count, outdir) => quietBaselineApp(count, outdir, template),
};
const app = apps[mode];
if (!app) throw new Error(`bench/synth/fresh.ts: unknown mode '${mode}'. Allowed: ${Object.keys(apps).join(", ")}`);
const template = templateOf();
app(5, fs.mkdtempSync(path.join(os.tmpdir(), "bench-warmup-"))); // JIT warm-up, as in the benchmark
process.stdout.write(JSON.stringify(time((dir) => app(n, dir))) + "\n");
