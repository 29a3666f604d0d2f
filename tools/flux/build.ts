/**
 * `npx tsx tools/flux/build.ts`: builds the Flux controllers into the cache (or reports them cached).
 * Run it with `nice -n 10` on a shared machine.
 */
import { ensureFlux } from "./index";

ensureFlux().then(
  (t) => process.stdout.write(`${t.sourceController}\n${t.kustomizeController}\n${t.crds.join("\n")}\n`),
  (err: Error) => {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  },
);
