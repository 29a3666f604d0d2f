/**
 * The searchEngine capability where a target has none (IONOS, on-prem): the `stackwerk list`
 * line says why, and a request fails at synth naming the target and its alternative.
 */
import { fail } from "../../core/errors";
import type { DeploymentContext } from "../../core/context";
import type { CapabilityInfo, ISearchEngine, TargetName } from "../../core/target";

/** The `stackwerk list` line of a target without a search engine (`why`: the reason, in the target's terms). */
export function noSearchEngine(why: string): CapabilityInfo {
  return { capability: "searchEngine", implementation: "unsupported", detail: why };
}

/** Fails at synth: `target` offers no search engine (`why`); vector retrieval is pgvector through postgres there. */
export function refuseSearchEngine(ctx: DeploymentContext, target: TargetName, why: string): ISearchEngine {
  fail(ctx.scope, "searchEngine", `is not offered by target ${target} (${why}). Allowed on ${target}: pgvector through the postgres capability`);
}
