/**
 * Dashboards into the managed Grafanas (STACKIT, IONOS): a restricted CronJob POSTs the dashboards
 * ConfigMap to Grafana's HTTP API with a token from a Secret reference. Its script is run
 * here with the real `sh` and `curl` against a small local HTTP server standing in for Grafana's
 * `POST /api/dashboards/db`: it sends each dashboard once with `overwrite: true` and the bearer
 * token, and fails naming the dashboard when Grafana refuses it.
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { App, LandingZone } from "../../index";
import { MonitoringStack, WebAppStack } from "../../patterns";
import { targets } from "../../providers";
import { DASHBOARD_IMPORT_SCHEDULE, DASHBOARD_IMPORT_SCRIPT } from "../../patterns/monitoring/dashboard-import";
import { MONITORING_IMAGES } from "../../patterns/monitoring/images";
import { ONPREM_OBSERVABILITY_IMAGES } from "../../providers/onprem/observability";
import { manifestsOf, synthApp } from "../support/synth";

const TOKEN = { name: "grafana-token", key: "token" };

function zone(target: "stackit" | "ionos", extraDashboard = false) {
  return synthApp((app: App) => {
    const z = new LandingZone(app, "amt", { target: targets[target](), stage: "test" });
    new MonitoringStack(app, "mon", {
      landingZone: z,
      dashboardImportToken: TOKEN,
      ...(extraDashboard ? { dashboards: [{ title: "Fachverfahren", panels: [{ title: "Anträge", expr: "sum(rate(antraege_total[5m]))" }] }] } : {}),
    });
    new WebAppStack(app, "portal", { landingZone: z, image: "registry.example.de/amt/portal:2.3.1" });
  });
}

describe.each(["stackit", "ionos"] as const)("dashboard import on %s", (target) => {
  const out = zone(target);
  const objects = manifestsOf(out.json["mon-platform"]);
  const cron = objects.find((o) => o.kind === "CronJob");
  const template = cron.spec.jobTemplate.spec.template;

  test("a restricted CronJob reads the dashboards ConfigMap and the token by Secret reference", () => {
    expect(cron.metadata.name).toBe("grafana-dashboards");
    expect(cron.spec).toMatchObject({ schedule: DASHBOARD_IMPORT_SCHEDULE, concurrencyPolicy: "Forbid" });
    const pod = template.spec;
    const container = pod.containers[0];
    expect(container.image).toBe(MONITORING_IMAGES.grafanaClient);
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } });
    expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    expect(container.resources.limits).toBeDefined();
    const env = Object.fromEntries(container.env.map((e: { name: string }) => [e.name, e]));
    expect(env.GRAFANA_TOKEN).toEqual({ name: "GRAFANA_TOKEN", valueFrom: { secretKeyRef: TOKEN } });
    expect(env.GRAFANA_URL.value).toBe("${var.mon_observability_grafana_url}");
    expect(pod.volumes).toEqual(expect.arrayContaining([{ name: "dashboards", configMap: { name: "dashboards", defaultMode: 0o444 } }]));
    // Terraform template syntax in the script is escaped in the synth output ($${, %%{), which tofu turns back.
    expect(container.command.slice(0, 2)).toEqual(["sh", "-c"]);
    expect(container.command[2].replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{")).toBe(DASHBOARD_IMPORT_SCRIPT);
  });

  test("egress only to the Grafana's address range, on 443", () => {
    const policy = objects.find((o) => o.kind === "NetworkPolicy" && o.metadata.name === "grafana-dashboards-allow-to-grafana");
    for (const [k, v] of Object.entries(policy.spec.podSelector.matchLabels)) expect(template.metadata.labels[k]).toBe(v);
    expect(policy.spec.egress).toEqual([{ to: [{ ipBlock: { cidr: "${var.mon_observability_grafana_cidr}" } }], ports: [{ port: 443, protocol: "TCP" }] }]);
    const infra = out.json["amt-infra"];
    expect(Object.keys(infra.variable)).toContain("mon_observability_grafana_cidr");
  });

  test("a changed dashboard changes the ConfigMap the next run reads, not the CronJob (its address stays)", () => {
    const changed = manifestsOf(zone(target, true).json["mon-platform"]);
    expect(changed.find((o) => o.kind === "CronJob")).toEqual(cron);
    const titles = (objs: typeof objects) =>
      Object.values(objs.find((o) => o.kind === "ConfigMap" && o.metadata.name === "dashboards").data as Record<string, string>).map(
        (j) => JSON.parse(j).title,
      );
    expect(titles(changed)).toContain("Fachverfahren");
    expect(titles(objects)).not.toContain("Fachverfahren");
  });
});

test("no token, no CronJob: the dashboards stay in the ConfigMap", () => {
  const out = synthApp((app: App) => {
    new MonitoringStack(app, "mon", { target: targets.stackit() });
  });
  expect(manifestsOf(out.json["mon-platform"]).some((o) => o.kind === "CronJob")).toBe(false);
  expect(Object.keys(out.json["mon-infra"].variable ?? {})).not.toContain("mon_observability_grafana_cidr");
});

test("the client image is the on-prem Grafana's (one digest to keep current)", () => {
  expect(MONITORING_IMAGES.grafanaClient).toBe(ONPREM_OBSERVABILITY_IMAGES.grafana);
});

describe("the import script against a local Grafana API", () => {
  let server: http.Server;
  let url: string;
  let requests: Array<{ method?: string; path?: string; auth?: string; type?: string; body: Record<string, unknown> }>;
  let answer: number;
  let dir: string;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let data = "";
      req.on("data", (c) => (data += c));
      req.on("end", () => {
        requests.push({ method: req.method, path: req.url, auth: req.headers.authorization, type: req.headers["content-type"], body: JSON.parse(data) });
        res.writeHead(answer, { "content-type": "application/json" });
        res.end(answer < 300 ? '{"status":"success"}' : '{"message":"Invalid API key"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    requests = [];
    answer = 200;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "stackwerk-dashboards-"));
    fs.mkdirSync(path.join(dir, "dashboards"));
    fs.mkdirSync(path.join(dir, "work"));
    // The ConfigMap's own data, as the synth output writes it.
    const configMap = manifestsOf(zone("stackit").json["mon-platform"]).find((o) => o.kind === "ConfigMap" && o.metadata.name === "dashboards");
    // As the API server receives it: tofu turns the synth output's escaped template syntax ($${) back.
    for (const [file, json] of Object.entries(configMap.data as Record<string, string>))
      fs.writeFileSync(path.join(dir, "dashboards", file), json.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{"));
  });

  function run(): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      execFile(
        "sh",
        ["-c", DASHBOARD_IMPORT_SCRIPT],
        {
          env: {
            PATH: process.env.PATH,
            GRAFANA_URL: url,
            GRAFANA_TOKEN: "glsa_test",
            DASHBOARDS_DIR: path.join(dir, "dashboards"),
            WORK_DIR: path.join(dir, "work"),
          },
        },
        (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
  }

  test("POSTs every dashboard once, with overwrite and the bearer token; a second run is the same (idempotent)", async () => {
    const files = fs.readdirSync(path.join(dir, "dashboards"));
    expect(files.length).toBeGreaterThan(0);
    const first = await run();
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toContain(`imported ${files.length} dashboard(s)`);
    expect(requests).toHaveLength(files.length);
    for (const r of requests) {
      expect(r).toMatchObject({ method: "POST", path: "/api/dashboards/db", auth: "Bearer glsa_test", type: "application/json" });
      expect(r.body.overwrite).toBe(true);
    }
    const uids = requests.map((r) => (r.body.dashboard as { uid: string }).uid).sort();
    // Panels pick the receiving Grafana's own data sources through template variables.
    const panel = (requests[0].body.dashboard as { panels: Array<{ datasource: { uid: string } }> }).panels[0];
    expect(panel.datasource.uid).toBe("${metrics}");
    expect(uids).toEqual(files.map((f) => f.replace(/\.json$/, "")).sort());
    const again = await run();
    expect(again.code).toBe(0);
    expect(requests.slice(files.length).map((r) => JSON.stringify(r.body))).toEqual(requests.slice(0, files.length).map((r) => JSON.stringify(r.body)));
    // The token is not on the command line and not in the output.
    expect(first.stdout + first.stderr).not.toContain("glsa_test");
  });

  test("fails naming the dashboard and Grafana's answer when the token is refused", async () => {
    answer = 401;
    const result = await run();
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/^[a-z0-9-]+\.json: Grafana answered HTTP 401: \{"message":"Invalid API key"\}/m);
    expect(requests).toHaveLength(1);
  });

  test("fails when Grafana cannot be reached", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    url = `http://127.0.0.1:${port}`;
    const result = await run();
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("not reachable");
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
});
