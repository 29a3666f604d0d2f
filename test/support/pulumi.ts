/** Test helper: render a pattern through the Pulumi engine under Pulumi's runtime mocks and collect what it registers. */
import * as pulumi from "@pulumi/pulumi";
import { App } from "cdktf";
import type { Construct } from "constructs";
import { PlatformInput } from "../../core/context";
import type { Pattern } from "../../constructs/pattern";
import { PatternComponent, renderPulumi } from "../../engines/pulumi";

/** One resource as the (mock) Pulumi engine saw it. */
export interface Registered {
  type: string;
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  inputs: any;
  /** Provider reference (`<provider urn>::<id>`) the resource was registered with, if any. */
  provider?: string;
}

/** The value every platform input gets in Pulumi config: `<input:name>`. */
export const inputPlaceholder = (name: string): string => `<input:${name}>`;

/** Pulumi serialises a secret input as `{ <secret signature>: ..., value: ... }`. */
const SECRET_SIG = "4dabf18193072939515e22adb298388d";
/** The plain value of a (possibly secret-wrapped) Pulumi input. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const unwrapSecret = (v: any): any => (v && typeof v === "object" && SECRET_SIG in v ? v.value : v);

/** Builds a pattern with `build`, renders it with renderPulumi under mocks, returns every registered resource. */
export async function runPulumi(build: (app: App) => Pattern, root?: () => Construct): Promise<Registered[]> {
  return (await renderUnderMocks(build, root)).registered;
}

/** Like runPulumi, also returning the component (its per-object lifecycle: protect, ordering). */
export async function renderUnderMocks(
  build: (app: App) => Pattern,
  /** The model's root. @default a cdktf App */
  root: () => Construct = () => new App({ outdir: "/tmp/stackwerk-parity-unused" }),
  /** Extra Pulumi config (`stackwerk:<key>` → value) besides the platform inputs. */
  extraConfig: Record<string, string> = {},
): Promise<{ registered: Registered[]; component: PatternComponent }> {
  const { registered, components } = await renderManyUnderMocks((app) => [build(app)], root, extraConfig);
  return { registered, component: components[0] };
}

/** Config every mock run gets: an apply-time kubeconfig (on-prem without a pinned one) and the credentials seed. */
export const MOCK_CONFIG: Readonly<Record<string, string>> = {
  "stackwerk:kubeconfig": "<apply-time kubeconfig>",
  "stackwerk:credentials_seed": "mock-seed-0123456789abcdef-0123456789abcdef",
};

/**
 * Renders several pattern instances of one model (e.g. the members of a shared landing zone)
 * in one Pulumi program under mocks; every platform and add-ons input gets its placeholder.
 */
export async function renderManyUnderMocks(
  build: (app: App) => Pattern[],
  root: () => Construct = () => new App({ outdir: "/tmp/stackwerk-parity-unused" }),
  extraConfig: Record<string, string> = {},
): Promise<{ registered: Registered[]; components: PatternComponent[] }> {
  const registered: Registered[] = [];
  pulumi.runtime.setMocks(
    {
      newResource: (args) => {
        registered.push({ type: args.type, name: args.name, inputs: args.inputs, provider: args.provider });
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
  const patterns = build(root() as App);
  const config: Record<string, string> = { ...MOCK_CONFIG };
  for (const pattern of patterns) {
    for (const layer of [pattern.platformStack, ...pattern.landingZone.layers.map((l) => l.layer)]) {
      for (const input of PlatformInput.all(layer)) config[`stackwerk:${input.inputName}`] = inputPlaceholder(input.inputName);
    }
  }
  Object.assign(config, extraConfig);
  const secretKeys = Object.keys(config).filter((k) => k !== "stackwerk:kubeconfig_path" && k !== "stackwerk:kube_context");
  pulumi.runtime.setAllConfig(config, secretKeys);
  const components = patterns.map((pattern) => renderPulumi(pattern));
  // Wait until every child is registered with the (mock) engine.
  await Promise.all(
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    components.flatMap((component) => [...component.objects.values(), ...(component.zoneAddons?.objects.values() ?? [])].map((r) => (r.urn as any).promise())),
  );
  return { registered, components };
}

/**
 * Canonical form for engine parity: input references of either engine become `<input:name>`;
 * key order irrelevant. Terraform JSON is read as OpenTofu reads it (`$${` and `%%{` are literal
 * `${` and `%{`); Pulumi passes text verbatim.
 */
export function normalise(value: unknown, terraform: boolean): unknown {
  if (typeof value === "string") {
    if (!terraform) return value;
    return value.replace(/\$\$\{|%%\{|\$\{var\.([a-z0-9_]+)\}/g, (match, n?: string) => (n ? inputPlaceholder(n) : match.slice(1)));
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

/** `Kind/namespace/name` of a Kubernetes object. */
export const objectKey = (o: { kind: string; metadata: { namespace?: string; name: string } }): string =>
  `${o.kind}/${o.metadata.namespace ?? ""}/${o.metadata.name}`;
