/**
 * Synth output does not depend on the machine that synthesises it (issue 9): no home folder,
 * no checkout path, no temp folder in any stack of any registered pattern's reference instance
 * on any target — the same program gives the same stacks on a laptop and in CI.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import "../../patterns";
import { registeredPatterns } from "../../patterns/registry";
import { synthPattern } from "../../engines/cdktf";
import { targetByName, TARGET_NAMES } from "../../providers";

const CELLS = registeredPatterns().flatMap((p) => TARGET_NAMES.map((t) => [p.name, t] as const));
/** The home folder and the checkout; the synth folder itself is added per cell. */
const MACHINE_PATHS = [os.homedir(), path.resolve(__dirname, "../..")].filter((p) => p.length > 1);

test.each(CELLS)("%s on %s: no path of the synthesising machine in the stacks", (pattern, target) => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-machine-"));
  try {
    for (const stack of synthPattern({ pattern, target: targetByName(target), stage: "production", outdir })) {
      const text = fs.readFileSync(stack.file, "utf8");
      const found = [...MACHINE_PATHS, outdir].filter((p) => text.includes(p)).map((p) => `${stack.name} contains ${p}`);
      expect(found).toEqual([]);
    }
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
});

test("the check sees a machine path when there is one", () => {
  const text = JSON.stringify({ variable: { kubeconfig_path: { default: path.join(os.homedir(), ".kube/config") } } });
  expect(MACHINE_PATHS.some((p) => text.includes(p))).toBe(true);
});
