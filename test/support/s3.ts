/**
 * An S3 server for the S3 state-backend test: moto's server mode (moto 5.2.5 from PyPI, in a
 * virtualenv under the cache root, created on first use), on 127.0.0.1 with a free port. It keeps
 * buckets in memory and logs every request, which shows the lock file being written and removed.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import { cacheRoot } from "../../tools/cache";

/** The moto release the test runs (a bump installs into a new folder). */
export const MOTO_VERSION = "5.2.5";

/** A running S3 server. */
export interface S3Server {
  readonly endpoint: string;
  /** Every request line the server logged so far. */
  log(): string;
  stop(): Promise<void>;
}

/** The virtualenv with moto's server, created with pip when missing. */
export function ensureMoto(): string {
  const dir = path.join(cacheRoot(), `moto-${MOTO_VERSION}`);
  const bin = path.join(dir, "bin", "moto_server");
  if (fs.existsSync(bin)) return bin;
  const venv = spawnSync("python3", ["-m", "venv", dir], { encoding: "utf8" });
  if (venv.status !== 0) throw new Error(`python3 -m venv ${dir} failed: ${venv.stderr}`);
  const pip = spawnSync(path.join(dir, "bin", "pip"), ["install", "-q", `moto[server]==${MOTO_VERSION}`], { encoding: "utf8", timeout: 600_000 });
  if (pip.status !== 0 || !fs.existsSync(bin)) throw new Error(`pip install moto[server]==${MOTO_VERSION} failed: ${pip.stderr}`);
  return bin;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Starts moto's S3 server and waits until it answers. */
export async function startS3Server(): Promise<S3Server> {
  const bin = ensureMoto();
  const port = await freePort();
  let output = "";
  const child: ChildProcess = spawn(bin, ["-H", "127.0.0.1", "-p", String(port)], { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const endpoint = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(endpoint);
      break;
    } catch {
      if (i > 100 || child.exitCode !== null) throw new Error(`moto_server did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    endpoint,
    log: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
