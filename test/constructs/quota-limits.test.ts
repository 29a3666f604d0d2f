/**
 * A namespace's workloads must fit its ResourceQuota's CPU and memory limits at synth, a rolling
 * update included (constructs/quota-check.ts). Found by running: the v0.2.0 reference IAM
 * instance in production (Keycloak, its proxy and a protected app, two replicas each) needed 4.5
 * CPUs of an S quota of 4, and the upgrade test's apply waited on a StatefulSet whose pod the
 * quota refused ("exceeded quota: stackwerk-quota, requested: limits.cpu=500m, used: limits.cpu=4").
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
import { parseQuantity, peakLimits, workloadLimits } from "../../constructs/quota-check";
import type { KubeObject } from "../../constructs/kube/types";

const outdir = () => fs.mkdtempSync(path.join(os.tmpdir(), "quota-limits-"));

/** The reference IAM instance's shape: Keycloak, a protected demo app with two replicas. */
function identityWithProtectedApp(size: "S" | "M" | undefined): () => unknown {
  return () => {
    const app = new App({ outdir: outdir() });
    const identity = new IdentityStack(app, "idp", { target: targetByName("onprem"), stage: "production", size, hostName: "id.example.de" });
    const platform = identity.platformStack as unknown as Construct;
    const workload = new Workload(platform, "demo", {
      namespace: identity.namespace,
      name: "hello",
      image: "registry.example.de/stackwerk/hello-web:1.0.0",
      port: 8080,
      replicas: 2,
    });
    identity.protect({ exposure: new HttpExposure(platform, "demo-http", { workload, hostName: "hello.example.de", gateway: identity.zoneGateway }) });
    return synthesize(app);
  };
}

test("production IAM with a protected app at size S fails at synth, naming the namespace, the need, the quota and the size that fits", () => {
  expect(identityWithProtectedApp("S")).toThrow(
    /\[ZeroTrustNamespace idp\/.*namespace\] size: the workloads of namespace idp-production need 5\.5 CPU, [0-9.]+ GiB of limits during a rolling update \(4\.5 CPU, .*Deployment\/keycloak 2 CPU.*\), more than the size S quota of 4 CPU, 8 GiB\. Allowed: size M or larger, or fewer replicas or smaller limits/,
  );
});

test("the same program at size M synthesises", () => {
  expect(identityWithProtectedApp("M")()).toEqual(expect.arrayContaining([expect.objectContaining({ role: "platform" })]));
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
  expect(peakLimits([deployment, recreate, job])).toEqual({
    steady: { cpu: 5, memory: 4 * 2 ** 30 + 512 * 2 ** 20 },
    peak: { cpu: 7, memory: 5 * 2 ** 30 + 512 * 2 ** 20 },
  });
});
