/**
 * The pinned versions agree everywhere, and the kwok stages embedded in tools/cluster are the
 * ones of the pinned kwok module (byte for byte).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { downloadModule } from "../../tools/go-module";
import { CLUSTER_VERSIONS, toolModuleDir } from "../../tools/cluster/binaries";
import { KWOK_STAGES } from "../../tools/cluster/kwok-stages";

test("tools/cluster/go.mod requires the pinned Kubernetes and replaces every staging module with its v0.x release", () => {
  const goMod = fs.readFileSync(path.join(toolModuleDir(), "go.mod"), "utf8");
  expect(goMod).toMatch(new RegExp(`^\\s*k8s\\.io/kubernetes ${CLUSTER_VERSIONS.kubernetes.replace(/\./g, "\\.")}\\b`, "m"));
  const staging = CLUSTER_VERSIONS.kubernetes.replace(/^v1\./, "v0.");
  const replaces = [...goMod.matchAll(/^\s*(k8s\.io\/\S+) => (\S+) (\S+)\s*$/gm)];
  expect(replaces.length).toBeGreaterThanOrEqual(25);
  for (const [, from, to, version] of replaces) {
    expect(to).toBe(from);
    expect(version).toBe(staging);
  }
  expect(fs.existsSync(path.join(toolModuleDir(), "go.sum"))).toBe(true);
});

test("the embedded kwok stages equal the files of the pinned kwok module", async () => {
  const dir = await downloadModule("kwok", "sigs.k8s.io/kwok", CLUSTER_VERSIONS.kwok);
  const fast = fs.readFileSync(path.join(dir, "kustomize/stage/fast/kustomization.yaml"), "utf8");
  expect(fast).toContain("../node/fast");
  expect(fast).toContain("../node/heartbeat-with-lease");
  expect(fast).toContain("../pod/fast");
  for (const [file, content] of Object.entries(KWOK_STAGES)) {
    expect({ file, content }).toEqual({ file, content: fs.readFileSync(path.join(dir, file), "utf8") });
  }
  // Every stage of those three kustomizations is embedded.
  const listed = ["node/fast", "node/heartbeat-with-lease", "pod/fast"].flatMap((k) =>
    [...fs.readFileSync(path.join(dir, "kustomize/stage", k, "kustomization.yaml"), "utf8").matchAll(/^- (\S+\.yaml)$/gm)].map(
      (m) => `kustomize/stage/${k}/${m[1]}`,
    ),
  );
  expect(Object.keys(KWOK_STAGES).sort()).toEqual(listed.sort());
});
