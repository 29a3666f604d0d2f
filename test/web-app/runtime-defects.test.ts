/**
 * Regressions for web-app defects that only running containers showed (issue 27, test/runtime/
 * web-app.test.ts runs them on the real node). Manifest level, so they run in every CI job:
 *
 * - The in-cluster object store (versitygw) served region `us-east-1` (its default) while the app,
 *   the setup job and the backup jobs were told and signed with `onprem`: every S3 request was
 *   refused with `AuthorizationHeaderMalformed … the region "onprem" is wrong`.
 */
import "../../patterns";
import { WebAppStack } from "../../patterns";
import { targets } from "../../providers";
import { OBJECT_STORE_REGION } from "../../providers/shared/in-cluster";
import { manifestsOf, synthApp } from "../support/synth";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = any;

function objects(): Obj[] {
  const out = synthApp(
    (a) => new WebAppStack(a, "shop", { target: targets.onprem({}), image: "registry.example.de/shop/web:1.4.2", database: true, bucket: true }),
  );
  return manifestsOf(out.json["shop-platform"]);
}

const containers = (o: Obj): Obj[] => {
  const spec = o.kind === "CronJob" ? o.spec.jobTemplate.spec.template.spec : o.spec.template.spec;
  return [...(spec.initContainers ?? []), ...spec.containers];
};
const envValue = (c: Obj, name: string) => (c.env ?? []).find((e: Obj) => e.name === name)?.value;

test("the object store serves the region every client of it signs with", () => {
  const all = objects();
  const store = all.find((o) => o.kind === "StatefulSet" && o.metadata.name === "object-store");
  const command = containers(store)[0].command.join(" ");
  const served = /versitygw [^&]*--region (\S+)/.exec(command)?.[1];
  expect(served).toBe(OBJECT_STORE_REGION);

  const web = all.find((o) => o.kind === "Deployment" && o.metadata.name === "web");
  expect(envValue(containers(web)[0], "S3_REGION")).toBe(served);

  const setup = all.find((o) => o.kind === "Job" && o.metadata.name.startsWith("object-store-init-"));
  expect(envValue(containers(setup)[0], "ADMIN_REGION")).toBe(served);

  // The backup and restore jobs' rclone remotes sign with the same region.
  const regions = all
    .filter((o) => o.kind === "CronJob")
    .flatMap(containers)
    .map((c) => envValue(c, "RCLONE_CONFIG_BACKUP_REGION"))
    .filter((r) => r !== undefined);
  expect(regions.length).toBeGreaterThan(0);
  expect(new Set(regions)).toEqual(new Set([served]));
});
