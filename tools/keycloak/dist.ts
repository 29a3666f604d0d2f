/**
 * Puts the pinned Keycloak distribution into the cache (`<cacheRoot>/keycloak/<version>`):
 * downloaded through Maven (`mvn dependency:copy`, the ordinary client of Maven Central),
 * checked against the pinned sha256, unpacked, and built once (`kc.sh build`, Quarkus augmentation,
 * 1-3 minutes) with the dev-file database and a local cache, so every test start is `start --optimized` without
 * re-augmenting. (`start-dev` cannot be pre-built: Keycloak refuses `build` in development mode,
 * and it would re-augment inside every fresh run folder.)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildAtomically, cacheRoot, isComplete, progress, run, sha256File, ToolBuildError } from "../cache";
import { KEYCLOAK_ARTIFACT, KEYCLOAK_SHA256, KEYCLOAK_VERSION, MIN_JAVA_MAJOR } from "./pins";

/**
 * Build-time options of the test server: the embedded H2 file database, the health endpoints, and
 * a local cache (the production default, a JGroups cluster, would open ports beyond 127.0.0.1).
 */
export const KEYCLOAK_BUILD_OPTIONS: readonly string[] = ["--db=dev-file", "--health-enabled=true", "--cache=local"];

/** The `java` the server runs with: `$JAVA_HOME/bin/java` when set, else `java` on PATH. */
export function javaCommand(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, "bin", "java") : "java";
}

/** The Java feature release of `javaCommand()`, e.g. 17. */
export async function javaMajor(): Promise<number> {
  const { stderr, stdout } = await run(javaCommand(), ["-version"]);
  const match = /version "(\d+)(?:\.(\d+))?/.exec(stderr + stdout);
  if (!match) throw new Error(`cannot read the Java version from: ${(stderr + stdout).trim()}`);
  return match[1] === "1" ? Number(match[2]) : Number(match[1]);
}

/** Folder of the unpacked distribution in the cache. */
export function keycloakHome(): string {
  return path.join(cacheRoot(), "keycloak", KEYCLOAK_VERSION, `keycloak-${KEYCLOAK_VERSION}`);
}

/** Ensures the distribution is in the cache (a fast no-op when it is) and returns its home folder. */
export async function ensureKeycloak(): Promise<string> {
  const major = await javaMajor();
  if (major < MIN_JAVA_MAJOR)
    throw new Error(`Keycloak ${KEYCLOAK_VERSION} needs Java ${MIN_JAVA_MAJOR} or later; ${javaCommand()} is Java ${major}. Set JAVA_HOME to a newer JDK.`);
  const dir = path.dirname(keycloakHome());
  if (isComplete(dir)) return keycloakHome();
  const retry = "delete the folder and run the test again";
  await buildAtomically(dir, async (tmp) => {
    progress(`keycloak ${KEYCLOAK_VERSION}: downloading ${KEYCLOAK_ARTIFACT} through Maven`);
    const mvnArgs = ["-B", "-q", "dependency:copy", `-Dartifact=${KEYCLOAK_ARTIFACT}`, `-DoutputDirectory=${tmp}`];
    await run("mvn", mvnArgs).catch((err: Error) => {
      throw new ToolBuildError("keycloak", KEYCLOAK_VERSION, `mvn ${mvnArgs.join(" ")}`, err.message, retry);
    });
    const archive = path.join(tmp, `keycloak-quarkus-dist-${KEYCLOAK_VERSION}.tar.gz`);
    const actual = sha256File(archive);
    if (actual !== KEYCLOAK_SHA256) {
      throw new ToolBuildError("keycloak", KEYCLOAK_VERSION, `sha256 ${archive}`, `expected ${KEYCLOAK_SHA256}, got ${actual}`, retry);
    }
    progress(`keycloak ${KEYCLOAK_VERSION}: sha256 verified, unpacking`);
    await run("tar", ["-xzf", archive, "-C", tmp]);
    fs.rmSync(archive);
    const home = path.join(tmp, `keycloak-${KEYCLOAK_VERSION}`);
    progress(`keycloak ${KEYCLOAK_VERSION}: kc.sh build ${KEYCLOAK_BUILD_OPTIONS.join(" ")} (Quarkus augmentation, 1-3 minutes)`);
    await run(path.join(home, "bin", "kc.sh"), ["build", ...KEYCLOAK_BUILD_OPTIONS]).catch((err: Error) => {
      throw new ToolBuildError("keycloak", KEYCLOAK_VERSION, `kc.sh build ${KEYCLOAK_BUILD_OPTIONS.join(" ")}`, err.message, retry);
    });
    fs.rmSync(path.join(home, "data"), { recursive: true, force: true });
  });
  progress(`keycloak ${KEYCLOAK_VERSION}: ready in ${dir}`);
  return keycloakHome();
}
