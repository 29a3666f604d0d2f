/** `stackwerk conformance --runtime` refuses bad combinations before anything starts, naming the flag and the allowed values. */
import "../../patterns";
import { main } from "../../cli/main";
import { runCliCapturingStderr } from "../support/cli";

const cli = runCliCapturingStderr;

test.each([
  [["conformance", "--runtime", "--runtime-placement", "all"], "--runtime-placement 'all' is not allowed. Allowed: onprem, none"],
  [["conformance", "--runtime-placement", "none"], "--runtime-placement needs --runtime"],
  [
    ["conformance", "--runtime", "--kubeconfig", "/nonexistent"],
    "--runtime starts the embedded cluster with a real node; it cannot be combined with --kubeconfig",
  ],
])("%j is a usage error", async (args, message) => {
  const { code, stderr } = await cli(args);
  expect({ code, text: stderr }).toEqual({ code: 2, text: expect.stringContaining(message) });
});

test("conformance --help documents --runtime and --runtime-placement", async () => {
  const chunks: string[] = [];
  const out = jest.spyOn(process.stdout, "write").mockImplementation((c: string | Uint8Array) => (chunks.push(String(c)), true));
  try {
    await main(["conformance", "--help"]);
  } finally {
    out.mockRestore();
  }
  expect(chunks.join("")).toMatch(/--runtime\s+start the embedded cluster with a real node/);
  expect(chunks.join("")).toMatch(/--runtime-placement onprem\|none/);
});
