/**
 * Benchmark dispatcher: `npm run bench [-- <name> ...]` runs bench/<name>/index.ts (all when
 * none is named: synth, patterns, fleet, conformance, runtime, gitops) in one run, prints each benchmark's table, then
 * the issue-15 scoreboard (every number beside its target) and writes it to reports/bench.json
 * and reports/bench.md. A benchmark that fails is reported as "not measured" with its error.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { BenchResults, scoreLines, scoreTable, TARGETS } from "./summary";

async function main(names: string[]): Promise<void> {
  const available = fs.readdirSync(__dirname).filter((d) => fs.existsSync(path.join(__dirname, d, "index.ts")));
  const selected = names.length ? names : ["synth", "patterns", "fleet", "conformance", "runtime", "gitops"].filter((n) => available.includes(n));
  for (const name of selected) if (!available.includes(name)) throw new Error(`unknown benchmark '${name}'. Allowed: ${available.join(", ")}`);
  const results: Record<string, unknown> = {};
  for (const name of selected) {
    const bench = (await import(path.join(__dirname, name, "index.ts"))) as { run(): Promise<unknown> };
    process.stderr.write(`[bench] ${name}\n`);
    try {
      results[name] = await bench.run();
    } catch (err) {
      process.stderr.write(`[bench] ${name} failed: ${(err as Error)?.stack ?? err}\n`);
      results[name] = { error: (err as Error)?.message ?? String(err) };
    }
  }
  const lines = scoreLines(results as BenchResults, os.cpus().length);
  const table = scoreTable(lines);
  const load = os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
  const header = `Stackwerk benchmarks (issue 15), ${new Date().toISOString()}, node ${process.version}, ${os.cpus().length} cores, load average at the end ${load}`;
  process.stdout.write(`\n${header}\n\n${table}\n`);
  fs.mkdirSync("reports", { recursive: true });
  fs.writeFileSync(path.join("reports", "bench.md"), `# ${header}\n\n${table}\n`);
  fs.writeFileSync(
    path.join("reports", "bench.json"),
    JSON.stringify(
      { at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadavg: os.loadavg(), targets: TARGETS, lines, results },
      null,
      2,
    ) + "\n",
  );
}

main(process.argv.slice(2)).catch((err) => {
  process.stderr.write(`${err?.stack ?? err}\n`);
  process.exit(1);
});
