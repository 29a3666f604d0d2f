/**
 * The zone's alert routing is decided once (core/capabilities/alert-routing.ts) and spelled by
 * each target: a kind of receiver without targets is left out (STACKIT refuses empty lists), and
 * the in-cluster Alertmanager's configuration carries the same route and receivers.
 */
import { alertRouting } from "../../core/capabilities/alert-routing";
import { MonitoringStack } from "../../patterns";
import { targets } from "../../providers";
import { manifestsOf, synthApp } from "../support/synth";

test("one route to one receiver; kinds without targets are left out", () => {
  expect(alertRouting([{ type: "webhook", url: "https://hooks.example.de/a" }])).toEqual({
    route: { receiver: "default", groupBy: ["alertname", "namespace"], repeatInterval: "4h" },
    receiver: { name: "default", webhooks: [{ url: "https://hooks.example.de/a", sendResolved: true }] },
  });
  expect(alertRouting([]).receiver).toEqual({ name: "default" });
});

test("the in-cluster Alertmanager's configuration is the routing in Alertmanager's keys", () => {
  const out = synthApp(
    (app) =>
      new MonitoringStack(app, "mon", {
        target: targets.onprem(),
        receivers: [{ type: "email", to: "ops@example.de" }],
        smtp: { smarthost: "mail.example.de:25", from: "alerts@example.de" },
        receiverCidrs: ["198.51.100.7/32"],
      }),
  );
  const platform = out.stacks.find((s) => s.role === "platform")!;
  const secret = manifestsOf(out.json[platform.name]).find((o) => o.kind === "Secret" && o.metadata.name === "alertmanager-receivers");
  const config = JSON.parse(Buffer.from(secret.data["alertmanager.yaml"], "base64").toString());
  expect(config.route).toEqual({ receiver: "default", group_by: ["alertname", "namespace"], group_wait: "30s", group_interval: "5m", repeat_interval: "4h" });
  expect(config.receivers).toEqual([{ name: "default", email_configs: [{ to: "ops@example.de", send_resolved: true }] }]);
});
