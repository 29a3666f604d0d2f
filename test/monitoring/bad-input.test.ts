/** Bad input to the monitoring pattern fails at synth, naming the construct, the property and what is allowed. */
import { App, LandingZone } from "../../index";
import { MonitoringStack, MonitoringStackProps } from "../../patterns";
import { targets } from "../../providers";

function build(props: Record<string, unknown>, target: "onprem" | "stackit" | "ionos" = "onprem"): () => void {
  return () => {
    const app = new App({ outdir: "/tmp/stackwerk-monitoring-bad-input" });
    new MonitoringStack(app, "mon", { target: targets[target](), ...props } as unknown as MonitoringStackProps);
  };
}

test.each([
  [
    { retention: { metricsDays: "forever" } },
    /\[MonitoringStack mon\] retention\.metricsDays: "forever" is not allowed\. Allowed: (a whole number of days from 1 to 3650|a finite number|an integer from 1 to 3650)/,
  ],
  [{ retention: { logsDays: -7 } }, /retention\.logsDays: -7 is not allowed\. Allowed: (a whole number of days|an integer from 1 to 3650)/],
  [{ retention: { logsDays: 7.5 } }, /retention\.logsDays: 7\.5 is not allowed/],
  [
    { retention: { metricDays: 7 } },
    /retention\.metricDays: is not a known property \(did you mean retention\.metricsDays\?\)\. Allowed: metricsDays, logsDays/,
  ],
  [{ receivers: [{ type: "sms", to: "+49" }] }, /receivers\[0\]\.type: "sms" is not allowed\. Allowed: email, webhook/],
  [
    { receivers: [{ type: "email", to: "not-an-address" }] },
    /receivers\[0\]\.to: "not-an-address" is not (an e-mail address|allowed\. Allowed: an e-mail address)/,
  ],
  [{ receivers: [{ type: "webhook", url: "http://alerts.example.de/hook" }] }, /receivers\[0\]\.url: .* Allowed: an https:\/\/ URL/],
  [
    { receivers: [{ type: "webhook", url: "https://user:pw@alerts.example.de/hook" }] },
    /receivers\[0\]\.url: .* Allowed: an http\(s\) URL without credentials/,
  ],
  [{ receivers: [{ type: "email", to: "ops@amt.example.de" }] }, /\[MonitoringStack mon\] smtp: is required for e-mail receivers on onprem/],
  [{ retentionDays: 30 }, /retentionDays: is not a known property/],
  [{ dashboards: [{ title: "x", panels: [] }] }, /dashboards\[0\]\.panels: needs at least one panel/],
])("fails clearly on %j", (props, message) => {
  expect(build(props)).toThrow(message);
});

test("IONOS refuses a log retention its Logging pipeline does not offer", () => {
  expect(build({ retention: { logsDays: 60 } }, "ionos")).toThrow(
    /\[MonitoringStack mon\] retention\.logsDays: 60 is not offered by the IONOS Logging pipeline\. Allowed: 7, 14, 30/,
  );
  expect(build({ retention: { logsDays: 14 } }, "ionos")).not.toThrow();
});

test.each([
  [{ kubeletCertificates: "none" }, "onprem", /\[MonitoringStack mon\] kubeletCertificates: "none" is not allowed\. Allowed: cluster-ca, self-signed/],
  [
    { kubeletCertificates: "self-signed" },
    "stackit",
    /\[MonitoringStack mon\] kubeletCertificates: has no effect on stackit: the platform ships the cluster's metrics/,
  ],
  [{ dashboardImportToken: { name: "grafana-token", key: "token" } }, "onprem", /\[MonitoringStack mon\] dashboardImportToken: has no effect on onprem/],
  [{ dashboardImportToken: { name: "grafana-token", key: "token", value: "glsa_x" } }, "stackit", /dashboardImportToken\.value: is not a known property/],
  [{ dashboardImportToken: { name: "Grafana Token", key: "token" } }, "ionos", /\[MonitoringStack mon\] dashboardImportToken\.name: "Grafana Token"/],
  [
    { dashboardImportToken: { name: "grafana-token", key: "a/b" } },
    "ionos",
    /dashboardImportToken\.key: "a\/b" is not (a Secret key|allowed\. Allowed: a key of letters)/,
  ],
] as const)("fails clearly on %j (%s)", (props, target, message) => {
  expect(build(props, target)).toThrow(message);
});

test("a landing zone takes one monitoring stack", () => {
  const app = new App({ outdir: "/tmp/stackwerk-monitoring-bad-input" });
  const zone = new LandingZone(app, "amt", { target: targets.onprem() });
  new MonitoringStack(app, "mon", { landingZone: zone });
  expect(() => new MonitoringStack(app, "mon2", { landingZone: zone })).toThrow(
    /\[MonitoringStack mon2\] landingZone: already has a monitoring stack \(mon\)\. Allowed: one MonitoringStack per landing zone/,
  );
});
