/**
 * `npm run bindings`: regenerates providers/stackit/generated/ from the schema of the pinned
 * terraform-provider-stackit binary, and re-vendors providers/ionos/generated/ from the pinned
 * @cdktf/provider-ionoscloud wheel (the ionoscloud binary cannot be built offline, ADR 0003).
 *
 *   npm run bindings [-- stackit|ionos]
 */
import { progress } from "../cache";
import { ensureToolchain } from "../toolchain";
import { IONOS_GENERATED_DIR, vendorIonosBindings } from "./ionos";
import { generateStackitBindings, STACKIT_GENERATED_DIR } from "./stackit";

export async function generateBindings(which: readonly string[] = ["stackit", "ionos"]): Promise<void> {
  for (const w of which) if (w !== "stackit" && w !== "ionos") throw new Error(`unknown binding set ${w}; use stackit and/or ionos`);
  if (which.includes("stackit")) {
    const tc = await ensureToolchain();
    const files = await generateStackitBindings(tc, STACKIT_GENERATED_DIR);
    progress(`bindings: STACKIT: ${files.length} files in ${STACKIT_GENERATED_DIR}`);
  }
  if (which.includes("ionos")) {
    const files = await vendorIonosBindings(IONOS_GENERATED_DIR);
    progress(`bindings: IONOS: ${files.length} files in ${IONOS_GENERATED_DIR}`);
  }
}

if (require.main === module) {
  generateBindings(process.argv.slice(2).length ? process.argv.slice(2) : undefined).then(
    () => process.exit(0),
    (err) => {
      process.stderr.write(`bindings: ${(err as Error).message}\n`);
      process.exit(1);
    },
  );
}
