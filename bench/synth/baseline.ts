/**
 * The synth baseline: the Terraform JSON of one pattern instance declared again, tenant by
 * tenant, directly with the provider bindings (no pattern layer, no construct tree of our own).
 * Every block of the template is re-declared; a block the baseline does not know fails loudly,
 * so the baseline can never become cheaper by silently dropping what the pattern writes.
 * `sameJson` proves the baseline writes what the pattern writes.
 */
import { App, LocalBackend, TerraformStack, TerraformVariable } from "cdktf";
import { HelmProvider } from "@cdktf/provider-helm/lib/provider";
import { Manifest } from "@cdktf/provider-kubernetes/lib/manifest";
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { SecretV1 } from "@cdktf/provider-kubernetes/lib/secret-v1";

/** A synthesised cdk.tf.json (or part of it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

const KNOWN_TOP = new Set(["//", "provider", "resource", "terraform", "variable"]);
const KNOWN_RESOURCES = new Set(["kubernetes_manifest", "kubernetes_secret_v1", "random_password"]);
const KNOWN_TERRAFORM = new Set(["backend", "encryption", "required_providers"]);

function requireKnown(what: string, keys: Iterable<string>, known: Set<string>): void {
  for (const k of keys) if (!known.has(k)) throw new Error(`bench baseline: ${what} '${k}' is not re-declared. Allowed: ${[...known].join(", ")}`);
}

/** `tenant0` → `tenant<i>` in every string of `value` (keys included). */
function renamer(i: number): <T>(value: T) => T {
  return <T>(value: T): T => JSON.parse(JSON.stringify(value).replace(/tenant0/g, `tenant${i}`)) as T;
}

/** snake_case keys of a provider block → the binding's camelCase config. */
function camel(block: Json): Json {
  return Object.fromEntries(Object.entries(block).map(([k, v]) => [k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), v]));
}

/** Declares tenant `i`'s copy of `template` (a platform stack) in `app`. */
export function declareTenant(app: App, i: number, template: Json): TerraformStack {
  requireKnown("top-level block", Object.keys(template), KNOWN_TOP);
  requireKnown("resource type", Object.keys(template.resource ?? {}), KNOWN_RESOURCES);
  requireKnown("terraform block", Object.keys(template.terraform ?? {}), KNOWN_TERRAFORM);
  const rename = renamer(i);
  const stack = new TerraformStack(app, `tenant${i}-platform`);
  new LocalBackend(stack, { path: template.terraform.backend.local.path });
  for (const [name, v] of Object.entries(template.variable as Json)) {
    const { validation, ephemeral, ...rest } = v as Json;
    const variable = new TerraformVariable(stack, name, {
      ...rest,
      ...(validation ? { validation: validation.map((x: Json) => ({ condition: x.condition, errorMessage: x.error_message })) } : {}),
    });
    if (ephemeral) variable.addOverride("ephemeral", true);
  }
  const providers = template.provider as Json;
  new KubernetesProvider(stack, "kubernetes", camel(providers.kubernetes[0]));
  new HelmProvider(stack, "helm", { kubernetes: camel(providers.helm[0].kubernetes) });

  const created = new Map<string, Manifest | SecretV1>();
  const dependencies: Array<[Manifest | SecretV1, string[]]> = [];
  for (const [name, r] of Object.entries((template.resource.kubernetes_manifest ?? {}) as Json)) {
    const resource = new Manifest(stack, rename(name), {
      manifest: rename(r.manifest),
      ...(r.wait ? { wait: { rollout: r.wait.rollout } } : {}),
      ...(r.timeouts ? { timeouts: r.timeouts } : {}),
      ...(r.computed_fields ? { computedFields: r.computed_fields } : {}),
      ...(r.field_manager ? { fieldManager: { name: r.field_manager.name, forceConflicts: r.field_manager.force_conflicts } } : {}),
      ...(r.lifecycle ? { lifecycle: { preventDestroy: r.lifecycle.prevent_destroy } } : {}),
    });
    created.set(`kubernetes_manifest.${rename(name)}`, resource);
    if (r.depends_on) dependencies.push([resource, rename(r.depends_on)]);
  }
  for (const [name, r] of Object.entries((template.resource.kubernetes_secret_v1 ?? {}) as Json)) {
    const resource = new SecretV1(stack, rename(name), {
      metadata: rename(r.metadata),
      type: r.type,
      dataWo: rename(r.data_wo),
      dataWoRevision: r.data_wo_revision,
      ...(r.lifecycle ? { lifecycle: { preventDestroy: r.lifecycle.prevent_destroy } } : {}),
    });
    created.set(`kubernetes_secret_v1.${rename(name)}`, resource);
    if (r.depends_on) dependencies.push([resource, rename(r.depends_on)]);
  }
  for (const [resource, on] of dependencies)
    resource.dependsOn = on.map((address) => {
      if (!created.has(address)) throw new Error(`bench baseline: depends_on ${address} is not declared`);
      return address;
    });
  for (const [name, r] of Object.entries((template.resource.random_password ?? {}) as Json)) stack.addOverride(`resource.random_password.${rename(name)}`, r);
  stack.addOverride("terraform.encryption", template.terraform.encryption);
  for (const [name, r] of Object.entries(template.terraform.required_providers as Json)) {
    if (name !== "kubernetes" && name !== "helm") stack.addOverride(`terraform.required_providers.${name}`, r);
  }
  return stack;
}

/** `value` without the synthesised JSON's `//` metadata blocks (construct paths differ by design). */
function withoutMetadata(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutMetadata);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== "//")
        .map(([k, v]) => [k, withoutMetadata(v)]),
    );
  }
  return value;
}

/** The first JSON path where `a` and `b` differ (ignoring `//` metadata), or undefined when equal. */
export function firstDifference(a: unknown, b: unknown, at = "$"): string | undefined {
  const x = withoutMetadata(a);
  const y = withoutMetadata(b);
  if (typeof x !== typeof y || Array.isArray(x) !== Array.isArray(y)) return at;
  if (x && y && typeof x === "object") {
    const keys = new Set([...Object.keys(x), ...Object.keys(y as object)]);
    for (const k of keys) {
      const d = firstDifference((x as Json)[k], (y as Json)[k], `${at}.${k}`);
      if (d) return d;
    }
    return undefined;
  }
  return x === y ? undefined : at;
}
