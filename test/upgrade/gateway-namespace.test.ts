/**
 * The documented step of docs/migration/v0.2.md "The Gateway namespace carries the stage", on the
 * embedded cluster: an add-ons stack as 0.2 builds before the fix wrote it (Gateway namespace
 * `<zone>-gateway`, no stage) is applied; the current add-ons stack plans over that state with its
 * `moved` blocks, and the plan moves every object of the namespace and replaces it (a namespace
 * cannot be renamed) — nothing else; the apply succeeds and the Gateway is in the stage's namespace.
 *
 * The old stack is the current synth with the namespace name put back (the only difference the
 * fix made to the add-ons stack; the unit test below checks that the moved blocks are exactly the
 * renamed addresses, so the reconstruction cannot drift from what the engine maps).
 */
import * as fs from "node:fs";
import type { SynthesizedStack } from "../../index";
import { zoneGatewayNamespace } from "../../constructs/kube/gateway";
import { ensureToolchain, Toolchain } from "../../tools/toolchain";
import { EmbeddedCluster, startCluster } from "../../tools/cluster";
import { PlanJson, planMoves, planViolations } from "../../tools/upgrade/compat";
import { initStack, tofuIn } from "../support/tofu";
import { materialise, newSynth, removeTempDirs } from "./releases";

jest.setTimeout(900_000);

const PATTERN = "web-app";
const INSTANCE = "web-app-onprem";
const NEW_NS = `${INSTANCE}-test-gateway`;
const OLD_NS = `${INSTANCE}-gateway`;

type Json = Record<string, unknown> & {
  resource: { kubernetes_manifest: Record<string, { manifest: Record<string, unknown> }> };
  moved?: Array<{ from: string; to: string }>;
};

/** The add-ons stack of the reference instance in stage test, as the current code writes it. */
function currentAddons(): SynthesizedStack & { json: Json } {
  const stack = newSynth(PATTERN, "onprem", "test").find((s) => s.role === "addons");
  if (!stack) throw new Error(`${PATTERN} on onprem has no add-ons stack`);
  return stack as SynthesizedStack & { json: Json };
}

/** The same stack with the stageless namespace (0.2 before the fix): addresses and names put back, no moved blocks. */
function stagelessAddons(current: Json): Json {
  const back = new Map((current.moved ?? []).map((m) => [m.to.replace(/^kubernetes_manifest\./, ""), m.from.replace(/^kubernetes_manifest\./, "")]));
  let text = JSON.stringify(current).split(`"${NEW_NS}"`).join(`"${OLD_NS}"`);
  // References (depends_on) to the renamed addresses.
  for (const [to, from] of back) text = text.split(`"kubernetes_manifest.${to}"`).join(`"kubernetes_manifest.${from}"`);
  const old = JSON.parse(text) as Json;
  delete old.moved;
  old.resource.kubernetes_manifest = Object.fromEntries(Object.entries(old.resource.kubernetes_manifest).map(([id, r]) => [back.get(id) ?? id, r]));
  return old;
}

test("the add-ons stack maps every object of the stageless Gateway namespace to the stage's, and nothing else", () => {
  const { json } = currentAddons();
  const manifests = json.resource.kubernetes_manifest;
  const inGatewayNs = Object.keys(manifests).filter((id) => {
    const meta = manifests[id].manifest.metadata as { name: string; namespace?: string };
    return meta.namespace === NEW_NS || (manifests[id].manifest.kind === "Namespace" && meta.name === NEW_NS);
  });
  expect(inGatewayNs.length).toBeGreaterThanOrEqual(5);
  expect((json.moved ?? []).map((m) => m.to).sort()).toEqual(inGatewayNs.map((id) => `kubernetes_manifest.${id}`).sort());
  for (const m of json.moved ?? []) expect(m.from).toBe(m.to.split(NEW_NS).join(OLD_NS));
  expect(zoneGatewayNamespace({ stage: "test", context: { instanceName: INSTANCE } as never })).toBe(NEW_NS);
  expect(zoneGatewayNamespace({ stage: "production", context: { instanceName: "x".repeat(70) } as never })).toMatch(/^x{54}-[0-9a-f]{8}$/);
});

describe("on the embedded cluster", () => {
  let tc: Toolchain;
  let cluster: EmbeddedCluster;
  beforeAll(async () => {
    tc = await ensureToolchain();
    cluster = await startCluster({ name: "gateway-ns" });
  });
  afterAll(async () => {
    await cluster?.stop();
    removeTempDirs();
  });

  test("the stageless namespace's objects are moved and replaced, the apply succeeds, the Gateway is in <zone>-test-gateway", async () => {
    const env = { TF_VAR_kubeconfig_path: cluster.kubeconfig, TF_VAR_kube_context: "" };
    const current = currentAddons();
    const old = materialise({
      role: "platform",
      name: current.name,
      json: stagelessAddons(current.json) as never,
      text: JSON.stringify(stagelessAddons(current.json)),
    });
    await initStack(tc, old);
    const applied = await tofuIn(tc, old, ["apply", "-auto-approve", "-input=false"], env);
    expect({ code: applied.code, err: applied.code ? applied.stdout.slice(-2000) + applied.stderr : "" }).toEqual({ code: 0, err: "" });
    expect(JSON.parse((await cluster.kubectl(["get", "gateways.gateway.networking.k8s.io", "-n", OLD_NS, "-o", "json"])).stdout).items).toHaveLength(1);

    fs.copyFileSync(`${old.dir}/terraform.tfstate`, `${current.dir}/terraform.tfstate`);
    await initStack(tc, current);
    const plan = await tofuIn(tc, current, ["plan", "-input=false", "-out=upgrade.plan"], env);
    expect({ code: plan.code, err: plan.code ? plan.stdout.slice(-2000) + plan.stderr : "" }).toEqual({ code: 0, err: "" });
    const show = await tofuIn(tc, current, ["show", "-json", "upgrade.plan"], env);
    const json = JSON.parse(show.stdout) as PlanJson;
    expect(planMoves(json).sort((a, b) => a.to.localeCompare(b.to))).toEqual(
      [...(current.json.moved ?? [])].sort((a, b) => a.to.localeCompare(b.to)).map((m) => ({ from: m.from, to: m.to })),
    );
    // A data source read (the Gateway's address for ingress_ip) changes nothing.
    const changed = (json.resource_changes ?? []).filter((rc) => !rc.change.actions.every((a) => a === "no-op" || a === "read"));
    // Every moved object is replaced (delete + create at its new address); the zone's admission policy bindings
    // (ADR 0385) follow the renamed namespace in place; nothing else changes.
    const bindings = Object.keys(current.json.resource?.kubernetes_manifest ?? {})
      .filter((id) => id.startsWith("validatingadmissionpolicybinding-"))
      .map((id) => ({ address: `kubernetes_manifest.${id}`, actions: ["update"] }));
    expect(bindings).toHaveLength(4);
    expect(changed.map((rc) => ({ address: rc.address, actions: [...rc.change.actions].sort() })).sort((a, b) => a.address.localeCompare(b.address))).toEqual(
      [...(current.json.moved ?? []).map((m) => ({ address: m.to, actions: ["create", "delete"] })), ...bindings].sort((a, b) =>
        a.address.localeCompare(b.address),
      ),
    );
    // The upgrade detector names the replaced Namespace (the documented, expected replacement).
    expect(planViolations(json).map((v) => v.kind)).toEqual(["Namespace"]);

    const apply = await tofuIn(tc, current, ["apply", "-input=false", "upgrade.plan"], env);
    expect({ code: apply.code, err: apply.code ? apply.stdout.slice(-2000) + apply.stderr : "" }).toEqual({ code: 0, err: "" });
    const gateways = JSON.parse((await cluster.kubectl(["get", "gateways.gateway.networking.k8s.io", "-n", NEW_NS, "-o", "json"])).stdout);
    expect(gateways.items.map((g: { metadata: { name: string } }) => g.metadata.name)).toEqual(["gateway"]);
    // The old namespace is gone or being deleted (the namespace controller empties it first).
    const oldNs = await cluster.kubectl(["get", "namespace", OLD_NS, "-o", "jsonpath={.status.phase}"], { check: false });
    expect(oldNs.code !== 0 || oldNs.stdout === "Terminating").toBe(true);
  });
});
