/**
 * The web-app pattern against the real tools: `tofu validate` with the real providers for all
 * three targets (add-ons stacks included), and on-prem a full apply of the add-ons stack (the
 * zone's Gateway) and then the platform stack to the embedded cluster (real kube-apiserver with
 * admission; kwok reports pods Running, no containers run), a no-change second plan, no secret
 * value in state, and a destroy that leaves no object of the pattern behind.
 */
import * as fs from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { App } from "cdktf";
import "../../patterns";
import { WebAppStack, WebAppStackProps } from "../../patterns";
import { targets } from "../../providers";
import type { SynthesizedStack } from "../../engines/cdktf";
import { ensureToolchain, runTofu, Toolchain } from "../../tools/toolchain";
import { EmbeddedCluster, startCluster } from "../../tools/cluster";
import { synthApp } from "../support/synth";
import { initStack, PASSPHRASE } from "../support/tofu";
import { PBKDF2_TEST_ENCRYPTION, TEST_PBKDF2_ITERATIONS } from "../support/state-key";

jest.setTimeout(600_000);

// This file runs the stacks' own key derivation (the passphrase's PBKDF2, at OpenTofu's minimum
// work factor) instead of the suite's fixed test key: test/support/state-key.ts, ADR 0455.
process.env.TF_ENCRYPTION = PBKDF2_TEST_ENCRYPTION;

let tc: Toolchain;
beforeAll(async () => {
  tc = await ensureToolchain();
});

const envFor = (_stack: SynthesizedStack): Record<string, string> => ({ ...PASSPHRASE });
const init = (stack: SynthesizedStack): Promise<void> => initStack(tc, stack);

function webApp(app: App, target: ReturnType<typeof targets.onprem>, stage: "test" | "production" = "production", extra: Partial<WebAppStackProps> = {}): void {
  new WebAppStack(app, "shop", {
    target,
    stage,
    image: "registry.example.de/shop/web:1.4.2",
    database: true,
    bucket: true,
    hostName: "shop.example.de",
    ...extra,
  });
}

/** User text OpenTofu would evaluate if it were not escaped (expressions, directives, escapes, a cdktf token marker). */
const HOSTILE_ENV: Record<string, string> = {
  FILE_EXPR: '${file("/etc/hostname")}',
  VAR_EXPR: "${var.kubeconfig_path}",
  DIRECTIVE: "%{ if true }yes%{ endif }",
  ESCAPED: "$${literal} %%{ literal }",
  CDKTF_MARKER: "${TfToken[TOKEN.1]}",
};

describe("tofu validate with the real providers", () => {
  test.each(["onprem", "stackit"] as const)("%s: every stack validates", async (name) => {
    const out = synthApp((app) => webApp(app, targets[name]()));
    // Each exposed pattern without a shared zone gets its own add-ons stack (the zone's Gateway, ADR 0090), applied before the platform.
    expect(out.stacks.map((s) => s.role)).toEqual(name === "onprem" ? ["addons", "platform"] : ["infra", "addons", "platform"]);
    for (const stack of out.stacks) {
      await init(stack);
      const result = await runTofu(tc, stack.dir, ["validate", "-no-color"], { env: envFor(stack) });
      expect({ stack: stack.name, code: result.code, out: result.stdout + result.stderr }).toMatchObject({ stack: stack.name, code: 0 });
    }
  });

  test("stackit: infra plans are encrypted, and tofu refuses to work without the passphrase", async () => {
    const out = synthApp((app) => webApp(app, targets.stackit()));
    const infra = out.stacks.find((s) => s.role === "infra")!;
    await init(infra);
    const withoutPassphrase = await runTofu(tc, infra.dir, ["plan", "-input=false", "-no-color"]);
    expect(withoutPassphrase.code).not.toBe(0);
    expect(withoutPassphrase.stderr).toMatch(/state_passphrase/);
    const ingressIp = "198.51.100.77";
    const env = {
      ...PASSPHRASE,
      TF_VAR_ingress_ip: ingressIp,
      TF_VAR_admin_cidrs: "203.0.113.0/24",
      TF_VAR_postgres_cidr: "192.0.2.16/28",
      TF_VAR_object_storage_cidr: "192.0.2.32/28",
      STACKIT_SERVICE_ACCOUNT_TOKEN: "placeholder",
    };
    const plan = await runTofu(tc, infra.dir, ["plan", "-input=false", "-no-color", "-out=plan.bin"], { env });
    expect({ code: plan.code, err: plan.code ? plan.stderr : "" }).toEqual({ code: 0, err: "" });
    const planFile = fs.readFileSync(`${infra.dir}/plan.bin`);
    expect(planFile.subarray(0, 30).toString()).toMatch(/^\{"meta":\{"key_provider\.pbkdf2/);
    expect(planFile.includes(Buffer.from(ingressIp))).toBe(false);
    const show = await runTofu(tc, infra.dir, ["show", "-no-color", "plan.bin"], { env });
    expect(show.stdout).toContain(ingressIp);
  });

  test("stackit: OpenTofu refuses 0.0.0.0/0 and malformed ranges for admin_cidrs and endpoint CIDRs", async () => {
    const out = synthApp((app) => webApp(app, targets.stackit()));
    const infra = out.stacks.find((s) => s.role === "infra")!;
    await init(infra);
    const good = {
      ...PASSPHRASE,
      TF_VAR_ingress_ip: "198.51.100.77",
      TF_VAR_admin_cidrs: "203.0.113.0/24, 198.51.100.7/32",
      TF_VAR_postgres_cidr: "192.0.2.16/28",
      TF_VAR_object_storage_cidr: "192.0.2.32/28",
      STACKIT_SERVICE_ACCOUNT_TOKEN: "placeholder",
    };
    const ok = await runTofu(tc, infra.dir, ["plan", "-input=false", "-no-color"], { env: good });
    expect({ code: ok.code, err: ok.code ? ok.stderr : "" }).toEqual({ code: 0, err: "" });
    for (const [name, value] of [
      ["admin_cidrs", "203.0.113.0/24,0.0.0.0/0"],
      ["admin_cidrs", "203.0.113.0"],
      ["postgres_cidr", "0.0.0.0/0"],
      ["object_storage_cidr", "not-a-cidr"],
    ]) {
      const bad = await runTofu(tc, infra.dir, ["plan", "-input=false", "-no-color"], { env: { ...good, [`TF_VAR_${name}`]: value } });
      expect({ name, value, code: bad.code }).toEqual({ name, value, code: 1 });
      expect({ name, value, err: bad.stderr.replace(/\s+/g, " ") }).toEqual({ name, value, err: expect.stringContaining(`${name}:`) });
    }
  });

  test("ionos: every stack validates with the real providers, and the infra stack plans offline", async () => {
    const out = synthApp((app) => webApp(app, targets.ionos()));
    expect(out.stacks.map((s) => s.role)).toEqual(["infra", "addons", "platform"]);
    for (const stack of out.stacks) {
      await init(stack);
      const result = await runTofu(tc, stack.dir, ["validate", "-no-color"], { env: envFor(stack) });
      expect({ stack: stack.name, code: result.code, out: result.stdout + result.stderr }).toMatchObject({ stack: stack.name, code: 0 });
    }
    const infra = out.stacks[0];
    const env = {
      ...PASSPHRASE,
      TF_VAR_ingress_ip: "198.51.100.78",
      TF_VAR_admin_cidrs: "203.0.113.0/24",
      TF_VAR_object_storage_cidr: "192.0.2.32/28",
      IONOS_TOKEN: "placeholder",
    };
    const plan = await runTofu(tc, infra.dir, ["plan", "-input=false", "-no-color"], { env });
    expect({ code: plan.code, err: plan.code ? plan.stderr : "" }).toEqual({ code: 0, err: "" });
    expect(plan.stdout).toMatch(/Plan: \d+ to add, 0 to change, 0 to destroy/);
    expect(plan.stdout).toContain("ionoscloud_k8s_cluster.cluster");
  });
});

describe("on-prem apply to the embedded cluster", () => {
  let cluster: EmbeddedCluster;
  beforeAll(async () => {
    cluster = await startCluster({ name: "webapp-deploy" });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  test("applies, becomes Available, re-plans clean, keeps secrets out of state, destroys cleanly", async () => {
    // Two replicas with an autoscaler: the HPA (not the manifest) owns spec.replicas, so re-plans stay clean.
    const out = synthApp((app) => webApp(app, targets.onprem({ kubeconfigPath: cluster.kubeconfig }), "test", { replicas: 2, env: HOSTILE_ENV }));
    // The landing zone's add-ons stack (namespace `<zone>-gateway` and its Gateway, ADR 0090) comes first, as synth lists them.
    expect(out.stacks.map((s) => s.role)).toEqual(["addons", "platform"]);
    const [addons, platform] = out.stacks;
    for (const stack of [addons, platform]) {
      await init(stack);
      const apply = await runTofu(tc, stack.dir, ["apply", "-auto-approve", "-input=false", "-no-color"], { env: PASSPHRASE });
      expect({ stack: stack.name, code: apply.code, err: apply.code ? apply.stdout.slice(-3000) + apply.stderr : "" }).toEqual({
        stack: stack.name,
        code: 0,
        err: "",
      });
    }
    const gatewayNamespaces = Object.values(
      out.json[addons.name].resource.kubernetes_manifest as Record<string, { manifest: { kind: string; metadata: { name: string } } }>,
    )
      .filter((r) => r.manifest.kind === "Namespace")
      .map((r) => r.manifest.metadata.name);
    expect(gatewayNamespaces.length).toBe(1);
    const gateways = JSON.parse((await cluster.kubectl(["get", "gateways.gateway.networking.k8s.io", "-n", gatewayNamespaces[0], "-o", "json"])).stdout);
    expect(gateways.items.length).toBe(1);

    const ns = "shop-test";
    const deployment = JSON.parse((await cluster.kubectl(["get", "deployment", "web", "-n", ns, "-o", "json"])).stdout);
    const available = deployment.status.conditions.find((c: { type: string }) => c.type === "Available");
    expect(available?.status).toBe("True");
    // User text arrived verbatim: nothing was evaluated by OpenTofu on this machine.
    const container = deployment.spec.template.spec.containers[0];
    const liveEnv = Object.fromEntries(
      container.env.filter((e: { value?: string }) => e.value !== undefined).map((e: { name: string; value: string }) => [e.name, e.value]),
    );
    for (const [name, value] of Object.entries(HOSTILE_ENV)) expect({ name, value: liveEnv[name] }).toEqual({ name, value });
    // Liveness and readiness differ.
    expect(container.livenessProbe).not.toEqual(container.readinessProbe);
    // The HPA scales the Deployment to its minimum (2) although the manifest sets no replicas.
    let replicas = 0;
    for (let i = 0; i < 60 && replicas !== 2; i++) {
      replicas = JSON.parse((await cluster.kubectl(["get", "deployment", "web", "-n", ns, "-o", "json"])).stdout).spec.replicas;
      if (replicas !== 2) await sleep(1000);
    }
    expect(replicas).toBe(2);
    const postgres = JSON.parse((await cluster.kubectl(["get", "statefulset", "postgres", "-n", ns, "-o", "json"])).stdout);
    expect(postgres.status.readyReplicas).toBe(1);
    const endpoints = JSON.parse((await cluster.kubectl(["get", "endpointslices", "-n", ns, "-l", "kubernetes.io/service-name=web", "-o", "json"])).stdout);
    expect(endpoints.items.flatMap((s: { endpoints?: unknown[] }) => s.endpoints ?? []).length).toBeGreaterThanOrEqual(1);

    // The generated password exists in the cluster but nowhere in state or synth output.
    const secret = JSON.parse((await cluster.kubectl(["get", "secret", "postgres-credentials", "-n", ns, "-o", "json"])).stdout);
    const password = Buffer.from(secret.data.password, "base64").toString();
    expect(password).toMatch(/^[A-Za-z0-9]{32}$/);
    const state = fs.readFileSync(`${platform.dir}/terraform.tfstate`, "utf8");
    expect(state.includes(password)).toBe(false);
    expect(state.includes(secret.data.password)).toBe(false);
    for (const file of [platform.file]) expect(fs.readFileSync(file, "utf8").includes(password)).toBe(false);

    for (const stack of [addons, platform]) {
      const replan = await runTofu(tc, stack.dir, ["plan", "-detailed-exitcode", "-input=false", "-no-color"], { env: PASSPHRASE });
      expect({ stack: stack.name, code: replan.code, plan: replan.code === 0 ? "" : replan.stdout.slice(-3000) }).toEqual({
        stack: stack.name,
        code: 0,
        plan: "",
      });
    }

    // Platform state and saved plans are ciphertext; the wrong passphrase opens neither.
    const stateDoc = JSON.parse(state);
    expect({ encrypted: typeof stateDoc.encrypted_data, resources: stateDoc.resources }).toEqual({ encrypted: "string", resources: undefined });
    expect(Object.keys(stateDoc.meta ?? {})).toContain("key_provider.pbkdf2.state");
    // The key was derived from the passphrase with this file's work factor (TF_ENCRYPTION above,
    // ADR 0450/0455); the stack itself sets none, so the stacks users apply get OpenTofu's default.
    const kdf = JSON.parse(Buffer.from(stateDoc.meta["key_provider.pbkdf2.state"], "base64").toString("utf8"));
    expect(kdf).toMatchObject({ iterations: TEST_PBKDF2_ITERATIONS, hash_function: "sha512", key_length: 32 });
    expect(JSON.parse(fs.readFileSync(platform.file, "utf8")).terraform.encryption.key_provider).toEqual({
      pbkdf2: { state: { passphrase: "${var.state_passphrase}" } },
    });
    expect(state.includes("shop.example.de")).toBe(false);
    expect(state.includes(ns)).toBe(false);
    const saved = await runTofu(tc, platform.dir, ["plan", "-input=false", "-no-color", "-out=platform.plan"], { env: PASSPHRASE });
    expect({ code: saved.code, err: saved.code ? saved.stderr : "" }).toEqual({ code: 0, err: "" });
    const planFile = fs.readFileSync(`${platform.dir}/platform.plan`);
    expect(planFile.subarray(0, 30).toString()).toMatch(/^\{"meta":\{"key_provider\.pbkdf2/);
    expect(planFile.includes(Buffer.from(cluster.kubeconfig))).toBe(false);
    const wrong = { TF_VAR_state_passphrase: "not-the-passphrase-0123456789" };
    const wrongPlan = await runTofu(tc, platform.dir, ["plan", "-input=false", "-no-color"], { env: wrong });
    expect(wrongPlan.code).not.toBe(0);
    expect(wrongPlan.stderr).toMatch(/decrypt/i);
    const wrongShow = await runTofu(tc, platform.dir, ["show", "-no-color", "platform.plan"], { env: wrong });
    expect(wrongShow.code).not.toBe(0);
    const rightShow = await runTofu(tc, platform.dir, ["show", "-no-color", "platform.plan"], { env: PASSPHRASE });
    expect({ code: rightShow.code, err: rightShow.code ? rightShow.stderr : "" }).toEqual({ code: 0, err: "" });

    // Destroy in reverse order: the platform's routes before the zone's Gateway.
    for (const stack of [platform, addons]) {
      const destroy = await runTofu(tc, stack.dir, ["destroy", "-auto-approve", "-input=false", "-no-color"], { env: PASSPHRASE });
      expect({ stack: stack.name, code: destroy.code, err: destroy.code ? destroy.stderr : "" }).toEqual({ stack: stack.name, code: 0, err: "" });
    }
    for (const name of [ns, ...gatewayNamespaces]) {
      const left = await cluster.kubectl(["get", "namespace", name, "--ignore-not-found", "-o", "name"]);
      expect({ name, left: left.stdout.trim() }).toEqual({ name, left: "" });
    }
    const labelled = await cluster.kubectl(["get", "all,networkpolicies,secrets,pvc", "-A", "-l", "app.kubernetes.io/managed-by=stackwerk", "-o", "name"]);
    expect(labelled.stdout.trim()).toBe("");
  });
});
