/**
 * Many tenants, one Keycloak: two AI stacks in OIDC mode (different ids, so different
 * namespaces) and one IdentityStack in one landing zone synthesise on every target. Each gateway
 * gets its own admitting NetworkPolicy on Keycloak's side, selecting Keycloak's pods and only that
 * gateway's pods in that gateway's namespace, and Keycloak admits both gateways (checked by
 * evaluating the policies against each gateway's pod labels and namespace, not by name alone).
 * The other clients of Keycloak are covered too: auth proxies of two protected web-apps, and
 * Grafana (on-prem) next to an AI gateway, keep distinct policies; the Pulumi engine writes the
 * same policies.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- manifests read back from synth output */
import { App } from "cdktf";
import "../../patterns";
import { AiStack, AiStackProps, IdentityStack, LandingZone } from "../../index";
import { MonitoringStack, WebAppStack } from "../../patterns";
import { REFERENCE_GOVERNANCE } from "../../patterns/ai/register";
import { targets } from "../../providers";
import { runPulumi } from "../support/pulumi";
import { manifestsOf, synthApp } from "../support/synth";
import { MODEL, TARGETS, type Target } from "../support/ai";

const TENANTS = [
  { id: "assist", caller: "fachverfahren" },
  { id: "chat", caller: "chatbot" },
] as const;

/** One zone, one IdentityStack, two AI stacks each with its own gateway client and caller. */
function compose(app: App, target: Target): IdentityStack {
  const zone = new LandingZone(app, "amt", { target: TARGETS[target](), stage: "acceptance" });
  const identity = new IdentityStack(app, "id", { landingZone: zone, hostName: "id.amt.example.de", realm: { realmName: "amt" } });
  for (const tenant of TENANTS) {
    const gateway = identity.oidcClient({ clientId: `ai-${tenant.id}`, serviceAccount: true });
    identity.oidcClient({ clientId: tenant.caller, serviceAccount: true });
    new AiStack(app, tenant.id, {
      landingZone: zone,
      governance: REFERENCE_GOVERNANCE,
      identityProvider: gateway,
      clients: [{ name: tenant.caller, requestsPerMinute: 30 }],
      ...MODEL[target],
    } as AiStackProps);
  }
  return identity;
}

const matches = (selector: Record<string, string> | undefined, labels: Record<string, string>): boolean =>
  Object.entries(selector ?? {}).every(([k, v]) => labels[k] === v);

/** Whether the Ingress policies in `policies` let a pod (labels, namespace) reach `target` pods on `port`. */
function admits(
  policies: any[],
  target: { labels: Record<string, string>; namespace: string },
  source: { labels: Record<string, string>; namespace: string },
  port: number,
) {
  return policies.some(
    (p) =>
      p.metadata.namespace === target.namespace &&
      p.spec.policyTypes.includes("Ingress") &&
      matches(p.spec.podSelector.matchLabels, target.labels) &&
      (p.spec.ingress ?? []).some(
        (rule: any) =>
          rule.ports.some((r: any) => r.port === port) &&
          rule.from.some(
            (peer: any) =>
              peer.podSelector !== undefined &&
              matches(peer.podSelector.matchLabels, source.labels) &&
              (peer.namespaceSelector === undefined
                ? source.namespace === target.namespace
                : matches(peer.namespaceSelector.matchLabels, { "kubernetes.io/metadata.name": source.namespace })),
          ),
      ),
  );
}

const podOf = (objects: any[], name: string) => {
  const deployment = objects.find((o) => o.kind === "Deployment" && o.metadata.name === name);
  return { labels: deployment.spec.template.metadata.labels, namespace: deployment.metadata.namespace };
};

describe.each(["onprem", "stackit", "ionos"] as const)("two OIDC AI stacks sharing one Keycloak on %s", (target) => {
  const out = synthApp((app) => compose(app, target));
  const idObjects = manifestsOf(out.json["id-platform"]);
  const keycloak = podOf(idObjects, "keycloak");
  const port = idObjects.find((o) => o.kind === "Deployment" && o.metadata.name === "keycloak").spec.template.spec.containers[0].ports[0].containerPort;
  const keycloakPolicies = idObjects.filter((o) => o.kind === "NetworkPolicy");
  const gateways = TENANTS.map((t) => ({ ...t, pod: podOf(manifestsOf(out.json[`${t.id}-platform`]), "gateway") }));

  test("the gateways live in different namespaces", () => {
    expect(gateways[0].pod.namespace).not.toBe(gateways[1].pod.namespace);
  });

  test.each(TENANTS.map((t) => t.id))("%s: Keycloak has its own policy selecting that gateway's pods in its namespace only", (id) => {
    const gateway = gateways.find((g) => g.id === id)!;
    const name = `keycloak-allow-from-${gateway.pod.namespace}-gateway`;
    const own = keycloakPolicies.filter((p) => p.metadata.name === name);
    expect(own).toHaveLength(1);
    expect(own[0].metadata.namespace).toBe(keycloak.namespace);
    const selector = own[0].spec.podSelector.matchLabels;
    expect(selector["app.kubernetes.io/instance"]).toBe(keycloak.labels["app.kubernetes.io/instance"]);
    expect(matches(selector, keycloak.labels)).toBe(true);
    const from = own[0].spec.ingress[0].from;
    expect(from).toHaveLength(1);
    expect(from[0].namespaceSelector).toEqual({ matchLabels: { "kubernetes.io/metadata.name": gateway.pod.namespace } });
    expect(from[0].podSelector.matchLabels["app.kubernetes.io/instance"]).toBe(gateway.pod.labels["app.kubernetes.io/instance"]);
    expect(matches(from[0].podSelector.matchLabels, gateway.pod.labels)).toBe(true);
    // The other gateway is not admitted by this one's policy.
    const other = gateways.find((g) => g.id !== id)!;
    expect(admits(own, keycloak, gateway.pod, port)).toBe(true);
    expect(admits(own, keycloak, other.pod, port)).toBe(false);
  });

  test("Keycloak admits both gateways, and each gateway may leave for Keycloak", () => {
    for (const gateway of gateways) {
      expect(admits(keycloakPolicies, keycloak, gateway.pod, port)).toBe(true);
      const egress = manifestsOf(out.json[`${gateway.id}-platform`]).filter(
        (o) => o.kind === "NetworkPolicy" && o.spec.policyTypes.includes("Egress") && matches(o.spec.podSelector.matchLabels, gateway.pod.labels),
      );
      const toKeycloak = egress
        .flatMap((p) => p.spec.egress ?? [])
        .flatMap((r: any) => r.to)
        .filter(
          (peer: any) =>
            peer.podSelector !== undefined &&
            matches(peer.podSelector.matchLabels, keycloak.labels) &&
            matches(peer.namespaceSelector?.matchLabels, { "kubernetes.io/metadata.name": keycloak.namespace }),
        );
      expect(toKeycloak).toHaveLength(1);
    }
  });

  test("Keycloak's policy names are unique", () => {
    const names = keycloakPolicies.map((p) => p.metadata.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

test("the Pulumi engine writes the same two Keycloak policies", async () => {
  const registered = await runPulumi((app) => compose(app, "onprem"));
  const fromPulumi = registered.filter((r) => r.inputs?.kind === "NetworkPolicy" && /^keycloak-allow-from-.*-gateway$/.test(r.inputs.metadata.name));
  const cdktf = manifestsOf(synthApp((app) => compose(app, "onprem")).json["id-platform"]).filter(
    (o) => o.kind === "NetworkPolicy" && /^keycloak-allow-from-.*-gateway$/.test(o.metadata.name),
  );
  expect(cdktf).toHaveLength(2);
  const byName = (list: any[]) => Object.fromEntries(list.map((p) => [p.metadata.name, p.spec]));
  expect(byName(fromPulumi.map((r) => r.inputs))).toEqual(byName(cdktf));
});

test("other clients of one Keycloak keep distinct policies: two auth proxies, Grafana next to an AI gateway", () => {
  const out = synthApp((app) => {
    const zone = new LandingZone(app, "amt", { target: targets.onprem({ gpuNodes: 1 }), stage: "acceptance" });
    const identity = new IdentityStack(app, "id", { landingZone: zone, hostName: "id.amt.example.de", realm: { realmName: "amt" } });
    for (const id of ["shop", "forms"]) {
      identity.protect(new WebAppStack(app, id, { landingZone: zone, image: "registry.example.de/amt/web:1.0.0", hostName: `${id}.amt.example.de` }));
    }
    const grafana = identity.oidcClient({ clientId: "grafana", redirectUris: ["https://grafana.amt.example.de/login/generic_oauth"] });
    // Logs kept as long as the AI stack promises its audit logs (governance.auditLogRetentionDays 180).
    new MonitoringStack(app, "mon", {
      landingZone: zone,
      identityProvider: grafana,
      retention: { logsDays: 180 },
      receivers: [{ type: "webhook", url: "https://alerts.example.de/hook" }],
    });
    const gateway = identity.oidcClient({ clientId: "ai-gateway", serviceAccount: true });
    identity.oidcClient({ clientId: "fachverfahren", serviceAccount: true });
    new AiStack(app, "assist", {
      landingZone: zone,
      governance: REFERENCE_GOVERNANCE,
      identityProvider: gateway,
      clients: [{ name: "fachverfahren", requestsPerMinute: 30 }],
      ...MODEL.onprem,
    } as AiStackProps);
  });
  const idObjects = manifestsOf(out.json["id-platform"]);
  const keycloak = podOf(idObjects, "keycloak");
  const port = idObjects.find((o) => o.kind === "Deployment" && o.metadata.name === "keycloak").spec.template.spec.containers[0].ports[0].containerPort;
  const policies = idObjects.filter((o) => o.kind === "NetworkPolicy");
  const names = policies.map((p) => p.metadata.name);
  expect(new Set(names).size).toBe(names.length);
  // The proxies live in Keycloak's namespace and keep their names (addresses of v0.1.0).
  expect(names).toEqual(expect.arrayContaining(["keycloak-allow-from-proxy-shop", "keycloak-allow-from-proxy-forms"]));
  const grafana = podOf(manifestsOf(out.json["mon-platform"]), "grafana");
  expect(names).toContain(`keycloak-allow-from-${grafana.namespace}-grafana`);
  for (const pod of [podOf(idObjects, "proxy-shop"), podOf(idObjects, "proxy-forms"), grafana, podOf(manifestsOf(out.json["assist-platform"]), "gateway")]) {
    expect(admits(policies, keycloak, pod, port)).toBe(true);
  }
});
