/**
 * The ONE table of pinned toolchain versions. A bump is a one-line change to a row
 * (module `version` and the `upstream` semver it corresponds to); the cache key is
 * derived from this table, so a bump builds into a new cache folder.
 *
 * - `version`: exact Go module version fetched from the Go module proxy (tag or pseudo-version), or
 *   the release tag of a `sourceArchive` pin.
 * - `upstream`: the release version the module version corresponds to (CHANGELOG.md top entry
 *   for the pseudo-versions). Must be valid semver: it is the provider version in the mirror
 *   and in the rewritten `required_providers`.
 * - `source`: provider source address `namespace/type` (host added by the toolchain).
 *
 * See docs/toolchain.md and docs/adr/0001-toolchain-pins-and-pseudo-versions.md.
 */

export type ProviderName = "kubernetes" | "helm" | "random" | "stackit" | "ionoscloud";
export type ToolName = "tofu" | ProviderName;

export interface ToolPin {
  /** Key used in the lock file and `Toolchain.providers`. */
  readonly name: ToolName;
  /** Human name for progress and error messages. */
  readonly tool: string;
  /** Go module path. */
  readonly module: string;
  /** Exact Go module version. */
  readonly version: string;
  /** Upstream release (semver) this module version corresponds to. */
  readonly upstream: string;
  /** Main package inside the module. */
  readonly pkg: string;
  /** `-X` linker flag that stamps the version into the binary (`%s` = upstream), if any. */
  readonly versionFlag?: string;
  /** Provider source `namespace/type` (providers only). */
  readonly source?: string;
  /** Why this pin is what it is (shown in docs/status). */
  readonly note?: string;
  /**
   * Build from a release source archive (with its `vendor/` folder) instead of the Go module
   * proxy: for tools the proxy does not serve. See ./source-archive.ts and ADR 0013.
   */
  readonly sourceArchive?: SourceArchivePin;
}

/** A release source archive: what to fetch, from where, and what its unpacked tree must hash to. */
export interface SourceArchivePin {
  /** File name of the archive, e.g. `terraform-provider-ionoscloud-6.7.34.tar.gz` (looked up in source mirrors). */
  readonly file: string;
  /** The single top-level folder of the archive (`git archive --prefix=<prefix>/`). */
  readonly prefix: string;
  /** Upstream URL of the release source archive, for machines with internet access. */
  readonly url: string;
  /** Upstream git commit of the tag (provenance; recorded in the lock file). */
  readonly commit: string;
  /**
   * Hash of the unpacked tree, Go's `dirhash.Hash1` over `<prefix>/<path>` of every file: the
   * same for the upstream archive and a mirror's copy even when their compression differs.
   */
  readonly treeHash: string;
  /** sha256 of the archive file as mirrored (informational; recorded in the lock file, not enforced). */
  readonly sha256?: string;
}

// prettier-ignore
export const PINS: readonly ToolPin[] = [
  { name: "tofu",       tool: "OpenTofu",                        module: "github.com/opentofu/opentofu",                               version: "v1.12.6",                             upstream: "1.12.6", pkg: "./cmd/tofu", versionFlag: "github.com/opentofu/opentofu/version.dev=no" },
  { name: "stackit",    tool: "terraform-provider-stackit",      module: "github.com/stackitcloud/terraform-provider-stackit",         version: "v0.93.0",                             upstream: "0.93.0", pkg: ".", versionFlag: "main.version=%s", source: "stackitcloud/stackit",     note: "newest tag the proxy serves (v0.94.0, v0.95.0 refused)" },
  { name: "kubernetes", tool: "terraform-provider-kubernetes",   module: "github.com/hashicorp/terraform-provider-kubernetes",         version: "v1.13.4-0.20260821094251-3a33fb6cc605", upstream: "3.2.1",  pkg: ".", versionFlag: "main.Version=%s", source: "hashicorp/kubernetes",     note: "only version the proxy serves; @cdktf/provider-kubernetes 12.1.1 was generated for 2.38.0 (ADR 0001)" },
  { name: "helm",       tool: "terraform-provider-helm",         module: "github.com/hashicorp/terraform-provider-helm",               version: "v1.3.3-0.20260629194918-a4f1c1d8b008", upstream: "3.2.0",  pkg: ".", versionFlag: "main.Version=%s", source: "hashicorp/helm",           note: "only version the proxy serves; @cdktf/provider-helm 12.1.2 was generated for 3.1.1 (ADR 0001)" },
  { name: "random",     tool: "terraform-provider-random",       module: "github.com/hashicorp/terraform-provider-random",             version: "v1.3.2-0.20260824155315-e1092b0cfc07", upstream: "3.9.0",  pkg: ".", source: "hashicorp/random",         note: "only version the proxy serves (CHANGELOG top: 3.9.0); ephemeral random_password feeds write-only Secret data" },
  { name: "ionoscloud", tool: "terraform-provider-ionoscloud",   module: "github.com/ionos-cloud/terraform-provider-ionoscloud/v6",    version: "v6.7.34",                             upstream: "6.7.34", pkg: ".", versionFlag: "github.com/ionos-cloud/terraform-provider-ionoscloud/v6/ionoscloud.Version=%s", source: "ionos-cloud/ionoscloud", note: "not served by the Go module proxy: built from the release source archive with its vendor/ folder (ADR 0013)",
    sourceArchive: { file: "terraform-provider-ionoscloud-6.7.34.tar.gz", prefix: "terraform-provider-ionoscloud-6.7.34", url: "https://github.com/ionos-cloud/terraform-provider-ionoscloud/archive/refs/tags/v6.7.34.tar.gz", commit: "62ea59adb66f3c0a5ef1698cca35967f8b0a9ed1", treeHash: "h1:S2PzxO/7S4BJ92oyoh8sOMgfVYw8FqB1kNg7KvM2TCg=", sha256: "2d74caa16ba38d069678cadcd3d791073d576d1c852340a1f9f4be1583448684" } },
];

/** The pin of one tool. */
export function pin(name: ToolName): ToolPin {
  const found = PINS.find((p) => p.name === name);
  if (!found) throw new Error(`no pin for ${name}`);
  return found;
}

/** Provider pins only, in table order. */
export const PROVIDER_PINS: readonly ToolPin[] = PINS.filter((p) => p.source !== undefined);

/**
 * Registry host the mirror publishes under (what OpenTofu expands `ns/type` to). Providers are
 * also published under `registry.terraform.io` so configs that spell that host resolve offline
 * too (ADR 0002).
 */
export const MIRROR_HOST = "registry.opentofu.org";
export const ALIAS_HOSTS: readonly string[] = ["registry.terraform.io"];

/** Platform of the binaries Go builds here, in OpenTofu's `os_arch` spelling (e.g. `linux_amd64`). */
export function hostPlatform(): string {
  const arch: Record<string, string> = { x64: "amd64", arm64: "arm64", ia32: "386", arm: "arm" };
  return `${process.platform}_${arch[process.arch] ?? process.arch}`;
}
