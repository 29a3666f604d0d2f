/**
 * Class-level rules every workload gets, not only the web-app pattern: no secret in plain env
 * (by name or by value shape), valid env names, distinct liveness and readiness probes, and
 * peak pods of all workloads in a namespace within its pods quota.
 */
import { App, TerraformStack } from "cdktf";
import "../../patterns";
import { WebAppStack } from "../../patterns";
import { ZeroTrustNamespace } from "../../constructs/namespace";
import { Workload, WorkloadProps } from "../../constructs/workload";
import { targets } from "../../providers";
import { KubeManifest } from "../../constructs/kube/manifest";
import { manifestsOf, podSpecsOf, synthApp } from "../support/synth";

const image = "registry.example.de/shop/web:1.4.2";

function workload(props: Partial<WorkloadProps>, size: "S" | "M" = "S"): () => Workload {
  return () => {
    const stack = new TerraformStack(new App({ outdir: "/tmp/unused" }), "stack");
    const namespace = new ZeroTrustNamespace(stack, "ns", { name: "team", size });
    return new Workload(stack, "app", { namespace, name: "web", image, port: 8080, ...props });
  };
}

describe("secrets in plain env are refused", () => {
  test.each<[string, Record<string, string>, RegExp]>([
    ["a password under a password name", { DB_PASSWORD: "hunter2-hunter2" }, /env\.DB_PASSWORD: the name says it holds a credential/],
    ["an API key", { PAYMENT_API_KEY: "sk_live_51Habc" }, /env\.PAYMENT_API_KEY: the name says it holds a credential/],
    ["a client secret", { OIDC_CLIENT_SECRET: "f00ba7" }, /env\.OIDC_CLIENT_SECRET: the name says/],
    ["a token", { AUTH_TOKEN: "abc.def" }, /env\.AUTH_TOKEN: the name says/],
    [
      "a URL with a password under any name",
      { DATABASE_URL: "postgres://app:s3cret@db.example.de/app" },
      /env\.DATABASE_URL: the value looks like a URL with a password/,
    ],
    ["a private key under any name", { TLS_MATERIAL: "-----BEGIN RSA PRIVATE KEY-----\nMIIE..." }, /env\.TLS_MATERIAL: the value looks like a private key/],
    ["an AWS key id under any name", { S3_ID: "AKIAIOSFODNN7EXAMPLE" }, /env\.S3_ID: the value looks like an AWS access key id/],
  ])("%s", (_name, env, message) => {
    expect(workload({ env })).toThrow(message);
    // Every message names the construct path and what to use instead.
    expect(workload({ env })).toThrow(/^\[Workload stack\/app\] env\..*Allowed: a reference to a Secret \(secretEnv or envFromSecrets\)$/);
  });

  test("the pattern refuses them too, naming the pattern and its secretEnv", () => {
    expect(
      () => new WebAppStack(new App({ outdir: "/tmp/unused" }), "shop", { target: targets.onprem(), image, env: { SMTP_PASSWORD: "correct-horse" } }),
    ).toThrow(/^\[WebAppStack shop\] env\.SMTP_PASSWORD: .*Allowed: a reference to a Secret \(secretEnv or envFromSecrets\)$/);
  });

  test("names that only point at a secret, and harmless values, are accepted and written", () => {
    const env = {
      PASSWORD_FILE: "/run/secrets/db",
      TOKEN_URL: "https://login.example.de/token",
      SECRET_NAME: "shop-db",
      AUTH_ENABLED: "true",
      LOG_LEVEL: "debug",
    };
    const out = synthApp((app) => new WebAppStack(app, "shop", { target: targets.onprem(), image, env }));
    const web = manifestsOf(out.json["shop-platform"]).find((o) => o.kind === "Deployment");
    expect(Object.fromEntries(web.spec.template.spec.containers[0].env.map((e: { name: string; value: string }) => [e.name, e.value]))).toEqual(env);
  });

  test("a secret passed by reference (secretEnv) is wired as secretKeyRef", () => {
    const out = synthApp(
      (app) => new WebAppStack(app, "shop", { target: targets.onprem(), image, secretEnv: { SMTP_PASSWORD: { name: "smtp", key: "password" } } }),
    );
    const web = manifestsOf(out.json["shop-platform"]).find((o) => o.kind === "Deployment");
    expect(web.spec.template.spec.containers[0].env).toEqual([{ name: "SMTP_PASSWORD", valueFrom: { secretKeyRef: { name: "smtp", key: "password" } } }]);
  });
});

test("a Workload refuses an unknown property and invalid secretEnv names", () => {
  expect(workload({ replica: 2 } as never)).toThrow(
    /^\[Workload stack\/app\] replica: is not a known property \(did you mean replicas\?\)\. Allowed: namespace, /,
  );
  expect(workload({ secretEnv: { "A.B": { name: "s", key: "k" } } })).toThrow(/^\[Workload stack\/app\] secretEnv\.A\.B: "A\.B" is not a valid variable name/);
});

describe("probes", () => {
  test("liveness and readiness are never identical; an explicit identical pair is refused", () => {
    expect(workload({ healthCheckPath: "/healthz", livenessCheckPath: "/healthz" })).toThrow(
      /^\[Workload stack\/app\] livenessCheckPath: "\/healthz" equals healthCheckPath\. Allowed: a different path/,
    );
  });

  test.each(["onprem", "stackit"] as const)("%s: every Deployment and StatefulSet container has both probes, and liveness is not readiness", (name) => {
    const out = synthApp((app) => new WebAppStack(app, "shop", { target: targets[name](), image, database: true, bucket: true }));
    const owners = podSpecsOf(manifestsOf(out.json["shop-platform"])).filter((p) => !/^(Cron)?Job\//.test(p.owner));
    expect(owners.map((p) => p.owner).sort()).toEqual(
      name === "onprem" ? ["Deployment/web", "StatefulSet/object-store", "StatefulSet/postgres"] : ["Deployment/web"],
    );
    for (const { owner, spec } of owners) {
      for (const c of spec.containers) {
        expect({ owner, liveness: Boolean(c.livenessProbe), readiness: Boolean(c.readinessProbe) }).toEqual({ owner, liveness: true, readiness: true });
        const handler = (p: Record<string, unknown>) => JSON.stringify({ httpGet: p.httpGet, tcpSocket: p.tcpSocket, exec: p.exec });
        // Liveness must not kill a pod that is merely not ready: a different check, or (for an image
        // with a single health endpoint, versitygw) the same one with at least 4x readiness's window.
        const window = (p: Record<string, unknown>) => Number(p.periodSeconds ?? 10) * Number(p.failureThreshold ?? 3);
        const distinct = handler(c.livenessProbe) !== handler(c.readinessProbe) || window(c.livenessProbe) >= 4 * window(c.readinessProbe);
        expect({ owner, distinct }).toEqual({ owner, distinct: true });
      }
    }
  });
});

describe("pods quota", () => {
  test("workloads of one namespace are counted together; the message lists who took the pods", () => {
    const build = () => {
      const stack = new TerraformStack(new App({ outdir: "/tmp/unused" }), "stack");
      const namespace = new ZeroTrustNamespace(stack, "ns", { name: "team", size: "S" });
      new Workload(stack, "api", { namespace, name: "api", image, port: 8080, replicas: 9 });
      new Workload(stack, "web", { namespace, name: "web", image, port: 8080, replicas: 2, maxReplicas: 12 });
    };
    expect(build).toThrow(
      /^\[Workload stack\/web\] maxReplicas: needs up to 13 pods, but namespace team allows 20 \(size S quota\) and 10 are taken \(stack\/api: 10\)\. Allowed: at most 10 pods here, or a larger size$/,
    );
  });

  test("the web-app refuses replicas that leave no room for its data services", () => {
    expect(
      () => new WebAppStack(new App({ outdir: "/tmp/unused" }), "shop", { target: targets.onprem(), image, replicas: 19, database: true, bucket: true }),
    ).toThrow(
      /^\[Workload shop\/shop-platform\/app\] maxReplicas: needs up to 20 pods, but namespace shop-test allows 20 .*and 5 are taken \(shop\/shop-platform\/postgres: 1, shop\/shop-platform\/object-store: 1, object-store-init: 1, postgres-backup: 1, postgres-restore: 1\)\. Allowed: at most 15 pods here, or a larger size$/,
    );
  });

  test("a deployment with an autoscaler leaves spec.replicas to it; without one it is fixed", () => {
    const out = synthApp((app) => new WebAppStack(app, "shop", { target: targets.onprem(), image, replicas: 2 }));
    const objects = manifestsOf(out.json["shop-platform"]);
    expect(objects.find((o) => o.kind === "Deployment").spec).not.toHaveProperty("replicas");
    expect(objects.find((o) => o.kind === "HorizontalPodAutoscaler").spec).toMatchObject({ minReplicas: 2, maxReplicas: 3 });
    const plain = workload({ replicas: 2 })();
    const deployment = plain.node.findAll().find((c) => KubeManifest.isKubeManifest(c) && c.object.kind === "Deployment") as KubeManifest;
    expect(deployment.object.spec).toMatchObject({ replicas: 2 });
  });
});
