/**
 * Terraform expression injection: user text (env values, paths, args) must reach the cluster
 * verbatim. In Terraform JSON every string is a template, so the cdktf engine escapes `${` and
 * `%{` in every manifest string; the Pulumi engine passes text as data and must not escape.
 * A forged input token in user text must stay text, in both engines.
 */
import "../../patterns";
import { AiStack, MonitoringStack, WebAppStack } from "../../patterns";
import { targets } from "../../providers";
import { escapeTemplate } from "../../engines/cdktf/escape";
import { manifestsOf, synthApp } from "../support/synth";
import { runPulumi } from "../support/pulumi";

/** Hostile values a user might put into plain env (each a class: expression, directive, escape, forged token). */
const HOSTILE: Record<string, string> = {
  FILE_EXPR: '${file("/etc/hostname")}',
  VAR_EXPR: "${var.kubeconfig}",
  DIRECTIVE: "%{ for x in [1,2] }${x}%{ endfor }",
  ALREADY_ESCAPED: "$${not-an-expression} and %%{ literal }",
  FORGED_INPUT: "{{stackwerk.input.kubeconfig}}",
  CDKTF_MARKER: "${TfToken[TOKEN.1]}",
};

const build = (app: import("cdktf").App) =>
  new WebAppStack(app, "shop", { target: targets.stackit(), image: "registry.example.de/shop/web:1.4.2", database: true, env: HOSTILE });

/** Reads a Terraform JSON string the way OpenTofu's template parser does for text without live expressions. */
function asOpenTofuReadsIt(text: string): string {
  if (/(?<!\$)\$\{(?!var\.)|(?<!%)%\{/.test(text.replace(/\$\$\{|%%\{/g, ""))) throw new Error(`live template in ${text}`);
  return text.replace(/\$\$\{|%%\{/g, (m) => m.slice(1));
}

test("cdktf: every hostile env value is escaped, so OpenTofu reads it as the user wrote it", () => {
  const out = synthApp(build);
  const web = manifestsOf(out.json["shop-platform"]).find((o) => o.kind === "Deployment" && o.metadata.name === "web");
  const env = Object.fromEntries(web.spec.template.spec.containers[0].env.map((e: { name: string; value?: string }) => [e.name, e.value]));
  for (const [name, value] of Object.entries(HOSTILE)) {
    expect({ name, json: env[name] }).toEqual({ name, json: escapeTemplate(value) });
    expect({ name, read: asOpenTofuReadsIt(env[name]) }).toEqual({ name, read: value });
  }
  // Our own references still work: the managed database host is a variable reference.
  expect(env.PGHOST).toBe("${var.postgres_host}");
});

test("cdktf: no string anywhere in the platform manifests holds a live template besides input references", () => {
  const out = synthApp(build);
  const text = JSON.stringify(out.json["shop-platform"].resource.kubernetes_manifest);
  const live = text.replace(/\$\$\{|%%\{/g, "").match(/\$\{(?!var\.[a-z0-9_]+\})[^}]*\}|%\{[^}]*\}/g);
  expect(live).toBeNull();
});

test("pulumi: hostile env values arrive verbatim, and a forged token is not resolved", async () => {
  const registered = await runPulumi((app) => build(app));
  const web = registered.find((r) => r.inputs?.kind === "Deployment" && r.inputs.metadata.name === "web");
  const env = Object.fromEntries(web!.inputs.spec.template.spec.containers[0].env.map((e: { name: string; value?: string }) => [e.name, e.value]));
  for (const [name, value] of Object.entries(HOSTILE)) expect({ name, value: env[name] }).toEqual({ name, value });
  expect(env.PGHOST).toBe("<input:postgres_host>");
});

test("cdktf: infra stacks escape user text too (STACKIT alert receivers, model token rotation key; issue 26)", () => {
  const out = synthApp((app) => {
    new MonitoringStack(app, "mon", {
      target: targets.stackit({ adminCidrs: ["203.0.113.0/24"] }),
      receivers: [
        { type: "email", to: '${file("/etc/hostname")}@example.de' },
        { type: "webhook", url: "https://hooks.example.de/x?a=${var.state_passphrase}%{if(true)}b%{endif}" },
      ],
    });
    new AiStack(app, "ai", {
      target: targets.stackit({ adminCidrs: ["203.0.113.0/24"] }),
      model: "cortecs/Llama-3.3-70B-Instruct-FP8-Dynamic",
      keyRotation: '${file("/etc/hostname")}%{ if true }x%{ endif }',
      governance: {
        riskClass: "limited",
        intendedPurpose: "answers questions",
        modelCard: "https://huggingface.co/cortecs/Llama-3.3-70B-Instruct-FP8-Dynamic",
        dataResidency: "DE",
        humanOversightContact: "aufsicht@amt.example.de",
        auditLogRetentionDays: 30,
      },
    });
  });
  const receivers = out.json["mon-infra"].resource.stackit_observability_instance.observability.alert_config.receivers[0];
  expect(asOpenTofuReadsIt(receivers.email_configs[0].to)).toBe('${file("/etc/hostname")}@example.de');
  expect(asOpenTofuReadsIt(receivers.webhooks_configs[0].url)).toBe("https://hooks.example.de/x?a=${var.state_passphrase}%{if(true)}b%{endif}");
  const token = Object.values(out.json["ai-infra"].resource.stackit_modelserving_token)[0] as { rotate_when_changed: { rotation: string } };
  expect(asOpenTofuReadsIt(token.rotate_when_changed.rotation)).toBe('${file("/etc/hostname")}%{ if true }x%{ endif }');
  // Our own expressions stay live: the ACL is still a concat of references.
  expect(out.json["mon-infra"].resource.stackit_observability_instance.observability.acl).toMatch(/^\$\{concat\(stackit_ske_cluster\./);
});
