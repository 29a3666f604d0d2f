/** Test helper: runs the stackwerk CLI in-process, capturing what it writes. */
import { main } from "../../cli/main";

/** Runs `stackwerk <args>` in this process; returns the exit code and stderr (stdout is discarded). */
export async function runCliCapturingStderr(args: string[]): Promise<{ code: number; stderr: string }> {
  const chunks: string[] = [];
  const err = jest.spyOn(process.stderr, "write").mockImplementation((c: string | Uint8Array) => (chunks.push(String(c)), true));
  const out = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    return { code: await main(args), stderr: chunks.join("") };
  } finally {
    err.mockRestore();
    out.mockRestore();
  }
}
