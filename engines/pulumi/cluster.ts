/**
 * The kubernetes Provider every object of a layer is bound to, built from how the target reaches
 * its cluster, like the Terraform engine's provider block (engines/cdktf/stacks.ts):
 * - Pulumi config `stackwerk:kubeconfig_path` (and `stackwerk:kube_context`) override, as the
 *   Terraform engine's stacks' `kubeconfig_path`/`kube_context` variables do;
 * - else the kubeconfig document of a cloud cluster (the zone's sensitive `kubeconfig` input);
 * - else the kubeconfig path and context the on-prem target pins;
 * - else the kubeconfig the operator gives at apply: `stackwerk:kubeconfig` (a path or a document).
 * No object is ever left to Pulumi's default provider (the ambient kubeconfig of whoever runs it).
 *
 * The provider also behaves like the Terraform engine's, whoever runs the program and with what
 * environment: server-side apply with force (a field kubectl took is taken back; also PULUMI_K8S_ENABLE_PATCH_FORCE in tools/pulumi), and Secrets and
 * ConfigMaps updated in place. Pulumi's default replaces them on a data change (delete, then create
 * under the same name): a rotated credential would leave its workloads without the Secret for a
 * moment, and a protected (prevent_destroy) Secret could not be rotated at all (issue 28, found by
 * the README's path: a new seed showed as "+-2 to replace").
 */
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import type { ClusterAccess } from "../../core/capabilities/kubernetes-cluster";

/** Version of the Kubernetes provider plugin the objects are applied with (tools/pulumi/pins.ts builds it). */
export const KUBERNETES_PLUGIN_VERSION = "4.24.0";

/** Provider settings every layer's provider carries (see the file header). */
export const PROVIDER_BEHAVIOUR = { enablePatchForce: true, enableSecretMutable: true, enableConfigMapMutable: true } as const;

/** Where a layer's kubeconfig comes from (for messages and tests). */
export interface ClusterProviderArgs {
  /** Construct path of the layer, for messages. */
  readonly where: string;
  readonly access: ClusterAccess;
  /** Platform inputs of the layer (the cloud kubeconfig among them). */
  readonly inputs: ReadonlyMap<string, string | pulumi.Output<string>>;
  readonly config: pulumi.Config;
}

/** The provider arguments (kubeconfig and context) for a layer; throws when none can be found. */
export function clusterProviderArgs({ where, access, inputs, config }: ClusterProviderArgs): k8s.ProviderArgs {
  const path = config.get("kubeconfig_path");
  const context = config.get("kube_context") ?? access.kubeContext;
  const withContext = (kubeconfig: pulumi.Input<string>): k8s.ProviderArgs => ({ kubeconfig, ...(context ? { context } : {}), ...PROVIDER_BEHAVIOUR });
  if (path) return withContext(path);
  if (access.kubeconfigInput !== undefined) {
    const doc = inputs.get(access.kubeconfigInput);
    if (doc === undefined) throw new Error(`[${where}] the cluster's kubeconfig input '${access.kubeconfigInput}' is not declared by the layer`);
    return withContext(doc);
  }
  if (access.kubeconfigPath !== undefined) return withContext(access.kubeconfigPath);
  const given = config.getSecret("kubeconfig");
  if (given === undefined) {
    throw new Error(
      `[${where}] kubeconfig: the target pins no kubeconfig, so the Pulumi stack must name one. Allowed: pulumi config set stackwerk:kubeconfig_path <file> (and stackwerk:kube_context <context>), pulumi config set --secret stackwerk:kubeconfig <file or document>, or targets.onprem({ kubeconfigPath })`,
    );
  }
  return withContext(given);
}

/** An explicit kubernetes Provider for a layer, pinned to the plugin version tools/pulumi builds. */
export function clusterProvider(name: string, args: ClusterProviderArgs, parent: pulumi.Resource): k8s.Provider {
  return new k8s.Provider(name, clusterProviderArgs(args), { parent, version: KUBERNETES_PLUGIN_VERSION });
}
