/**
 * Drift: regenerate the STACKIT and IONOS bindings from the pinned binaries' schemas into temp
 * folders and compare with the committed providers/<target>/generated/ byte for byte.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { diffDirs } from "../../tools/bindings/files";
import { BindingSpec, readProviderSchema } from "../../tools/bindings/generator";
import { generateIonosBindings, IONOS_BINDING_SPEC } from "../../tools/bindings/ionos";
import { generateStackitBindings, STACKIT_BINDING_SPEC } from "../../tools/bindings/stackit";
import { ensureToolchain, Toolchain } from "../../tools/toolchain";

let tc: Toolchain;
beforeAll(async () => {
  tc = await ensureToolchain();
});

const SETS: Array<[BindingSpec, (tc: Toolchain, dir: string) => Promise<string[]>, string]> = [
  [STACKIT_BINDING_SPEC, generateStackitBindings, "stackit"],
  [IONOS_BINDING_SPEC, generateIonosBindings, "ionos"],
];

describe.each(SETS)("%s", (spec, generate, set) => {
  test(`committed ${spec.displayName} bindings match a regeneration from the pinned provider's schema`, async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `stackwerk-${set}-drift-`));
    try {
      await generate(tc, tmp);
      const diff = diffDirs(spec.targetDir, tmp);
      if (diff.length) {
        throw new Error(
          `${path.relative(process.cwd(), spec.targetDir)} drifted from the pinned provider schema; run \`npm run bindings -- ${set}\` and commit:\n  ${diff.join("\n  ")}`,
        );
      }
      expect(diff).toEqual([]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test(`every bound ${spec.displayName} type exists in the pinned provider's schema`, async () => {
    const schema = await readProviderSchema(tc, spec.provider);
    const provider = schema.provider_schemas[tc.providers[spec.provider].source];
    expect(spec.resources.filter((r) => !(r in (provider.resource_schemas ?? {})))).toEqual([]);
    expect(spec.dataSources.filter((d) => !(d in (provider.data_source_schemas ?? {})))).toEqual([]);
  });
});
