/**
 * The monitoring pattern end to end on the real node (issue 27, ADR 0425): `conformance --targets
 * onprem --patterns monitoring --runtime` with Prometheus v3.5.0, Alertmanager v0.28.1,
 * prometheus-operator + config-reloader v0.85.0 and kube-state-metrics v2.15.0 built here from
 * their Go modules. The real operator makes Prometheus' and Alertmanager's StatefulSets; level 4
 * waits for every pod to run Ready; level 5 reads Prometheus' targets (all up) and rules, and an
 * alert on a synthetic condition reaches Alertmanager. Loki, Grafana and Alloy cannot be built
 * here: their workloads start no pod, the checks about them and the log-store check read NOT RUN
 * (never a pass) and the cell lists them as not run.
 */
import * as fs from "node:fs";
import { runtimeCell } from "../support/runtime-cell";
import { catalogueRef } from "../../core/images/catalogue";

jest.setTimeout(2_400_000);

// STACKWERK_RUNTIME_LOG=1 writes the run's progress lines with their time to stderr (where the time goes).
const runtime = runtimeCell("monitoring", {
  logEvidence: true,
  ...(process.env.STACKWERK_RUNTIME_LOG ? { log: (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`) } : {}),
});
const cell = runtime.cell;

test("the operator, Prometheus, Alertmanager and kube-state-metrics run on the real node and levels 1-6 pass", () => {
  const c = cell();
  const status = (n: number) => c.levels.find((l) => l.level === n)!;
  // A level that does not pass shows its message in the diff.
  const seen = [1, 2, 3, 4, 5, 6].map((n) => (status(n).status === "pass" ? `L${n}:pass` : `L${n}:${status(n).status}: ${status(n).message}`));
  // Level 3 (infra plan) is n/a on-prem: there is no infra stack.
  expect(seen).toEqual(["L1:pass", "L2:pass", expect.stringMatching(/^L3:(pass|n\/a)/), "L4:pass", "L5:pass", "L6:pass"]);
  expect(c.runtime!.pods).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/-prom-operator\/prometheus-operator-[a-z0-9]+-[a-z0-9]+$/),
      expect.stringMatching(/\/prometheus-prometheus-0$/),
      expect.stringMatching(/\/alertmanager-alertmanager-0$/),
      expect.stringMatching(/\/kube-state-metrics-[a-z0-9]+-[a-z0-9]+$/),
    ]),
  );
  // Nothing of the not-run components ran.
  expect(c.runtime!.pods!.filter((p) => /\/(grafana|loki|log-shipper)-/.test(p))).toEqual([]);
  expect(c.objectCounts!.leftAfterDestroy).toBe(0);
});

test("level 5: every target up, the pattern's rules loaded, an alert reaches Alertmanager", () => {
  const checks = Object.fromEntries(
    cell()
      .levels.find((l) => l.level === 5)!
      .checks!.map((k) => [k.name, k]),
  );
  expect(checks["runtime: Prometheus targets up"]).toMatchObject({
    ok: true,
    message: expect.stringMatching(/kube-state-metrics.*: \d+\/\d+ up/),
  });
  expect(checks["runtime: Prometheus targets up"].message).not.toContain("DOWN");
  // Scrape pools without a target are only those of the components that do not run (a ServiceMonitor selecting nothing would show here).
  const empty = /scrape pools without a target: (.*)$/.exec(checks["runtime: Prometheus targets up"].message)?.[1].split(", ") ?? [];
  expect(empty.filter((p) => !/^serviceMonitor\/[^/]+\/(grafana|loki|log-shipper)\/\d+$/.test(p))).toEqual([]);
  expect(checks["runtime: the pattern's alert rules loaded"]).toMatchObject({ ok: true, message: expect.stringMatching(/[1-9]\d* group\(s\)/) });
  expect(checks["runtime: alert fires and reaches Alertmanager"]).toMatchObject({
    ok: true,
    message: expect.stringMatching(/firing in Prometheus .* in Alertmanager .*state active/),
  });
  // The log store cannot run here: reported as not run with the reason, never as a pass.
  expect(checks["runtime: a pod's log line found in the log store"]).toMatchObject({
    notRun: true,
    message: expect.stringMatching(/^NOT RUN: no local image \(Loki 3\.5\.0 .*AGPL-3\.0.*Grafana Alloy v1\.10\.2 .*403/),
  });
  // Every check about grafana, loki and the log shipper (rollouts, endpoints) is not run, and none of them is counted as passed.
  const l5 = cell().levels.find((l) => l.level === 5)!;
  const about = l5.checks!.filter((k) => /^(rollout \S+|endpoints Service) [^/]+\/(grafana|loki|log-shipper)$/.test(k.name));
  expect(about.length).toBeGreaterThanOrEqual(3);
  for (const k of about) expect(k).toMatchObject({ notRun: true, message: expect.stringMatching(/^NOT RUN: no local image \(/) });
  expect(l5.message).toMatch(new RegExp(`^(\\d+)/\\1 checks passed, ${l5.checks!.filter((k) => k.notRun).length} not run \\(no local image\\)$`));
});

test("the report lists the substitutions (same upstream releases) and what was not run, with why", () => {
  const c = cell();
  const subs = Object.fromEntries(c.imageSubstitutions!.map((s) => [s.upstream, s]));
  for (const [key, local] of [
    ["prometheus", "stackwerk.local/prometheus:v3.5.0"],
    ["alertmanager", "stackwerk.local/alertmanager:v0.28.1"],
    ["prometheusOperator", "stackwerk.local/prometheus-operator/prometheus-operator:v0.85.0"],
    ["prometheusConfigReloader", "stackwerk.local/prometheus-operator/prometheus-config-reloader:v0.85.0"],
    ["kubeStateMetrics", "stackwerk.local/kube-state-metrics:v2.15.0"],
  ] as const) {
    expect(subs[catalogueRef(key)]).toMatchObject({ local, sameVersion: true, digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
  }
  expect(subs[catalogueRef("prometheus")].inputs).toContain("go:github.com/prometheus/prometheus@v0.305.0");
  const notRun = c.runtime!.notRun!;
  expect(notRun).toHaveLength(4);
  expect(notRun).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^log-store check .*not run: no local image: Loki 3\.5\.0 .*AGPL.*Grafana Alloy v1\.10\.2 .*403/),
      expect.stringMatching(/^StatefulSet .*\/loki scaled to 0 replicas: Loki 3\.5\.0 \(log store\): not run: no local image: Loki is AGPL/),
      expect.stringMatching(/^Deployment .*\/grafana scaled to 0 replicas: Grafana 12\.0\.2 .*not run: no local image/),
      expect.stringMatching(/^DaemonSet .*\/log-shipper selecting no node .*: Grafana Alloy v1\.10\.2 .*not run: no local image/),
    ]),
  );
  const md = fs.readFileSync(runtime.run().files.markdown, "utf8");
  expect(md).toContain("### Runtime: monitoring/onprem");
  expect(md).toContain("`stackwerk.local/prometheus:v3.5.0`");
});
