/**
 * Engine parity: for every target the cdktf engine (Terraform JSON) and the Pulumi engine
 * (@pulumi/kubernetes, run under Pulumi's own runtime mocks) produce the same Kubernetes
 * objects: apiVersion, kind, namespace, name and normalised body; Secrets by name and keys.
 */
import * as pulumi from "@pulumi/pulumi";
import { App } from "cdktf";
import "../../patterns";
import { getPattern } from "../../patterns";
import { PlatformInput } from "../../constructs/context";
import type { Pattern } from "../../constructs/pattern";
import { renderPulumi } from "../../engines/pulumi";
import { targets } from "../../providers";
import { manifestsOf, synthApp } from "../support/synth";

interface Registered {
  type: string;
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  inputs: any;
}

const placeholder = (name: string): string => `<input:${name}>`;

/** Canonical form: input references of either engine become `<input:name>`; key order irrelevant. */
function normalise(value: unknown): unknown {
  if (typeof value === "string") return value.replace(/\$\{var\.([a-z0-9_]+)\}/g, (_, n: string) => placeholder(n));
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, normalise(v)]),
    );
  }
  return value;
}

/** Pulumi serialises a secret input as `{ <secret signature>: ..., value: ... }`. */
const SECRET_SIG = "4dabf18193072939515e22adb298388d";
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const unwrapSecret = (v: any): any => (v && typeof v === "object" && SECRET_SIG in v ? v.value : v);

const objectKey = (o: { kind: string; metadata: { namespace?: string; name: string } }): string => `${o.kind}/${o.metadata.namespace ?? ""}/${o.metadata.name}`;

async function runPulumi(build: (app: App) => Pattern): Promise<Registered[]> {
  const registered: Registered[] = [];
  pulumi.runtime.setMocks(
    {
      newResource: (args) => {
        registered.push({ type: args.type, name: args.name, inputs: args.inputs });
        // A mock engine computes what a provider would: RandomPassword's `result`.
        const computed = args.type === "random:index/randomPassword:RandomPassword" ? { result: "x".repeat(args.inputs.length) } : {};
        return { id: `${args.name}-id`, state: { ...args.inputs, ...computed } };
      },
      call: (args) => args.inputs,
    },
    "stackwerk",
    "parity",
    false,
  );
  const app = new App({ outdir: "/tmp/stackwerk-parity-unused" });
  const pattern = build(app);
  const config: Record<string, string> = {};
  for (const input of PlatformInput.all(pattern.platformStack)) config[`stackwerk:${input.inputName}`] = placeholder(input.inputName);
  pulumi.runtime.setAllConfig(config, Object.keys(config));
  const component = renderPulumi(pattern);
  // Wait until every child is registered with the (mock) engine.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  await Promise.all([...component.objects.values()].map((r) => (r.urn as any).promise()));
  return registered;
}

describe.each(["onprem", "stackit", "ionos"] as const)("parity on %s", (targetName) => {
  const build = (app: App): Pattern => getPattern("web-app").create(app, "shop", { target: targets[targetName](), stage: "production" });

  test("both engines produce the same Kubernetes objects", async () => {
    const cdktf = synthApp((app) => build(app));
    const platform = cdktf.stacks.find((s) => s.role === "platform")!;
    const tfJson = cdktf.json[platform.name];
    const fromCdktf = new Map(manifestsOf(tfJson).map((o) => [objectKey(o), normalise(o)]));
    const tfSecrets = Object.values(tfJson.resource.kubernetes_secret_v1 ?? {}).map((s) => {
      const secret = s as { metadata: { name: string; namespace: string }; data_wo: Record<string, string> };
      return { key: `Secret/${secret.metadata.namespace}/${secret.metadata.name}`, keys: Object.keys(secret.data_wo).sort() };
    });

    const registered = await runPulumi(build);
    const k8sObjects = registered.filter(
      (r) => r.type.startsWith("kubernetes:") && r.type !== "kubernetes:core/v1:Secret" && r.type !== "pulumi:providers:kubernetes",
    );
    const fromPulumi = new Map(k8sObjects.map((r) => [objectKey(r.inputs), normalise(r.inputs)]));
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
