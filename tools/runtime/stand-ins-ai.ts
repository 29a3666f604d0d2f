/**
 * Stand-ins for the images the AI pattern runs on-prem under `conformance --runtime` (issue 27,
 * ADR 0430). The real node has no GPU, so the runtime run serves the reference instance on CPU
 * (the pattern's `serving: "cpu"`, llama.cpp) with a tiny model made here:
 *
 * - llama.cpp's `llama-server`, built with CMake from the llama.cpp source that PyPI's
 *   llama-cpp-python 0.3.36 sdist vendors (sha256-pinned; CPU only, no OpenMP, no TLS, no web
 *   UI), cached under `<cache>/llamacpp/`. A first build takes ~30 min on 2 busy cores.
 * - `stackwerk-tiny.gguf`: a 3.8 MB random-weight llama model written by
 *   tiny-model/make_tiny_gguf.py with PyPI's gguf 0.19.0 and numpy 2.2.6 (hash-pinned wheels);
 *   the build checks the file's sha256, so a non-reproducible build fails instead of drifting.
 * - The example app (`rag-demo`, a placeholder reference): busybox httpd on 8080, so the runtime
 *   checks can exec in the app's pod with the app's own environment and NetworkPolicies.
 *
 * Envoy (the gateway) and pgvector have no stand-in: conformance/runtime-checks-ai.ts lists them
 * as not run, with why.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { catalogueRef } from "../../core/images/catalogue";
import { buildAtomically, cacheRoot, isComplete, progress, run, sha256File, versionKey, withBuildLock } from "../cache";
import { LIBC } from "./app-images";
import { ensureHostPackages } from "./binaries";
import type { DebianPackage } from "./images";
import { POSTGRES_SERVER_DEBS, shellLayer } from "./pattern-stand-ins";
import { runUntilStopped, type StandInSpec } from "./stand-ins";
import { LOCAL_REGISTRY } from "./test-images";

/**
 * The AI reference instance's CPU model image and file (patterns/ai/register.ts's
 * CPU_REFERENCE_MODEL: tools/ may not import patterns/, a test keeps the two equal).
 */
export const CPU_REFERENCE_MODEL = {
  image: "registry.example.de/stackwerk/llama-server-tiny:1.0.0",
  path: "/models/stackwerk-tiny.gguf",
} as const;

/** The PyPI sdist whose vendored llama.cpp is built (ggml 0.25.3, llama.cpp commit 0c1e570). */
export const LLAMA_CPP_SDIST = {
  name: "llama-cpp-python",
  version: "0.3.36",
  sha256: "832db0699007f1be95a7e41ef12e88926b02ba836461e36a36372db2760c1a2e",
  llamaCppCommit: "0c1e570",
} as const;

/** CMake options: CPU only, portable (no -march=native), static, no OpenMP/TLS/web UI/tests. -O1 halves the compile time; a 3.8 MB model does not need -O3. */
export const LLAMA_SERVER_CMAKE_FLAGS: readonly string[] = [
  "-DCMAKE_BUILD_TYPE=Release",
  "-DCMAKE_C_FLAGS_RELEASE=-O1 -DNDEBUG",
  "-DCMAKE_CXX_FLAGS_RELEASE=-O1 -DNDEBUG",
  "-DBUILD_SHARED_LIBS=OFF",
  "-DGGML_NATIVE=OFF",
  "-DGGML_OPENMP=OFF",
  "-DGGML_CCACHE=OFF",
  "-DLLAMA_OPENSSL=OFF",
  "-DLLAMA_BUILD_TESTS=OFF",
  "-DLLAMA_BUILD_EXAMPLES=OFF",
  "-DLLAMA_BUILD_UI=OFF",
  "-DLLAMA_USE_PREBUILT_UI=OFF",
  "-DLLAMA_BUILD_APP=OFF",
  "-DLLAMA_BUILD_SERVER=ON",
  "-DLLAMA_BUILD_TOOLS=ON",
];

/** A hash-pinned wheel for the model generator. */
interface PinnedWheel {
  readonly name: string;
  readonly version: string;
  readonly sha256: string;
}

/** The generator's wheels (CPython 3.11, Debian 12's and this machine's). */
export const TINY_MODEL_WHEELS: readonly PinnedWheel[] = [
  { name: "gguf", version: "0.19.0", sha256: "70bcd10edfe697fb2dad6e40af2234b9d8ece9a41a99761405121ebda1c3c1cd" },
  { name: "numpy", version: "2.2.6", sha256: "ba10f8411898fc418a521833e014a77d3ca01c15b0c6cdcce6a0d2897e6dbbdf" },
];

/** sha256 of the tiny model the pinned inputs give (the build fails on any other). */
export const TINY_MODEL_SHA256 = "98669c16f5ecfdb7f2a1a5b29558f3505a41310f7bbf86a37c81282ae27275e3";

const GENERATOR = path.join(__dirname, "tiny-model", "make_tiny_gguf.py");
const llamaDir = (...parts: string[]) => path.join(cacheRoot(), "llamacpp", ...parts);

async function pip(args: string[], what: string): Promise<void> {
  const r = await run("python3", ["-m", "pip", "--disable-pip-version-check", ...args], { check: false });
  if (r.code !== 0) throw new Error(`${what}: python3 -m pip ${args.join(" ")} failed:\n${(r.stdout + r.stderr).trim().slice(-2000)}`);
}

/** Downloads (hash-checked) and unpacks the sdist once; returns its vendored llama.cpp folder. */
async function llamaCppSource(): Promise<string> {
  const { name, version, sha256 } = LLAMA_CPP_SDIST;
  const srcRoot = llamaDir("src");
  const tree = path.join(srcRoot, `llama_cpp_python-${version}`, "vendor", "llama.cpp");
  if (fs.existsSync(path.join(tree, "CMakeLists.txt"))) return tree;
  fs.mkdirSync(srcRoot, { recursive: true });
  const req = path.join(srcRoot, "requirements.txt");
  fs.writeFileSync(req, `${name}==${version} --hash=sha256:${sha256}\n`);
  progress(`llama-server: pip download ${name}==${version} (sdist)`);
  await pip(["download", "--no-deps", "--no-binary=:all:", "--require-hashes", "-d", srcRoot, "-r", req], "llama-server source");
  const sdist = path.join(srcRoot, `llama_cpp_python-${version}.tar.gz`);
  if (sha256File(sdist) !== sha256) throw new Error(`llama-server source: ${sdist} does not have the pinned sha256 ${sha256}`);
  await run("tar", ["-xzf", sdist, "-C", srcRoot]);
  return tree;
}

/** Builds (once, cached under `<cache>/llamacpp/server-<key>/`) `llama-server` and returns its path. */
export async function llamaServerBinary(): Promise<string> {
  const dir = llamaDir(
    `server-${versionKey({ sdist: `${LLAMA_CPP_SDIST.name}==${LLAMA_CPP_SDIST.version}`, sha256: LLAMA_CPP_SDIST.sha256, flags: LLAMA_SERVER_CMAKE_FLAGS.join(" ") })}`,
  );
  const bin = path.join(dir, "bin", "llama-server");
  if (isComplete(dir) && fs.existsSync(bin)) return bin;
  await withBuildLock(dir, "llama-server", async () => {
    if (isComplete(dir) && fs.existsSync(bin)) return;
    await ensureHostPackages({ cmake: "cmake", ninja: "ninja-build", "g++": "g++" });
    // Real paths: CMake's cache records them, and the cache root may be reached through a symlink.
    const src = fs.realpathSync(await llamaCppSource());
    // A persistent build folder: an interrupted build resumes where it stopped.
    const build = path.join(fs.realpathSync(llamaDir()), `build-${LLAMA_CPP_SDIST.version}`);
    progress(
      `llama-server: building llama.cpp ${LLAMA_CPP_SDIST.llamaCppCommit} from ${LLAMA_CPP_SDIST.name} ${LLAMA_CPP_SDIST.version} (nice -n 10; ~30 min on 2 cores the first time)`,
    );
    await run("nice", ["-n", "10", "cmake", "-S", src, "-B", build, "-G", "Ninja", ...LLAMA_SERVER_CMAKE_FLAGS]);
    await run("nice", ["-n", "10", "cmake", "--build", build, "--target", "llama-server", "-j", "2"], { echo: "llama-server:" });
    await buildAtomically(dir, async (tmp) => {
      fs.mkdirSync(path.join(tmp, "bin"));
      fs.copyFileSync(path.join(build, "bin", "llama-server"), path.join(tmp, "bin", "llama-server"));
      await run("strip", [path.join(tmp, "bin", "llama-server")]);
      fs.chmodSync(path.join(tmp, "bin", "llama-server"), 0o755);
    });
  });
  return bin;
}

/** Writes (once, cached) the tiny model and returns its path; fails when the bytes differ from TINY_MODEL_SHA256. */
export async function tinyModel(): Promise<string> {
  const script = fs.readFileSync(GENERATOR);
  const dir = llamaDir(
    `tiny-model-${versionKey({ ...Object.fromEntries(TINY_MODEL_WHEELS.map((w) => [w.name, `${w.version}:${w.sha256}`])), script: sha256Of(script) })}`,
  );
  const file = path.join(dir, "stackwerk-tiny.gguf");
  if (isComplete(dir) && fs.existsSync(file)) return file;
  await withBuildLock(dir, "tiny model", async () => {
    if (isComplete(dir) && fs.existsSync(file)) return;
    await buildAtomically(dir, async (tmp) => {
      const req = path.join(tmp, "requirements.txt");
      fs.writeFileSync(req, TINY_MODEL_WHEELS.map((w) => `${w.name}==${w.version} --hash=sha256:${w.sha256}\n`).join(""));
      progress(`tiny model: pip install ${TINY_MODEL_WHEELS.map((w) => `${w.name}==${w.version}`).join(" ")}`);
      await pip(["install", "--no-deps", "--only-binary=:all:", "--require-hashes", "--target", path.join(tmp, "py"), "-r", req], "tiny model");
      await run("python3", ["-B", GENERATOR, path.join(tmp, "stackwerk-tiny.gguf")], { env: { ...process.env, PYTHONPATH: path.join(tmp, "py") } });
      const got = sha256File(path.join(tmp, "stackwerk-tiny.gguf"));
      if (got !== TINY_MODEL_SHA256)
        throw new Error(`tiny model: the pinned inputs gave sha256 ${got}, not ${TINY_MODEL_SHA256} (a changed generator needs a new TINY_MODEL_SHA256)`);
      fs.rmSync(path.join(tmp, "py"), { recursive: true, force: true });
    });
  });
  return file;
}

const sha256Of = (data: Buffer): string => createHash("sha256").update(data).digest("hex");

/** What llama-server loads: glibc, libgcc, libstdc++ (Debian 12, as the compiler that built it); a function: pattern-stand-ins.ts imports this module. */
const llamaServerDebs = (): readonly DebianPackage[] => [...LIBC, POSTGRES_SERVER_DEBS.find((d) => d.name === "libstdc++6")!];

const USERS = {
  passwd: "root:x:0:0:root:/root:/bin/sh\napp:x:10001:10001:app:/tmp:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/sh\n",
  group: "root:x:0:\napp:x:10001:\nnogroup:x:65534:\n",
};

const llamaInputs = () => [
  `pypi:${LLAMA_CPP_SDIST.name}==${LLAMA_CPP_SDIST.version} (sdist sha256:${LLAMA_CPP_SDIST.sha256}; vendored llama.cpp ${LLAMA_CPP_SDIST.llamaCppCommit})`,
];

/** llama.cpp's server at /app/llama-server (the upstream image's path), uid 10001 like the pattern's securityContext. */
export async function llamaCppStandIn(): Promise<StandInSpec> {
  const binary = await llamaServerBinary();
  return {
    key: "llamaCpp",
    version: `llama.cpp-${LLAMA_CPP_SDIST.llamaCppCommit}`,
    extraInputs: llamaInputs(),
    note: `built here from the llama.cpp that llama-cpp-python ${LLAMA_CPP_SDIST.version} vendors (CPU, no web UI); the catalogue pins the moving \`server\` tag by digest, whose llama.cpp build is not recorded`,
    image: {
      name: `${LOCAL_REGISTRY}/llama.cpp`,
      tag: `server-${LLAMA_CPP_SDIST.llamaCppCommit}`,
      layers: [shellLayer({ debs: llamaServerDebs(), ...USERS, files: [{ path: "/app/llama-server", source: binary }] })],
      config: { user: "10001:10001", env: ["PATH=/app:/usr/bin:/bin", "HOME=/tmp"], entrypoint: ["/app/llama-server"] },
    },
  };
}

/** The reference instance's CPU model image: llama-server plus the tiny model at CPU_REFERENCE_MODEL.path. */
export async function tinyModelServerStandIn(): Promise<StandInSpec> {
  const [server, model] = await Promise.all([llamaCppStandIn(), tinyModel()]);
  return {
    upstream: CPU_REFERENCE_MODEL.image,
    version: "stand-in",
    extraInputs: [
      ...llamaInputs(),
      ...TINY_MODEL_WHEELS.map((w) => `pypi:${w.name}==${w.version}`),
      `model:${path.basename(model)} sha256:${TINY_MODEL_SHA256} (tools/runtime/tiny-model/make_tiny_gguf.py)`,
    ],
    note: `a placeholder reference (a site's image of the llama.cpp server with its model baked in); the stand-in is llama-server from llama-cpp-python ${LLAMA_CPP_SDIST.version}'s llama.cpp with a 3.8 MB random-weight model made here`,
    image: {
      ...server.image,
      name: `${LOCAL_REGISTRY}/llama-server-tiny`,
      tag: "1.0.0",
      layers: [...server.image.layers, { dirs: { "/models": 0o755 }, files: [{ path: CPU_REFERENCE_MODEL.path, source: model, mode: 0o644 }] }],
    },
  };
}

/** The AI reference instance's example app image (a placeholder: no such image is published). */
export const RAG_DEMO_UPSTREAM = "registry.example.de/stackwerk/rag-demo:1.0.0";

/** Entrypoint of the example-app stand-in: a page on $PORT (8080) from a writable /tmp. */
const RAG_DEMO_ENTRYPOINT = `#!/bin/sh
set -eu
mkdir -p /tmp/www
echo "rag-demo stand-in on $(hostname)" > /tmp/www/index.html
${runUntilStopped('httpd -f -v -p "${PORT:-8080}" -h /tmp/www')}`;

/** busybox httpd (with wget and nc for the runtime checks), uid 10001 like the pattern's securityContext. */
export function ragDemoStandIn(): StandInSpec {
  return {
    upstream: RAG_DEMO_UPSTREAM,
    version: "stand-in",
    note: "the reference instance names a placeholder app image; the stand-in serves a page on 8080 and carries busybox for the runtime checks",
    image: {
      name: `${LOCAL_REGISTRY}/rag-demo`,
      tag: "1.0.0",
      layers: [
        shellLayer({
          ...USERS,
          symlinks: Object.fromEntries(["hostname", "nslookup", "sed"].map((a) => [`/bin/${a}`, "busybox"])),
          files: [{ path: "/usr/local/bin/rag-demo", content: RAG_DEMO_ENTRYPOINT, mode: 0o755 }],
        }),
      ],
      config: { user: "10001:10001", env: ["PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/tmp"], entrypoint: ["/usr/local/bin/rag-demo"] },
    },
  };
}

/** The AI pattern's stand-ins by the upstream reference they replace (spread into standInsByUpstream()). */
export function aiStandIns(): Array<[string, () => Promise<StandInSpec>]> {
  return [
    [catalogueRef("llamaCpp"), llamaCppStandIn],
    [CPU_REFERENCE_MODEL.image, tinyModelServerStandIn],
    [RAG_DEMO_UPSTREAM, async () => ragDemoStandIn()],
  ];
}
