/**
 * Multi-tenancy of connections: two web-apps (different ids, so different namespaces) whose
 * workloads share the name `web` are both admitted by one AI gateway. Each gets its own ingress
 * policy on the gateway's side, named by its namespace (`gateway-allow-from-<namespace>-web`) and
 * selecting that web-app's pods in that namespace only, on every target and in both engines. A
 * namespace too long for the name gets a 63-character name ending in a hash, distinct for two
 * namespaces that share the cut prefix; a peer in the same namespace keeps today's name.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- manifests read back from synth output */
import { createHash } from "node:crypto";
import { App } from "cdktf";
import "../../patterns";
import { AiStack, AiStackProps, LandingZone } from "../../index";
import { WebAppStack } from "../../patterns";
import { REFERENCE_GOVERNANCE } from "../../patterns/ai/register";
import { targets } from "../../providers";
import { runPulumi } from "../support/pulumi";
import { manifestsOf, synthApp } from "../support/synth";
import { MODEL, TARGETS, type Target } from "../support/ai";

/** One zone, one AI stack, a web-app per id, each admitted by the gateway. */
function compose(app: App, target: Target, webIds: readonly string[]): AiStack {
  const zone = new LandingZone(app, "amt", { target: TARGETS[target](), stage: "acceptance" });
  const ai = new AiStack(app, "assist", { landingZone: zone, governance: REFERENCE_GOVERNANCE, ...MODEL[target] } as AiStackProps);
  for (const id of webIds) ai.admitClient(new WebAppStack(app, id, { landingZone: zone, image: "registry.example.de/amt/web:1.0.0" }).workload);
  return ai;
}

const matches = (selector: Record<string, string> | undefined, labels: Record<string, string>): boolean =>
  Object.entries(selector ?? {}).every(([k, v]) => labels[k] === v);
const podOf = (objects: any[], name: string) => {
  const deployment = objects.find((o) => o.kind === "Deployment" && o.metadata.name === name);
  return { labels: deployment.spec.template.metadata.labels as Record<string, string>, namespace: deployment.metadata.namespace as string };
};
/** Ingress policies of `objects` selecting `target`'s pods whose rules admit pods of `source`. */
const admitting = (objects: any[], target: { labels: Record<string, string> }, source: { labels: Record<string, string>; namespace: string }) =>
  objects.filter(
    (p) =>
      p.kind === "NetworkPolicy" &&
      p.spec.policyTypes.includes("Ingress") &&
      matches(p.spec.podSelector.matchLabels, target.labels) &&
      (p.spec.ingress ?? []).some((r: any) =>
        r.from.some(
          (peer: any) =>
            peer.podSelector !== undefined &&
            matches(peer.podSelector.matchLabels, source.labels) &&
            matches(peer.namespaceSelector?.matchLabels, { "kubernetes.io/metadata.name": source.namespace }),
        ),
      ),
  );

const WEBS = ["shop", "forms"] as const;

describe.each(["onprem", "stackit", "ionos"] as const)("two web-apps in different namespaces admitted by one AI gateway on %s", (target) => {
  const out = synthApp((app) => compose(app, target, WEBS));
  const aiJson = out.json["assist-platform"];
  const aiObjects = manifestsOf(aiJson);
  const gateway = podOf(aiObjects, "gateway");
  const webs = WEBS.map((id) => ({ id, pod: podOf(manifestsOf(out.json[`${id}-platform`]), "web") }));

  test("the web-apps live in different namespaces, neither the gateway's", () => {
    expect(new Set([gateway.namespace, ...webs.map((w) => w.pod.namespace)]).size).toBe(3);
  });

  test.each(WEBS)("%s: one policy of its own on the gateway, named by its namespace, admitting only its pods", (id) => {
    const web = webs.find((w) => w.id === id)!;
    const other = webs.find((w) => w.id !== id)!;
    const name = `gateway-allow-from-${web.pod.namespace}-web`;
    const own = aiObjects.filter((o) => o.kind === "NetworkPolicy" && o.metadata.name === name);
    expect(own).toHaveLength(1);
    expect(own[0].metadata.namespace).toBe(gateway.namespace);
    expect(matches(own[0].spec.podSelector.matchLabels, gateway.labels)).toBe(true);
    expect(own[0].spec.ingress[0].from).toEqual([
      { namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": web.pod.namespace } }, podSelector: { matchLabels: expect.any(Object) } },
    ]);
    expect(admitting(own, gateway, web.pod)).toHaveLength(1);
    expect(admitting(own, gateway, other.pod)).toHaveLength(0);
    // The resource address (kind, namespace, name) carries the web-app's namespace as well.
    expect(Object.keys(aiJson.resource.kubernetes_manifest)).toContain(`networkpolicy-${gateway.namespace}-${name}`);
  });

  test("the gateway admits each web-app by exactly one policy, and its policy names are unique", () => {
    for (const web of webs) expect(admitting(aiObjects, gateway, web.pod)).toHaveLength(1);
    const names = aiObjects.filter((o) => o.kind === "NetworkPolicy").map((o) => o.metadata.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test("each web-app's egress to the gateway is named by the gateway's namespace", () => {
    for (const web of webs) {
      const egress = manifestsOf(out.json[`${web.id}-platform`]).filter(
        (o) => o.kind === "NetworkPolicy" && o.metadata.name === `web-allow-to-${gateway.namespace}-gateway`,
      );
      expect(egress).toHaveLength(1);
      expect(egress[0].spec.egress[0].to).toEqual([
        { namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": gateway.namespace } }, podSelector: { matchLabels: expect.any(Object) } },
      ]);
      expect(matches(egress[0].spec.egress[0].to[0].podSelector.matchLabels, gateway.labels)).toBe(true);
    }
  });
});

test("peers in the same namespace keep today's names (web-app on-prem: the ingress controller, the database)", () => {
  const out = synthApp(
    (app) =>
      new WebAppStack(app, "shop", {
        target: targets.onprem({ gpuNodes: 1 }),
        image: "registry.example.de/amt/web:1.0.0",
        hostName: "shop.amt.example.de",
        database: true,
      }),
  );
  const names = manifestsOf(out.json["shop-platform"])
    .filter((o) => o.kind === "NetworkPolicy")
    .map((o) => o.metadata.name);
  // The ingress controller (a whole namespace, named by its role) and the in-cluster database (same namespace): v0.1.0's names.
  expect(names).toEqual(expect.arrayContaining(["web-allow-from-ingress-controller", "web-allow-to-postgres", "postgres-allow-from-web"]));
  expect(Object.keys(out.json["shop-platform"].resource.kubernetes_manifest)).toEqual(
    expect.arrayContaining(["networkpolicy-shop-test-web-allow-from-ingress-controller", "networkpolicy-shop-test-postgres-allow-from-web"]),
  );
});

test("a namespace too long for the name: 63 characters ending in a hash of namespace and peer, distinct for a shared prefix", () => {
  const ids = ["buergerservice-antraege-und-bescheide-online-a", "buergerservice-antraege-und-bescheide-online-b"];
  const out = synthApp((app) => compose(app, "onprem", ids));
  const aiObjects = manifestsOf(out.json["assist-platform"]);
  const gateway = podOf(aiObjects, "gateway");
  const names = ids.map((id) => {
    const web = podOf(manifestsOf(out.json[`${id}-platform`]), "web");
    expect(`gateway-allow-from-${web.namespace}-web`.length).toBeGreaterThan(63);
    const policies = admitting(aiObjects, gateway, web);
    expect(policies).toHaveLength(1);
    const name: string = policies[0].metadata.name;
    const hash = createHash("sha256").update(`${web.namespace}-web`).digest("hex").slice(0, 8);
    expect(name.length).toBeLessThanOrEqual(63);
    expect(name).toBe(`${`gateway-allow-from-${web.namespace}-web`.slice(0, 54).replace(/-+$/, "")}-${hash}`);
    return name;
  });
  expect(names[0]).not.toBe(names[1]);
  expect(names[0].slice(0, 54)).toBe(names[1].slice(0, 54));
});

test("the Pulumi engine writes the same gateway policies for both web-apps", async () => {
  const isWebPolicy = (o: any) => o?.kind === "NetworkPolicy" && /^gateway-allow-from-.+-web$/.test(o.metadata.name);
  const registered = await runPulumi((app) => compose(app, "onprem", WEBS));
  const fromPulumi = registered.map((r) => r.inputs).filter(isWebPolicy);
  const cdktf = manifestsOf(synthApp((app) => compose(app, "onprem", WEBS)).json["assist-platform"]).filter(isWebPolicy);
  expect(cdktf).toHaveLength(2);
  const byName = (list: any[]) => Object.fromEntries(list.map((p) => [`${p.metadata.namespace}/${p.metadata.name}`, p.spec]));
  expect(byName(fromPulumi)).toEqual(byName(cdktf));
});
