/**
 * Builds dist/ once for all package tests: the test files run in parallel workers, so the build
 * runs under a cross-process lock and is skipped when dist/ is newer than every source file.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { run, withBuildLock } from "../../tools/cache";

/** The checkout. */
export const ROOT = path.resolve(__dirname, "../..");
const STAMP = path.join(ROOT, "node_modules/.cache/stackwerk-package-build");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Runs `npm run build` unless dist/ is already built from the current sources. */
export async function ensureBuilt(): Promise<void> {
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, "tsconfig.build.json"), "utf8")) as { include: string[] };
  await withBuildLock(STAMP, "package build", async () => {
    const sources = Math.max(
      ...["package.json", "tsconfig.json", "tsconfig.build.json", ...config.include].map((p) => {
        const full = path.join(ROOT, p);
        return fs.statSync(full).isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
      }),
    );
    if (fs.existsSync(STAMP) && fs.statSync(STAMP).mtimeMs > sources && fs.existsSync(path.join(ROOT, "dist/index.js"))) return;
    const started = Date.now();
    await run("npm", ["run", "build", "--silent"], { cwd: ROOT });
    fs.mkdirSync(path.dirname(STAMP), { recursive: true });
    fs.writeFileSync(STAMP, new Date(started).toISOString());
    fs.utimesSync(STAMP, new Date(started), new Date(started));
  });
}
