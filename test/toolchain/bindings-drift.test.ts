/**
 * Drift: regenerate the STACKIT bindings from the pinned binary's schema into a temp folder and
 * compare with the committed providers/stackit/generated/ byte for byte.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { diffDirs } from "../../tools/bindings/files";
import { generateStackitBindings, readProviderSchema, STACKIT_GENERATED_DIR, STACKIT_RESOURCES } from "../../tools/bindings/stackit";
import { ensureToolchain, Toolchain } from "../../tools/toolchain";

let tc: Toolchain;
beforeAll(async () => {
  tc = await ensureToolchain();
});

test("committed STACKIT bindings match a regeneration from the pinned provider's schema", async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-stackit-drift-"));
  try {
    await generateStackitBindings(tc, tmp);
    const diff = diffDirs(STACKIT_GENERATED_DIR, tmp);
    if (diff.length) {
      throw new Error(
        `providers/stackit/generated drifted from the pinned provider schema; run \`npm run bindings -- stackit\` and commit:\n  ${diff.join("\n  ")}`,
      );
    }
    expect(diff).toEqual([]);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test("every bound STACKIT resource type exists in the pinned provider's schema", async () => {
  const schema = await readProviderSchema(tc, "stackit");
  const have = Object.keys(schema.provider_schemas[tc.providers.stackit.source].resource_schemas ?? {});
  expect(STACKIT_RESOURCES.filter((r) => !have.includes(r))).toEqual([]);
});
