/**
 * `stackwerk synth` input errors (empty values, prototype names, flag combinations) name the
 * flag and the allowed values; `--fleet` runs end to end through the real CLI with progress.
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { main } from "../../cli/main";
import { registeredPatterns } from "../../patterns/registry";

jest.setTimeout(300_000);
const TSX = path.resolve(__dirname, "../../node_modules/.bin/tsx");
const CLI = path.resolve(__dirname, "../../cli/main.ts");

/** Runs the CLI in-process; returns exit code and what it wrote to stderr. */
async function synth(...args: string[]): Promise<{ code: number; stderr: string }> {
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    return { code: await main(["synth", ...args]), stderr: chunks.join("") };
  } finally {
    spy.mockRestore();
  }
}

const firstLine = (s: string) => s.split("\n")[0];

test.each([
  [
    ["--pattern", "web-app", "--target", "onprem", "--out", ""],
    `stackwerk synth: --out: an empty value is not allowed. Allowed: a folder path (default: cdktf.out)`,
  ],
  [
    ["--pattern", "web-app", "--target", "onprem", "--out", "  "],
    `stackwerk synth: --out: an empty value is not allowed. Allowed: a folder path (default: cdktf.out)`,
  ],
  [["--pattern", "web-app", "--target", "__proto__"], `stackwerk synth: --target: "__proto__" is not allowed. Allowed: ionos, stackit, onprem`],
  [["--pattern", "web-app", "--target", "constructor"], `stackwerk synth: --target: "constructor" is not allowed. Allowed: ionos, stackit, onprem`],
  [["--pattern", "web-app", "--target", ""], `stackwerk synth: --target: an empty value is not allowed. Allowed: ionos, stackit, onprem`],
  [
    ["--pattern", "__proto__", "--target", "onprem"],
    `stackwerk synth: --pattern: "__proto__" is not allowed. Allowed: ${registeredPatterns()
      .map((p) => p.name)
      .join(", ")}`,
  ],
  [
    ["--pattern", "web-app", "--target", "onprem", "--stage", "toString"],
    `stackwerk synth: --stage: "toString" is not allowed. Allowed: test, acceptance, training, production`,
  ],
  [
    ["--pattern", "web-app", "--target", "onprem", "--constructor", "x"],
    `stackwerk synth: unknown option --constructor. Allowed: --pattern, --target, --stage, --out, --fleet, --jobs, --props, --target-props, --engine, --git-url, --age-recipient, --branch`,
  ],
  [
    ["--pattern", "web-app", "--target", "onprem", "--__proto__", "x"],
    `stackwerk synth: unknown option --__proto__. Allowed: --pattern, --target, --stage, --out, --fleet, --jobs, --props, --target-props, --engine, --git-url, --age-recipient, --branch`,
  ],
  [["--fleet", "f.yaml", "--target", "onprem"], `stackwerk synth: --target cannot be combined with --fleet: each catalogue entry sets its own target`],
  [["--fleet", ""], `stackwerk synth: --fleet: an empty value is not allowed. Allowed: a catalogue file (.yaml, .yml or .json)`],
  [["--fleet", "f.yaml", "--jobs", "0"], `stackwerk synth: --jobs: "0" is not allowed. Allowed: a whole number from 1 to 256`],
  [["--fleet", "f.yaml", "--jobs", "2x"], `stackwerk synth: --jobs: "2x" is not allowed. Allowed: a whole number from 1 to 256`],
  [
    ["--pattern", "web-app", "--target", "onprem", "--jobs", "2"],
    `stackwerk synth: --jobs only applies to --fleet. Allowed: --fleet <file> --jobs <n>, or leave --jobs out`,
  ],
])("synth %j fails with a usage error naming the flag and the allowed values", async (args, message) => {
  const { code, stderr } = await synth(...args);
  expect({ code, line: firstLine(stderr) }).toEqual({ code: 2, line: message });
});

test("an invalid catalogue fails before any worker starts, naming entry, property and allowed values", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fleet-cli-"));
  const file = path.join(dir, "fleet.yaml");
  fs.writeFileSync(file, "tenants:\n  - name: a\n    pattern: web-app\n    target: onprem\n    stage: prod\n");
  const { code, stderr } = await synth("--fleet", file, "--out", path.join(dir, "out"));
  expect(code).toBe(1);
  expect(stderr).toBe(
    `stackwerk synth: ${file}: 1 problem(s) in the fleet catalogue:\n  [tenants[0] (a)] stage: "prod" is not allowed. Allowed: test, acceptance, training, production\n`,
  );
  expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
});

test("stackwerk synth --fleet writes every tenant's stacks and prints progress", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fleet-cli-"));
  const file = path.join(dir, "fleet.yaml");
  const tenants = Array.from({ length: 12 }, (_, i) => `  - name: tenant${i}\n`).join("");
  fs.writeFileSync(file, `defaults:\n  pattern: web-app\n  target: onprem\n  props:\n    image: registry.example.de/shop/web:1.4.2\ntenants:\n${tenants}`);
  const out = path.join(dir, "out");
  const { stdout, stderr } = await promisify(execFile)(TSX, [CLI, "synth", "--fleet", file, "--jobs", "2", "--out", out], { cwd: dir });
  expect(stdout).toBe("out/fleet.json\n");
  const progress = stderr.split("\n").filter((l) => /^\[stackwerk\] fleet \d+\/12 tenants \(\d+%\), \d+\.\d s$/.test(l));
  expect(progress.length).toBeGreaterThanOrEqual(2);
  expect(progress.at(-1)).toMatch(/fleet 12\/12 tenants \(100%\)/);
  expect(stderr).toMatch(
    /\[stackwerk\] fleet: 12\/12 tenant\(s\), 24 stack\(s\) in \d+\.\d s with 2 worker\(s\); peak worker memory \d+ MiB \(all workers \d+ MiB\)/,
  );
  // Each tenant's private zone ships its admission policies in an add-ons stack (ADR 0385).
  expect(fs.readdirSync(path.join(out, "stacks")).sort()).toEqual(
    Array.from({ length: 12 }, (_, i) => [`tenant${i}-addons`, `tenant${i}-platform`])
      .flat()
      .sort(),
  );
});
