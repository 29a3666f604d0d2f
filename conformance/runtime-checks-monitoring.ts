/**
 * Level-5 protocol checks of the monitoring pattern under `conformance --runtime` (issue 27, ADR
 * 0425), against the Prometheus and Alertmanager the real prometheus-operator made on the real
 * node, each with its evidence:
 *
 * - Prometheus' targets: every active target of the zone's scrape configuration (its
 *   ServiceMonitors and the kubelet ScrapeConfig) is `up`, read from Prometheus' HTTP API (through
 *   the API server's pod proxy);
 * - the pattern's rules: every rule group of the pattern's PrometheusRules is loaded (valid PromQL);
 * - alerting: a PrometheusRule added for the check (a condition on the scraped `up` series, true
 *   at once) fires in Prometheus and the alert reaches Alertmanager (read from Alertmanager's API
 *   v2), i.e. operator → rule files → config reloader → evaluation → Prometheus'
 *   NetworkPolicy egress to Alertmanager → Alertmanager.
 *
 * The log-store check (a pod's log line found in Loki) is reported `NOT RUN` with the reason, never
 * as a pass: Loki and the log shipper have no local image (MONITORING_NOT_BUILT,
 * tools/runtime/stand-ins-monitoring.ts).
 */
import type { Kubectl } from "./runtime";
import { runningAppPod } from "./runtime-checks";
import { notRunCheck } from "./runtime-not-run";
import { LOG_STORE_CHECK, LOG_STORE_NOT_RUN } from "./runtime-not-run-monitoring";
import type { CheckResult } from "./types";

/** Name of the alert the check's PrometheusRule fires. */
export const CHECK_ALERT = "StackwerkRuntimeCheck";
const CHECK_RULE = "stackwerk-runtime-check";

/** One active target of Prometheus' `/api/v1/targets`. */
export interface ActiveTarget {
  readonly scrapePool: string;
  readonly scrapeUrl: string;
  readonly health: string;
  readonly lastError?: string;
  readonly labels?: Readonly<Record<string, string>>;
}

const oneLine = (s: string, max = 300) => s.replace(/\s+/g, " ").trim().slice(0, max);
const sleep = (ms: number) => new Promise((res) => setTimeout(res, ms));

/** Parses `/api/v1/targets` output; `undefined` when it is not Prometheus' answer. */
export function parseTargets(output: string): ActiveTarget[] | undefined {
  try {
    const body = JSON.parse(output) as { status?: string; data?: { activeTargets?: ActiveTarget[] } };
    return body.status === "success" ? (body.data?.activeTargets ?? []) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What a list of active targets says: `ok` when there is at least one and every one is up; the
 * evidence per scrape pool. Targets on `simulated` nodes (kwok's: no kubelet exists there) are
 * named in the evidence and not judged. `configuredPools` (Prometheus' configured scrape pools, when read)
 * names the pools without any target in the evidence: a ServiceMonitor that selects nothing.
 */
export function judgeTargets(
  all: readonly ActiveTarget[],
  simulated: ReadonlySet<string> = new Set(),
  configuredPools: readonly string[] = [],
): { ok: boolean; evidence: string } {
  const onSimulated = all.filter((t) => t.labels?.node !== undefined && simulated.has(t.labels.node));
  const targets = all.filter((t) => !onSimulated.includes(t));
  const pools = new Map<string, ActiveTarget[]>();
  for (const t of targets) pools.set(t.scrapePool, [...(pools.get(t.scrapePool) ?? []), t]);
  const down = targets.filter((t) => t.health !== "up");
  const evidence = [...pools.entries()]
    .map(([pool, ts]) => `${pool}: ${ts.filter((t) => t.health === "up").length}/${ts.length} up`)
    .concat(down.map((t) => `DOWN ${t.scrapeUrl} (${t.health}${t.lastError ? `: ${t.lastError}` : ""})`))
    .concat(
      onSimulated.length
        ? [`not judged: ${onSimulated.length} target(s) on kwok's simulated nodes (no kubelet there): ${onSimulated.map((t) => t.labels!.node).join(", ")}`]
        : [],
    );
  const empty = configuredPools.filter((p) => !all.some((t) => t.scrapePool === p));
  if (empty.length) evidence.push(`scrape pools without a target: ${empty.join(", ")}`);
  return { ok: targets.length > 0 && down.length === 0, evidence: evidence.join("; ") || "no active target" };
}

/** Parses `/api/v1/scrape_pools` output (`[]` when it is not Prometheus' answer). */
export function parseScrapePools(output: string): string[] {
  try {
    const body = JSON.parse(output) as { status?: string; data?: { scrapePools?: string[] } };
    return body.status === "success" ? (body.data?.scrapePools ?? []) : [];
  } catch {
    return [];
  }
}

/**
 * Reads an HTTP API of the first running pod labelled `app.kubernetes.io/name=<app>` through the
 * API server's pod proxy (the node admits its own traffic to pods, as kubelet probes need).
 * Not with busybox `wget` inside the pod: Debian's static busybox wget crashes there (exit 139,
 * glibc's static NSS), seen on the real node.
 */
export async function podApi(
  kubectl: Kubectl,
  namespace: string,
  app: string,
  port: number,
  apiPath: string,
): Promise<{ pod: string; code: number; output: string }> {
  const { pod, stderr } = await runningAppPod(kubectl, namespace, app);
  if (!pod) return { pod: `${namespace}/<no running ${app} pod>`, code: -1, output: stderr };
  const x = await kubectl(["get", "--raw", `/api/v1/namespaces/${namespace}/pods/${pod}:${port}/proxy${apiPath}`], { check: false });
  return { pod: `${namespace}/${pod}`, code: x.code, output: x.code === 0 ? x.stdout : `${x.stdout}${x.stderr}` };
}

const prometheusApi = (kubectl: Kubectl, namespace: string, apiPath: string) => podApi(kubectl, namespace, "prometheus", 9090, apiPath);

/** The check's PrometheusRule: a synthetic condition (true as soon as one target is scraped) with a nonce label. */
function checkRule(namespace: string, nonce: string): object {
  return {
    apiVersion: "monitoring.coreos.com/v1",
    kind: "PrometheusRule",
    metadata: { name: CHECK_RULE, namespace },
    spec: {
      groups: [
        {
          name: CHECK_RULE,
          interval: "5s",
          rules: [
            {
              alert: CHECK_ALERT,
              // Synthetic: true as soon as one target of the zone is scraped, so it proves scrape → rule → Alertmanager.
              expr: "count(up == 1) > 0",
              for: "0m",
              labels: { severity: "info", stackwerk_check: nonce },
              annotations: { summary: "stackwerk conformance --runtime: alert path check" },
            },
          ],
        },
      ],
    },
  };
}

type RuleGroup = { name: string; file: string; rules: Array<{ name: string; health: string; lastError?: string }> };

/**
 * The monitoring pattern's runtime checks in its namespace. The alert check's PrometheusRule is
 * applied first, so its way through the operator, the rule files and the config reloader runs
 * while the targets and the pattern's rules are read.
 */
export async function monitoringRuntimeChecks(kubectl: Kubectl, namespace: string, options: { timeoutMs?: number } = {}): Promise<CheckResult[]> {
  const timeoutMs = options.timeoutMs ?? 300_000;
  const checks: CheckResult[] = [];
  const nonce = `${Date.now()}`;
  const started = Date.now();
  const applied = await kubectl(["apply", "-f", "-"], { input: JSON.stringify(checkRule(namespace, nonce)), check: false });
  try {
    // 1. Every active target up (first scrapes come up to one scrape interval after the configuration loads).
    const kwok = await kubectl(["get", "nodes", "-l", "type=kwok", "-o", "jsonpath={.items[*].metadata.name}"], { check: false });
    const simulated = new Set(kwok.stdout.split(/\s+/).filter(Boolean));
    let deadline = Date.now() + timeoutMs;
    let targets: { pod: string; code: number; output: string } = { pod: "", code: -1, output: "" };
    let judged = { ok: false, evidence: "not read" };
    for (;;) {
      targets = await prometheusApi(kubectl, namespace, "/api/v1/targets?state=active");
      const parsed = parseTargets(targets.output);
      const pools = parseScrapePools((await prometheusApi(kubectl, namespace, "/api/v1/scrape_pools")).output);
      judged = parsed ? judgeTargets(parsed, simulated, pools) : { ok: false, evidence: `not Prometheus' answer: ${oneLine(targets.output)}` };
      // Wait until every target has been scraped once (health "unknown" before the first scrape).
      const settled = parsed !== undefined && parsed.length > 0 && parsed.every((t) => t.health !== "unknown" || simulated.has(t.labels?.node ?? ""));
      if ((judged.ok && settled) || Date.now() >= deadline) break;
      await sleep(5000);
    }
    checks.push({
      name: "runtime: Prometheus targets up",
      ok: judged.ok,
      message: `GET /api/v1/targets of ${targets.pod} → ${judged.evidence}`,
    });

    // 2. The pattern's rule groups loaded (the check's own group is not the pattern's).
    const rules = await prometheusApi(kubectl, namespace, "/api/v1/rules");
    let groups: RuleGroup[] = [];
    try {
      groups = ((JSON.parse(rules.output) as { data?: { groups?: RuleGroup[] } }).data?.groups ?? []).filter((g) => g.name !== CHECK_RULE);
    } catch {
      /* reported below */
    }
    const bad = groups.flatMap((g) => g.rules.filter((r) => r.health === "err").map((r) => `${g.name}/${r.name}: ${r.lastError ?? "error"}`));
    checks.push({
      name: "runtime: the pattern's alert rules loaded",
      ok: groups.length > 0 && bad.length === 0,
      message:
        `GET /api/v1/rules of ${rules.pod} → ${groups.length} group(s), ${groups.reduce((n, g) => n + g.rules.length, 0)} rule(s): ` +
        (groups.length ? groups.map((g) => `${g.name} (${g.rules.length})`).join(", ") : oneLine(rules.output)) +
        (bad.length ? `; in error: ${bad.join("; ")}` : ""),
    });

    // 3. The check's rule fires and its alert reaches Alertmanager.
    let am = { pod: "", code: -1, output: "" };
    let found: { state?: string; receivers?: string[]; startsAt?: string } | undefined;
    deadline = Date.now() + timeoutMs;
    while (applied.code === 0 && !found && Date.now() < deadline) {
      am = await podApi(kubectl, namespace, "alertmanager", 9093, `/api/v2/alerts?filter=alertname%3D%22${CHECK_ALERT}%22`);
      try {
        const alerts = JSON.parse(am.output) as Array<{
          labels: Record<string, string>;
          status?: { state?: string };
          receivers?: Array<{ name: string }>;
          startsAt?: string;
        }>;
        const a = alerts.find((x) => x.labels.stackwerk_check === nonce);
        if (a) found = { state: a.status?.state, receivers: a.receivers?.map((r) => r.name), startsAt: a.startsAt };
      } catch {
        /* not yet an answer */
      }
      if (!found) await sleep(2000);
    }
    const after = Math.round((Date.now() - started) / 1000);
    const fired = await prometheusApi(kubectl, namespace, "/api/v1/alerts");
    const firing = /StackwerkRuntimeCheck/.test(fired.output)
      ? `firing in Prometheus (${fired.pod})`
      : `not in Prometheus' alerts: ${oneLine(fired.output, 200)}`;
    checks.push({
      name: "runtime: alert fires and reaches Alertmanager",
      ok: applied.code === 0 && found !== undefined && found.state === "active",
      message:
        applied.code !== 0
          ? `applying PrometheusRule ${namespace}/${CHECK_RULE} failed: ${oneLine(applied.stderr)}`
          : found
            ? `PrometheusRule ${CHECK_RULE} (expr count(up == 1) > 0, label stackwerk_check=${nonce}) → ${firing} → in Alertmanager (GET /api/v2/alerts of ${am.pod}) ` +
              `${after} s after the rule was applied: state ${found.state}, receivers ${found.receivers?.join(", ") ?? "none"}, startsAt ${found.startsAt}`
            : `alert ${CHECK_ALERT} (stackwerk_check=${nonce}) not in Alertmanager after ${timeoutMs / 1000} s; ${firing}; last answer from ${am.pod}: "${oneLine(am.output)}"`,
    });
  } finally {
    await kubectl(["delete", "prometheusrule", "-n", namespace, CHECK_RULE, "--ignore-not-found"], { check: false });
  }

  // 4. The log store: not run (no local image of Loki or the log shipper), never a pass.
  checks.push(notRunCheck(LOG_STORE_CHECK, LOG_STORE_NOT_RUN));
  return checks;
}
