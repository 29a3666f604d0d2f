/**
 * The toolchain's types (tools/toolchain/index.ts builds it): a ready toolchain, its providers,
 * the lock file's entries, and the error a stack gets when it needs a provider that could not be built.
 */
import type { ProviderName } from "./pins";
import type { ArchiveRecord } from "./source-archive";

/** What the toolchain knows about one provider. */
export interface ProviderStatus {
  /** Fully qualified source address the mirror (or registry) serves, e.g. `registry.opentofu.org/hashicorp/helm`. */
  source: string;
  /** Provider version (semver) in the mirror, e.g. `3.2.0`. */
  version: string;
  /** False when the provider could not be built here; `reason` says why. */
  available: boolean;
  reason?: string;
}

/** A ready toolchain: the tofu binary, its CLI config, the provider mirror and the lock file. */
export interface Toolchain {
  /** Absolute path of the `tofu` (or, with STACKWERK_TOFU, `terraform`) binary. */
  tofu: string;
  /** CLI config file to pass as TF_CLI_CONFIG_FILE. */
  cliConfigFile: string;
  /** Filesystem provider mirror ("" in registry mode). */
  mirrorDir: string;
  /** JSON lock file with sha256 and size of every binary. */
  lockFile: string;
  providers: Record<ProviderName, ProviderStatus>;
  /** Cache folder of this toolchain (keyed by the pins). */
  root: string;
  /** `mirror`: built from Go modules, offline. `registry`: STACKWERK_USE_REGISTRY=1. */
  mode: "mirror" | "registry";
  /** Tools built by this call (empty when everything came from the cache). */
  built: string[];
}

/** Options of `ensureToolchain`. */
export interface EnsureToolchainOptions {
  /** Try again to fetch providers recorded as unavailable (e.g. after the proxy started serving them). */
  readonly retryUnavailable?: boolean;
}

/** One entry of the lock file. */
export interface LockEntry {
  readonly name: string;
  readonly tool: string;
  readonly module: string;
  readonly moduleVersion: string;
  readonly version: string;
  readonly source?: string;
  readonly available: boolean;
  readonly reason?: string;
  /** Path relative to the toolchain root. */
  readonly path?: string;
  readonly sha256?: string;
  readonly size?: number;
  readonly buildSeconds?: number;
  /** Tools built from a release source archive: where it came from and what it hashed to. */
  readonly archive?: ArchiveRecord;
}

/** The lock file: every tool's version and binary digest, per platform. */
export interface ToolchainLock {
  readonly schema: 1;
  readonly key: string;
  readonly platform: string;
  readonly go?: string;
  readonly mode: "mirror" | "registry";
  readonly tools: LockEntry[];
}

/** Thrown when a stack needs a provider the toolchain could not build. */
export class ProviderUnavailableError extends Error {
  constructor(
    readonly provider: string,
    readonly reason: string,
  ) {
    super(`blocked: provider ${provider} not buildable offline (${shortReason(reason)}): ${reason}`);
    this.name = "ProviderUnavailableError";
  }
}

function shortReason(reason: string): string {
  const code = /\b(403|404|410)\b/.exec(reason);
  return code ? `module proxy ${code[1]}` : "build failed";
}
