/**
 * cdktf bindings from a real provider binary: `tofu providers schema -json` of the binary the
 * toolchain built, filtered to the types Stackwerk uses, through cdktf's provider generator.
 * One routine for every provider (STACKIT, IONOS); the per-provider files only list types.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { progress } from "../cache";
import { pin, ProviderName, requireProvider, runTofu, Toolchain } from "../toolchain";
import { listFiles } from "./files";

/** The subset of `tofu providers schema -json` output the generator reads. */
export interface ProviderSchemaJson {
  format_version: string;
  provider_versions?: Record<string, string>;
  provider_schemas: Record<
    string,
    {
      provider?: unknown;
      resource_schemas?: Record<string, unknown>;
      data_source_schemas?: Record<string, unknown>;
      [key: string]: unknown;
    }
  >;
}

/**
 * Reads the schema of one provider from the real binary: a throw-away config that requires it,
 * `tofu init` (offline, mirror-only CLI config) and `tofu providers schema -json`.
 */
export async function readProviderSchema(tc: Toolchain, provider: ProviderName): Promise<ProviderSchemaJson> {
  const status = requireProvider(tc, provider);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `stackwerk-schema-${provider}-`));
  try {
    const config = { terraform: { required_providers: { [provider]: { source: status.source, version: status.version } } } };
    fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify(config, null, 2));
    progress(`bindings: tofu init (${status.source} ${status.version}, offline)`);
    const init = await runTofu(tc, dir, ["init", "-backend=false", "-input=false", "-no-color"]);
    if (init.code !== 0) throw new Error(`tofu init for the ${provider} schema failed in ${dir}:\n${init.stderr || init.stdout}`);
    progress(`bindings: tofu providers schema -json (${provider})`);
    const res = await runTofu(tc, dir, ["providers", "schema", "-json"]);
    if (res.code !== 0) throw new Error(`tofu providers schema -json failed:\n${res.stderr}`);
    const schema = JSON.parse(res.stdout) as ProviderSchemaJson;
    if (!schema.provider_schemas?.[status.source]) {
      throw new Error(`schema has no provider ${status.source} (has: ${Object.keys(schema.provider_schemas ?? {}).join(", ")})`);
    }
    return schema;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Names the schema's resource types close to a missing one, for the error message. */
function nearby(missing: string, have: readonly string[]): string {
  const stem = missing.replace(/^[a-z]+_/, "").split("_")[0];
  const hits = have.filter((h) => h.includes(stem)).slice(0, 8);
  return hits.length ? ` (schema has: ${hits.join(", ")})` : "";
}

/**
 * Keeps only the listed resource and data source types of `fqpn`, and re-keys the provider to
 * `generatorKey` (the generator matches `namespace/type` constraints against the
 * `registry.terraform.io` host). Throws naming every listed type the schema does not have.
 */
export function filterSchema(
  schema: ProviderSchemaJson,
  fqpn: string,
  resources: readonly string[],
  dataSources: readonly string[],
  generatorKey: string,
  version: string,
): ProviderSchemaJson {
  const provider = schema.provider_schemas[fqpn];
  if (!provider) throw new Error(`schema has no provider ${fqpn}`);
  const allResources = Object.keys(provider.resource_schemas ?? {});
  const allData = Object.keys(provider.data_source_schemas ?? {});
  const missing = [
    ...resources.filter((r) => !allResources.includes(r)).map((r) => `resource ${r}${nearby(r, allResources)}`),
    ...dataSources.filter((d) => !allData.includes(d)).map((d) => `data source ${d}${nearby(d, allData)}`),
  ];
  if (missing.length) throw new Error(`the pinned provider schema (${fqpn} ${version}) lacks: ${missing.join("; ")}`);
  const pick = (all: Record<string, unknown> | undefined, names: readonly string[]) => Object.fromEntries([...names].sort().map((n) => [n, all![n]]));
  return {
    format_version: schema.format_version,
    provider_versions: { [generatorKey]: version },
    provider_schemas: {
      [generatorKey]: {
        provider: provider.provider,
        resource_schemas: pick(provider.resource_schemas, resources),
        data_source_schemas: pick(provider.data_source_schemas, dataSources),
      },
    },
  };
}

/**
 * Generates TypeScript bindings for the filtered schema into `targetDir` (which is emptied):
 * `index.ts` (namespaces per resource), `lazy-index.ts`, `<resource>/index.ts`, and
 * `schema.json` (the filtered schema the code was generated from, for review and drift checks).
 */
export async function generateFromSchema(
  tc: Toolchain,
  targetDir: string,
  filtered: ProviderSchemaJson,
  constraint: string,
  header: string,
): Promise<string[]> {
  // @cdktf/commons (loaded by the generator) runs `$TERRAFORM_BINARY_NAME version -json` when it
  // is first imported and phones home unless CHECKPOINT_DISABLE is set: point it at the
  // toolchain's tofu (never another terraform on PATH) with the toolchain's CLI config, offline.
  process.env.TERRAFORM_BINARY_NAME = tc.tofu;
  process.env.TF_CLI_CONFIG_FILE = tc.cliConfigFile;
  process.env.CHECKPOINT_DISABLE = "1";
  const { CodeMaker, TerraformProviderConstraint, TerraformProviderGenerator } = await import("@cdktf/provider-generator");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-bindings-"));
  try {
    const code = new CodeMaker();
    const generator = new TerraformProviderGenerator(code, filtered as never);
    // The provider target the generator expects (what `cdktf get` builds from cdktf.json): a
    // provider constraint seen through the getters of @cdktf/commons' ConstructsMakerProviderTarget.
    const c = new TerraformProviderConstraint(constraint);
    const target = { isModule: false, isProvider: true, name: c.name, source: c.source, version: c.version, fqn: c.fqn, namespace: c.namespace, constraint: c };
    generator.generate(target as never);
    await code.save(tmp);
    const name = constraint.split("@")[0].split("/").pop()!;
    const emitted = path.join(tmp, "providers", name);
    for (const file of listFiles(emitted).filter((f) => f.endsWith(".ts"))) {
      const full = path.join(emitted, file);
      fs.writeFileSync(full, addOverrideModifiers(fs.readFileSync(full, "utf8")));
    }
    fs.rmSync(targetDir, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(targetDir), { recursive: true });
    fs.cpSync(emitted, targetDir, { recursive: true });
    fs.writeFileSync(path.join(targetDir, "schema.json"), JSON.stringify(filtered, null, 1) + "\n");
    fs.writeFileSync(path.join(targetDir, "PROVENANCE.md"), header);
    return listFiles(targetDir);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * The generator's output omits `override` on members that override cdktf base classes; the
 * project compiles with `noImplicitOverride`. This adds exactly those modifiers (a fixed,
 * deterministic rewrite of generator patterns, applied in regeneration and drift checks alike).
 */
export function addOverrideModifiers(text: string): string {
  return text
    .replace(/^(\s*)protected (synthesizeAttributes|synthesizeHclAttributes)\(\)/gm, "$1protected override $2()")
    .replace(
      /constructor\(protected terraformResource: cdktf\.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean\)/g,
      "constructor(protected override terraformResource: cdktf.IInterpolatingParent, protected override terraformAttribute: string, protected override wrapsSet: boolean)",
    )
    .replace(/^(\s*)public (get|set) alias\(/gm, "$1public override $2 alias(");
}

/** What to bind of one provider. */
export interface BindingSpec {
  readonly provider: ProviderName;
  /** Human name in the provenance file, e.g. `STACKIT`. */
  readonly displayName: string;
  /** Exact resource type names of the pinned schema. */
  readonly resources: readonly string[];
  /** Exact data source type names of the pinned schema. */
  readonly dataSources: readonly string[];
  /** Folder of the committed bindings. */
  readonly targetDir: string;
}

/**
 * Regenerates the bindings of `spec.provider` from the pinned binary into `targetDir`. `schema`
 * is the binary's schema when the caller already read it (reading runs `tofu init` and `tofu
 * providers schema`).
 */
export async function generateProviderBindings(
  tc: Toolchain,
  spec: BindingSpec,
  targetDir: string = spec.targetDir,
  schema?: ProviderSchemaJson,
): Promise<string[]> {
  const p = pin(spec.provider);
  const status = requireProvider(tc, spec.provider);
  schema ??= await readProviderSchema(tc, spec.provider);
  const generatorKey = `registry.terraform.io/${p.source}`;
  const filtered = filterSchema(schema, status.source, spec.resources, spec.dataSources, generatorKey, p.upstream);
  const origin = p.sourceArchive
    ? `release source archive ${p.sourceArchive.file} (tag ${p.version}, commit ${p.sourceArchive.commit}, tree ${p.sourceArchive.treeHash})`
    : `Go module ${p.module}@${p.version}`;
  const header = [
    `# Provenance of the ${spec.displayName} bindings`,
    "",
    "Generated by `npm run bindings` (tools/bindings/generate.ts). Do not edit by hand.",
    "",
    `- provider: ${status.source} ${p.upstream} (${origin})`,
    "- schema: `tofu providers schema -json` of the binary built by the Stackwerk toolchain",
    `- generator: @cdktf/provider-generator ${generatorVersion()} (constraint \`${p.source}@${p.upstream}\`)`,
    `- resources: ${spec.resources.join(", ")}`,
    `- data sources: ${spec.dataSources.length ? spec.dataSources.join(", ") : "(none)"}`,
    "- `schema.json`: the filtered schema the code was generated from",
    "- post-processing: `override` modifiers added where members override cdktf base classes (tsconfig `noImplicitOverride`), see `addOverrideModifiers`",
    "",
    "test/toolchain/bindings-drift.test.ts regenerates this folder from the pinned binary and fails on any difference.",
    "",
  ].join("\n");
  progress(`bindings: generating ${spec.resources.length} ${spec.displayName} resource types into ${targetDir}`);
  return generateFromSchema(tc, targetDir, filtered, `${p.source}@${p.upstream}`, header);
}

function generatorVersion(): string {
  return (JSON.parse(fs.readFileSync(require.resolve("@cdktf/provider-generator/package.json"), "utf8")) as { version: string }).version;
}
