/**
 * A namespace's ResourceQuota leaves room for its own workloads' CPU and memory limits, a rolling
 * update included (constructs/quota-check.ts): the size preset, raised at synth to the workloads'
 * peak. Found by running: the v0.2.0 reference IAM instance in production (Keycloak, its proxy and a
 * protected app, two replicas each) needed 4.5 CPUs of an S quota of 4, and the upgrade test's
 * apply waited on a StatefulSet whose pod the quota refused ("exceeded quota: stackwerk-quota,
 * requested: limits.cpu=500m, used: limits.cpu=4").
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import "../../patterns";
import { IdentityStack } from "../../patterns";
import { synthesize } from "../../engines/cdktf";
import { App } from "../../engines/cdktf/cdk";
import type { Construct } from "constructs";
import { Workload } from "../../constructs/workload";
import { HttpExposure } from "../../constructs/exposure";
import { targetByName } from "../../index";
import { fitQuota, parseQuantity, peakLimits, workloadLimits } from "../../constructs/quota-check";
import type { KubeObject } from "../../constructs/kube/types";

/** The synthesised ResourceQuota of the IAM namespace: Keycloak plus a protected demo app with `replicas`. */
function quotaOf(stage: "test" | "production", replicas: number): { hard: Record<string, string>; annotations?: Record<string, string> } {
  const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), "quota-limits-")) });
  const identity = new IdentityStack(app, "idp", { target: targetByName("onprem"), stage, hostName: "id.example.de" });
  const platform = identity.platformStack as unknown as Construct;
  const workload = new Workload(platform, "demo", {
    namespace: identity.namespace,
    name: "hello",
    image: "registry.example.de/stackwerk/hello-web:1.0.0",
    port: 8080,
    replicas,
  });
  identity.protect({ exposure: new HttpExposure(platform, "demo-http", { workload, hostName: "hello.example.de", gateway: identity.zoneGateway }) });
  const stack = synthesize(app).find((s) => s.role === "platform")!;
  const json = JSON.parse(fs.readFileSync(stack.file, "utf8"));
  const quota = Object.values<{ manifest: { kind: string; metadata: { annotations?: Record<string, string> }; spec: { hard: Record<string, string> } } }>(
    json.resource.kubernetes_manifest,
  ).find((r) => r.manifest.kind === "ResourceQuota")!.manifest;
  return { hard: quota.spec.hard, annotations: quota.metadata.annotations };
}

test("production IAM with a protected app: the S quota is raised to the workloads' peak (5.5 CPUs at a rolling update), with the reason", () => {
  const quota = quotaOf("production", 2);
  expect(quota.hard).toEqual({ "limits.cpu": "6", "limits.memory": "8Gi", pods: "20" });
  expect(quota.annotations?.["stackwerk.dev/quota"]).toMatch(
    /^size S preset 4 CPU, 8 GiB, raised to the workloads' peak 5\.5 CPU, [0-9.]+ GiB \(rolling update included\)$/,
  );
});

test("a namespace whose workloads fit keeps the size's preset and no annotation", () => {
  const quota = quotaOf("test", 1);
  expect(quota).toEqual({ hard: { "limits.cpu": "4", "limits.memory": "8Gi", pods: "20" }, annotations: undefined });
});

test("quantities, surge and peak: steady pods plus the largest rollout or Job", () => {
  expect([parseQuantity("500m"), parseQuantity("2"), parseQuantity("1536Mi"), parseQuantity("1G"), parseQuantity("lots")]).toEqual([
    0.5,
    2,
    1536 * 2 ** 20,
    1e9,
    undefined,
  ]);
  const defaults = { cpu: 0.5, memory: 256 * 2 ** 20 };
  const pod = (cpu?: string) => ({ spec: { containers: [{ resources: cpu ? { limits: { cpu, memory: "1Gi" } } : {} }] } });
  const obj = (kind: string, spec: object): KubeObject => ({ apiVersion: "apps/v1", kind, metadata: { name: kind.toLowerCase(), namespace: "n" }, spec });
  const deployment = workloadLimits(obj("Deployment", { replicas: 4, template: pod("1") }), defaults)!;
  // Kubernetes' default maxSurge is 25 %, rounded up: one pod of four.
  expect(deployment).toEqual({ name: "Deployment/deployment", steady: { cpu: 4, memory: 4 * 2 ** 30 }, transient: { cpu: 1, memory: 2 ** 30 } });
  const recreate = workloadLimits(obj("Deployment", { replicas: 2, strategy: { type: "Recreate" }, template: pod() }), defaults)!;
  expect(recreate.transient).toEqual({ cpu: 0, memory: 0 });
  expect(recreate.steady).toEqual({ cpu: 1, memory: 512 * 2 ** 20 });
  const job = workloadLimits(obj("Job", { template: pod("2") }), defaults)!;
  expect(job).toEqual({ name: "Job/job", steady: { cpu: 0, memory: 0 }, transient: { cpu: 2, memory: 2 ** 30 } });
  expect(workloadLimits(obj("ConfigMap", {}), defaults)).toBeUndefined();
  expect(fitQuota({ cpu: 4, memory: 8 * 2 ** 30 }, { cpu: 5.5, memory: 3 * 2 ** 30 })).toEqual({ cpu: 6, memory: 8 * 2 ** 30 });
  expect(fitQuota({ cpu: 4, memory: 8 * 2 ** 30 }, { cpu: 4, memory: 8.2 * 2 ** 30 })).toEqual({ cpu: 4, memory: 9 * 2 ** 30 });
  expect(peakLimits([deployment, recreate, job])).toEqual({
    steady: { cpu: 5, memory: 4 * 2 ** 30 + 512 * 2 ** 20 },
    peak: { cpu: 7, memory: 5 * 2 ** 30 + 512 * 2 ** 20 },
  });
});
