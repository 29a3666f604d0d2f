/**
 * The on-prem target's kubeconfig, checked at synth (issue 26): a path that does not exist or a
 * context the file does not hold used to surface only at apply. The check runs when the file is
 * meant to be on the synthesising machine (the default: `stackwerk deploy` and Pulumi synthesise
 * and apply on one machine); `kubeconfigCheckedAtSynth: false` skips it for a file that exists
 * only on the machine that applies.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as yaml from "js-yaml";
import { fail } from "../../core/errors";

/** What the on-prem target's props say about the cluster beyond its kubeconfig (part of `OnPremTargetProps`). */
export interface OnPremClusterChecks {
  /**
   * Whether `kubeconfigPath` is on the synthesising machine, so synth checks that it exists and
   * holds `kubeContext` (the contexts it holds are listed otherwise). `false` for a file that
   * exists only on the machine that applies (synth in one place, apply in another).
   * @default true
   */
  readonly kubeconfigCheckedAtSynth?: boolean;
  /**
   * Nodes with NVIDIA GPUs (`nvidia.com/gpu`) in the cluster. An AI stack with `serving: "gpu"`
   * is refused while this is 0: nothing would ever schedule its model server.
   * @default 0 (no GPU node declared)
   * @integer
   * @minimum 0
   * @maximum 10000
   */
  readonly gpuNodes?: number;
}

/** The file a kubeconfig path names on this machine (`~/` is the home folder, as for kubectl). */
export function localKubeconfigFile(kubeconfigPath: string): string {
  return kubeconfigPath === "~" || kubeconfigPath.startsWith("~/") ? path.join(os.homedir(), kubeconfigPath.slice(1)) : path.resolve(kubeconfigPath);
}

/**
 * Fails for `where` when `kubeconfigPath` is not a readable kubeconfig, or when `kubeContext` (or,
 * without it, the file's current context) is not one of its contexts; the message lists them.
 */
export function checkKubeconfig(where: string, kubeconfigPath: string, kubeContext: string | undefined): void {
  const skip = "or kubeconfigCheckedAtSynth: false when the file exists only on the machine that applies";
  const file = localKubeconfigFile(kubeconfigPath);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile())
    fail(
      where,
      "kubeconfigPath",
      `${JSON.stringify(kubeconfigPath)} does not exist on this machine. Allowed: the path of an existing kubeconfig file, ${skip}`,
    );
  let doc: unknown;
  try {
    doc = yaml.load(fs.readFileSync(file, "utf8"), { schema: yaml.CORE_SCHEMA });
  } catch (err) {
    fail(
      where,
      "kubeconfigPath",
      `${JSON.stringify(kubeconfigPath)} cannot be read as a kubeconfig (${(err as Error).message.split("\n")[0]}). Allowed: a kubeconfig YAML file`,
    );
  }
  const d = (typeof doc === "object" && doc !== null ? doc : {}) as { contexts?: unknown; "current-context"?: unknown };
  const contexts = Array.isArray(d.contexts)
    ? d.contexts
        .map((c) => (typeof c === "object" && c !== null ? (c as { name?: unknown }).name : undefined))
        .filter((n): n is string => typeof n === "string")
    : [];
  if (contexts.length === 0)
    fail(where, "kubeconfigPath", `${JSON.stringify(kubeconfigPath)} holds no contexts. Allowed: a kubeconfig with at least one context`);
  if (kubeContext !== undefined && !contexts.includes(kubeContext))
    fail(where, "kubeContext", `${JSON.stringify(kubeContext)} is not a context of ${kubeconfigPath}. Allowed: ${contexts.join(", ")}`);
  const current = d["current-context"];
  if (kubeContext === undefined && (typeof current !== "string" || !contexts.includes(current)))
    fail(
      where,
      "kubeContext",
      `is required: ${kubeconfigPath} has ${typeof current === "string" && current ? `current-context ${JSON.stringify(current)}, which is not one of its contexts` : "no current-context"}. Allowed: ${contexts.join(", ")}`,
    );
}
