/**
 * Application images from pinned artifacts on pinned Debian bases (ADR 0310): jars from Maven
 * Central on a Debian OpenJDK 17 JRE, pure-Python wheels from PyPI on Debian's Python 3.11.
 * Two layers each (base, application), built by `buildImage` (images.ts), so the same inputs
 * give the same digest and builds are cached under the tool cache.
 *
 * The bases are unpacked `.deb`s (no maintainer scripts): the packages whose files the
 * interpreter loads, not Debian's whole `Depends` closure (fonts, X11, CUPS, ... for the JRE).
 */
import { fetchMavenArtifact, fetchPypiWheel, MavenArtifact, PypiWheel, unpackWheel } from "./artifacts";
import { buildImage, BuiltImage, DebianPackage, LayerSpec } from "./images";
import { LIBC, LIBSSL3, LOCAL_REGISTRY } from "./test-images";

const deb = (name: string, version: string, sha256: string): DebianPackage => ({ name, version, sha256 });

/** C runtime shared by the bases and the catalogue stand-ins (defined beside the node images). */
export { LIBC };

/** Debian 12's OpenJDK 17 JRE (headless) and the libraries its JVM loads. */
export const JRE_BASE_DEBS: readonly DebianPackage[] = [
  deb("openjdk-17-jre-headless", "17.0.21.1+2-1~deb12u1", "6bbc6940ce68e1faaefd6bb3495cfe018a96bde54e069697131b9b459b822293"),
  ...LIBC,
  deb("libstdc++6", "12.2.0-14+deb12u1", "5cd3171216d4ab0fc911cfe9c35509bf2dd8f47761c43b7f6a4296701551a24d"),
];

/** Debian 12's Python 3.11 (the `-minimal` interpreter and standard library) and its libraries. */
export const PYTHON_BASE_DEBS: readonly DebianPackage[] = [
  deb("python3-minimal", "3.11.2-1+b1", "30f9618670e686d781afbfc713eb0830c29d2819e9cb2a0488800dad6bb99faa"),
  deb("python3.11-minimal", "3.11.2-6+deb12u9", "b5f855ab922dfcd5d1a3223b2118c3dae13ffc7751b0cd5dc24740386323a33a"),
  deb("libpython3.11-minimal", "3.11.2-6+deb12u9", "69f41cfa3f4ba17284e538f843069d7529c53c207d2ae17a5b02785944870e33"),
  ...LIBC,
  deb("libexpat1", "2.5.0-1+deb12u5", "cae5ded666d8573dd33060bc66fbac21eea8b101a6b56e2af8bd590fcfa65d79"),
  LIBSSL3,
];

/** Java home of the JRE base. */
export const JAVA_HOME = "/usr/lib/jvm/java-17-openjdk-amd64";
/** Folder of the application's jars in a Maven image. */
export const JAR_DIR = "/opt/app";
/** Where wheels are unpacked in a PyPI image (Debian's path for packages not from Debian). */
export const PYTHON_PACKAGES_DIR = "/usr/lib/python3/dist-packages";

const NOBODY = "65534:65534";

function baseLayer(debs: readonly DebianPackage[]): LayerSpec {
  return {
    debs,
    dirs: { "/tmp": 0o1777, "/home/nobody": 0o755 },
    files: [
      { path: "/etc/passwd", content: "root:x:0:0:root:/root:/bin/false\nnobody:x:65534:65534:nobody:/home/nobody:/bin/false\n" },
      { path: "/etc/group", content: "root:x:0:\nnogroup:x:65534:\n" },
    ],
  };
}

/** What to build into a Maven-based image. */
export interface MavenImageOptions {
  /** Image name without registry and tag, e.g. `h2`. */
  readonly name: string;
  readonly tag: string;
  /** Jars on the class path, in order (each `<JAR_DIR>/<artifactId>-<version>.jar`). */
  readonly artifacts: readonly MavenArtifact[];
  /** Main class run by default (`java -cp <jars> <mainClass>`); pods may override `args`. */
  readonly mainClass: string;
  /** Default arguments after the main class. @default none */
  readonly args?: readonly string[];
}

/**
 * Builds (or finds cached) `stackwerk.local/<name>:<tag>`: the JRE base plus the pinned jars
 * (downloaded with Maven, sha256-checked). Entrypoint `java -XX:-UsePerfData -cp <jars>`, the
 * main class as command, user 65534. `build.cacheDir`: images folder. @default `<cache>/images` `-XX:-UsePerfData`: no hsperfdata file in /tmp, so the
 * image runs with a read-only root file system.
 */
export async function buildMavenImage(options: MavenImageOptions, build: { cacheDir?: string } = {}): Promise<BuiltImage> {
  const jars = await Promise.all(
    options.artifacts.map(async (a) => ({ path: `${JAR_DIR}/${a.artifactId}-${a.version}.jar`, source: await fetchMavenArtifact(a), mode: 0o644 })),
  );
  return buildImage(
    {
      name: `${LOCAL_REGISTRY}/${options.name}`,
      tag: options.tag,
      layers: [baseLayer(JRE_BASE_DEBS), { files: jars }],
      config: {
        user: NOBODY,
        env: [`PATH=${JAVA_HOME}/bin:/usr/bin:/bin`, `JAVA_HOME=${JAVA_HOME}`],
        entrypoint: [`${JAVA_HOME}/bin/java`, "-XX:-UsePerfData", "-cp", jars.map((j) => j.path).join(":")],
        cmd: [options.mainClass, ...(options.args ?? [])],
      },
    },
    build,
  );
}

/** What to build into a PyPI-based image. */
export interface PypiImageOptions {
  /** Image name without registry and tag, e.g. `six`. */
  readonly name: string;
  readonly tag: string;
  /** Pure-Python wheels, unpacked into `PYTHON_PACKAGES_DIR`. */
  readonly wheels: readonly PypiWheel[];
  /** Default arguments of `python3`. @default ["-c", "import sys; print(sys.version)"] */
  readonly args?: readonly string[];
}

/**
 * Builds (or finds cached) `stackwerk.local/<name>:<tag>`: the Python base plus the pinned
 * wheels (downloaded with pip `--require-hashes`, unpacked). Entrypoint `/usr/bin/python3`
 * (with `-B`: no bytecode written, so a read-only root file system works), user 65534.
 * `build.cacheDir`: images folder. @default `<cache>/images`
 */
export async function buildPypiImage(options: PypiImageOptions, build: { cacheDir?: string } = {}): Promise<BuiltImage> {
  const trees = [];
  for (const w of options.wheels) trees.push({ path: PYTHON_PACKAGES_DIR, source: await unpackWheel(await fetchPypiWheel(w)) });
  return buildImage(
    {
      name: `${LOCAL_REGISTRY}/${options.name}`,
      tag: options.tag,
      layers: [baseLayer(PYTHON_BASE_DEBS), { trees }],
      config: {
        user: NOBODY,
        env: ["PATH=/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE=1"],
        entrypoint: ["/usr/bin/python3", "-B"],
        cmd: [...(options.args ?? ["-c", "import sys; print(sys.version)"])],
      },
    },
    build,
  );
}
