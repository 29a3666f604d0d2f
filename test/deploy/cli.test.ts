/** `stackwerk plan/deploy/destroy/output` refuse bad input before anything runs, naming the flag and the allowed values. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../cli/main";

async function cli(args: string[], cwd?: string): Promise<{ code: number; stderr: string }> {
  const chunks: string[] = [];
  const err = jest.spyOn(process.stderr, "write").mockImplementation((c: string | Uint8Array) => (chunks.push(String(c)), true));
  const out = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  const before = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    return { code: await main(args), stderr: chunks.join("") };
  } finally {
    process.chdir(before);
    err.mockRestore();
    out.mockRestore();
  }
}

test.each([
  [["plan", "--auto-approve"], "stackwerk plan: --auto-approve only applies to deploy and destroy"],
  [["deploy", "--fleet", "f.yaml"], "stackwerk deploy: --fleet deploys many tenants unattended: pass --auto-approve"],
  [["deploy", "--jobs", "2"], "stackwerk deploy: --jobs only applies to --fleet. Allowed: --fleet <file> --jobs <n>"],
  [["destroy", "--fleet", "f.yaml"], "stackwerk destroy: --fleet destroys many tenants unattended: pass --auto-approve"],
  [["plan", "--fleet", "f.yaml"], "stackwerk plan: --fleet and --jobs only apply to deploy and destroy"],
  [["deploy", "--fleet", "f.yaml", "--auto-approve", "--stacks", "a*"], "stackwerk deploy: --stacks cannot be combined with --fleet"],
  [["deploy", "--parallelism", "0"], 'stackwerk deploy: --parallelism: "0" is not allowed. Allowed: a whole number from 1 to 256'],
  [["output", "--force"], "stackwerk output: unknown option --force. Allowed: --app, --out, --stacks, --auto-approve, --parallelism, --fleet, --jobs"],
])("%j is a usage error", async (args, message) => {
  const { code, stderr } = await cli(args);
  expect({ code, line: stderr.split("\n")[0] }).toEqual({ code: 2, line: expect.stringContaining(message) });
});

test("without cdktf.json or --app the command says what to give", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "no-program-"));
  const { code, stderr } = await cli(["plan"], dir);
  expect(code).toBe(1);
  expect(stderr).toContain(`stackwerk plan: no cdktf.json in ${fs.realpathSync(dir)} and no --app. Allowed: --app "<command that synthesises your program>"`);
});

test("stackwerk --help lists the four commands", async () => {
  const chunks: string[] = [];
  const out = jest.spyOn(process.stdout, "write").mockImplementation((c: string | Uint8Array) => (chunks.push(String(c)), true));
  try {
    expect(await main(["--help"])).toBe(0);
  } finally {
    out.mockRestore();
  }
  for (const name of ["plan", "deploy", "destroy", "output"]) expect(chunks.join("")).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
});
