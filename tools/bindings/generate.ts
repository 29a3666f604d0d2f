/**
 * `npm run bindings`: regenerates providers/stackit/generated/ and providers/ionos/generated/
 * from the schemas of the pinned provider binaries the toolchain built (ADR 0013).
 *
 *   npm run bindings [-- stackit|ionos]
 */
import { progress } from "../cache";
import { ensureToolchain } from "../toolchain";
import { generateIonosBindings, IONOS_GENERATED_DIR } from "./ionos";
import { generateStackitBindings, STACKIT_GENERATED_DIR } from "./stackit";

const SETS = ["stackit", "ionos"] as const;

export async function generateBindings(which: readonly string[] = SETS): Promise<void> {
  for (const w of which) if (!(SETS as readonly string[]).includes(w)) throw new Error(`unknown binding set ${w}; allowed: ${SETS.join(", ")}`);
  const tc = await ensureToolchain();
  if (which.includes("stackit")) {
    const files = await generateStackitBindings(tc, STACKIT_GENERATED_DIR);
    progress(`bindings: STACKIT: ${files.length} files in ${STACKIT_GENERATED_DIR}`);
  }
  if (which.includes("ionos")) {
    const files = await generateIonosBindings(tc, IONOS_GENERATED_DIR);
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
