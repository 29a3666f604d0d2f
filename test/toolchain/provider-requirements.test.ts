/** pinProviderRequirements: synthesised `required_providers` resolve to the mirrored addresses. */
import { provider as helmProvider } from "@cdktf/provider-helm";
import { namespaceV1, provider as k8sProvider } from "@cdktf/provider-kubernetes";
import { pinProviderRequirements } from "../../tools/toolchain/provider-requirements";
import { ensureToolchain, Toolchain } from "../../tools/toolchain";
import { cleanup, initAndValidate, output, synthStack } from "./helpers";

let tc: Toolchain;
beforeAll(async () => {
  tc = await ensureToolchain();
});

const k8sStack = () =>
  synthStack((stack) => {
    new k8sProvider.KubernetesProvider(stack, "k8s", {});
    new helmProvider.HelmProvider(stack, "helm", {});
    new namespaceV1.NamespaceV1(stack, "ns", { metadata: { name: "demo" } });
  });

test("the prebuilt bindings' sources and versions are rewritten to the mirror's", () => {
  const json = k8sStack();
  // What cdktf writes (bindings generated for kubernetes 2.38.0 and helm 3.1.1).
  expect(json.terraform.required_providers).toEqual({ kubernetes: { source: "kubernetes", version: "2.38.0" }, helm: { source: "helm", version: "3.1.1" } });
  const pinned = pinProviderRequirements(json, tc);
  expect(pinned.terraform.required_providers).toEqual({
    kubernetes: { source: "registry.opentofu.org/hashicorp/kubernetes", version: "3.2.1" },
    helm: { source: "registry.opentofu.org/hashicorp/helm", version: "3.2.0" },
  });
  expect(json.terraform.required_providers.kubernetes.version).toBe("2.38.0"); // input not mutated
});

test("registry.terraform.io and namespace/type spellings resolve to the same provider", () => {
  const json = {
    terraform: {
      required_providers: { a: { source: "registry.terraform.io/hashicorp/kubernetes", version: "~> 2.0" }, s: { source: "stackitcloud/stackit" } },
    },
  };
  expect(pinProviderRequirements(json, tc).terraform.required_providers).toEqual({
    a: { source: "registry.opentofu.org/hashicorp/kubernetes", version: "3.2.1" },
    s: { source: "registry.opentofu.org/stackitcloud/stackit", version: "0.93.0" },
  });
});

test("a provider that is not in the toolchain is a clear error", () => {
  const json = { terraform: { required_providers: { aws: { source: "hashicorp/aws", version: "6.0.0" } } } };
  expect(() => pinProviderRequirements(json, tc)).toThrow(/required_providers\.aws: provider "hashicorp\/aws" is not part of the Stackwerk toolchain/);
});

test("without the rewrite the prebuilt kubernetes binding's 2.38.0 does not resolve from the mirror", async () => {
  const check = await initAndValidate(tc, k8sStack(), { pin: false });
  try {
    expect(check.init.code).not.toBe(0);
    expect(check.init.stderr).toMatch(/hashicorp\/(kubernetes|helm)/);
  } finally {
    cleanup(check);
  }
});

test("with the rewrite the same stack passes tofu init offline and tofu validate", async () => {
  const check = await initAndValidate(tc, k8sStack());
  try {
    expect({ code: check.init.code, out: check.init.code ? output(check.init) : "" }).toEqual({ code: 0, out: "" });
    expect(check.init.stdout).toMatch(/Installed hashicorp\/kubernetes v3\.2\.1/);
    expect(check.validate?.code).toBe(0);
    expect(check.validate?.stdout).toContain("Success! The configuration is valid.");
  } finally {
    cleanup(check);
  }
});
