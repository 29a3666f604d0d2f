/**
 * Starts the cached Keycloak distribution for a test: `kc.sh start --optimized --import-realm`
 * (production mode, as a deployment runs it, pre-built with the dev-file H2 database and plain
 * HTTP enabled), on 127.0.0.1 only, on ports the kernel picks (read back from the log),
 * with a fresh data folder per run (a hard-linked copy of the cached install) and a random
 * bootstrap admin. Waits for `/health/ready`; `stop()` ends the process group and removes the run.
 * The cluster supervisor's watchdog kills Keycloak if the test process dies without stopping it.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { cacheRoot, progress, run } from "../cache";
import { ProcessSupervisor, tail } from "../cluster/processes";
import { ensureKeycloak } from "./dist";
import { KEYCLOAK_VERSION } from "./pins";

/** A realm import file and the environment variables its placeholders need (a RenderedRealm fits). */
export interface RealmImportFile {
  readonly fileName: string;
  readonly json: string;
  readonly secretEnv: readonly { readonly name: string }[];
}

/** What to start Keycloak with. */
export interface KeycloakServerOptions {
  /** Realm files placed in `data/import/`. */
  readonly realms: readonly RealmImportFile[];
  /** Environment of the Keycloak process: a value for every placeholder of every realm. */
  readonly env?: Readonly<Record<string, string>>;
  /** Start-up limit. @default 900000 (15 minutes: a busy 2-core machine) */
  readonly timeoutMs?: number;
}

/** A running Keycloak. */
export interface KeycloakServer {
  /** `http://127.0.0.1:<port>`. */
  readonly baseUrl: string;
  /** Management interface (health), `http://127.0.0.1:<port>`. */
  readonly managementUrl: string;
  /** Bootstrap admin of the master realm. */
  readonly admin: { readonly username: string; readonly password: string };
  /** Keycloak's log. */
  readonly logFile: string;
  /** Milliseconds from spawn to ready. */
  readonly startupMs: number;
  /** Stops Keycloak (SIGTERM, SIGKILL after 30 s) and removes the run folder. */
  stop(): Promise<void>;
}

const LISTENING = /Listening on: http:\/\/127\.0\.0\.1:(\d+)\. Management interface listening on http:\/\/127\.0\.0\.1:(\d+)/;

/** Starts Keycloak with `options.realms` imported; throws (after stopping it) when it does not become ready. */
export async function startKeycloak(options: KeycloakServerOptions): Promise<KeycloakServer> {
  const env = options.env ?? {};
  for (const realm of options.realms) {
    const missing = realm.secretEnv.filter((e) => !env[e.name]);
    // Keycloak leaves an unresolved ${NAME} in place: the placeholder text would become the secret.
    if (missing.length) throw new Error(`${realm.fileName} needs ${missing.map((e) => e.name).join(", ")} in options.env`);
  }
  const home = await ensureKeycloak();
  const runsDir = path.join(cacheRoot(), "keycloak", "runs");
  fs.mkdirSync(runsDir, { recursive: true });
  const runDir = fs.mkdtempSync(path.join(runsDir, "run-"));
  const kcDir = path.join(runDir, "keycloak");
  // Hard links: instant and small; Keycloak writes only to data/ (fresh here) once augmented.
  await run("cp", ["-al", home, kcDir]).catch(() => run("cp", ["-a", home, kcDir]));
  fs.rmSync(path.join(kcDir, "data"), { recursive: true, force: true });
  fs.mkdirSync(path.join(kcDir, "data", "import"), { recursive: true });
  for (const realm of options.realms) fs.writeFileSync(path.join(kcDir, "data", "import", realm.fileName), realm.json, { mode: 0o600 });

  const admin = { username: "stackwerk-admin", password: crypto.randomBytes(18).toString("base64url") };
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("KC_") && !k.startsWith("STACKWERK_REALM_")));
  const supervisor = new ProcessSupervisor(runDir, runDir);
  const args = [
    "start",
    "--optimized",
    "--import-realm",
    "--http-enabled=true",
    "--hostname-strict=false",
    "--http-host=127.0.0.1",
    "--http-port=0",
    "--http-management-port=0",
  ];
  const started = Date.now();
  progress(`keycloak ${KEYCLOAK_VERSION}: starting (${options.realms.map((r) => r.fileName).join(", ")}) in ${runDir}`);
  const proc = supervisor.start("keycloak", path.join(kcDir, "bin", "kc.sh"), args, {
    ...inherited,
    ...env,
    KC_BOOTSTRAP_ADMIN_USERNAME: admin.username,
    KC_BOOTSTRAP_ADMIN_PASSWORD: admin.password,
  });
  const stop = async (): Promise<void> => {
    await supervisor.stopAll(30000);
    fs.rmSync(runDir, { recursive: true, force: true });
  };
  try {
    const deadline = started + (options.timeoutMs ?? 900000);
    let ports: RegExpExecArray | null = null;
    for (;;) {
      if (proc.exit !== undefined) throw new Error(`keycloak exited (${proc.exit}) before it was ready`);
      if (Date.now() > deadline) throw new Error(`keycloak was not ready within ${(options.timeoutMs ?? 900000) / 1000} s`);
      ports ??= LISTENING.exec(fs.readFileSync(proc.logFile, "utf8"));
      if (ports && (await ready(`http://127.0.0.1:${ports[2]}`))) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    const startupMs = Date.now() - started;
    progress(`keycloak ${KEYCLOAK_VERSION}: ready after ${Math.round(startupMs / 1000)} s on http://127.0.0.1:${ports[1]}`);
    return { baseUrl: `http://127.0.0.1:${ports[1]}`, managementUrl: `http://127.0.0.1:${ports[2]}`, admin, logFile: proc.logFile, startupMs, stop };
  } catch (err) {
    const log = tail(proc.logFile, 40);
    await stop();
    throw new Error(`${(err as Error).message}\n--- keycloak log (last 40 lines) ---\n${log}`);
  }
}

async function ready(managementUrl: string): Promise<boolean> {
  try {
    const res = await fetch(`${managementUrl}/health/ready`, { signal: AbortSignal.timeout(5000) });
    return res.status === 200;
  } catch {
    return false;
  }
}
