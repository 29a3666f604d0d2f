/**
 * A throw-away RabbitMQ node for the definitions import test: Debian's Erlang packages installed
 * with apt-get when missing (the project's own setup, as test/conformance/chromium.ts does for
 * Chromium), Debian's rabbitmq-server package downloaded and unpacked into the Stackwerk cache
 * with `dpkg-deb -x` (no maintainer scripts, so no system service is installed or started), and a
 * node started on 127.0.0.1 only, with its own ports, epmd port, cookie and data directory.
 */
import { ChildProcess, execFile, execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { cacheRoot, progress } from "../../../tools/cache";

const run = promisify(execFile);

/** Debian bookworm's package (apt-cache policy rabbitmq-server); a bump unpacks into a new folder. */
export const RABBITMQ_DEB_VERSION = "3.10.8-1.1+deb12u1";
const ERLANG_PACKAGES = [
  "erlang-base",
  "erlang-crypto",
  "erlang-eldap",
  "erlang-inets",
  "erlang-mnesia",
  "erlang-os-mon",
  "erlang-parsetools",
  "erlang-public-key",
  "erlang-runtime-tools",
  "erlang-ssl",
  "erlang-syntax-tools",
  "erlang-tools",
  "erlang-xmerl",
];

function apt(args: string[], cwd?: string): void {
  const aptGet = ["/usr/bin/apt-get", "/bin/apt-get"].find((p) => fs.existsSync(p));
  if (!aptGet) throw new Error("RabbitMQ is not installed and apt-get is not available: install Debian's erlang-base and rabbitmq-server packages");
  if (process.getuid?.() !== 0) throw new Error(`installing Erlang needs root: sudo apt-get install -y ${ERLANG_PACKAGES.join(" ")}`);
  try {
    execFileSync(aptGet, ["-o", "DPkg::Lock::Timeout=300", ...args], {
      cwd,
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      stdio: ["ignore", "ignore", "pipe"],
      timeout: 600_000,
    });
  } catch (err) {
    throw new Error(`apt-get ${args.join(" ")} failed: ${(err as Error).message}\n${(err as { stderr?: Buffer }).stderr?.toString() ?? ""}`);
  }
}

/** The sbin folder of an unpacked RabbitMQ, installing Erlang and unpacking the package when missing. */
export function ensureRabbitmq(): string {
  const home = path.join(cacheRoot(), "rabbitmq", RABBITMQ_DEB_VERSION);
  const sbin = path.join(home, "usr/lib/rabbitmq/lib", `rabbitmq_server-${RABBITMQ_DEB_VERSION.split("-")[0]}`, "sbin");
  const missingErlang = ERLANG_PACKAGES.filter((p) => {
    try {
      return !execFileSync("dpkg-query", ["-W", "-f=${Status}", p], { stdio: ["ignore", "pipe", "ignore"] })
        .toString()
        .includes("install ok installed");
    } catch {
      return true;
    }
  });
  if (missingErlang.length === 0 && fs.existsSync(path.join(sbin, "rabbitmq-server"))) return sbin;
  progress("installing Debian's Erlang and unpacking rabbitmq-server for the event-bus import test (apt-get) ...");
  apt(["update", "-qq"]);
  if (missingErlang.length) apt(["install", "-y", "-qq", "--no-install-recommends", ...missingErlang]);
  if (!fs.existsSync(path.join(sbin, "rabbitmq-server"))) {
    const download = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-rabbitmq-deb-"));
    fs.chmodSync(download, 0o755); // apt's sandbox user writes here
    apt(["download", `rabbitmq-server=${RABBITMQ_DEB_VERSION}`], download);
    const deb = fs.readdirSync(download).find((f) => f.endsWith(".deb"));
    if (!deb) throw new Error(`apt-get download rabbitmq-server=${RABBITMQ_DEB_VERSION} produced no .deb in ${download}`);
    const staging = `${home}.partial-${process.pid}`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging, { recursive: true });
    execFileSync("dpkg-deb", ["-x", path.join(download, deb), staging]);
    fs.rmSync(download, { recursive: true, force: true });
    fs.rmSync(home, { recursive: true, force: true });
    fs.renameSync(staging, home);
  }
  return sbin;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

/** A running node; `ctl` runs rabbitmqctl against it, `stop` ends it and removes its data. */
export interface RabbitNode {
  readonly amqpPort: number;
  ctl(args: string[]): Promise<string>;
  stop(): Promise<void>;
}

/** Options of a test node. */
export interface RabbitOptions {
  /** The node's rabbitmq.conf for its free port. @default a plain AMQP listener on 127.0.0.1 */
  readonly config?: (amqpPort: number) => string;
}

/** Starts a RabbitMQ node bound to 127.0.0.1 with a private epmd port; resolves once it has booted. */
export async function startRabbitmq(sbin: string, timeoutMs = 45_000, options: RabbitOptions = {}): Promise<RabbitNode> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-rabbitmq-"));
  const [amqpPort, distPort, epmdPort] = [await freePort(), await freePort(), await freePort()];
  fs.writeFileSync(path.join(dir, "rabbitmq.conf"), options.config?.(amqpPort) ?? `listeners.tcp.1 = 127.0.0.1:${amqpPort}\nloopback_users = none\n`);
  fs.writeFileSync(path.join(dir, "enabled_plugins"), "[].\n");
  fs.writeFileSync(path.join(dir, "rabbitmq-env.conf"), "");
  fs.writeFileSync(path.join(dir, ".erlang.cookie"), `stackwerk-${process.pid}-${Date.now()}`, { mode: 0o400 });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: dir,
    RABBITMQ_NODENAME: "rabbit@localhost",
    // A custom config names its own listeners (the env would add a plain one).
    ...(options.config ? {} : { RABBITMQ_NODE_IP_ADDRESS: "127.0.0.1", RABBITMQ_NODE_PORT: String(amqpPort) }),
    RABBITMQ_DIST_PORT: String(distPort),
    ERL_EPMD_PORT: String(epmdPort),
    ERL_EPMD_ADDRESS: "127.0.0.1",
    RABBITMQ_CONFIG_FILE: path.join(dir, "rabbitmq.conf"),
    RABBITMQ_ENABLED_PLUGINS_FILE: path.join(dir, "enabled_plugins"),
    RABBITMQ_CONF_ENV_FILE: path.join(dir, "rabbitmq-env.conf"),
    RABBITMQ_MNESIA_BASE: path.join(dir, "mnesia"),
    RABBITMQ_LOG_BASE: path.join(dir, "log"),
    RABBITMQ_PID_FILE: path.join(dir, "rabbit.pid"),
  };
  const server: ChildProcess = spawn(path.join(sbin, "rabbitmq-server"), [], { env, detached: true, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  server.stderr?.on("data", (d) => (stderr += d));
  const ctl = async (args: string[]): Promise<string> => {
    const { stdout } = await run(path.join(sbin, "rabbitmqctl"), ["-n", "rabbit@localhost", ...args], { env, timeout: 30_000 });
    return stdout;
  };
  const stop = async (): Promise<void> => {
    if (server.pid && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      try {
        process.kill(-server.pid, "SIGTERM"); // the node and its helpers share our process group
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-server.pid!, "SIGKILL");
        } catch {
          // already gone
        }
      }, 10_000);
      await exited;
      clearTimeout(timer);
    }
    try {
      // epmd daemonises out of the process group; this one listens on our private port only.
      execFileSync("epmd", ["-kill"], { env, stdio: "ignore", timeout: 10_000 });
    } catch {
      // not running
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  // The node registers with epmd a moment after the VM starts; await_startup fails until then.
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await ctl(["await_startup", "--timeout", "10"]);
      break;
    } catch (err) {
      if (server.exitCode !== null || Date.now() > deadline) {
        await stop();
        throw new Error(`RabbitMQ did not start within ${timeoutMs} ms (exit ${server.exitCode}): ${(err as Error).message}\n${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  return { amqpPort, ctl, stop };
}
