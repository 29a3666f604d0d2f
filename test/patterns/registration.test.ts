/**
 * One registration per pattern (patterns/<name>/register.ts, imported from patterns/index.ts)
 * feeds every consumer: the CLI (`list`, `synth`), fleet catalogues, the conformance matrix, the
 * runtime props check and the README's pattern table. A pattern registered in one place and
 * missing in another fails here, naming it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { fleetPatternNames } from "../../cli/fleet/patterns";
import { checkedPropsNames } from "../../core/validation/props";
import "../../patterns";
import { registeredPatterns, registerPattern } from "../../patterns/registry";
import { WebAppStack } from "../../patterns";
import * as os from "node:os";
import { selectCells } from "../../conformance/runner";

const ROOT = path.resolve(__dirname, "../..");
const builtIn = registeredPatterns();

test("every pattern folder is registered, and every registration has a folder and its class", () => {
  const folders = fs
    .readdirSync(path.join(ROOT, "patterns"), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  expect(builtIn.map((p) => p.name).sort()).toEqual(folders.sort());
  for (const p of builtIn) expect({ name: p.name, class: p.pattern?.patternName }).toEqual({ name: p.name, class: p.name });
});

test("the registration feeds fleet catalogues, the props check, the conformance matrix and the README table", async () => {
  const names = builtIn.map((p) => p.name);
  expect(fleetPatternNames()).toEqual(names);
  for (const p of builtIn) expect(checkedPropsNames()).toContain(`${p.pattern!.name}Props`);
  const cells = await selectCells({ targets: ["onprem"] }, os.tmpdir());
  expect(cells.map((c) => c.pattern)).toEqual(names);
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const rows = [...readme.matchAll(/^\| `(\w+)` \(`([a-z0-9-]+)`\) \|/gm)].map((m) => ({ class: m[1], name: m[2] }));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  expect(rows.sort(byName)).toEqual(builtIn.map((p) => ({ class: p.pattern!.name, name: p.name })).sort(byName));
});

test("a registration whose name differs from its class's patternName is refused", () => {
  expect(() => registerPattern({ name: "web-app-2", pattern: WebAppStack, summary: "x", uses: [], create: () => undefined as never })).toThrow(
    "pattern web-app-2: name differs from its class's patternName (web-app). Allowed: name = WebAppStack.patternName",
  );
});
