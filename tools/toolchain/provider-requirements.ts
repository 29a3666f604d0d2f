/**
 * Makes a synthesised Terraform JSON stack resolve its providers from the Stackwerk toolchain.
 *
 * The Terraform engine writes `terraform.required_providers` from the binding it was generated with: the
 * prebuilt kubernetes binding writes `{ source: "kubernetes", version: "2.38.0" }`, helm
 * `{ source: "helm", version: "3.1.1" }`, other bindings may spell `registry.terraform.io/ns/type`
 * (which OpenTofu does not treat as `registry.opentofu.org/ns/type`, see opentofu/opentofu#2402).
 * This rewrites every entry to the fully qualified address the toolchain serves and its exact
 * pinned version, so `tofu init` with the mirror-only CLI config finds each provider.
 * See docs/adr/0002-provider-addresses-in-the-mirror.md.
 */
import { ProviderUnavailableError, Toolchain } from ".";
import type { ProviderName } from "./pins";

/** Legacy default namespace: a bare `type` source means `hashicorp/type`. */
const DEFAULT_NAMESPACE = "hashicorp";

interface ParsedSource {
  readonly host?: string;
  readonly namespace: string;
  readonly type: string;
}

function parseSource(source: string): ParsedSource {
  const parts = source.trim().toLowerCase().split("/").filter(Boolean);
  if (parts.length === 1) return { namespace: DEFAULT_NAMESPACE, type: parts[0] };
  if (parts.length === 2) return { namespace: parts[0], type: parts[1] };
  if (parts.length === 3) return { host: parts[0], namespace: parts[1], type: parts[2] };
  throw new Error(`required_providers: cannot parse provider source "${source}" (expected type, namespace/type or host/namespace/type)`);
}

/**
 * Returns a copy of `tfJson` (a synthesised Terraform JSON stack, `cdk.tf.json`) whose
 * `terraform.required_providers` point at the toolchain's provider addresses and pinned
 * versions. Throws when a stack requires a provider the toolchain does not have, and
 * `ProviderUnavailableError` ("blocked: provider ionoscloud not buildable offline ...") when
 * the toolchain knows the provider but could not build it.
 */
/** Rewrites a stack's provider sources and versions to the toolchain's offline mirror (opentofu#2402). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function pinProviderRequirements(tfJson: any, tc: Toolchain): any {
  const out = JSON.parse(JSON.stringify(tfJson ?? {}));
  const required: Record<string, unknown> | undefined = out?.terraform?.required_providers;
  if (!required) return out;
  for (const [localName, entry] of Object.entries(required)) {
    const source = typeof entry === "string" ? localName : ((entry as { source?: string }).source ?? localName);
    const wanted = parseSource(source);
    const match = (Object.keys(tc.providers) as ProviderName[]).find((name) => {
      const have = parseSource(tc.providers[name].source);
      return have.namespace === wanted.namespace && have.type === wanted.type;
    });
    if (!match) {
      const known = (Object.keys(tc.providers) as ProviderName[]).map((n) => tc.providers[n].source).join(", ");
      throw new Error(
        `required_providers.${localName}: provider "${source}" is not part of the Stackwerk toolchain (it has: ${known}). ` +
          "Add it to tools/toolchain/pins.ts or remove it from the stack.",
      );
    }
    const status = tc.providers[match];
    if (!status.available) throw new ProviderUnavailableError(match, status.reason ?? "unknown reason");
    const rewritten = { ...(typeof entry === "object" && entry !== null ? entry : {}), source: status.source, version: status.version };
    required[localName] = rewritten;
  }
  return out;
}
