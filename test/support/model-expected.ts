/**
 * The independent expected object set of the engine parity tests (issue 28): taken from the
 * engine-neutral model (the KubeManifest and KubeSecret nodes of an instance's layers, inputs as
 * `<input:name>`), not from any renderer, so a bug the renderers share does not pass. Used by the
 * cdktf/Pulumi parity (test/engines/parity-model.test.ts) and the GitOps parity
 * (test/gitops/parity.test.ts).
 */
import type { IConstruct } from "constructs";
import { substituteInputs } from "../../core/context";
import { KubeManifest } from "../../constructs/kube/manifest";
import { KubeSecret } from "../../constructs/kube/secret";
import { inputPlaceholder, normalise, objectKey } from "./pulumi";

/** Where a Secret value comes from, as the model says. */
export type Source = { kind: "generated"; length: number } | { kind: "input"; input: string } | { kind: "ephemeral" };

/** Expected objects (normalised bodies by `Kind/namespace/name`) and Secret value sources by Secret key. */
export interface Expected {
  objects: Map<string, unknown>;
  secrets: Map<string, Record<string, Source>>;
}

/** The expected objects and secrets of `layers`, from the model's nodes. */
export function expectedFrom(layers: readonly IConstruct[]): Expected {
  const objects = new Map<string, unknown>();
  const secrets = new Map<string, Record<string, Source>>();
  for (const layer of layers) {
    for (const m of KubeManifest.all(layer)) objects.set(objectKey(m.object), normalise(substituteInputs(m.object, inputPlaceholder), false));
    for (const s of KubeSecret.all(layer)) {
      secrets.set(
        `Secret/${s.namespace}/${s.secretName}`,
        Object.fromEntries(
          Object.entries(s.values).map(([k, v]) => [
            k,
            v.kind === "generated" ? { kind: "generated", length: v.length } : v.kind === "input" ? { kind: "input", input: v.input } : { kind: "ephemeral" },
          ]),
        ),
      );
    }
  }
  return { objects, secrets };
}

/** True when a Secret of `e` has a value from an ephemeral (cloud-issued) resource. */
export const hasEphemeral = (e: Expected): boolean => [...e.secrets.values()].some((s) => Object.values(s).some((v) => v.kind === "ephemeral"));
