// After `tsc`: copy vendored JavaScript bindings (IONOS, plain .js + .d.ts) into dist/, which tsc does not emit.
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "../..");
for (const rel of ["providers/ionos/generated"]) {
  fs.cpSync(path.join(root, rel), path.join(root, "dist", rel), { recursive: true, filter: (src) => !src.endsWith(".ts") || src.endsWith(".d.ts") });
}
