/**
 * The upgrade detector on its own (tools/upgrade/compat.ts): which plan actions and which address
 * changes count as losing data, with plans shaped like `tofu show -json` output. The real plans
 * and the real previous release are in onprem-suite.ts (onprem.test.ts, onprem-shard2.test.ts) and addresses.test.ts.
 */
import { addressViolations, PlanJson, planMoves, planViolations, protectedKind } from "../../tools/upgrade/compat";
import { oldStacks, previousRelease } from "./releases";

const manifest = (kind: string, name = "x") => ({ manifest: { apiVersion: "v1", kind, metadata: { name } }, object: null });

function plan(type: string, actions: string[], before: unknown, extra: Record<string, unknown> = {}): PlanJson {
  return {
    resource_changes: [
      { address: `${type}.r`, mode: "managed", type, change: { actions, before, after: actions.includes("delete") ? null : before }, ...extra },
    ],
  };
}

describe("plan view", () => {
  test.each([
    ["Namespace", ["delete"], "delete"],
    ["StatefulSet", ["delete", "create"], "replace"],
    ["StatefulSet", ["create", "delete"], "replace"],
    ["PersistentVolumeClaim", ["delete"], "delete"],
    ["Secret", ["forget"], "forget (no longer managed)"],
  ])("reports %s with actions %j as %s", (kind, actions, detail) => {
    expect(planViolations(plan("kubernetes_manifest", actions, manifest(kind)))).toEqual([{ address: "kubernetes_manifest.r", kind, actions, detail }]);
  });

  test("reports replaced or deleted Secrets and generated passwords outside kubernetes_manifest, with the reason", () => {
    expect(
      planViolations(plan("kubernetes_secret_v1", ["delete", "create"], { metadata: [{ name: "db" }] }, { action_reason: "replace_because_cannot_update" })),
    ).toEqual([{ address: "kubernetes_secret_v1.r", kind: "Secret", actions: ["delete", "create"], detail: "replace (replace_because_cannot_update)" }]);
    expect(planViolations(plan("random_password", ["delete", "create"], { length: 32 }))[0]?.kind).toBe("generated credential");
  });

  test("passes updates, creates, moves and deletes of objects that hold no data", () => {
    expect(planViolations(plan("kubernetes_manifest", ["update"], manifest("StatefulSet")))).toEqual([]);
    expect(planViolations(plan("kubernetes_manifest", ["create"], manifest("Secret")))).toEqual([]);
    expect(planViolations(plan("kubernetes_manifest", ["delete"], manifest("NetworkPolicy")))).toEqual([]);
    expect(planViolations(plan("kubernetes_manifest", ["delete", "create"], manifest("Deployment")))).toEqual([]);
    const moved = plan("kubernetes_manifest", ["no-op"], manifest("StatefulSet"), { previous_address: "kubernetes_manifest.old" });
    expect(planViolations(moved)).toEqual([]);
    expect(planMoves(moved)).toEqual([{ from: "kubernetes_manifest.old", to: "kubernetes_manifest.r" }]);
  });

  test("classifies cloud resources by type", () => {
    expect(
      Object.fromEntries(
        [
          "stackit_postgresflex_instance",
          "ionoscloud_pg_cluster",
          "stackit_postgresflex_user",
          "ionoscloud_s3_bucket",
          "stackit_ske_cluster",
          "ionoscloud_k8s_node_pool",
          "ionoscloud_dns_zone",
          "ionoscloud_object_storage_accesskey",
          "ionoscloud_datacenter",
          "stackit_dns_record_set",
          "stackit_ske_kubeconfig",
        ].map((t) => [t, protectedKind(t) ?? null]),
      ),
    ).toEqual({
      stackit_postgresflex_instance: "managed database",
      ionoscloud_pg_cluster: "managed database",
      stackit_postgresflex_user: "user",
      ionoscloud_s3_bucket: "bucket",
      stackit_ske_cluster: "cluster",
      ionoscloud_k8s_node_pool: "cluster",
      ionoscloud_dns_zone: "DNS zone",
      ionoscloud_object_storage_accesskey: "credentials",
      ionoscloud_datacenter: "network",
      stackit_dns_record_set: null,
      stackit_ske_kubeconfig: null,
    });
  });
});

describe("address view", () => {
  const before = {
    resource: { kubernetes_manifest: { ns: manifest("Namespace"), np: manifest("NetworkPolicy") }, stackit_objectstorage_bucket: { bucket: {} } },
  };

  test("a protected address that vanishes is reported; an unprotected one is not", () => {
    const after = { resource: { kubernetes_manifest: {}, stackit_objectstorage_bucket: { bucket: {} } } };
    expect(addressViolations(before, after).map((v) => [v.address, v.kind])).toEqual([["kubernetes_manifest.ns", "Namespace"]]);
  });

  test("moved chains are followed; a moved block to nowhere or to another kind does not count", () => {
    const after = (moved: unknown, ns: unknown = manifest("Namespace")) => ({
      resource: { kubernetes_manifest: { "ns-3": ns }, stackit_objectstorage_bucket: { bucket: {} } },
      moved: moved as Array<{ from: string; to: string }>,
    });
    const chain = [
      { from: "kubernetes_manifest.ns", to: "kubernetes_manifest.ns-2" },
      { from: "kubernetes_manifest.ns-2", to: "kubernetes_manifest.ns-3" },
    ];
    expect(addressViolations(before, after(chain))).toEqual([]);
    expect(addressViolations(before, after([chain[0]]))[0].detail).toBe("moved to kubernetes_manifest.ns-2, which the new synth does not declare");
    expect(addressViolations(before, after(chain, manifest("ConfigMap")))[0].detail).toBe("kubernetes_manifest.ns-3 now holds kubernetes_manifest");
    // A moved cycle terminates.
    expect(addressViolations(before, after([chain[0], { from: "kubernetes_manifest.ns-2", to: "kubernetes_manifest.ns" }])).length).toBe(1);
  });
});

test("a pattern that did not exist in the previous release is skipped with the reason", () => {
  const release = previousRelease();
  expect(oldStacks(release, "no-such-pattern", "onprem", "test")).toEqual({
    skip: `pattern no-such-pattern did not exist in ${release.release}: nothing to upgrade from (covered from the next release on)`,
  });
});
