/**
 * Structural checks on the synthesised Terraform JSON of the web-app pattern: the security
 * defaults of DESIGN.md hold for every container, namespace and secret, on every target.
 */
import * as fs from "node:fs";
import "../../patterns";
import { WebAppStack } from "../../patterns";
import { targets } from "../../providers";
import { filesBelow, manifestsOf, podSpecsOf, synthApp } from "../support/synth";

const TARGETS = Object.keys(targets) as Array<keyof typeof targets>;

describe.each(TARGETS)("web-app on %s", (targetName) => {
  const out = synthApp((app) => {
    new WebAppStack(app, "shop", {
      target: targets[targetName](),
      stage: "production",
      image: "registry.example.de/shop/web:1.4.2",
      database: true,
      bucket: true,
      hostName: "shop.example.de",
    });
  });
  const platform = out.stacks.find((s) => s.role === "platform")!;
  const objects = manifestsOf(out.json[platform.name]);

  test("every container has requests and limits, runs non-root, read-only, without privilege escalation", () => {
    const pods = podSpecsOf(objects);
    expect(pods.length).toBeGreaterThanOrEqual(1);
    for (const { owner, spec } of pods) {
      expect({ owner, runAsNonRoot: spec.securityContext?.runAsNonRoot }).toEqual({ owner, runAsNonRoot: true });
      for (const c of [...(spec.initContainers ?? []), ...spec.containers]) {
        const where = `${owner} container ${c.name}`;
        expect({ where, requests: Object.keys(c.resources?.requests ?? {}).sort() }).toEqual({ where, requests: ["cpu", "memory"] });
        expect({ where, limits: Object.keys(c.resources?.limits ?? {}).sort() }).toEqual({ where, limits: ["cpu", "memory"] });
        expect({ where, sc: c.securityContext }).toMatchObject({
          where,
          sc: { runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } },
        });
      }
      expect({ owner, automount: spec.automountServiceAccountToken }).toEqual({ owner, automount: false });
    }
  });

  test("every namespace enforces Pod Security restricted and has default-deny ingress and egress", () => {
    const namespaces = objects.filter((o) => o.kind === "Namespace");
    expect(namespaces.length).toBeGreaterThanOrEqual(1);
    for (const ns of namespaces) {
      expect(ns.metadata.labels["pod-security.kubernetes.io/enforce"]).toBe("restricted");
      const deny = objects.find(
        (o) =>
          o.kind === "NetworkPolicy" &&
          o.metadata.namespace === ns.metadata.name &&
          Object.keys(o.spec.podSelector).length === 0 &&
          !o.spec.ingress &&
          !o.spec.egress,
      );
      expect(deny?.spec.policyTypes).toEqual(["Ingress", "Egress"]);
    }
  });

  test("production defaults: at least 2 replicas (owned by the autoscaler) spread over zones, a PDB, TLS on the zone Gateway's listener", () => {
    const deployment = objects.find((o) => o.kind === "Deployment" && o.metadata.name === "web");
    const hpa = objects.find((o) => o.kind === "HorizontalPodAutoscaler" && o.spec.scaleTargetRef.name === "web");
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    // A fixed spec.replicas beside an HPA would reset the autoscaler on every apply.
    expect(deployment.spec).not.toHaveProperty("replicas");
    expect(deployment.spec.template.spec.topologySpreadConstraints[0].topologyKey).toBe("topology.kubernetes.io/zone");
    expect(objects.some((o) => o.kind === "PodDisruptionBudget" && o.metadata.name === "web")).toBe(true);
    const route = objects.find((o) => o.kind === "HTTPRoute" && o.metadata.name === "web");
    expect(route.spec.hostnames).toEqual(["shop.example.de"]);
    expect(route.spec.parentRefs[0].sectionName).toBe("https-shop-example-de");
    const redirect = objects.find((o) => o.kind === "HTTPRoute" && o.metadata.name === "web-https-redirect");
    expect(redirect.spec.rules[0].filters[0]).toEqual({ type: "RequestRedirect", requestRedirect: { scheme: "https", statusCode: 301 } });
  });

  test("the app may reach its database and bucket (peer and port each), and nothing else but DNS", () => {
    const egressOf = (selects: (o: { spec: { podSelector: { matchLabels?: Record<string, string> } } }) => boolean): string[] =>
      objects
        .filter((o) => o.kind === "NetworkPolicy" && o.spec.policyTypes.includes("Egress") && o.spec.egress && selects(o))
        .flatMap((p) =>
          p.spec.egress.flatMap(
            (r: { to: Array<Record<string, { cidr?: string; matchLabels?: Record<string, string> }>>; ports: Array<{ port: number; protocol: string }> }) =>
              r.to.map((peer) => {
                const where =
                  peer.ipBlock?.cidr ??
                  `${peer.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"] ?? "same-ns"}/${peer.podSelector?.matchLabels?.["app.kubernetes.io/name"] ?? peer.podSelector?.matchLabels?.["k8s-app"]}`;
                return `${where} ${r.ports.map((x) => `${x.port}/${x.protocol}`).join(",")}`;
              }),
          ),
        )
        .sort();
    const expected: Record<typeof targetName, string[]> = {
      onprem: ["shop-production/object-store 9000/TCP", "shop-production/postgres 5432/TCP"],
      stackit: ["${var.object_storage_cidr} 443/TCP", "${var.postgres_cidr} 5432/TCP"],
      ionos: ["${var.object_storage_cidr} 443/TCP", "${var.postgres_cidr} 5432/TCP"],
    };
    expect(egressOf((o) => o.spec.podSelector.matchLabels?.["app.kubernetes.io/name"] === "web")).toEqual(expected[targetName]);
    // Every pod of the namespace: DNS only.
    expect(egressOf((o) => !o.spec.podSelector.matchLabels)).toEqual(["kube-system/kube-dns 53/UDP,53/TCP"]);
  });

  test("nothing is open to any address (0.0.0.0/0) in any stack", () => {
    for (const stack of out.stacks)
      expect({ stack: stack.name, open: JSON.stringify(out.json[stack.name]).includes('0.0.0.0/0"') }).toEqual({ stack: stack.name, open: false });
  });

  test("no secret value appears in the synthesised output", () => {
    for (const file of filesBelow(out.outdir)) {
      // Secrets are only ever write-only (data_wo) and fed by generated values or variables: no literal
      // `data`/`stringData` anywhere, except in ConfigMaps (plain configuration by definition).
      const literalData: string[] = [];
      const walk = (node: unknown, where: string): void => {
        if (!node || typeof node !== "object") return;
        const o = node as Record<string, unknown>;
        for (const key of ["data", "string_data", "stringData"]) {
          const data = o[key];
          if (o.kind !== "ConfigMap" && data && typeof data === "object" && Object.values(data).some((v) => typeof v === "string" && !v.startsWith("${")))
            literalData.push(`${where}.${key}`);
        }
        for (const [k, v] of Object.entries(o)) walk(v, `${where}.${k}`);
      };
      if (file.endsWith(".json")) walk(JSON.parse(fs.readFileSync(file, "utf8")), file);
      expect({ file, literalData }).toEqual({ file, literalData: [] });
    }
    const secrets = Object.values(out.json[platform.name].resource.kubernetes_secret_v1 ?? {}) as Array<Record<string, Record<string, string>>>;
    for (const s of secrets) {
      expect(s.data).toBeUndefined();
      for (const v of Object.values(s.data_wo)) expect(v).toMatch(/^\$\{(random_password\.|var\.)[a-z0-9_]+(\.result)?\}$/);
    }
    expect(objects.filter((o) => o.kind === "Secret")).toEqual([]);
  });

  test("data is protected from destroy in production", () => {
    const resources = out.json[platform.name].resource.kubernetes_manifest;
    const protectedKinds = Object.values(resources)
      .filter((r) => (r as { lifecycle?: { prevent_destroy?: boolean } }).lifecycle?.prevent_destroy)
      .map((r) => (r as { manifest: { kind: string } }).manifest.kind);
    expect(protectedKinds).toContain("Namespace");
    for (const infra of out.stacks.filter((s) => s.role === "infra")) {
      const json = out.json[infra.name];
      const dataResources = Object.entries(json.resource ?? {}).filter(([type]) => /pg_cluster|postgresflex_instance|bucket/.test(type));
      for (const [type, byName] of dataResources) {
        for (const [name, r] of Object.entries(byName as Record<string, { lifecycle?: { prevent_destroy?: boolean } }>)) {
          expect({ resource: `${type}.${name}`, prevent_destroy: r.lifecycle?.prevent_destroy }).toEqual({
            resource: `${type}.${name}`,
            prevent_destroy: true,
          });
        }
      }
    }
  });
});

test("config and secret references land in envFrom of the app container, nothing else changes", () => {
  const out = synthApp((app) => {
    new WebAppStack(app, "shop", {
      target: targets.onprem(),
      image: "registry.example.de/shop/web:1.4.2",
      envFromConfigMaps: ["shop-config"],
      envFromSecrets: ["shop-api-keys"],
    });
  });
  const web = manifestsOf(out.json["shop-platform"]).find((o) => o.kind === "Deployment" && o.metadata.name === "web");
  expect(web.spec.template.spec.containers[0].envFrom).toEqual([{ configMapRef: { name: "shop-config" } }, { secretRef: { name: "shop-api-keys" } }]);
});
