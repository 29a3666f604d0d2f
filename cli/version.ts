/**
 * `stackwerk --version`: the version of the installed package, read from its package.json (the
 * one beside dist/ when installed, the checkout's when run from source with tsx).
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** The `version` of the nearest package.json named `stackwerk` above this file. */
export function packageVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "stackwerk" && pkg.version) return pkg.version;
    }
    if (path.dirname(dir) === dir) throw new Error(`no package.json of stackwerk above ${from}`);
  }
}
