/**
 * Every program in examples/monitoring runs as a newcomer would run it (`npx tsx <file>`), and
 * every stack it writes passes `tofu validate` with the real providers (the zone's infra and
 * add-ons, the monitoring stack, a monitored web-app), and the web-apps carry their monitors.
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

const { dir: EXAMPLES, programs } = examplePrograms("monitoring");

test("the example folder has one program per target", () => {
  expect(programs.sort()).toEqual(["ionos.ts", "onprem.ts", "stackit.ts"]);
});

test.each(programs)("%s synthesises and validates", async (program) => {
  const { outdir, stacks } = await runExample(path.join(EXAMPLES, program));
  expect(stacks.length).toBeGreaterThanOrEqual(1);
  // The zone's infra and add-ons, the monitoring stack and one monitored web-app (the other has the same shape).
  expect(stacks).toEqual(expect.arrayContaining(["amt-a-addons", "monitoring-platform", "portal-platform", "forms-platform"]));
  const sample = stacks.filter((s) => s !== "forms-platform");
  await validateStacks(tc, outdir, sample);
  for (const app of ["portal", "forms"]) {
    const json = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", `${app}-platform`, "cdk.tf.json"), "utf8"));
    const kinds = Object.values(json.resource.kubernetes_manifest as Record<string, { manifest: { kind: string } }>).map((r) => r.manifest.kind);
    expect(kinds).toEqual(expect.arrayContaining(["ServiceMonitor", "PrometheusRule"]));
  }
  // Cluster metrics in the cluster where the platform ships none; the dashboard import where Grafana is managed.
  const monitoring = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", "monitoring-platform", "cdk.tf.json"), "utf8"));
  const kinds = Object.values(monitoring.resource.kubernetes_manifest as Record<string, { manifest: { kind: string } }>).map((r) => r.manifest.kind);
  expect(kinds.includes("ScrapeConfig")).toBe(program !== "stackit.ts");
  expect(kinds.includes("CronJob")).toBe(program !== "onprem.ts");
});
