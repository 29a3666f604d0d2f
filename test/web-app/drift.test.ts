/**
 * Drift and rotation on the embedded cluster: objects deleted or changed out of band show up in
 * the plan and come back on apply (fields another manager took are taken back), and a re-created Secret carries the same generated password
 * (the one the database was initialised with). Rotation is an explicit operation: raising
 * `credentials_rotation` writes a new password into the Secret.
 */
import "../../patterns";
import { WebAppStack } from "../../patterns";
import { targets } from "../../providers";
import { ensureToolchain, Toolchain } from "../../tools/toolchain";
import { EmbeddedCluster, startCluster } from "../../tools/cluster";
import { synthApp } from "../support/synth";
import { initStack, tofuIn } from "../support/tofu";

jest.setTimeout(900_000);

let tc: Toolchain;
let cluster: EmbeddedCluster;
beforeAll(async () => {
  tc = await ensureToolchain();
  cluster = await startCluster({ name: "webapp-drift" });
});
afterAll(async () => {
  await cluster?.stop();
});

const ns = "shop-test";

async function password(): Promise<string> {
  const secret = JSON.parse((await cluster.kubectl(["get", "secret", "postgres-credentials", "-n", ns, "-o", "json"])).stdout);
  return Buffer.from(secret.data.password, "base64").toString();
}

test("out-of-band deletes and edits are planned and restored; a re-created Secret keeps its password; rotation changes it", async () => {
  const out = synthApp(
    (app) =>
      new WebAppStack(app, "shop", {
        target: targets.onprem({ kubeconfigPath: cluster.kubeconfig }),
        image: "registry.example.de/shop/web:1.4.2",
        database: true,
        bucket: true,
      }),
  );
  // The zone's add-ons stack (its admission policies, ADR 0385) is not under test here: only the pattern's platform stack.
  const platform = out.stacks.find((s) => s.role === "platform")!;
  await initStack(tc, platform);
  const apply = await tofuIn(tc, platform, ["apply", "-auto-approve", "-input=false"]);
  expect({ code: apply.code, err: apply.code ? apply.stdout.slice(-2000) + apply.stderr : "" }).toEqual({ code: 0, err: "" });
  const original = await password();
  expect(original).toMatch(/^[A-Za-z0-9]{32}$/);

  // Out of band: the Secret deleted, a NetworkPolicy deleted, another one widened to a different port
  // (a field owned by another manager: apply must take it back, not fail on the conflict).
  await cluster.kubectl(["delete", "secret", "postgres-credentials", "-n", ns]);
  await cluster.kubectl(["delete", "networkpolicy", "web-allow-to-postgres", "-n", ns]);
  const widen = '[{"op":"replace","path":"/spec/egress/0/ports/0/port","value":443}]';
  await cluster.kubectl(["patch", "networkpolicy", "web-allow-to-object-store", "-n", ns, "--type=json", "-p", widen]);

  const drift = await tofuIn(tc, platform, ["plan", "-detailed-exitcode", "-input=false"]);
  expect(drift.code).toBe(2);
  expect(drift.stdout).toContain("kubernetes_secret_v1.secret-shop-test-postgres-credentials will be created");
  expect(drift.stdout).toMatch(/kubernetes_manifest\.networkpolicy-shop-test-web-allow-to-postgres will be created/);
  expect(drift.stdout).toMatch(/kubernetes_manifest\.networkpolicy-shop-test-web-allow-to-object-store will be updated in-place/);

  const restore = await tofuIn(tc, platform, ["apply", "-auto-approve", "-input=false"]);
  expect({ code: restore.code, err: restore.code ? restore.stdout.slice(-2000) + restore.stderr : "" }).toEqual({ code: 0, err: "" });
  expect(await password()).toBe(original);
  const port = await cluster.kubectl(["get", "networkpolicy", "web-allow-to-object-store", "-n", ns, "-o", "jsonpath={.spec.egress[0].ports[0].port}"]);
  expect(port.stdout).toBe("9000");
  expect((await cluster.kubectl(["get", "networkpolicy", "web-allow-to-postgres", "-n", ns, "-o", "name"])).stdout.trim()).toBe(
    "networkpolicy.networking.k8s.io/web-allow-to-postgres",
  );
  const clean = await tofuIn(tc, platform, ["plan", "-detailed-exitcode", "-input=false"]);
  expect({ code: clean.code, plan: clean.code ? clean.stdout.slice(-2000) : "" }).toEqual({ code: 0, plan: "" });

  // Rotation: explicit, by raising the counter; only then does the password change.
  const rotate = await tofuIn(tc, platform, ["apply", "-auto-approve", "-input=false"], { TF_VAR_credentials_rotation: "2" });
  expect({ code: rotate.code, err: rotate.code ? rotate.stdout.slice(-2000) + rotate.stderr : "" }).toEqual({ code: 0, err: "" });
  const rotated = await password();
  expect(rotated).toMatch(/^[A-Za-z0-9]{32}$/);
  expect(rotated).not.toBe(original);
  const stable = await tofuIn(tc, platform, ["plan", "-detailed-exitcode", "-input=false"], { TF_VAR_credentials_rotation: "2" });
  expect({ code: stable.code, plan: stable.code ? stable.stdout.slice(-2000) : "" }).toEqual({ code: 0, plan: "" });

  const destroy = await tofuIn(tc, platform, ["destroy", "-auto-approve", "-input=false"], { TF_VAR_credentials_rotation: "2" });
  expect({ code: destroy.code, err: destroy.code ? destroy.stderr : "" }).toEqual({ code: 0, err: "" });
});
