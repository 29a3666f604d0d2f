/**
 * prepareRuntimeImages on stack JSON shaped like the monitoring pattern's (ADR 0425): the
 * operator's flag, the Prometheus resource and kube-state-metrics get their stand-ins by digest;
 * Grafana is kept at zero pods and is neither missing nor built. Builds the stand-ins (cached in
 * the tool cache; a cold cache builds the Go modules, minutes).
 */
import type { TfJson } from "../../deploy/stack-json";
import { prepareRuntimeImages } from "../../conformance/runtime-images";
import { catalogueRef } from "../../core/images/catalogue";

jest.setTimeout(3_600_000);

const container = (image: string, args: string[] = []) => ({ name: "c", image, args });
const stack = (): TfJson =>
  ({
    resource: {
      kubernetes_manifest: {
        operator: {
          manifest: {
            kind: "Deployment",
            metadata: { name: "prometheus-operator", namespace: "op" },
            spec: {
              replicas: 1,
              template: {
                spec: {
                  containers: [
                    container(catalogueRef("prometheusOperator"), [
                      `--prometheus-config-reloader=${catalogueRef("prometheusConfigReloader")}`,
                      "--web.listen-address=:8080",
                    ]),
                  ],
                },
              },
            },
          },
        },
        prom: {
          manifest: {
            apiVersion: "monitoring.coreos.com/v1",
            kind: "Prometheus",
            metadata: { name: "prometheus", namespace: "mon" },
            spec: { image: catalogueRef("prometheus") },
          },
        },
        ksm: {
          manifest: {
            kind: "Deployment",
            metadata: { name: "ksm", namespace: "mon" },
            spec: { replicas: 1, template: { spec: { containers: [container(catalogueRef("kubeStateMetrics"))] } } },
          },
        },
        grafana: {
          manifest: {
            kind: "Deployment",
            metadata: { name: "grafana", namespace: "dash" },
            spec: { replicas: 1, template: { spec: { containers: [container(catalogueRef("grafana"))] } } },
          },
        },
      },
    },
  }) as unknown as TfJson;

test("the monitoring images are replaced by their stand-ins, referenced by digest; Grafana is kept at zero pods", async () => {
  const tf = stack();
  const r = await prepareRuntimeImages([tf]);
  type Spec = { replicas?: number; image?: string; template: { spec: { containers: Array<{ image: string; args: string[] }> } } };
  const m = tf.resource!.kubernetes_manifest as unknown as Record<string, { manifest: { spec: Spec } }>;
  const byDigest = (name: string) => new RegExp(`^stackwerk\\.local/${name}:v[0-9.]+@sha256:[0-9a-f]{64}$`);
  const op = m.operator.manifest.spec.template.spec.containers[0];
  expect(op.image).toMatch(byDigest("prometheus-operator/prometheus-operator"));
  expect(op.args[0]).toMatch(/^--prometheus-config-reloader=stackwerk\.local\/prometheus-operator\/prometheus-config-reloader:v0\.85\.0@sha256:[0-9a-f]{64}$/);
  expect(op.args[1]).toBe("--web.listen-address=:8080");
  expect(m.prom.manifest.spec.image).toMatch(byDigest("prometheus"));
  expect(m.ksm.manifest.spec.template.spec.containers[0].image).toMatch(byDigest("kube-state-metrics"));
  expect(m.grafana.manifest.spec.replicas).toBe(0);
  expect(m.grafana.manifest.spec.template.spec.containers[0].image).toBe(catalogueRef("grafana"));
  expect(r.missing).toEqual([]);
  expect(r.stopped.map((w) => `${w.kind} ${w.namespace}/${w.name} ${w.how}`)).toEqual(["Deployment dash/grafana scaled to 0 replicas"]);
  expect(r.podNamespaces.sort()).toEqual(["mon", "op"]);
  expect(r.substitutions.map((s) => s.upstream).sort()).toEqual(
    [catalogueRef("prometheusOperator"), catalogueRef("prometheusConfigReloader"), catalogueRef("prometheus"), catalogueRef("kubeStateMetrics")].sort(),
  );
  expect(r.substitutions.every((s) => s.sameVersion)).toBe(true);
});
