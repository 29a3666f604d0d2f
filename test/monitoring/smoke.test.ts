/**
 * The monitoring pattern's level-5 checks on cluster metrics and the dashboard import, fed with
 * the objects the pattern renders (standing in for what the API server returns): they pass on
 * what the pattern writes and fail when kube-state-metrics is missing, not read-only, or present
 * where the platform ships cluster metrics, and when the import CronJob carries its token inline.
 */
import { App } from "../../index";
import { getPattern } from "../../patterns";
import { monitoringSmoke } from "../../patterns/monitoring/register";
import { targets } from "../../providers";
import type { LiveObject, SmokeCheck, SmokeProbe } from "../../core/smoke";
import { manifestsOf, synthApp } from "../support/synth";

type Target = "onprem" | "stackit" | "ionos";

/** The reference instance's objects (platform and add-ons layers). */
function rendered(target: Target): LiveObject[] {
  const out = synthApp((app: App) => {
    getPattern("monitoring").create(app, "mon", { target: targets[target](), stage: "test" });
  });
  return out.stacks.flatMap((s) => manifestsOf(out.json[s.name])) as LiveObject[];
}

function probe(objects: LiveObject[]): SmokeProbe {
  const plural = (kind: string) => kind.toLowerCase().split(".")[0];
  const matches = (o: LiveObject, kind: string) => `${o.kind.toLowerCase()}s` === plural(kind) || (kind === "endpoints" && o.kind === "Endpoints");
  return {
    namespaces: [...new Set(objects.map((o) => o.metadata.namespace).filter((n): n is string => !!n))],
    list: async (kind, namespace) => objects.filter((o) => matches(o, kind) && o.metadata.namespace === namespace),
    get: async (kind, name, namespace) => objects.find((o) => matches(o, kind) && o.metadata.name === name && o.metadata.namespace === namespace),
  };
}

/** The checks this change added (the generic ones need live status: CRD conditions, timestamps). */
const relevant = (checks: SmokeCheck[]) => checks.filter((c) => /kube-state-metrics|kubelet|dashboard/i.test(c.name) && !/after its CRD/.test(c.name));

test.each(["onprem", "ionos"] as const)("%s: the cluster-metrics checks pass on what the pattern renders", async (target) => {
  const checks = relevant(await monitoringSmoke(probe(rendered(target)), target));
  expect(checks.length).toBeGreaterThanOrEqual(5);
  expect(checks.filter((c) => !c.ok)).toEqual([]);
});

test("on-prem: a missing kube-state-metrics or a role that may write fails", async () => {
  const objects = rendered("onprem");
  const without = objects.filter((o) => !(o.kind === "Deployment" && o.metadata.name === "kube-state-metrics"));
  expect(relevant(await monitoringSmoke(probe(without), "onprem")).find((c) => c.name === "kube-state-metrics deployed")).toMatchObject({ ok: false });
  const writable = objects.map((o) =>
    o.kind === "Role" && o.metadata.name === "stackwerk-kube-state-metrics"
      ? ({ ...o, rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["list", "watch", "delete"] }] } as LiveObject)
      : o,
  );
  const readCheck = (c: SmokeCheck) => c.name.endsWith("nothing cluster-wide");
  expect(relevant(await monitoringSmoke(probe(writable), "onprem")).find(readCheck)).toMatchObject({ ok: false });
  // A cluster-wide role (as before issue 26) fails too.
  const clusterWide = [...objects, { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRole", metadata: { name: "mon-test-kube-state-metrics" }, rules: [] } as LiveObject];
  expect(relevant(await monitoringSmoke(probe(clusterWide), "onprem")).find(readCheck)).toMatchObject({ ok: false });
});

test("STACKIT: kube-state-metrics in the cluster is a failure (SKE ships cluster metrics); the import CronJob is checked", async () => {
  const stackit = rendered("stackit");
  const ok = relevant(await monitoringSmoke(probe(stackit), "stackit"));
  expect(ok.map((c) => c.ok)).toEqual(ok.map(() => true));
  expect(ok.some((c) => c.name.startsWith("CronJob"))).toBe(true);
  const ksm = rendered("onprem").find((o) => o.kind === "Deployment" && o.metadata.name === "kube-state-metrics")!;
  const ns = stackit.find((o) => o.kind === "CronJob")!.metadata.namespace;
  const withKsm = [...stackit, { ...ksm, metadata: { ...ksm.metadata, namespace: ns } }];
  expect(relevant(await monitoringSmoke(probe(withKsm), "stackit")).find((c) => c.name.startsWith("no in-cluster"))).toMatchObject({ ok: false });
  // A token written inline fails.
  const inline = stackit.map((o) => {
    if (o.kind !== "CronJob") return o;
    const copy = JSON.parse(JSON.stringify(o));
    copy.spec.jobTemplate.spec.template.spec.containers[0].env = [{ name: "GRAFANA_TOKEN", value: "glsa_x" }];
    return copy as LiveObject;
  });
  expect(relevant(await monitoringSmoke(probe(inline), "stackit")).find((c) => c.name.startsWith("CronJob"))).toMatchObject({ ok: false });
});
