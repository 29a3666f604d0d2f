/**
 * Monitoring on IONOS: Monitoring and Logging pipelines fed by the in-cluster collectors; alerting by an in-cluster Alertmanager (IONOS has none).
 * One landing zone with a MonitoringStack and two web-apps: both get their ServiceMonitors,
 * default alert rules and dashboards without writing them. Run: `npx tsx examples/monitoring/ionos.ts`.
 */
import { App, LandingZone, MonitoringStack, WebAppStack, targets } from "../../index"; // in your repository: from "stackwerk"

const app = new App({ outdir: process.env.STACKWERK_OUTDIR ?? "cdktf.out" });
const zone = new LandingZone(app, "amt-a", {
  target: targets.ionos({ location: "de/txl", adminCidrs: ["203.0.113.0/24"] }),
  stage: "production",
  tenant: "amt-a",
});
new MonitoringStack(app, "monitoring", {
  landingZone: zone,
  retention: { metricsDays: 30, logsDays: 30 },
  receivers: [
    { type: "email", to: "betrieb@amt.example.de" },
    { type: "webhook", url: "https://chat.amt.example.de/hooks/alerts" },
  ],
  smtp: { smarthost: "mail.amt.example.de:587", from: "alerts@amt.example.de" },
  // A Grafana service-account token (Editor) created once in the managed Grafana, stored in this Secret
  // in the monitoring namespace: a CronJob then imports the dashboards below through Grafana's API.
  dashboardImportToken: { name: "grafana-token", key: "token" },
  dashboards: [
    {
      title: "Bürgerportal",
      panels: [{ title: "HTTP requests", expr: 'sum(rate(http_requests_total{namespace="amt-a-production-portal"}[5m]))', unit: "reqps" }],
    },
  ],
});
new WebAppStack(app, "portal", { landingZone: zone, image: "registry.example.de/amt/portal:2.3.1", hostName: "portal.amt.example.de" });
new WebAppStack(app, "forms", { landingZone: zone, image: "registry.example.de/amt/forms:1.0.4" });
app.synth();
