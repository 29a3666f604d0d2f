/**
 * Synth never deletes what it did not write: OpenTofu's state, provider cache and lock file in
 * every stack folder survive a re-synth (single and --fleet), and a stack that left the program
 * is reported with the command that destroys it, its folder kept.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCliCapturingStderr } from "../support/cli";

jest.setTimeout(300_000);

/** Runs the CLI in-process; returns exit code and stderr. */
const cli = (...args: string[]) => runCliCapturingStderr(args);

const PLANTED: Record<string, string> = {
  "terraform.tfstate": '{"version":4,"serial":7}\n',
  "terraform.tfstate.backup": '{"version":4,"serial":6}\n',
  ".terraform.lock.hcl": '# lock\nprovider "registry.opentofu.org/hashicorp/kubernetes" {}\n',
  ".terraform/providers/registry.opentofu.org/hashicorp/kubernetes/3.2.1/linux_amd64/terraform-provider-kubernetes": "binary",
  ".terraform/terraform.tfstate": '{"backend":{"type":"local"}}\n',
  "notes.txt": "the operator's own notes\n",
};

/** Puts the planted files into every stack folder; returns the folders. */
function plant(outdir: string): string[] {
  const dirs = fs.readdirSync(path.join(outdir, "stacks")).map((d) => path.join(outdir, "stacks", d));
  for (const dir of dirs) {
    for (const [file, text] of Object.entries(PLANTED)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    // A synthesised file the operator changed is synth's to rewrite.
    fs.writeFileSync(path.join(dir, "cdk.tf.json"), "{}");
  }
  return dirs;
}

function expectIntact(dirs: readonly string[]): void {
  for (const dir of dirs) {
    for (const [file, text] of Object.entries(PLANTED))
      expect({ file: path.join(dir, file), text: fs.readFileSync(path.join(dir, file), "utf8") }).toEqual({ file: path.join(dir, file), text });
    expect(JSON.parse(fs.readFileSync(path.join(dir, "cdk.tf.json"), "utf8")).terraform).toBeDefined();
  }
}

test("single synth keeps state, provider cache and lock file in every stack folder, and reports a stack that left the program", async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "state-single-"));
  expect((await cli("synth", "--pattern", "web-app", "--target", "stackit", "--out", out)).code).toBe(0);
  const dirs = plant(out);
  // The reference web app serves a host name, so its zone's Gateway brings an add-ons stack (Gateway API change).
  const stacks = ["web-app-stackit-addons", "web-app-stackit-infra", "web-app-stackit-platform"];
  expect(dirs.map((d) => path.basename(d)).sort()).toEqual(stacks);
  const again = await cli("synth", "--pattern", "web-app", "--target", "stackit", "--out", out);
  expect(again.code).toBe(0);
  expectIntact(dirs);
  expect(again.stderr).not.toMatch(/no longer in the program/);

  // Another program into the same folder: the stacks it does not declare are reported and kept.
  const other = await cli("synth", "--pattern", "web-app", "--target", "onprem", "--out", out);
  expect(other.code).toBe(0);
  expectIntact(dirs);
  for (const name of stacks)
    expect(other.stderr).toContain(`stack ${name} is no longer in the program; destroy it with \`stackwerk destroy --stacks ${name}\``);
});

test("fleet synth keeps every tenant's state on re-synth, and a removed tenant's stacks are reported, not deleted", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "state-fleet-"));
  const out = path.join(dir, "out");
  const catalogue = (names: string[]) =>
    `defaults:\n  pattern: web-app\n  target: onprem\n  props:\n    image: registry.example.de/shop/web:1.4.2\n` +
    `tenants:\n${names.map((n) => `  - name: ${n}\n${n === "amt-s" ? "    target: stackit\n" : ""}`).join("")}`;
  const file = path.join(dir, "fleet.yaml");
  fs.writeFileSync(file, catalogue(["amt-a", "amt-b", "amt-s"]));
  expect((await cli("synth", "--fleet", file, "--jobs", "2", "--out", out)).code).toBe(0);
  const dirs = plant(out);
  // Every tenant's private zone ships its admission policies in an add-ons stack (ADR 0385).
  expect(dirs.map((d) => path.basename(d)).sort()).toEqual([
    "amt-a-addons",
    "amt-a-platform",
    "amt-b-addons",
    "amt-b-platform",
    "amt-s-addons",
    "amt-s-infra",
    "amt-s-platform",
  ]);

  const again = await cli("synth", "--fleet", file, "--jobs", "2", "--out", out);
  expect(again.code).toBe(0);
  expectIntact(dirs);
  expect(again.stderr).not.toMatch(/no longer in the program/);

  fs.writeFileSync(file, catalogue(["amt-a", "amt-s"]));
  const removed = await cli("synth", "--fleet", file, "--jobs", "2", "--out", out);
  expect(removed.code).toBe(0);
  expectIntact(dirs);
  expect(removed.stderr.split("\n").filter((l) => l.includes("no longer in the program"))).toEqual(
    ["amt-b-addons", "amt-b-platform"].map(
      (stack) =>
        `[stackwerk] stack ${stack} is no longer in the program; destroy it with \`stackwerk destroy --stacks ${stack}\` (uses the configuration left in ${path.relative(process.cwd(), path.join(out, "stacks", stack))}), then delete the folder. Kept: terraform.tfstate, terraform.tfstate.backup, .terraform, .terraform.lock.hcl`,
    ),
  );
});
