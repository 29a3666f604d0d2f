/**
 * Benchmark dispatcher: `npm run bench [-- <name> ...]` runs bench/<name>/index.ts (all when
 * none is named). Each benchmark prints its own table and writes JSON next to the reports.
 */
import * as fs from "node:fs";
import * as path from "node:path";

async function main(names: string[]): Promise<void> {
  const available = fs.readdirSync(__dirname).filter((d) => fs.existsSync(path.join(__dirname, d, "index.ts")));
  const selected = names.length ? names : available;
  for (const name of selected) {
    if (!available.includes(name)) throw new Error(`unknown benchmark '${name}'. Allowed: ${available.join(", ")}`);
    const bench = (await import(path.join(__dirname, name, "index.ts"))) as { run(): Promise<void> };
    process.stderr.write(`[bench] ${name}\n`);
    await bench.run();
  }
}

main(process.argv.slice(2)).catch((err) => {
  process.stderr.write(`${err?.stack ?? err}\n`);
  process.exit(1);
});
