/**
 * The two-phase split: on cloud targets the infra stack publishes the cluster's kubeconfig (and
 * every other value the platform needs) as outputs, and the platform stack's kubernetes and helm
 * providers are configured from the matching sensitive variables. On-prem has no infra stack.
 */
import "../../patterns";
import { WebAppStack } from "../../patterns";
import { targets } from "../../providers";
import { synthApp } from "../support/synth";

const props = { image: "registry.example.de/shop/web:1.4.2", database: true, bucket: true, hostName: "shop.example.de" };

test.each(["stackit", "ionos"] as const)("%s: every platform variable is an infra output; both providers use the kubeconfig", (name) => {
  const out = synthApp((app) => new WebAppStack(app, "shop", { ...props, target: targets[name]() }));
  const infra = out.json["shop-infra"];
  const platform = out.json["shop-platform"];
  const inputs = Object.keys(platform.variable).filter((v) => !["kubeconfig_path", "kube_context", "state_passphrase", "credentials_rotation"].includes(v));
  expect(inputs).toContain("kubeconfig");
  expect(inputs).toContain(name === "ionos" ? "postgres_app_password" : "postgres_password");
  for (const v of inputs) {
    expect({ v, output: infra.output[v] !== undefined }).toEqual({ v, output: true });
    expect({ v, sensitive: Boolean(platform.variable[v].sensitive) }).toEqual({ v, sensitive: Boolean(infra.output[v].sensitive) });
  }
  expect(platform.variable.kubeconfig.sensitive).toBe(true);
  const kube = platform.provider.kubernetes[0];
  const helm = platform.provider.helm[0].kubernetes;
  for (const config of [kube, helm]) {
    expect(config.host).toMatch(/yamldecode\(var\.kubeconfig\)\.clusters\[0\]\.cluster\.server/);
    expect(config.cluster_ca_certificate).toMatch(/certificate-authority-data/);
    expect(config.config_path).toMatch(/var\.kubeconfig_path/);
  }
});

test("onprem: one platform stack whose providers read the given kubeconfig", () => {
  const out = synthApp(
    (app) =>
      new WebAppStack(app, "shop", {
        ...props,
        target: targets.onprem({ kubeconfigPath: "/etc/rz/kubeconfig", kubeconfigCheckedAtSynth: false, kubeContext: "prod" }),
      }),
  );
  // The add-ons stack holds the zone's Gateway (ADR 0090) and reads the same kubeconfig.
  expect(out.stacks.map((s) => s.name)).toEqual(["shop-addons", "shop-platform"]);
  expect(out.json["shop-addons"].variable.kubeconfig_path.default).toBe("/etc/rz/kubeconfig");
  const platform = out.json["shop-platform"];
  expect(platform.variable.kubeconfig_path.default).toBe("/etc/rz/kubeconfig");
  expect(platform.variable.kube_context.default).toBe("prod");
  expect(platform.provider.helm[0].kubernetes.config_path).toBe(platform.provider.kubernetes[0].config_path);
});

test.each(["onprem", "stackit", "ionos"] as const)("%s: every stack encrypts state and plans (enforced); sensitive platform inputs are ephemeral", (name) => {
  const out = synthApp((app) => new WebAppStack(app, "shop", { ...props, target: targets[name]() }));
  expect(out.stacks.length).toBe(name === "onprem" ? 2 : 3); // (infra,) add-ons (the zone's Gateway), platform
  for (const stack of out.stacks) {
    const json = out.json[stack.name];
    expect({ stack: stack.name, encryption: json.terraform.encryption }).toMatchObject({
      stack: stack.name,
      encryption: { state: { enforced: true }, plan: { enforced: true }, key_provider: { pbkdf2: { state: { passphrase: "${var.state_passphrase}" } } } },
    });
    expect(json.variable.state_passphrase).toMatchObject({ sensitive: true });
    expect(json.variable.state_passphrase.default).toBeUndefined();
  }
  const platform = out.json["shop-platform"];
  for (const [v, decl] of Object.entries(platform.variable as Record<string, { sensitive?: boolean; ephemeral?: boolean }>)) {
    if (v === "state_passphrase" || v === "credentials_rotation") continue;
    expect({ v, ephemeral: Boolean(decl.ephemeral) }).toEqual({ v, ephemeral: Boolean(decl.sensitive) });
  }
  if (name !== "onprem") expect(platform.variable.kubeconfig.ephemeral).toBe(true);
});
