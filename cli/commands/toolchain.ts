/** `stackwerk toolchain`: builds (or reports) the offline OpenTofu + provider toolchain. */
import * as fs from "node:fs";
import * as path from "node:path";
import { CliCommand, CliUsageError, parseFlags } from "../command";
import { ensureToolchain, readLock, Toolchain, toolchainDir, verifyLock } from "../../tools/toolchain";
import { PINS } from "../../tools/toolchain/pins";

function mib(bytes: number | undefined): string {
  return bytes === undefined ? "-" : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function statusText(tc: Toolchain, verified: ReturnType<typeof verifyLock> | undefined): string {
  const lock = readLock(tc);
  const lines = [
    `toolchain   ${tc.root} (${tc.mode})`,
    `tofu        ${tc.tofu}`,
    `cli config  ${tc.cliConfigFile}`,
    `mirror      ${tc.mirrorDir || "(registry)"}`,
    `lock file   ${tc.lockFile}`,
    "",
  ];
  const rows = lock.tools.map((t) => [
    t.name,
    t.version,
    t.moduleVersion,
    t.available ? "ok" : "UNAVAILABLE",
    mib(t.size),
    t.sha256 ? t.sha256.slice(0, 16) : "-",
    t.buildSeconds !== undefined ? `${t.buildSeconds}s` : "-",
  ]);
  const head = ["tool", "version", "module version", "state", "size", "sha256", "build"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const r of [head, ...rows])
    lines.push(
      r
        .map((c, i) => c.padEnd(widths[i]))
        .join("  ")
        .trimEnd(),
    );
  for (const t of lock.tools) if (!t.available) lines.push("", `${t.name}: ${t.reason}`);
  for (const t of lock.tools) {
    if (t.archive)
      lines.push("", `${t.name}: built from source archive ${t.archive.file} (${t.archive.origin}; tree ${t.archive.treeHash}; commit ${t.archive.commit})`);
  }
  if (verified)
    lines.push(
      "",
      verified.length === 0 ? "sha256 of every binary matches the lock file" : `LOCK MISMATCH: ${verified.map((v) => `${v.name} (${v.file})`).join(", ")}`,
    );
  return lines.join("\n") + "\n";
}

export const command: CliCommand = {
  name: "toolchain",
  summary: "build (or show) the offline OpenTofu + provider toolchain",
  help: `usage: stackwerk toolchain [--status] [--json] [--retry] [--verify]

Builds OpenTofu and the terraform providers (kubernetes, helm, stackit, ionoscloud) from their
Go modules (ionoscloud: from its release source archive, see STACKWERK_SOURCE_MIRROR) at the
versions pinned in tools/toolchain/pins.ts, into a filesystem provider mirror
in the cache (${path.dirname(toolchainDir())}). Nothing is rebuilt when the cache is complete.

  --status   do not build; print versions, paths, sizes (exit 1 when not built yet)
  --json     print the toolchain (and lock file) as JSON on stdout
  --retry    try again to fetch providers recorded as unavailable
  --verify   recompute the sha256 of every binary and compare with the lock file

Environment: STACKWERK_CACHE (cache root), STACKWERK_TOFU=/path/to/tofu (use an existing
binary), STACKWERK_USE_REGISTRY=1 (build nothing; providers from the public registry).
`,
  async run(args) {
    const { flags, positional } = parseFlags(args, { status: "boolean", json: "boolean", retry: "boolean", verify: "boolean" });
    if (positional.length > 0) throw new CliUsageError(`unexpected argument ${positional[0]}`);
    if (flags.status && process.env.STACKWERK_USE_REGISTRY !== "1") {
      const state = path.join(toolchainDir(), "toolchain.json");
      if (!fs.existsSync(state)) {
        process.stderr.write(`toolchain not built for the current pins (${toolchainDir()}); run \`npm run toolchain\`\n`);
        return 1;
      }
    }
    const started = Date.now();
    const tc: Toolchain = await ensureToolchain({ retryUnavailable: flags.retry === true });
    const seconds = (Date.now() - started) / 1000;
    const verified = flags.verify ? verifyLock(tc) : undefined;
    if (flags.json) {
      process.stdout.write(JSON.stringify({ ...tc, seconds, lock: readLock(tc), pins: PINS, ...(verified ? { verify: verified } : {}) }, null, 2) + "\n");
    } else {
      process.stdout.write(statusText(tc, verified));
      const what = tc.mode === "registry" ? "registry mode: nothing built" : tc.built.length ? `built ${tc.built.join(", ")}` : "everything cached";
      if (!flags.status) process.stdout.write(`\n${what} (${seconds.toFixed(2)}s)\n`);
    }
    return verified && verified.length > 0 ? 1 : 0;
  },
};
