/**
 * `stackwerk list --images` (issue 27): the reference instances' images per pattern × target with
 * their pins, read from real synth output; a user's program listed after its target's image map;
 * bad flags refused naming the flag and the allowed values.
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../cli/main";
import { catalogueRef, IMAGE_CATALOGUE, IMAGE_KEYS } from "../../core/images/catalogue";

const ROOT = path.join(__dirname, "..", "..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const CLI = path.join(ROOT, "cli/main.ts");

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const o = jest.spyOn(process.stdout, "write").mockImplementation((c: string | Uint8Array) => (out.push(String(c)), true));
  const e = jest.spyOn(process.stderr, "write").mockImplementation((c: string | Uint8Array) => (err.push(String(c)), true));
  try {
    return { code: await main(args), stdout: out.join(""), stderr: err.join("") };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

test("--images --json lists every image of each pattern on a target, pinned as the catalogue says", async () => {
  const { code, stdout, stderr } = await cli(["list", "--images", "--target", "onprem", "--json"]);
  expect(code).toBe(0);
  expect(stderr).toContain("[stackwerk] list --images: synth web-app on onprem (1/5)");
  const result = JSON.parse(stdout) as {
    stage: string;
    cells: Array<{ cell: string; images: Array<{ ref: string; key?: string; pin: string; evidence: string }> }>;
    otherCatalogueImages: Array<{ key: string; ref: string }>;
  };
  expect(result.stage).toBe("production");
  expect(result.cells.map((c) => c.cell)).toEqual(["web-app/onprem", "ai/onprem", "iam/onprem", "event-bus/onprem", "monitoring/onprem"]);
  const iam = result.cells.find((c) => c.cell === "iam/onprem")!;
  expect(iam.images).toContainEqual(expect.objectContaining({ key: "keycloak", ref: catalogueRef("keycloak"), pin: "digest", evidence: "independent-pins" }));
  const monitoring = result.cells.find((c) => c.cell === "monitoring/onprem")!;
  expect(monitoring.images).toContainEqual(expect.objectContaining({ key: "prometheusOperator", pin: "tag", evidence: "none" }));
  // Every catalogue image shows up: in a cell, or among the other options' images.
  const listed = new Set([...result.cells.flatMap((c) => c.images.flatMap((i) => (i.key ? [i.key] : []))), ...result.otherCatalogueImages.map((o) => o.key)]);
  expect(IMAGE_KEYS.filter((k) => !listed.has(k))).toEqual([]);
  expect(result.otherCatalogueImages.map((o) => o.key)).toEqual(expect.arrayContaining(["kafka", "llamaCpp"]));
});

test.each([
  [["list", "--images", "--target", "aws"], 'stackwerk list: --target: "aws" is not allowed. Allowed: ionos, stackit, onprem'],
  [["list", "--images", "--stage", "prod"], 'stackwerk list: --stage: "prod" is not allowed. Allowed: test, acceptance, training, production'],
  [["list", "--target", "onprem"], "stackwerk list: --target only applies to --images"],
  [["list", "--images", "--app", "x", "--target", "onprem"], "stackwerk list: --target applies to the reference instances, not to your program"],
])("%j is a usage error", async (args, message) => {
  const { code, stderr } = await cli(args);
  expect({ code, line: stderr.split("\n")[0] }).toEqual({ code: 2, line: expect.stringContaining(message) });
});

test("--images --app lists a program's images after its target's image map", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "list-images-"));
  fs.writeFileSync(
    path.join(dir, "main.ts"),
    `import { App, WebAppStack, targets } from ${JSON.stringify(path.join(ROOT, "index"))};
const app = new App();
const target = targets.onprem({ images: { prefixes: { "docker.io": "harbor.rz.example.de/dockerhub" }, overrides: { versitygw: "harbor.rz.example.de/s3/versitygw" } } });
new WebAppStack(app, "shop", { target, image: "registry.rz.example.de/shop/web:1.4.2", database: true, bucket: true });
app.synth();
`,
  );
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(TSX, [CLI, "list", "--images", "--app", `${TSX} main.ts`, "--json"], { cwd: dir, maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );
  expect(result.stderr).toContain("synth of your program");
  expect(result.code).toBe(0);
  const { stacks } = JSON.parse(result.stdout) as { stacks: Array<{ cell: string; images: Array<{ ref: string; key?: string }> }> };
  const refs = stacks.flatMap((s) => s.images.map((i) => i.ref)).sort();
  expect(refs).toEqual(
    [
      `harbor.rz.example.de/dockerhub/library/postgres:17.2-alpine3.21@${IMAGE_CATALOGUE.postgres.digest}`,
      `harbor.rz.example.de/dockerhub/rclone/rclone:1.75.1@${IMAGE_CATALOGUE.rclone.digest}`,
      `harbor.rz.example.de/s3/versitygw:v1.8.0@${IMAGE_CATALOGUE.versitygw.digest}`,
      "registry.rz.example.de/shop/web:1.4.2",
    ].sort(),
  );
  fs.rmSync(dir, { recursive: true, force: true });
});
