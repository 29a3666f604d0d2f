/**
 * Engine parity: for every target the cdktf engine (Terraform JSON) and the Pulumi engine
 * (@pulumi/kubernetes, run under Pulumi's own runtime mocks) produce the same Kubernetes
 * objects: apiVersion, kind, namespace, name and normalised body; Secrets by name and keys.
 */
import { App } from "cdktf";
import "../../patterns";
import { getPattern } from "../../patterns";
import type { Pattern } from "../../constructs/pattern";
import { targets } from "../../providers";
import { manifestsOf, synthApp } from "../support/synth";
import { inputPlaceholder as placeholder, runPulumi, unwrapSecret } from "../support/pulumi";

/**
 * Canonical form: input references of either engine become `<input:name>`; key order
 * irrelevant. Terraform JSON is read as OpenTofu reads it (`$${` and `%%{` are literal `${`
 * and `%{`); Pulumi passes text verbatim.
 */
function normalise(value: unknown, terraform: boolean): unknown {
  if (typeof value === "string") {
    if (!terraform) return value;
    return value.replace(/\$\$\{|%%\{|\$\{var\.([a-z0-9_]+)\}/g, (match, n?: string) => (n ? placeholder(n) : match.slice(1)));
  }
  if (Array.isArray(value)) return value.map((v) => normalise(v, terraform));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, normalise(v, terraform)]),
    );
  }
  return value;
}

const objectKey = (o: { kind: string; metadata: { namespace?: string; name: string } }): string => `${o.kind}/${o.metadata.namespace ?? ""}/${o.metadata.name}`;

describe.each(["onprem", "stackit", "ionos"] as const)("parity on %s", (targetName) => {
  const build = (app: App): Pattern => getPattern("web-app").create(app, "shop", { target: targets[targetName](), stage: "production" });

  test("both engines produce the same Kubernetes objects", async () => {
    const cdktf = synthApp((app) => build(app));
    const platform = cdktf.stacks.find((s) => s.role === "platform")!;
    const tfJson = cdktf.json[platform.name];
    const fromCdktf = new Map(manifestsOf(tfJson).map((o) => [objectKey(o), normalise(o, true)]));
    const tfSecrets = Object.values(tfJson.resource.kubernetes_secret_v1 ?? {}).map((s) => {
      const secret = s as { metadata: { name: string; namespace: string }; data_wo: Record<string, string> };
      return { key: `Secret/${secret.metadata.namespace}/${secret.metadata.name}`, keys: Object.keys(secret.data_wo).sort() };
    });

    const registered = await runPulumi(build);
    const k8sObjects = registered.filter(
      (r) => r.type.startsWith("kubernetes:") && r.type !== "kubernetes:core/v1:Secret" && r.type !== "pulumi:providers:kubernetes",
    );
    const fromPulumi = new Map(k8sObjects.map((r) => [objectKey(r.inputs), normalise(r.inputs, false)]));
    const pulumiSecrets = registered
      .filter((r) => r.type === "kubernetes:core/v1:Secret")
      .map((r) => ({ key: `Secret/${r.inputs.metadata.namespace}/${r.inputs.metadata.name}`, keys: Object.keys(unwrapSecret(r.inputs.stringData)).sort() }));

    expect([...fromPulumi.keys()].sort()).toEqual([...fromCdktf.keys()].sort());
    expect(fromCdktf.size).toBeGreaterThan(10);
    for (const [key, object] of fromCdktf) expect({ key, object: fromPulumi.get(key) }).toEqual({ key, object });
    expect(pulumiSecrets.sort((a, b) => a.key.localeCompare(b.key))).toEqual(tfSecrets.sort((a, b) => a.key.localeCompare(b.key)));
    // The component mirrors the construct tree: one component per instance, every object its child.
    expect(registered.filter((r) => r.type === "stackwerk:pattern:web-app").map((r) => r.name)).toEqual(["shop"]);
  });
});
