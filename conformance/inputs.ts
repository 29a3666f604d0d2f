/**
 * Platform-stack inputs at level 4 (and 5/6): the platform stack of a cloud target reads the
 * infra stack's outputs as variables. The conformance run applies it to the embedded cluster,
 * so it supplies stand-ins: `kubeconfig_path` points at the embedded cluster, a kubeconfig
 * input gets the embedded cluster's kubeconfig document, and every other required input a
 * value of the right shape (host names under `.invalid`, ports, CIDRs, URLs). Sensitive
 * values are generated at run time and passed only as `TF_VAR_<name>` in the environment of
 * the tofu process: never written to disk, never put in the report.
 */
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import { wireVariables } from "../deploy/wiring";
import type { StackVariable } from "../deploy/stack-json";

export interface PlatformInputs {
  /** Environment for tofu (`TF_VAR_*`). Held in memory only. */
  readonly env: Record<string, string>;
  /** What was supplied, for the report (sensitive values omitted). */
  readonly standIns: Array<{ name: string; sensitive: boolean; value?: string }>;
}

/** Variables the runner always sets itself. */
const CONNECTION_VARIABLES = new Set(["kubeconfig_path", "kube_context"]);

/** A stand-in value for a non-kubeconfig input, by the shape its name implies. */
export function standInValue(v: StackVariable): string {
  const n = v.name.toLowerCase();
  if (v.type === "number" || /(^|_)port$/.test(n)) return /postgres|pg|sql/.test(n) ? "5432" : "443";
  if (v.type === "bool") return "false";
  if (v.sensitive || /password|secret|token|(^|_)key$/.test(n)) return randomBytes(24).toString("base64url");
  if (/cidr|subnet|range/.test(n)) return "10.250.0.0/24";
  if (/(^|_)ip(_|$)|address$/.test(n)) return "203.0.113.10"; // RFC 5737 documentation address
  if (/url|endpoint|uri/.test(n)) return `https://${n.replace(/_/g, "-")}.stand-in.invalid`;
  if (/host|fqdn|domain|server/.test(n)) return `${n.replace(/_/g, "-")}.stand-in.invalid`;
  if (/region|location/.test(n)) return "stand-in-region";
  if (/user|name|bucket|database|db/.test(n)) return n.replace(/_/g, "-").slice(0, 40);
  return `stand-in-${n.replace(/_/g, "-")}`;
}

/**
 * Inputs for applying a platform stack to the embedded cluster.
 * @param variables the stack's `variable` block
 * @param kubeconfig path of the embedded cluster's admin kubeconfig
 */
export function platformInputs(variables: readonly StackVariable[], kubeconfig: string): PlatformInputs {
  const env: Record<string, string> = { TF_VAR_kubeconfig_path: kubeconfig, TF_VAR_kube_context: "" };
  const standIns: PlatformInputs["standIns"] = [{ name: "kubeconfig_path", sensitive: false, value: kubeconfig }];
  for (const v of variables) {
    if (CONNECTION_VARIABLES.has(v.name) || v.hasDefault) continue;
    let value: string;
    if (/kubeconfig/.test(v.name)) {
      // The embedded cluster stands in for the cloud's Kubernetes cluster.
      value = fs.readFileSync(kubeconfig, "utf8");
    } else {
      value = standInValue(v);
    }
    env[`TF_VAR_${v.name}`] = value;
    standIns.push({ name: v.name, sensitive: v.sensitive, ...(v.sensitive || /kubeconfig/.test(v.name) ? {} : { value }) });
  }
  return { env, standIns };
}

/**
 * Stand-ins for the infra stack's own required variables at level 3 (values an operator
 * would give, e.g. the ingress IP). Sensitive ones are generated and never recorded.
 */
export function infraInputs(variables: readonly StackVariable[]): PlatformInputs {
  const env: Record<string, string> = {};
  const standIns: PlatformInputs["standIns"] = [];
  for (const v of variables) {
    if (v.hasDefault) continue;
    const value = standInValue(v);
    env[`TF_VAR_${v.name}`] = value;
    standIns.push({ name: v.name, sensitive: v.sensitive, ...(v.sensitive ? {} : { value }) });
  }
  return { env, standIns };
}

/** Inputs from the real infra stack's outputs (level 7): the wiring `stackwerk deploy` uses (deploy/wiring.ts). */
export function inputsFromOutputs(variables: readonly StackVariable[], outputs: Record<string, { value: unknown; sensitive: boolean }>): PlatformInputs {
  const upstream = [{ stack: "infra", declared: Object.keys(outputs), values: outputs }];
  const wired = wireVariables(
    variables.filter((v) => !CONNECTION_VARIABLES.has(v.name)),
    upstream,
    {},
  );
  return {
    env: { TF_VAR_kubeconfig_path: "", TF_VAR_kube_context: "", ...wired.env },
    standIns: wired.sources.filter((s) => s.from === "stack").map((s) => ({ name: s.name, sensitive: s.sensitive })),
  };
}
