/**
 * The ONE table of pinned Pulumi tool versions (like tools/toolchain/pins.ts for OpenTofu): the
 * Pulumi CLI (engine) and the Kubernetes resource provider plugin, built from Go modules the module
 * proxy serves. The cache key is derived from this table, so a bump builds into a new folder.
 * See docs/adr/0140-pulumi-real-engine.md.
 */
import type { GoModuleSpec } from "../go-module";

/** One Pulumi tool: the Go module it is built from and what it is called. */
export interface PulumiPin extends GoModuleSpec {
  /** Release version the build corresponds to (semver without `v`). */
  readonly upstream: string;
  /** Why this pin is what it is. */
  readonly note: string;
}

/** The Pulumi CLI: `pulumi` (engine, file backend, passphrase secrets provider). */
export const PULUMI_CLI: PulumiPin = {
  tool: "pulumi",
  module: "github.com/pulumi/pulumi/pkg/v3",
  version: "v3.277.0",
  upstream: "3.277.0",
  commands: [{ pkg: "./cmd/pulumi", binary: "pulumi" }],
  ldflags: "-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v3.277.0",
  // The module's go.mod replaces the SDK with ../sdk (not in the module zip): the same release from the proxy.
  replaceVersions: { "github.com/pulumi/pulumi/sdk/v3": "v3.277.0" },
  note: "newest version the proxy serves (v3.275.0-v3.277.0)",
};

/** The Kubernetes resource provider plugin: `pulumi-resource-kubernetes`. */
export const PULUMI_KUBERNETES: PulumiPin = {
  tool: "pulumi-resource-kubernetes",
  module: "github.com/pulumi/pulumi-kubernetes/provider/v4",
  version: "v4.0.0-20260115033456-f47bc2d6f199",
  upstream: "4.24.0",
  commands: [{ pkg: "./cmd/pulumi-resource-kubernetes", binary: "pulumi-resource-kubernetes" }],
  ldflags: "-s -w -X github.com/pulumi/pulumi-kubernetes/provider/v4/pkg/version.Version=4.24.0",
  note: "only version the proxy serves (a pseudo-version; its go.mod requires the 4.24.0 SDK, released after the commit)",
};

/** Every pin, in build order (the plugin first: a deployment needs both). */
export const PULUMI_PINS: readonly PulumiPin[] = [PULUMI_KUBERNETES, PULUMI_CLI];
