/**
 * terraform-provider-ionoscloud is BLOCKED here: the Go module proxy refuses every version
 * (403). These tests keep that state visible and flip (fail) when it becomes buildable, so
 * the blocked validate level is never silently reported as a pass. See docs/adr/0003.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pinProviderRequirements } from "../../engines/cdktf/provider-requirements";
import { datacenter, provider as ionosProvider } from "../../providers/ionos/generated";
import { IONOS_GENERATED_DIR, vendorIonosBindings } from "../../tools/bindings/ionos";
import { diffDirs } from "../../tools/bindings/files";
import { downloadModule } from "../../tools/go-module";
import { ensureToolchain, ProviderUnavailableError, Toolchain } from "../../tools/toolchain";
import { pin } from "../../tools/toolchain/pins";
import { synthStack } from "./helpers";

let tc: Toolchain;
beforeAll(async () => {
  tc = await ensureToolchain();
});

test("the toolchain reports ionoscloud unavailable with the module proxy's 403 answer", () => {
  const st = tc.providers.ionoscloud;
  expect(st).toMatchObject({ source: "registry.opentofu.org/ionos-cloud/ionoscloud", version: "6.7.20", available: false });
  expect(st.reason).toContain("403 Forbidden");
  expect(st.reason).toContain("This module version is not available.");
});

test("the Go module proxy still refuses ionoscloud at the pinned version (fails when it becomes buildable)", async () => {
  const p = pin("ionoscloud");
  const err = await downloadModule(p.tool, p.module, p.version).then(
    () =>
      new Error(
        `${p.module}@${p.version} is now downloadable: run \`stackwerk toolchain --retry\` and turn the IONOS checks from blocked into real validate tests`,
      ),
    (e: Error) => e,
  );
  expect(err.message).toMatch(/403 Forbidden[\s\S]*This module version is not available\./);
});

test("an IONOS stack is reported blocked, not validated", () => {
  const json = synthStack((stack) => {
    new ionosProvider.IonoscloudProvider(stack, "ionos", {});
    new datacenter.Datacenter(stack, "dc", { name: "stackwerk", location: "de/fra" });
  });
  expect(json.terraform.required_providers.ionoscloud).toEqual({ source: "ionos-cloud/ionoscloud", version: "6.7.20" });
  expect(() => pinProviderRequirements(json, tc)).toThrow(ProviderUnavailableError);
  expect(() => pinProviderRequirements(json, tc)).toThrow(/^blocked: provider ionoscloud not buildable offline \(module proxy 403\)/);
});

test("the vendored IONOS bindings match the pinned wheel exactly", async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-ionos-drift-"));
  try {
    await vendorIonosBindings(tmp);
    const diff = diffDirs(IONOS_GENERATED_DIR, tmp);
    if (diff.length) throw new Error(`providers/ionos/generated differs from the pinned wheel; run \`npm run bindings -- ionos\`:\n  ${diff.join("\n  ")}`);
    expect(fs.readFileSync(path.join(IONOS_GENERATED_DIR, "PROVENANCE.md"), "utf8")).toContain("ionoscloud 6.7.20");
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
