/**
 * Per provider: a small synthesised cdktf stack passes `tofu init` offline (mirror only) and
 * `tofu validate` against the real provider binary; the same stack with one misspelled attribute
 * fails validate with the provider schema's message. The kubernetes and helm stacks use the
 * prebuilt cdktf bindings (generated for kubernetes 2.38.0 / helm 3.1.1) against the pinned
 * 3.2.1 / 3.2.0 binaries, so these tests are also the compatibility proof of ADR 0001.
 */
import { provider as helmProvider, release } from "@cdktf/provider-helm";
import { configMapV1, deploymentV1, namespaceV1, provider as k8sProvider } from "@cdktf/provider-kubernetes";
import { dnsRecordSet, dnsZone, objectstorageBucket, provider as stackitProvider } from "../../providers/stackit/generated";
import { ensureToolchain, Toolchain } from "../../tools/toolchain";
import { cleanup, initAndValidate, misspell, output, synthStack, TfJson } from "./helpers";

let tc: Toolchain;
beforeAll(async () => {
  tc = await ensureToolchain();
});

interface Case {
  readonly provider: "kubernetes" | "helm" | "stackit";
  readonly version: string;
  readonly stack: () => TfJson;
  /** Where the typo goes: path to the object, the attribute, its misspelling. */
  readonly typo: readonly [readonly string[], string, string];
}

const CASES: Case[] = [
  {
    provider: "kubernetes",
    version: "3.2.1",
    stack: () =>
      synthStack((stack) => {
        new k8sProvider.KubernetesProvider(stack, "k8s", { configPath: "~/.kube/config" });
        const ns = new namespaceV1.NamespaceV1(stack, "ns", { metadata: { name: "demo", labels: { "pod-security.kubernetes.io/enforce": "restricted" } } });
        new configMapV1.ConfigMapV1(stack, "cm", { metadata: { name: "settings", namespace: ns.metadata.name }, data: { LOG_LEVEL: "info" } });
        new deploymentV1.DeploymentV1(stack, "web", {
          metadata: { name: "web", namespace: ns.metadata.name },
          spec: {
            replicas: "2",
            selector: { matchLabels: { app: "web" } },
            template: {
              metadata: { labels: { app: "web" } },
              spec: {
                automountServiceAccountToken: false,
                container: [
                  {
                    name: "web",
                    image: "nginx:1.27",
                    securityContext: { runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } },
                    resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { memory: "128Mi" } },
                  },
                ],
              },
            },
          },
        });
      }),
    typo: [["resource", "kubernetes_namespace_v1", "ns", "metadata"], "name", "nmae"],
  },
  {
    provider: "helm",
    version: "3.2.0",
    stack: () =>
      synthStack((stack) => {
        new helmProvider.HelmProvider(stack, "helm", { kubernetes: { configPath: "~/.kube/config" } });
        new release.Release(stack, "redis", {
          name: "redis",
          namespace: "demo",
          repository: "oci://registry.example.org/charts",
          chart: "redis",
          version: "20.0.0",
          atomic: true,
          set: [{ name: "auth.enabled", value: "true" }],
        });
      }),
    typo: [["resource", "helm_release", "redis"], "chart", "chrat"],
  },
  {
    provider: "stackit",
    version: "0.93.0",
    stack: () =>
      synthStack((stack) => {
        new stackitProvider.StackitProvider(stack, "stackit", { defaultRegion: "eu01" });
        const projectId = "00000000-0000-0000-0000-000000000000";
        const zone = new dnsZone.DnsZone(stack, "zone", { projectId, name: "demo", dnsName: "demo.example.org" });
        new dnsRecordSet.DnsRecordSet(stack, "www", { projectId, zoneId: zone.zoneId, name: "www", type: "A", records: ["192.0.2.10"] });
        new objectstorageBucket.ObjectstorageBucket(stack, "bucket", { projectId, name: "demo-assets" });
      }),
    typo: [["resource", "stackit_dns_zone", "zone"], "dns_name", "dns_nmae"],
  },
];

describe.each(CASES)("$provider", (c) => {
  test(`synthesised stack passes tofu init offline and tofu validate (provider ${c.version})`, async () => {
    const check = await initAndValidate(tc, c.stack());
    try {
      if (check.init.code !== 0) throw new Error(`tofu init failed:\n${output(check.init)}`);
      expect(check.init.stdout).toContain(`Installed ${tc.providers[c.provider].source.replace("registry.opentofu.org/", "")} v${c.version}`);
      if (check.validate!.code !== 0) throw new Error(`tofu validate failed:\n${output(check.validate)}`);
      expect(check.validate!.stdout).toContain("Success! The configuration is valid.");
      expect(check.validate!.stdout + check.validate!.stderr).not.toContain("Warning");
    } finally {
      cleanup(check);
    }
  });

  test("the same stack with one misspelled attribute fails validate with the provider's message", async () => {
    const [where, from, to] = c.typo;
    const check = await initAndValidate(tc, misspell(c.stack(), where, from, to));
    try {
      if (check.init.code !== 0) throw new Error(`tofu init failed:\n${output(check.init)}`);
      expect(check.validate!.code).toBe(1);
      // The stack is JSON (cdk.tf.json), so OpenTofu reports the schema mismatch in its JSON
      // wording (the native-syntax wording is `An argument named "x" is not expected here`);
      // "Did you mean" names the attribute from the provider's schema.
      expect(check.validate!.stderr).toContain("Error: Extraneous JSON object property");
      expect(check.validate!.stderr).toContain(`No argument or block type is named "${to}". Did you mean "${from}"?`);
    } finally {
      cleanup(check);
    }
  });
});
