/**
 * The runtime run's changes to operator-managed workloads (conformance/runtime-workloads.ts) and
 * to not-buildable ones (conformance/runtime-not-run.ts, the one not-run mechanism, ADR 0425), on
 * stack JSON shaped like the monitoring pattern's: no cluster.
 */
import type { TfJson } from "../../deploy/stack-json";
import { allowRuntimeApiEndpoint, flagImage, placeOperatorWorkloads, setOperatorWorkloadImages } from "../../conformance/runtime-workloads";
import { markNotRunChecks, NOT_RUN_NODE_LABEL, stoppedLine, stopNotRunnableWorkloads } from "../../conformance/runtime-not-run";
import { LevelBook } from "../../conformance/level-book";
import type { CheckResult } from "../../conformance/types";
import { RUNTIME_POD_PLACEMENT } from "../../tools/runtime";
import { prepareRuntimeImages } from "../../conformance/runtime-images";
import { catalogueRef } from "../../core/images/catalogue";

const podSpec = (image: string) => ({ containers: [{ name: "c", image }] });
const stack = (): TfJson =>
  ({
    resource: {
      kubernetes_manifest: {
        prom: {
          manifest: {
            apiVersion: "monitoring.coreos.com/v1",
            kind: "Prometheus",
            metadata: { name: "prometheus", namespace: "mon" },
            spec: { image: "up/prometheus:v3" },
          },
        },
        am: {
          manifest: { apiVersion: "monitoring.coreos.com/v1", kind: "Alertmanager", metadata: { name: "am", namespace: "mon" }, spec: { image: "up/am:v0" } },
        },
        rule: { manifest: { apiVersion: "monitoring.coreos.com/v1", kind: "PrometheusRule", metadata: { name: "r", namespace: "mon" }, spec: { groups: [] } } },
        grafana: {
          manifest: {
            kind: "Deployment",
            metadata: { name: "grafana", namespace: "mon" },
            spec: { replicas: 1, template: { spec: podSpec("up/grafana:12") } },
          },
        },
        loki: {
          manifest: { kind: "StatefulSet", metadata: { name: "loki", namespace: "mon" }, spec: { replicas: 1, template: { spec: podSpec("up/loki:3") } } },
        },
        shipper: {
          manifest: {
            kind: "DaemonSet",
            metadata: { name: "log-shipper", namespace: "mon" },
            spec: { template: { metadata: { labels: { app: "alloy", tier: "logs" } }, spec: podSpec("up/alloy:1") } },
          },
        },
        shipperSvc: { manifest: { kind: "Service", metadata: { name: "alloy-http", namespace: "mon" }, spec: { selector: { app: "alloy" } } } },
        otherSvc: { manifest: { kind: "Service", metadata: { name: "ksm", namespace: "mon" }, spec: { selector: { app: "ksm" } } } },
        ksm: { manifest: { kind: "Deployment", metadata: { name: "ksm", namespace: "mon" }, spec: { replicas: 1, template: { spec: podSpec("up/ksm:2") } } } },
      },
    },
  }) as unknown as TfJson;
const manifest = (tf: TfJson, name: string) =>
  (tf.resource!.kubernetes_manifest as Record<string, { manifest: { spec: Record<string, unknown> } }>)[name].manifest;

test("Prometheus and Alertmanager resources get the runtime node's placement and their local image", () => {
  const tf = stack();
  const r = placeOperatorWorkloads(tf);
  expect(r.images).toEqual(["up/prometheus:v3", "up/am:v0"]);
  expect(r.placed).toEqual(["kubernetes_manifest.prom", "kubernetes_manifest.am"]);
  expect(r.namespaces).toEqual(["mon", "mon"]);
  expect(manifest(tf, "prom").spec).toMatchObject({ nodeSelector: RUNTIME_POD_PLACEMENT.nodeSelector, tolerations: RUNTIME_POD_PLACEMENT.tolerations });
  expect(manifest(tf, "rule").spec).toEqual({ groups: [] });
  const resource = (tf.resource!.kubernetes_manifest as Record<string, Record<string, unknown>>).prom;
  expect(resource.wait).toEqual({ condition: [{ type: "Available", status: "True" }] });
  setOperatorWorkloadImages(tf, (u) => (u === "up/prometheus:v3" ? "stackwerk.local/prometheus:v3@sha256:ab" : undefined));
  expect(manifest(tf, "prom").spec.image).toBe("stackwerk.local/prometheus:v3@sha256:ab");
  expect(manifest(tf, "am").spec.image).toBe("up/am:v0");
});

const NOT_BUILT = { "up/grafana:12": "Grafana: no local image", "up/loki:3": "Loki: AGPL", "up/alloy:1": "Alloy: 403" };

test("workloads of images that cannot be built here start no pod (DaemonSets too), the others untouched", () => {
  const tf = stack();
  const stopped = stopNotRunnableWorkloads([tf], NOT_BUILT);
  expect(stopped.map(stoppedLine)).toEqual([
    "Deployment mon/grafana scaled to 0 replicas: Grafana: no local image",
    "StatefulSet mon/loki scaled to 0 replicas: Loki: AGPL",
    `DaemonSet mon/log-shipper selecting no node (nodeSelector ${NOT_RUN_NODE_LABEL}): Alloy: 403`,
  ]);
  expect(manifest(tf, "grafana").spec.replicas).toBe(0);
  expect(manifest(tf, "loki").spec.replicas).toBe(0);
  expect((manifest(tf, "shipper").spec.template as { spec: { nodeSelector: object } }).spec.nodeSelector).toEqual({ [NOT_RUN_NODE_LABEL]: "no-local-image" });
  expect(manifest(tf, "ksm").spec.replicas).toBe(1);
  // The Service selecting the DaemonSet's pods is found by its selector, not by its name.
  expect(stopped[2].services).toEqual(["alloy-http"]);
});

// Found on the real node (first monitoring run): the endpoints checks of grafana, loki and log-shipper failed level 5.
test("every check about a not-run workload reads NOT RUN with the reason and is not counted as passed; other checks stay", () => {
  const stopped = stopNotRunnableWorkloads([stack()], NOT_BUILT);
  const checks: CheckResult[] = [
    { name: "rollout DaemonSet mon/log-shipper", ok: true, message: "0/0 ready" },
    { name: "endpoints Service mon/alloy-http", ok: false, message: "no ready endpoint" },
    { name: "endpoints Service mon/loki", ok: false, message: "no ready endpoint" },
    { name: "endpoints Service mon/ksm", ok: false, message: "no ready endpoint" },
    { name: "rollout Deployment mon/ksm", ok: true, message: "1/1" },
  ];
  markNotRunChecks(checks, stopped);
  expect(checks.map((c) => (c.notRun ? "not run" : c.ok ? "pass" : "fail"))).toEqual(["not run", "not run", "not run", "fail", "pass"]);
  expect(checks[1].message).toMatch(/^NOT RUN: no local image \(DaemonSet mon\/log-shipper selecting no node .*Alloy: 403\); was: no ready endpoint$/);
  const logged: string[] = [];
  const book = new LevelBook({ log: (_id: string, line: string) => logged.push(line) }, "monitoring/onprem");
  book.setChecks(5, 1, checks);
  expect(book.results.get(5)).toMatchObject({
    status: "fail",
    message: expect.stringMatching(/^1\/2 checks passed, 3 not run \(no local image\); endpoints Service mon\/ksm: /),
  });
  book.setChecks(
    5,
    1,
    checks.filter((c) => c.name !== "endpoints Service mon/ksm"),
  );
  expect(book.results.get(5)).toMatchObject({ status: "pass", message: "1/1 checks passed, 3 not run (no local image)" });
});

test("image references passed as flags are recognised only when they are known images", () => {
  const known = (r: string) => r === "quay.io/x/reloader:v1";
  expect(flagImage("--prometheus-config-reloader=quay.io/x/reloader:v1", known)).toEqual({
    flag: "--prometheus-config-reloader",
    image: "quay.io/x/reloader:v1",
  });
  expect(flagImage("--web.listen-address=:8080", known)).toBeUndefined();
  expect(flagImage(42, known)).toBeUndefined();
});

// Found on the real node: Prometheus' service discovery got "dial tcp 10.96.0.1:443: connect: connection refused"
// (the node's API endpoint is 172.18.255.254:<API server port>, not 6443/443).
test("egress rules allowing the API ports also admit the runtime node's API endpoint; other rules stay as they are", () => {
  const policy = (name: string, ports: number[]) => ({
    manifest: {
      kind: "NetworkPolicy",
      metadata: { name, namespace: "mon" },
      spec: { egress: [{ ports: ports.map((port) => ({ port, protocol: "TCP" })), to: [{ ipBlock: { cidr: "0.0.0.0/0" } }] }] },
    },
  });
  const tf = { resource: { kubernetes_manifest: { api: policy("to-api", [443, 6443]), kubelet: policy("to-kubelets", [10250]) } } } as unknown as TfJson;
  expect(allowRuntimeApiEndpoint(tf)).toEqual(["mon/to-api"]);
  const m = tf.resource!.kubernetes_manifest as Record<string, { manifest: { spec: { egress: object[] } } }>;
  expect(m.api.manifest.spec.egress[1]).toEqual({ to: [{ ipBlock: { cidr: "172.18.255.254/32" } }] });
  expect(m.kubelet.manifest.spec.egress).toHaveLength(1);
});

test("a not-run image in a workload that cannot be stopped (a bare Pod) is reported missing, not silently skipped", async () => {
  const tf = {
    resource: {
      kubernetes_manifest: {
        pod: { manifest: { kind: "Pod", metadata: { name: "p", namespace: "mon" }, spec: { containers: [{ name: "c", image: catalogueRef("grafana") }] } } },
      },
    },
  } as unknown as TfJson;
  const r = await prepareRuntimeImages([tf]);
  expect(r.stopped).toEqual([]);
  expect(r.missing).toEqual([catalogueRef("grafana")]);
});
