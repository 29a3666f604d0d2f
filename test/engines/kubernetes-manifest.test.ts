/**
 * The engine's lean kubernetes_manifest writes exactly what the generated binding writes for the
 * same arguments, so replacing the binding (for synth speed) changes no stack.
 */
import { App, TerraformStack, Testing } from "cdktf";
import { Manifest } from "@cdktf/provider-kubernetes/lib/manifest";
import { KubernetesManifest } from "../../engines/cdktf/kubernetes-manifest";

type Json = Record<string, Record<string, Record<string, unknown>>>;

function resources(declare: (stack: TerraformStack) => void): Record<string, unknown> {
  const stack = new TerraformStack(new App({ outdir: Testing.app().outdir }), "s");
  declare(stack);
  const json = JSON.parse(Testing.synth(stack)) as { resource: Json };
  return json.resource.kubernetes_manifest;
}

describe("KubernetesManifest", () => {
  it("writes the same JSON as the generated Manifest binding", () => {
    const viaBinding = resources((s) => {
      const ns = new Manifest(s, "ns", { manifest: {}, fieldManager: { forceConflicts: true } });
      new Manifest(s, "deploy", {
        manifest: {},
        wait: { rollout: true },
        timeouts: { create: "5m", update: "5m" },
        fieldManager: { forceConflicts: true },
        computedFields: ["metadata.labels", "metadata.annotations", "spec.template.metadata.annotations"],
        dependsOn: [ns],
        lifecycle: { preventDestroy: true },
      });
    });
    const lean = resources((s) => {
      const ns = new KubernetesManifest(s, "ns", { forceConflicts: true });
      new KubernetesManifest(s, "deploy", {
        waitForRollout: true,
        timeouts: { create: "5m", update: "5m" },
        forceConflicts: true,
        computedFields: ["metadata.labels", "metadata.annotations", "spec.template.metadata.annotations"],
        dependsOn: [ns],
        lifecycle: { preventDestroy: true },
      });
    });
    expect(Object.keys(lean).sort()).toEqual(["deploy", "ns"]);
    expect(lean).toEqual(viaBinding);
  });

  it("leaves out what is not set", () => {
    const lean = resources((s) => new KubernetesManifest(s, "plain", {}));
    expect(Object.keys(lean.plain as object)).toEqual(["manifest"]);
  });
});
