/**
 * What the observability capability builds per target: STACKIT (instance plan by size, ACL =
 * cluster egress + admin CIDRs, alert groups, credential as write-only Secret, SKE extension as
 * an explicit second step), IONOS (pipelines, log retention, keys as Secrets, Alloy relay for the
 * key header), on-prem (Loki with retention, Grafana with a generated admin password and OIDC from
 * the IAM pattern). No credential value in any synth output.
 */
import * as fs from "node:fs";
import { App, LandingZone } from "../../index";
import { IdentityStack, MonitoringStack } from "../../patterns";
import { targets } from "../../providers";
import { filesBelow, manifestsOf, synthApp } from "../support/synth";

function monitoring(target: "onprem" | "stackit" | "ionos", size: "S" | "L" = "S") {
  return synthApp((app: App) => {
    const zone = new LandingZone(app, "amt", { target: targets[target](), stage: "production", size });
    new MonitoringStack(app, "mon", { landingZone: zone, retention: { metricsDays: 30, logsDays: 14 } });
  });
}

test("STACKIT: instance by size, ACL from the cluster's egress and admin ranges, managed alert groups, no admin password", () => {
  for (const [size, plan] of [
    ["S", "Observability-Starter-EU01"],
    ["L", "Observability-Medium-EU01"],
  ] as const) {
    const out = monitoring("stackit", size);
    const infra = out.json["amt-infra"];
    const instance = Object.values(infra.resource.stackit_observability_instance)[0] as Record<string, unknown>;
    expect(instance.plan_name).toBe(plan);
    expect(instance.acl).toMatch(/concat\(stackit_ske_cluster\.cluster\.egress_address_ranges, compact\(split\(",", replace\(var\.admin_cidrs/);
    expect(instance).toMatchObject({ metrics_retention_days: 30, logs_retention_days: 14, grafana_admin_enabled: false });
    const rules = (Object.values(infra.resource.stackit_observability_alertgroup)[0] as { rules: Array<{ alert: string }> }).rules.map((r) => r.alert);
    expect(rules).toEqual(expect.arrayContaining(["WorkloadUnavailable", "ContainerRestarting", "MemorySaturation", "CertificateExpiresSoon"]));
    expect(Object.keys(infra.resource.stackit_observability_logalertgroup)).toHaveLength(1);
    expect(infra.resource.stackit_ske_cluster.cluster.extensions.observability.enabled).toBe('${var.ske_observability_instance_id != ""}');
    // The collectors' credential reaches the cluster as a write-only Secret fed by sensitive inputs.
    const secret = Object.values(out.json["mon-platform"].resource.kubernetes_secret_v1)[0] as { data_wo: Record<string, string> };
    expect(secret.data_wo).toEqual({ username: "${var.mon_observability_username}", password: "${var.mon_observability_password}" });
    const prometheus = manifestsOf(out.json["mon-platform"]).find((o) => o.kind === "Prometheus");
    expect(prometheus.spec.remoteWrite[0]).toEqual({
      url: "${var.mon_observability_metrics_push_url}",
      basicAuth: { username: { name: "observability-credentials", key: "username" }, password: { name: "observability-credentials", key: "password" } },
    });
    // STACKIT evaluates the rules: the in-cluster Prometheus does not, and no Alertmanager runs in the cluster.
    expect(prometheus.spec.ruleSelector).toBeUndefined();
    expect(manifestsOf(out.json["mon-platform"]).some((o) => o.kind === "Alertmanager")).toBe(false);
  }
});

test("IONOS: pipelines with the log retention, keys as Secrets, Prometheus relays through Alloy for the key header", () => {
  const out = monitoring("ionos");
  const infra = out.json["amt-infra"];
  const logging = Object.values(infra.resource.ionoscloud_logging_pipeline)[0] as {
    log: Array<{ destinations: Array<{ retention_in_days: number; type: string }> }>;
  };
  expect(logging.log[0].destinations).toEqual([{ type: "loki", retention_in_days: 14 }]);
  expect(Object.keys(infra.resource.ionoscloud_monitoring_pipeline)).toHaveLength(1);
  const objects = manifestsOf(out.json["mon-platform"]);
  const prometheus = objects.find((o) => o.kind === "Prometheus");
  expect(prometheus.spec.remoteWrite).toEqual([{ url: "http://log-shipper.amt-production-mon.svc.cluster.local:9999/api/v1/metrics/write" }]);
  expect(prometheus.spec.ruleSelector).toEqual({});
  expect(objects.some((o) => o.kind === "Alertmanager")).toBe(true);
  const shipper = objects.find((o) => o.kind === "DaemonSet");
  const env = shipper.spec.template.spec.containers[0].env;
  expect(env).toEqual(
    expect.arrayContaining([
      { name: "METRICS_KEY", valueFrom: { secretKeyRef: { name: "observability-credentials", key: "metrics-key" } } },
      { name: "LOKI_KEY", valueFrom: { secretKeyRef: { name: "observability-credentials", key: "logs-key" } } },
    ]),
  );
  const config = objects.find((o) => o.metadata.name === "log-shipper-config").data["config.alloy"];
  expect(config).toContain('headers = { "APIKEY" = sys.env("METRICS_KEY") }');
  expect(config).toContain('headers = { "APIKEY" = sys.env("LOKI_KEY") }');
});

test("on-prem: Loki keeps logs for the retention, Grafana has a generated admin password and signs in through the IAM pattern's OIDC client", () => {
  const out = synthApp((app: App) => {
    const zone = new LandingZone(app, "amt", { target: targets.onprem(), stage: "production" });
    const identity = new IdentityStack(app, "id", { landingZone: zone, hostName: "id.amt.example.de" });
    const client = identity.oidcClient({ clientId: "grafana", redirectUris: ["https://grafana.amt.example.de/login/generic_oauth"] });
    new MonitoringStack(app, "mon", { landingZone: zone, identityProvider: client, retention: { logsDays: 14 } });
  });
  const objects = manifestsOf(out.json["mon-platform"]);
  const loki = objects.find((o) => o.kind === "ConfigMap" && o.metadata.name === "loki-files");
  expect(loki.data["loki.yaml"]).toContain("retention_period: 336h");
  const grafana = objects.find((o) => o.kind === "Deployment" && o.metadata.name === "grafana");
  const env = Object.fromEntries(grafana.spec.template.spec.containers[0].env.map((e: { name: string }) => [e.name, e]));
  expect(env.GF_SECURITY_ADMIN_PASSWORD).toEqual({
    name: "GF_SECURITY_ADMIN_PASSWORD",
    valueFrom: { secretKeyRef: { name: "grafana-admin", key: "password" } },
  });
  expect(env.GF_AUTH_GENERIC_OAUTH_ENABLED.value).toBe("true");
  expect(env.GF_AUTH_GENERIC_OAUTH_CLIENT_ID.value).toBe("grafana");
  expect(env.GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET.valueFrom.secretKeyRef).toBeDefined();
  expect(env.GF_AUTH_GENERIC_OAUTH_TOKEN_URL.value).toMatch(/^http/);
  const admin = Object.values(out.json["mon-platform"].resource.kubernetes_secret_v1).find(
    (s) => (s as { metadata: { name: string } }).metadata.name === "grafana-admin",
  ) as { data_wo: Record<string, string> };
  expect(admin.data_wo.password).toMatch(/^\$\{random_password\./);
  // Grafana's back channel to Keycloak is allowed on both sides.
  const names = objects.filter((o) => o.kind === "NetworkPolicy").map((o) => o.metadata.name);
  expect(names.some((n) => n.startsWith("grafana-allow-to-"))).toBe(true);
});

test.each(["onprem", "stackit", "ionos"] as const)("no admin password or key appears in the synth output (%s)", (target) => {
  const out = monitoring(target);
  for (const [name, json] of Object.entries(out.json)) {
    // Secrets: write-only values from generated passwords or sensitive inputs only.
    for (const s of Object.values(json.resource?.kubernetes_secret_v1 ?? {}) as Array<{ data?: unknown; data_wo: Record<string, string> }>) {
      expect(s.data).toBeUndefined();
      for (const v of Object.values(s.data_wo))
        expect({ name, v }).toEqual({ name, v: expect.stringMatching(/^\$\{(random_password\.|var\.)[a-z0-9_]+(\.result)?\}$/) });
    }
    // Containers: secret-looking variables only by reference.
    for (const o of manifestsOf(json)) {
      const pod = o.spec?.template?.spec;
      for (const c of pod?.containers ?? []) {
        for (const e of (c.env ?? []) as Array<{ name: string; value?: string }>) {
          if (/PASSWORD|KEY|TOKEN|SECRET/.test(e.name))
            expect({ owner: o.metadata.name, env: e.name, value: e.value }).toEqual({ owner: o.metadata.name, env: e.name, value: undefined });
        }
      }
    }
  }
  for (const file of filesBelow(out.outdir).filter((f) => f.endsWith(".json")))
    expect(fs.readFileSync(file, "utf8")).not.toMatch(/grafana_initial_admin_password/);
});

test("STACKIT: a receiver kind without receivers writes no empty list (the provider refuses empty lists)", () => {
  const out = synthApp((app: App) => {
    new MonitoringStack(app, "mon", { target: targets.stackit(), receivers: [{ type: "webhook", url: "https://alerts.example.de/hook" }] });
  });
  const instance = Object.values(out.json["mon-infra"].resource.stackit_observability_instance)[0] as {
    alert_config: { receivers: Array<Record<string, unknown>> };
  };
  expect(instance.alert_config.receivers[0]).toEqual({ name: "default", webhooks_configs: [{ url: "https://alerts.example.de/hook", send_resolved: true }] });
});
