/**
 * Pinned application artifacts for the image builder: a jar from Maven Central (fetched with
 * `mvn dependency:copy`, the ordinary Maven client, as the Keycloak cache does) and a wheel from
 * PyPI (`pip download --require-hashes`), each checked against its pinned sha256 and cached
 * under `${cacheRoot()}/artifacts/{maven,pypi}`. Maven and pip are installed from Debian
 * (`maven`, `python3-pip`) when missing and running as root. A pure-Python wheel is unpacked once into the
 * cache, ready to be copied into an image layer.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildAtomically, cacheRoot, isComplete, progress, run, sha256File } from "../cache";
import { ensureHostPackages } from "./binaries";

/** A Maven artifact (a jar) at an exact version, with the sha256 of the file. */
export interface MavenArtifact {
  readonly groupId: string;
  readonly artifactId: string;
  readonly version: string;
  readonly sha256: string;
}

/** A wheel on PyPI at an exact version, with the sha256 of the wheel file. */
export interface PypiWheel {
  /** Distribution name, e.g. `six`. */
  readonly name: string;
  readonly version: string;
  readonly sha256: string;
}

function checkSha(what: string, file: string, expected: string): void {
  const actual = sha256File(file);
  if (actual !== expected) throw new Error(`${what}: sha256 of ${path.basename(file)} is ${actual}, not the pinned ${expected}`);
}

/** Downloads (once) the jar of `a` into the cache, checks its sha256 and returns its path. */
export async function fetchMavenArtifact(a: MavenArtifact): Promise<string> {
  const coords = `${a.groupId}:${a.artifactId}:${a.version}`;
  const dir = path.join(cacheRoot(), "artifacts", "maven", a.groupId, a.artifactId, a.version);
  const jar = path.join(dir, `${a.artifactId}-${a.version}.jar`);
  if (!isComplete(dir)) {
    await ensureHostPackages({ mvn: "maven" });
    progress(`image builder: mvn dependency:copy ${coords}`);
    await buildAtomically(dir, async (tmp) => {
      const args = ["-B", "-q", "dependency:copy", `-Dartifact=${coords}`, `-DoutputDirectory=${tmp}`];
      const r = await run("mvn", args, { check: false });
      if (r.code !== 0)
        throw new Error(
          `image builder: mvn ${args.join(" ")} failed (is Maven installed and the artifact served?):\n${(r.stdout + r.stderr).trim().slice(-2000)}`,
        );
      checkSha(`maven ${coords}`, path.join(tmp, path.basename(jar)), a.sha256);
    });
  }
  checkSha(`maven ${coords}`, jar, a.sha256);
  return jar;
}

/** Downloads (once) the wheel of `w` with pip (hash-checked by pip and again here) and returns its path. */
export async function fetchPypiWheel(w: PypiWheel): Promise<string> {
  const dir = path.join(cacheRoot(), "artifacts", "pypi", `${w.name}-${w.version}`);
  if (!isComplete(dir)) {
    await ensureHostPackages({ python3: "python3" });
    if ((await run("python3", ["-m", "pip", "--version"], { check: false })).code !== 0) await ensureHostPackages({ pip3: "python3-pip" });
    progress(`image builder: pip download ${w.name}==${w.version}`);
    await buildAtomically(dir, async (tmp) => {
      const req = path.join(tmp, "requirements.txt");
      fs.writeFileSync(req, `${w.name}==${w.version} --hash=sha256:${w.sha256}\n`);
      const pip = (await run("python3", ["-m", "pip", "--version"], { check: false })).code === 0 ? ["python3", "-m", "pip"] : ["pip3"];
      const args = [...pip.slice(1), "download", "--no-deps", "--only-binary=:all:", "--require-hashes", "--disable-pip-version-check", "-d", tmp, "-r", req];
      const r = await run(pip[0], args, { check: false });
      fs.rmSync(req);
      if (r.code !== 0)
        throw new Error(`image builder: ${pip.join(" ")} download ${w.name}==${w.version} failed:\n${(r.stdout + r.stderr).trim().slice(-2000)}`);
      const wheels = fs.readdirSync(tmp).filter((f) => f.endsWith(".whl"));
      if (wheels.length !== 1) throw new Error(`image builder: pip download ${w.name}==${w.version} wrote ${wheels.length} wheels: ${wheels.join(", ")}`);
      checkSha(`pypi ${w.name}==${w.version}`, path.join(tmp, wheels[0]), w.sha256);
    });
  }
  const wheel = fs.readdirSync(dir).find((f) => f.endsWith(".whl"));
  if (!wheel) throw new Error(`image builder: no wheel in ${dir}; delete the folder and build again`);
  checkSha(`pypi ${w.name}==${w.version}`, path.join(dir, wheel), w.sha256);
  return path.join(dir, wheel);
}

/**
 * Unpacks (once) a pure-Python wheel into the cache and returns the folder, whose content goes
 * into `site-packages`/`dist-packages` as is. Wheels with a `<name>.data` folder (scripts,
 * headers, platform files) need an installer and are refused, naming the folder.
 */
export async function unpackWheel(wheel: string): Promise<string> {
  const dir = path.join(path.dirname(wheel), "unpacked");
  if (!isComplete(dir)) {
    await buildAtomically(dir, async (tmp) => {
      // In a subfolder: the folder itself also holds buildAtomically's `.complete` marker (a date).
      const tree = path.join(tmp, "tree");
      await run("python3", ["-m", "zipfile", "-e", wheel, tree]);
      const data = fs.readdirSync(tree).find((f) => f.endsWith(".data"));
      if (data) throw new Error(`image builder: ${path.basename(wheel)} has a ${data} folder; only pure-Python wheels without .data are supported`);
    });
  }
  return path.join(dir, "tree");
}
