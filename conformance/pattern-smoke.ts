/**
 * A registered pattern's own level-5 smoke checks, run against the live objects of a cell (used
 * by the cdktf, Pulumi and GitOps cells). Split from cell.ts.
 */
import type { Kube } from "./kube";
import type { CellSpec } from "./sources";
import { registeredPatterns } from "../patterns/registry";
import type { LiveObject, SmokeProbe } from "../core/smoke";
import type { Stage } from "../core/profile";
import type { CheckResult } from "./types";

/** The registered pattern's own level-5 checks (none for an --app cell or a pattern without them). */
export async function patternSmokeChecks(
  spec: Pick<CellSpec, "source" | "pattern" | "target" | "stage">,
  kube: Kube,
  namespaces: readonly string[],
): Promise<CheckResult[]> {
  if (spec.source !== "registry") return [];
  const definition = registeredPatterns().find((p) => p.name === spec.pattern);
  if (!definition?.smoke) return [];
  const probe: SmokeProbe = {
    namespaces,
    list: async (kind, namespace) => (await kube.json(["get", kind, "-n", namespace])).items as LiveObject[],
    get: async (kind, name, namespace) => {
      const r = await kube.kubectl(["get", kind, name, ...(namespace ? ["-n", namespace] : []), "-o", "json", "--ignore-not-found"], { check: false });
      return r.code === 0 && r.stdout.trim() ? (JSON.parse(r.stdout) as LiveObject) : undefined;
    },
  };
  try {
    return await definition.smoke(probe, { instance: `${spec.pattern}-${spec.target}`, target: spec.target, stage: spec.stage as Stage });
  } catch (err) {
    return [{ name: `${spec.pattern} smoke checks`, ok: false, message: `the pattern's checks failed to run: ${(err as Error).message}` }];
  }
}
