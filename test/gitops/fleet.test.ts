/**
 * `stackwerk synth --fleet <catalogue> --engine gitops`: one platform Kustomization per catalogue
 * entry, each in its own tenant folder, listed in flux/kustomization.yaml; Secrets encrypted.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as yaml from "js-yaml";
import { synthFleetGitOpsCli } from "../../cli/commands/synth-gitops";
import { generateAgeIdentity } from "../../engines/gitops";

test("three catalogue entries give three tenant Kustomizations", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-gitops-fleet-"));
  const catalogue = path.join(dir, "fleet.yaml");
  fs.writeFileSync(
    catalogue,
    "defaults:\n  pattern: web-app\n  target: onprem\n  props:\n    image: registry.example.de/shop/web:1.4.2\n    database: true\ntenants:\n  - name: gemeinde-a\n  - name: gemeinde-b\n    stage: acceptance\n  - name: gemeinde-c\n",
  );
  const previous = process.env.STACKWERK_CREDENTIALS_SEED;
  process.env.STACKWERK_CREDENTIALS_SEED = "fleet-test-seed-0123456789abcdef012345";
  const write = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
  const err = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    const code = synthFleetGitOpsCli({
      file: catalogue,
      outdir: path.join(dir, "out"),
      gitUrl: "http://127.0.0.1:9/p.git",
      ageRecipients: generateAgeIdentity().recipient,
    });
    expect(code).toBe(0);
  } finally {
    write.mockRestore();
    err.mockRestore();
    process.env.STACKWERK_CREDENTIALS_SEED = previous;
  }
  const flux = yaml.load(fs.readFileSync(path.join(dir, "out/flux/kustomization.yaml"), "utf8")) as { resources: string[] };
  // Each tenant's private zone: its add-ons (the admission policies, ADR 0385) and its platform.
  expect(flux.resources).toEqual([
    "gemeinde-a-test-gemeinde-a-addons.yaml",
    "gemeinde-a-test-gemeinde-a-platform.yaml",
    "gemeinde-b-acceptance-gemeinde-b-addons.yaml",
    "gemeinde-b-acceptance-gemeinde-b-platform.yaml",
    "gemeinde-c-test-gemeinde-c-addons.yaml",
    "gemeinde-c-test-gemeinde-c-platform.yaml",
  ]);
  expect(fs.existsSync(path.join(dir, "out/tenants/gemeinde-b/acceptance/gemeinde-b/platform/kustomization.yaml"))).toBe(true);
  const secret = fs.readFileSync(path.join(dir, "out/tenants/gemeinde-a/test/gemeinde-a/platform/secret-gemeinde-a-test-postgres-credentials.yaml"), "utf8");
  expect(secret).toMatch(/password: ENC\[AES256_GCM/);
  fs.rmSync(dir, { recursive: true, force: true });
});
