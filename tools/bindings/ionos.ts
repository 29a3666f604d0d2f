/**
 * IONOS bindings, vendored (ADR 0003). terraform-provider-ionoscloud cannot be built here (the
 * Go module proxy answers 403 for every version), so there is no binary to read a schema from.
 * The substitute: the cdktf team's prebuilt binding @cdktf/provider-ionoscloud, generated from
 * the real ionoscloud provider schema, taken from the PyPI wheel that embeds it as a jsii
 * tarball (`cdktf_cdktf_provider_ionoscloud/_jsii/provider-ionoscloud@<v>.jsii.tgz`), and only
 * the submodules Stackwerk uses are copied into providers/ionos/generated/.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { cacheRoot, progress, run, sha256File, ToolBuildError } from "../cache";
import { IONOS_BINDINGS } from "../toolchain/pins";
import { listFiles } from "./files";

/** Submodules (lib/<name>/) of @cdktf/provider-ionoscloud that are vendored. */
export const IONOS_MODULES: readonly string[] = [
  "provider",
  "datacenter",
  "lan",
  "k8s-cluster",
  "data-ionoscloud-k8s-cluster",
  "k8s-node-pool",
  "pg-cluster",
  "pg-database",
  "pg-user",
  "s3-bucket",
  "s3-key",
  "object-storage-accesskey",
  "dns-zone",
  "dns-record",
  "kafka-cluster",
  "kafka-cluster-topic",
  "logging-pipeline",
];

/** Folder of the committed IONOS bindings. */
export const IONOS_GENERATED_DIR = path.resolve(__dirname, "../../providers/ionos/generated");

const WHEEL = `${IONOS_BINDINGS.pypi.replace(/-/g, "_")}-${IONOS_BINDINGS.version}-py3-none-any.whl`;

/** Downloads the pinned wheel (cached under the Stackwerk cache) and checks its sha256. */
export async function fetchIonosWheel(): Promise<string> {
  const dir = path.join(cacheRoot(), "bindings", `${IONOS_BINDINGS.pypi}-${IONOS_BINDINGS.version}`);
  const wheel = path.join(dir, WHEEL);
  if (fs.existsSync(wheel) && sha256File(wheel) === IONOS_BINDINGS.sha256) return wheel;
  fs.mkdirSync(dir, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(dir, ".download-"));
  const args = ["-m", "pip", "download", "--no-deps", "--disable-pip-version-check", "-d", tmp, `${IONOS_BINDINGS.pypi}==${IONOS_BINDINGS.version}`];
  progress(`bindings: python3 ${args.join(" ")}`);
  try {
    const res = await run("python3", args, { check: false });
    const got = path.join(tmp, WHEEL);
    if (res.code !== 0 || !fs.existsSync(got)) {
      throw new ToolBuildError(
        IONOS_BINDINGS.pypi,
        IONOS_BINDINGS.version,
        `python3 ${args.join(" ")}`,
        res.stderr || res.stdout,
        "check that PyPI is reachable (pip config list) and run `npm run bindings` again",
      );
    }
    const sum = sha256File(got);
    if (sum !== IONOS_BINDINGS.sha256) {
      throw new ToolBuildError(
        IONOS_BINDINGS.pypi,
        IONOS_BINDINGS.version,
        `sha256 ${got}`,
        `sha256 ${sum} does not match the pinned ${IONOS_BINDINGS.sha256}`,
        "investigate before changing IONOS_BINDINGS.sha256 in tools/toolchain/pins.ts",
      );
    }
    fs.renameSync(got, wheel);
    return wheel;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Extracts the npm package embedded in the wheel; returns its `package/` folder (caller removes `work`). */
async function extractPackage(wheel: string, work: string): Promise<string> {
  const inner = `cdktf_cdktf_provider_ionoscloud/_jsii/provider-ionoscloud@${IONOS_BINDINGS.version}.jsii.tgz`;
  // A wheel is a zip; python3 (needed for pip anyway) extracts the one member we need.
  const script = "import sys,zipfile; open(sys.argv[3],'wb').write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))";
  const tgz = path.join(work, "package.tgz");
  await run("python3", ["-c", script, wheel, inner, tgz]);
  await run("tar", ["-xzf", tgz, "-C", work]);
  return path.join(work, "package");
}

/** Writes the vendored IONOS bindings into `targetDir` (emptied first); returns the file list. */
export async function vendorIonosBindings(targetDir: string = IONOS_GENERATED_DIR): Promise<string[]> {
  const wheel = await fetchIonosWheel();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-ionos-"));
  try {
    const pkg = await extractPackage(wheel, work);
    const manifest = JSON.parse(fs.readFileSync(path.join(pkg, "package.json"), "utf8")) as {
      name: string;
      version: string;
      license: string;
      cdktf?: { provider?: { name: string; version: string } };
    };
    const providerVersion = manifest.cdktf?.provider?.version;
    if (manifest.name !== IONOS_BINDINGS.npmPackage || manifest.version !== IONOS_BINDINGS.version || providerVersion !== IONOS_BINDINGS.providerVersion) {
      throw new Error(
        `the wheel embeds ${manifest.name} ${manifest.version} for provider ${providerVersion}; pins.ts expects ${IONOS_BINDINGS.npmPackage} ${IONOS_BINDINGS.version} for ${IONOS_BINDINGS.providerVersion}`,
      );
    }
    fs.rmSync(targetDir, { recursive: true, force: true });
    fs.mkdirSync(targetDir, { recursive: true });
    for (const mod of IONOS_MODULES) {
      const src = path.join(pkg, "lib", mod);
      if (!fs.existsSync(src)) throw new Error(`${IONOS_BINDINGS.npmPackage} ${IONOS_BINDINGS.version} has no submodule lib/${mod}`);
      fs.mkdirSync(path.join(targetDir, mod));
      for (const f of ["index.js", "index.d.ts"]) fs.copyFileSync(path.join(src, f), path.join(targetDir, mod, f));
    }
    fs.copyFileSync(path.join(pkg, "LICENSE"), path.join(targetDir, "LICENSE"));
    fs.writeFileSync(path.join(targetDir, "index.ts"), indexTs());
    fs.writeFileSync(path.join(targetDir, "PROVENANCE.md"), provenance(manifest.license, manifest.cdktf!.provider!.name));
    progress(`bindings: vendored ${IONOS_MODULES.length} IONOS submodules into ${targetDir}`);
    return listFiles(targetDir);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function camel(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function indexTs(): string {
  return [
    "// Vendored by `npm run bindings` (tools/bindings/ionos.ts) from the PyPI wheel named in PROVENANCE.md. Do not edit.",
    ...IONOS_MODULES.map((m) => `export * as ${camel(m)} from "./${m}";`),
    "",
  ].join("\n");
}

function provenance(license: string, providerName: string): string {
  return [
    "# Provenance of the IONOS bindings",
    "",
    "Vendored by `npm run bindings` (tools/bindings/ionos.ts). Do not edit by hand.",
    "",
    "terraform-provider-ionoscloud cannot be built offline here (the Go module proxy answers",
    "`403 Forbidden ... This module version is not available.` for every version), so these bindings",
    "are not generated from a local binary. They are the cdktf team's prebuilt binding, generated",
    "from the real provider schema, copied unchanged (only the listed submodules):",
    "",
    `- wheel: ${WHEEL} (PyPI \`${IONOS_BINDINGS.pypi}==${IONOS_BINDINGS.version}\`)`,
    `- wheel sha256: ${IONOS_BINDINGS.sha256}`,
    `- embedded npm package: ${IONOS_BINDINGS.npmPackage} ${IONOS_BINDINGS.version} (license ${license}, see LICENSE)`,
    `- provider: ${providerName} ${IONOS_BINDINGS.providerVersion} (package.json \`cdktf.provider\`)`,
    `- submodules: ${IONOS_MODULES.join(", ")}`,
    "",
    "test/toolchain/ionos-bindings.test.ts re-extracts the wheel and fails when a vendored file differs.",
    "The drift test against a provider binary is BLOCKED until the provider can be built (docs/adr/0003).",
    "",
  ].join("\n");
}
