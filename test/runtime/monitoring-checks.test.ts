/**
 * How the monitoring runtime check reads Prometheus' targets (conformance/runtime-checks-monitoring.ts):
 * one target down, an empty list or an answer that is not Prometheus' must fail the check.
 */
import { judgeTargets, parseScrapePools, parseTargets } from "../../conformance/runtime-checks-monitoring";

const answer = (targets: object[]) => JSON.stringify({ status: "success", data: { activeTargets: targets } });
const t = (scrapePool: string, health: string, lastError = "") => ({ scrapePool, scrapeUrl: `http://10.0.0.1/${scrapePool}`, health, lastError });

test("every target up passes, with the count per scrape pool as evidence", () => {
  const r = judgeTargets(parseTargets(answer([t("serviceMonitor/ns/ksm/0", "up"), t("serviceMonitor/ns/ksm/0", "up"), t("scrapeConfig/ns/kubelet", "up")]))!);
  expect(r).toEqual({ ok: true, evidence: "serviceMonitor/ns/ksm/0: 2/2 up; scrapeConfig/ns/kubelet: 1/1 up" });
});

test("one target down fails and names it with its error", () => {
  const r = judgeTargets(parseTargets(answer([t("a", "up"), t("b", "down", "connection refused")]))!);
  expect(r.ok).toBe(false);
  expect(r.evidence).toContain("DOWN http://10.0.0.1/b (down: connection refused)");
});

test("no target, or an answer that is not Prometheus', fails", () => {
  expect(judgeTargets(parseTargets(answer([]))!)).toEqual({ ok: false, evidence: "no active target" });
  expect(parseTargets("wget: can't connect to remote host")).toBeUndefined();
  expect(parseTargets(JSON.stringify({ status: "error" }))).toBeUndefined();
});

test("kubelet targets on kwok's simulated nodes are named, not judged; on a real node they are", () => {
  const kubelet = (node: string, health: string) => ({ ...t("scrapeConfig/ns/kubelet", health), labels: { node } });
  const r = judgeTargets([kubelet("runtime-0", "up"), kubelet("kwok-a-0", "down")], new Set(["kwok-a-0"]));
  expect(r).toEqual({ ok: true, evidence: "scrapeConfig/ns/kubelet: 1/1 up; not judged: 1 target(s) on kwok's simulated nodes (no kubelet there): kwok-a-0" });
  expect(judgeTargets([kubelet("runtime-0", "down")], new Set(["kwok-a-0"])).ok).toBe(false);
});

test("configured scrape pools without any target are named (a ServiceMonitor selecting nothing)", () => {
  const pools = parseScrapePools(JSON.stringify({ status: "success", data: { scrapePools: ["serviceMonitor/ns/ksm/0", "serviceMonitor/ns/grafana/0"] } }));
  expect(pools).toEqual(["serviceMonitor/ns/ksm/0", "serviceMonitor/ns/grafana/0"]);
  const r = judgeTargets(parseTargets(answer([t("serviceMonitor/ns/ksm/0", "up")]))!, new Set(), pools);
  expect(r).toEqual({ ok: true, evidence: "serviceMonitor/ns/ksm/0: 1/1 up; scrape pools without a target: serviceMonitor/ns/grafana/0" });
  expect(parseScrapePools("not json")).toEqual([]);
});
