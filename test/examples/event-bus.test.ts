/**
 * Every program in examples/event-bus runs as a newcomer would run it (`npx tsx <file>`), and
 * every stack it writes passes `tofu validate` with the real providers (all three targets,
 * IONOS infra included: ionoscloud is built from its release source archive).
 */
import * as path from "node:path";
import { ensureToolchain, Toolchain } from "../../tools/toolchain";
import { examplePrograms, onePerRole, runExample, validateStacks } from "../support/examples";

jest.setTimeout(600_000);

let tc: Toolchain;
beforeAll(async () => {
  tc = await ensureToolchain();
});

const { dir: EXAMPLES, programs } = examplePrograms("event-bus");

test("the example folder has one program per target", () => {
  expect(programs.sort()).toEqual(["ionos.ts", "onprem.ts", "stackit.ts"]);
});

test.each(programs)("%s synthesises and validates", async (program) => {
  const { outdir, stacks } = await runExample(path.join(EXAMPLES, program));
  expect(stacks.length).toBeGreaterThanOrEqual(1);
  // Validate one instance per role (multi-tenant repeats the same stack shape).
  const sample = onePerRole(stacks);
  await validateStacks(tc, outdir, sample);
});
