/**
 * The Pulumi tools, built from pinned Go modules into the cache (like the OpenTofu toolchain):
 *
 *   ${cacheRoot()}/pulumi/<versionKey>/bin/pulumi                        the CLI (engine)
 *   ${cacheRoot()}/pulumi/<versionKey>/bin/pulumi-resource-kubernetes    the Kubernetes provider
 *   ${cacheRoot()}/pulumi/<versionKey>/home/plugins/...                  the plugin, installed (PULUMI_HOME)
 *
 * plus `pulumiEnv()`: everything a run needs so nothing asks for an account or the internet: a
 * local file backend (`file://<dir>`), the passphrase secrets provider, no update check, no
 * plugin downloads, and forced server-side apply (a field kubectl changed is taken back).
 * The Node.js language host is not built: the module proxy does not serve its module, so programs
 * run through the Automation API's inline programs (the CLI connects to the language runtime of
 * `@pulumi/pulumi` in the calling process; see conformance/pulumi-program.ts and ADR 0140).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildAtomically, cacheRoot, isComplete, progress, run, versionKey, withBuildLock } from "../cache";
import { buildGoModule } from "../go-module";
import { PULUMI_CLI, PULUMI_KUBERNETES, PULUMI_PINS } from "./pins";

export { PULUMI_CLI, PULUMI_KUBERNETES, PULUMI_PINS } from "./pins";

/** The built Pulumi tools. */
export interface PulumiTools {
  /** Folder with `bin/` and `home/`. */
  readonly root: string;
  /** The CLI binary. */
  readonly cli: string;
  /** The Kubernetes provider plugin binary. */
  readonly kubernetesPlugin: string;
  /** PULUMI_HOME holding the installed plugin. */
  readonly home: string;
}

/** Cache folder of the current pins. */
export function pulumiDir(): string {
  return path.join(cacheRoot(), "pulumi", versionKey(Object.fromEntries(PULUMI_PINS.map((p) => [p.tool, p.version]))));
}

function tools(root: string): PulumiTools {
  return {
    root,
    cli: path.join(root, "bin", "pulumi"),
    kubernetesPlugin: path.join(root, "bin", "pulumi-resource-kubernetes"),
    home: path.join(root, "home"),
  };
}

/**
 * The provider module ships `schema.json` and `terraform-mapping.json`; `main.go` embeds
 * `schema-embed.json` (the schema with its version set) and `terraform-mapping-embed.json`, which
 * upstream's `go generate` writes. Written here the same way (set `version`, re-serialise).
 */
async function generateKubernetesEmbeds(workDir: string): Promise<void> {
  const dir = path.join(workDir, "cmd", "pulumi-resource-kubernetes");
  const schema = JSON.parse(fs.readFileSync(path.join(dir, "schema.json"), "utf8")) as Record<string, unknown>;
  schema.version = PULUMI_KUBERNETES.upstream;
  fs.writeFileSync(path.join(dir, "schema-embed.json"), JSON.stringify(schema));
  fs.writeFileSync(
    path.join(dir, "terraform-mapping-embed.json"),
    JSON.stringify(JSON.parse(fs.readFileSync(path.join(dir, "terraform-mapping.json"), "utf8"))),
  );
}

/** Environment of every Pulumi run: tools on PATH, no account, no internet, passphrase secrets. */
export function pulumiEnv(t: PulumiTools, backendDir: string, passphrase: string): Record<string, string> {
  return {
    PATH: `${path.dirname(t.cli)}:${process.env.PATH ?? ""}`,
    PULUMI_HOME: t.home,
    PULUMI_BACKEND_URL: `file://${backendDir}`,
    PULUMI_CONFIG_PASSPHRASE: passphrase,
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
    PULUMI_AUTOMATION_API_SKIP_VERSION_CHECK: "true",
    PULUMI_SKIP_CONFIRMATIONS: "true",
    PULUMI_DIY_BACKEND_NO_LEGACY_WARNING: "true",
    // Server-side apply with force: a field another manager (kubectl) took is taken back, as the Terraform engine's apply does.
    PULUMI_K8S_ENABLE_PATCH_FORCE: "true",
  };
}

/** Builds (or finds in the cache) the Pulumi CLI and the Kubernetes plugin, with progress lines. */
export async function ensurePulumi(): Promise<PulumiTools> {
  const root = pulumiDir();
  if (isComplete(root)) {
    progress(`pulumi: cached (${root})`);
    return tools(root);
  }
  return withBuildLock(root, "pulumi", async () => {
    if (isComplete(root)) return tools(root);
    progress(`pulumi: building ${PULUMI_PINS.map((p) => `${p.tool} ${p.upstream}`).join(", ")} into ${root} (first build takes a long time on 2 cores)`);
    await buildAtomically(root, async (tmp) => {
      const bin = path.join(tmp, "bin");
      await buildGoModule({ ...PULUMI_KUBERNETES, prepare: generateKubernetesEmbeds }, bin);
      await buildGoModule(PULUMI_CLI, bin);
      // Install the plugin into PULUMI_HOME the way `pulumi plugin install` lays it out.
      const t = tools(tmp);
      fs.mkdirSync(t.home, { recursive: true });
      await run(t.cli, ["plugin", "install", "resource", "kubernetes", PULUMI_KUBERNETES.upstream, "--file", t.kubernetesPlugin], {
        env: { ...process.env, ...pulumiEnv(t, path.join(tmp, "unused-backend"), "unused") },
        echo: "pulumi:",
      });
      progress(`pulumi: installed the kubernetes plugin ${PULUMI_KUBERNETES.upstream} into ${t.home}`);
    });
    return tools(root);
  });
}
