/**
 * tools/node/node22.sh (what .ci/run and the README use to get Node >= 22): with only an old
 * `node` on PATH it answers the pinned official build in the cache, which runs and is 22.x; with
 * a new enough `node` on PATH it answers that one's folder.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { cacheRoot, run } from "../../tools/cache";

jest.setTimeout(300_000);
const ROOT = path.resolve(__dirname, "../..");
const SCRIPT = path.join(ROOT, "tools/node/node22.sh");

/** A folder with a `node` that claims to be `version` (what the script asks a node for). */
function fakeNode(version: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-node-"));
  fs.writeFileSync(path.join(dir, "node"), `#!/bin/sh\necho ${version.split(".")[0]}\n`, { mode: 0o755 });
  return dir;
}

test("an old node on PATH: the pinned Node 22 from the cache", async () => {
  const old = fakeNode("20.20.2");
  try {
    const { stdout } = await run(SCRIPT, [], { env: { ...process.env, PATH: `${old}${path.delimiter}${process.env.PATH}` } });
    const bin = stdout.trim();
    expect(bin).not.toBe(old);
    expect(bin.startsWith(path.join(cacheRoot(), "node") + path.sep)).toBe(true);
    const { stdout: version } = await run(path.join(bin, "node"), ["--version"]);
    expect(version.trim()).toMatch(/^v22\.23\.\d+$/);
  } finally {
    fs.rmSync(old, { recursive: true, force: true });
  }
});

test("a node >= 22 on PATH is used as it is", async () => {
  const recent = fakeNode("24.1.0");
  try {
    const { stdout } = await run(SCRIPT, [], { env: { ...process.env, PATH: `${recent}${path.delimiter}${process.env.PATH}` } });
    expect(stdout.trim()).toBe(recent);
  } finally {
    fs.rmSync(recent, { recursive: true, force: true });
  }
});
