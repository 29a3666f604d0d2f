/**
 * Headless Chromium for the report tests: Debian's `chromium` package, installed with apt-get
 * when missing (the project's own setup; CI machines start without it), driven by
 * playwright-core (no browser download).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import { chromium, Browser } from "playwright-core";

export const CHROMIUM = process.env.STACKWERK_CHROMIUM ?? "/usr/bin/chromium";

/** Installs Debian's chromium when it is missing; throws a message naming the problem when apt cannot. */
export function ensureChromium(): string {
  if (fs.existsSync(CHROMIUM)) return CHROMIUM;
  const apt = ["/usr/bin/apt-get", "/bin/apt-get"].find((p) => fs.existsSync(p));
  if (!apt) throw new Error(`${CHROMIUM} is missing and apt-get is not available: install Debian's chromium package (or set STACKWERK_CHROMIUM)`);
  if (process.getuid?.() !== 0) throw new Error(`${CHROMIUM} is missing; installing it needs root: sudo apt-get install -y chromium`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  process.stderr.write("[stackwerk] installing Debian's chromium for the report tests (apt-get) ...\n");
  try {
    execFileSync(apt, ["-o", "DPkg::Lock::Timeout=300", "update", "-qq"], { env, stdio: ["ignore", "ignore", "pipe"], timeout: 300_000 });
    execFileSync(apt, ["-o", "DPkg::Lock::Timeout=300", "install", "-y", "-qq", "--no-install-recommends", "chromium"], {
      env,
      stdio: ["ignore", "ignore", "pipe"],
      timeout: 600_000,
    });
  } catch (err) {
    const stderr = (err as { stderr?: Buffer }).stderr?.toString() ?? "";
    throw new Error(`apt-get install chromium failed: ${(err as Error).message}\n${stderr}`);
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium, but ${CHROMIUM} does not exist`);
  return CHROMIUM;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}
