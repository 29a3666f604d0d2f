/**
 * The ONE table of pinned Flux controller versions (like tools/pulumi/pins.ts): source-controller
 * and kustomize-controller, built from the Go modules the module proxy serves. The cache key is
 * derived from this table, so a bump builds into a new folder. See docs/adr/0370-gitops-flux.md.
 */
import type { GoModuleSpec } from "../go-module";

/** One Flux controller: the Go module it is built from and what it is called. */
export interface FluxPin extends GoModuleSpec {
  /** Release version the build corresponds to (semver without `v`). */
  readonly upstream: string;
  /** Why this pin is what it is. */
  readonly note: string;
}

const NOTE =
  "the controllers of the Flux v2.9.5 distribution (flux2 v2.9.5 requires their api modules at v1.9.5). Newer ones do not build from what the module proxy serves: v1.9.6 and v1.10.x need github.com/fluxcd/pkg modules it answers with 403 (artifact v0.18.3, masktoken v0.10.0, spiffe v0.2.0, apis/crypto v0.5.0), and v1.10.x needs Go 1.27";

/** source-controller: fetches Git repositories and serves them as tarball artifacts over HTTP. */
export const FLUX_SOURCE_CONTROLLER: FluxPin = {
  tool: "source-controller",
  module: "github.com/fluxcd/source-controller",
  version: "v1.9.5",
  upstream: "1.9.5",
  commands: [{ pkg: ".", binary: "source-controller" }],
  ldflags: "-s -w",
  // go.mod replaces the api module with ./api (not a module of its own in the zip): the same release.
  // github.com/fluxcd/pkg/artifact v0.18.3 (its requirement) is not served (403); v0.18.0, the same minor, is.
  replaceVersions: { "github.com/fluxcd/source-controller/api": "v1.9.5", "github.com/fluxcd/pkg/artifact": "v0.18.0" },
  note: NOTE,
};

/** kustomize-controller: builds a Kustomization from an artifact, decrypts SOPS, applies server-side, prunes. */
export const FLUX_KUSTOMIZE_CONTROLLER: FluxPin = {
  tool: "kustomize-controller",
  module: "github.com/fluxcd/kustomize-controller",
  version: "v1.9.5",
  upstream: "1.9.5",
  commands: [{ pkg: ".", binary: "kustomize-controller" }],
  ldflags: "-s -w",
  replaceVersions: { "github.com/fluxcd/kustomize-controller/api": "v1.9.5" },
  note: NOTE,
};

/** Every pin, in build order (the source first: a reconciliation needs its artifact). */
export const FLUX_PINS: readonly FluxPin[] = [FLUX_SOURCE_CONTROLLER, FLUX_KUSTOMIZE_CONTROLLER];
