/**
 * Terraform expression injection: user text (env values, paths, args) must reach the cluster
 * verbatim. In Terraform JSON every string is a template, so the cdktf engine escapes `${` and
 * `%{` in every manifest string; the Pulumi engine passes text as data and must not escape.
 * A forged input token in user text must stay text, in both engines.
 */
import "../../patterns";
import { WebAppStack } from "../../patterns";
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
