/**
 * The provider versions every synthesised stack pins: exactly those the Stackwerk toolchain
 * builds and the conformance run tests (tools/toolchain/pins.ts, `upstream`; a test keeps the
 * two tables equal). cdktf's prebuilt bindings would write the versions they were generated for
 * (kubernetes 2.38.0, helm 3.1.1) and `random` without any version, so what users run would
 * differ from what was tested. The library does not import the toolchain (layer rule), hence
 * this copy.
 */

/** Pinned source (`namespace/type`) and exact version per provider type. */
export const PROVIDER_VERSIONS: Readonly<Record<string, { readonly source: string; readonly version: string }>> = {
  kubernetes: { source: "hashicorp/kubernetes", version: "3.2.1" },
  helm: { source: "hashicorp/helm", version: "3.2.0" },
  random: { source: "hashicorp/random", version: "3.9.0" },
  stackit: { source: "stackitcloud/stackit", version: "0.93.0" },
  ionoscloud: { source: "ionos-cloud/ionoscloud", version: "6.7.34" },
};

/** Provider type of a `required_providers` entry: the last segment of its source, else the local name. */
function providerType(localName: string, entry: unknown): string {
  const source = typeof entry === "object" && entry !== null ? (entry as { source?: unknown }).source : undefined;
  return (typeof source === "string" ? source : localName).trim().toLowerCase().split("/").filter(Boolean).pop() ?? localName;
}

/**
 * Rewrites `terraform.required_providers` of a synthesised stack (in place) to the pinned
 * source and exact version of every provider in PROVIDER_VERSIONS; others stay as written.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function pinProviderVersions(tf: any): void {
  const required: Record<string, unknown> | undefined = tf?.terraform?.required_providers;
  if (!required) return;
  for (const [localName, entry] of Object.entries(required)) {
    const pinned = PROVIDER_VERSIONS[providerType(localName, entry)];
    if (pinned) required[localName] = { ...(typeof entry === "object" && entry !== null ? entry : {}), source: pinned.source, version: pinned.version };
  }
}
