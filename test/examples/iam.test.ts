/**
 * Every program in examples/iam runs as a newcomer would run it (`npx tsx <file>`), and
 * every stack it writes passes `tofu validate` with the real providers (all three targets,
 * IONOS infra included: ionoscloud is built from its release source archive).
 */
import * as path from "node:path";
import * as fs from "node:fs";
import { ensureToolchain, Toolchain } from "../../tools/toolchain";
import { examplePrograms, runExample, validateStacks } from "../support/examples";

jest.setTimeout(600_000);

let tc: Toolchain;
beforeAll(async () => {
  tc = await ensureToolchain();
});

const { dir: EXAMPLES, programs } = examplePrograms("iam");

test("the example folder has one program per target plus the one-line protection of a web app", () => {
  expect(programs.sort()).toEqual(["ionos.ts", "onprem.ts", "protected-web-app.ts", "stackit.ts"]);
});

test.each(programs)("%s synthesises and validates", async (program) => {
  const { outdir, stacks } = await runExample(path.join(EXAMPLES, program));
  expect(stacks.length).toBeGreaterThanOrEqual(1);
  await validateStacks(tc, outdir, stacks);
  if (program === "protected-web-app.ts") {
    // One line protects the shop: its HTTPRoute's ForwardAuth filter asks the proxy next to Keycloak about every request.
    const shop = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", "shop-platform", "cdk.tf.json"), "utf8"));
    const manifests = Object.values(shop.resource.kubernetes_manifest as Record<string, { manifest: { kind: string; spec?: Record<string, unknown> } }>).map(
      (r) => r.manifest,
    );
    expect(manifests.find((m) => m.kind === "Ingress")).toBeUndefined();
    const middleware = manifests.find((m) => m.kind === "Middleware");
    expect((middleware?.spec?.forwardAuth as { address?: string } | undefined)?.address).toMatch(/^http:\/\/proxy-shop\.[a-z0-9-]+\.svc\.cluster\.local\/$/);
  }
});
