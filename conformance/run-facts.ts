/**
 * Facts a conformance report records about its run (split from runner.ts): the run id, the
 * checkout's commit, the package version and the toolchain's tools.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { readLock, Toolchain } from "../tools/toolchain";
import type { ToolVersion } from "./types";

/** A run id from a date: ISO without fractions, colons as dashes (a folder name). */
export function timestamp(d: Date): string {
  return d
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-");
}

/** The checkout's commit and whether tracked files changed, when it is a git work tree. */
export function gitInfo(): { commit?: string; dirty?: boolean } {
  const root = path.resolve(__dirname, "..");
  try {
    const commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
    const dirty =
      execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: root, stdio: ["ignore", "pipe", "ignore"] })
        .toString()
        .trim() !== "";
    return { commit, dirty };
  } catch {
    return {};
  }
}

/** The package's version from package.json (source tree or built tree). */
export function packageVersion(): string {
  for (const p of [path.resolve(__dirname, "../package.json"), path.resolve(__dirname, "../../package.json")]) {
    try {
      return (JSON.parse(fs.readFileSync(p, "utf8")) as { version: string }).version;
    } catch {
      /* next */
    }
  }
  return "unknown";
}

/** The toolchain lock's tools, as the report lists them. */
export function toolVersions(tc: Toolchain): { mode: string; key: string; tools: ToolVersion[] } {
  const lock = readLock(tc);
  return {
    mode: lock.mode,
    key: lock.key,
    tools: lock.tools.map((t) => ({
      name: t.name,
      tool: t.tool,
      version: t.version,
      moduleVersion: t.moduleVersion,
      available: t.available,
      ...(t.reason ? { reason: t.reason } : {}),
      ...(t.sha256 ? { sha256: t.sha256 } : {}),
    })),
  };
}
