/**
 * The three defects of the Pulumi engine that mocks used to hide (issue 28), each checked on what
 * the engine registers under Pulumi's runtime mocks:
 * (a) every object is bound to an explicit kubernetes Provider built from the target's kubeconfig
 *     (the cloud cluster's kubeconfig input, or the pinned on-prem path and context), never to
 *     Pulumi's default provider (the ambient kubeconfig);
 * (b) every object's type token is one the Pulumi Kubernetes provider accepts:
 *     `kubernetes:<group>/<version>:<Kind>`, `core` for the core group;
 * (c) a shared landing zone's add-ons (the monitoring operator's CRDs and cluster RBAC) are rendered,
 *     and the objects that need them are ordered after them (the operator's Deployment, in the
 *     monitoring pattern's platform layer, too).
 * The expectations are written here from the model (KubeManifest nodes, the target's props), not
 * taken from either engine's output.
 */
import "../../engines/cdktf"; // cloud targets need the cdktf engine for their infra layer
import "../../patterns";
import { LandingZone } from "../../core/landing-zone";
import { KubeManifest } from "../../constructs/kube/manifest";
import { getPattern, MonitoringStack, WebAppStack } from "../../patterns";
import { targets } from "../../providers";
import { inputPlaceholder, objectKey, Registered, renderManyUnderMocks, renderUnderMocks, unwrapSecret } from "../support/pulumi";

const IMAGE = "registry.example.de/shop/web:1.4.2";

/** The provider registration a resource's provider reference (`<urn>::<id>`) points at. */
function providerOf(registered: Registered[], resource: Registered): Registered | undefined {
  if (!resource.provider) return undefined;
  const urn = resource.provider.split("::").slice(0, -1).join("::");
  const name = urn.split("::").pop();
  return registered.find((r) => r.type === "pulumi:providers:kubernetes" && r.name === name);
}

const kubernetesObjects = (registered: Registered[]) => registered.filter((r) => r.type.startsWith("kubernetes:"));

describe("(a) every object goes to the target's cluster through an explicit provider", () => {
  test.each(["stackit", "ionos"] as const)("on %s: the provider is built from the cluster's kubeconfig input", async (target) => {
    const { registered } = await renderUnderMocks((app) => getPattern("web-app").create(app, "shop", { target: targets[target](), stage: "production" }));
    const objects = kubernetesObjects(registered);
    expect(objects.length).toBeGreaterThan(10);
    for (const object of objects) {
      const provider = providerOf(registered, object);
      expect({ object: `${object.type} ${object.name}`, kubeconfig: unwrapSecret(provider?.inputs.kubeconfig) }).toEqual({
        object: `${object.type} ${object.name}`,
        kubeconfig: inputPlaceholder("kubeconfig"),
      });
    }
  });

  test("on-prem: the pinned kubeconfig path and context are the provider's, not the ambient kubeconfig", async () => {
    const { registered } = await renderUnderMocks(
      (app) =>
        new WebAppStack(app, "shop", {
          target: targets.onprem({ kubeconfigPath: "/etc/rz/kubeconfig", kubeconfigCheckedAtSynth: false, kubeContext: "prod" }),
          image: IMAGE,
        }),
      undefined,
      // An apply-time kubeconfig in config must not win over the path the target pins.
      { "stackwerk:kubeconfig": "/home/someone/.kube/config" },
    );
    const objects = kubernetesObjects(registered);
    expect(objects.length).toBeGreaterThan(5);
    for (const object of objects) {
      const provider = providerOf(registered, object);
      expect({ object: `${object.type} ${object.name}`, kubeconfig: unwrapSecret(provider?.inputs.kubeconfig), context: provider?.inputs.context }).toEqual({
        object: `${object.type} ${object.name}`,
        kubeconfig: "/etc/rz/kubeconfig",
        context: "prod",
      });
    }
  });

  test("on-prem without a pinned kubeconfig: the path given at apply (stackwerk:kubeconfig_path), like cdktf's kubeconfig_path", async () => {
    const { registered } = await renderUnderMocks((app) => new WebAppStack(app, "shop", { target: targets.onprem(), image: IMAGE }), undefined, {
      "stackwerk:kubeconfig_path": "/run/cluster/kubeconfig",
    });
    const objects = kubernetesObjects(registered);
    for (const object of objects) {
      expect({ object: object.name, kubeconfig: unwrapSecret(providerOf(registered, object)?.inputs.kubeconfig) }).toEqual({
        object: object.name,
        kubeconfig: "/run/cluster/kubeconfig",
      });
    }
  });
});

describe("(b) type tokens the Kubernetes provider accepts", () => {
  test.each(["onprem", "stackit"] as const)("web-app on %s: kubernetes:<group>/<version>:<Kind> for every object, core kinds included", async (target) => {
    const { registered } = await renderUnderMocks((app) => getPattern("web-app").create(app, "shop", { target: targets[target](), stage: "production" }));
    const objects = kubernetesObjects(registered).filter((r) => r.inputs.apiVersion);
    const kinds = new Set(objects.map((r) => r.inputs.kind));
    expect(kinds.has("Namespace") && kinds.has("Service")).toBe(true);
    for (const object of objects) {
      const apiVersion = object.inputs.apiVersion as string;
      const groupVersion = apiVersion.includes("/") ? apiVersion : `core/${apiVersion}`;
      expect({ object: objectKey(object.inputs), type: object.type }).toEqual({
        object: objectKey(object.inputs),
        type: `kubernetes:${groupVersion}:${object.inputs.kind}`,
      });
    }
    expect(objects.find((r) => r.inputs.kind === "Namespace")!.type).toBe("kubernetes:core/v1:Namespace");
  });
});

describe("(c) a shared landing zone's add-ons", () => {
  test("the monitoring operator's CRDs and cluster RBAC of a shared zone, and its Deployment, are rendered once, before the objects that use them", async () => {
    let zone: LandingZone | undefined;
    let mon: MonitoringStack | undefined;
    const { registered, components } = await renderManyUnderMocks((app) => {
      zone = new LandingZone(app, "amt", { target: targets.onprem(), stage: "production" });
      mon = new MonitoringStack(app, "mon", { landingZone: zone, receivers: [{ type: "webhook", url: "https://alerts.example.de/hook" }] });
      const portal = new WebAppStack(app, "portal", { landingZone: zone, image: IMAGE });
      return [mon, portal];
    });
    // What the zone's add-ons layer holds in the model (not what an engine rendered).
    const addons = zone!.layers.find((l) => l.role === "addons")!.layer;
    const expected = KubeManifest.all(addons).map((m) => objectKey(m.object));
    expect(expected.length).toBeGreaterThanOrEqual(10);
    expect(expected.some((k) => k.startsWith("CustomResourceDefinition//servicemonitors."))).toBe(true);
    expect(expected.some((k) => k.startsWith("ClusterRole/"))).toBe(true);
    // The operator's Deployment runs in the monitoring pattern's platform layer, scoped to the zone (issue 26,
    // patterns/monitoring/operator.ts): the zone's add-ons hold no pods.
    expect(expected.filter((k) => k.startsWith("Deployment/"))).toEqual([]);
    const operator = KubeManifest.all(mon!.platformStack).find((m) => m.object.kind === "Deployment" && m.object.metadata.name === "prometheus-operator");
    expect(operator).toBeDefined();
    const operatorRbac = KubeManifest.all(mon!.platformStack)
      .filter((m) => ["Role", "RoleBinding"].includes(m.object.kind) && m.object.metadata.name === "prometheus-operator")
      .map((m) => objectKey(m.object));
    expect(operatorRbac.length).toBe(2);

    const rendered = kubernetesObjects(registered)
      .filter((r) => r.inputs.kind)
      .map((r) => objectKey(r.inputs));
    for (const key of expected) expect({ key, times: rendered.filter((k) => k === key).length }).toEqual({ key, times: 1 });

    // Every object of a monitoring.coreos.com kind waits for the CRDs (and the operator).
    const crds = expected.filter((k) => k.startsWith("CustomResourceDefinition/"));
    let users = 0;
    for (const component of components) {
      for (const [key, { dependsOn }] of component.lifecycle) {
        const object = component.objects.get(key);
        if (!object) continue;
        const kind = key.split("/")[0];
        if (["ServiceMonitor", "PrometheusRule", "Prometheus", "Alertmanager", "ScrapeConfig"].includes(kind)) {
          users++;
          expect({ key, dependsOn: crds.filter((c) => dependsOn.includes(c)) }).toEqual({ key, dependsOn: crds });
        }
      }
    }
    expect(users).toBeGreaterThan(2);

    // The operator starts once, after the zone's CRDs and its own Role and RoleBinding (it checks its permissions at start).
    const operatorKey = objectKey(operator!.object);
    expect(rendered.filter((k) => k === operatorKey).length).toBe(1);
    const operatorDeps = components.map((c) => c.lifecycle.get(operatorKey)).find((l) => l !== undefined)!.dependsOn;
    expect([...crds, ...operatorRbac].filter((k) => !operatorDeps.includes(k))).toEqual([]);
  });
});
