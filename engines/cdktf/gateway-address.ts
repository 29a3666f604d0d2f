/**
 * The landing zone Gateway's public address as an output of the add-ons stack (`ingress_ip`):
 * read back from the Gateway's `status.addresses` (set by the Gateway implementation from its
 * load balancer) after the Gateway is applied. The infra stack's DNS records take it through
 * `stackwerk deploy` in the same run (deploy/wiring.ts `feedbackInputs`): no second pass, no
 * hand-copied address. Empty while the implementation has not published an address.
 */
import { TerraformOutput, TerraformStack } from "cdktf";
import { DataKubernetesResource } from "@cdktf/provider-kubernetes/lib/data-kubernetes-resource";
import type { KubernetesManifest } from "./kubernetes-manifest";
import { tfExpression } from "./stack-escape";

/** Output name; equal to the infra variable the DNS records read (providers/shared/managed.ts). */
export const GATEWAY_ADDRESS_OUTPUT = "ingress_ip";

/**
 * Publishes the address of the first Gateway among `manifests` (rendered resource → object body)
 * as output `ingress_ip` of `stack`; nothing when the stack holds no Gateway.
 */
export function publishGatewayAddress(stack: TerraformStack, manifests: ReadonlyMap<KubernetesManifest, Record<string, unknown>>): void {
  for (const [resource, body] of manifests) {
    const metadata = body.metadata as { name?: string; namespace?: string } | undefined;
    if (body.kind !== "Gateway" || typeof body.apiVersion !== "string" || !metadata?.name) continue;
    // Read after the Gateway's own apply (depends_on defers the read to apply time when it changes).
    const gateway = new DataKubernetesResource(stack, "gateway-address", {
      apiVersion: body.apiVersion,
      kind: "Gateway",
      metadata: { name: metadata.name, ...(metadata.namespace ? { namespace: metadata.namespace } : {}) },
      dependsOn: [resource],
    });
    new TerraformOutput(stack, `output-${GATEWAY_ADDRESS_OUTPUT}`, {
      value: tfExpression(`try(data.${gateway.terraformResourceType}.${gateway.friendlyUniqueId}.object.status.addresses[0].value, "")`),
      description: "Public address of the landing zone's Gateway (its load balancer); empty until the Gateway implementation publishes one",
    }).overrideLogicalId(GATEWAY_ADDRESS_OUTPUT);
    return;
  }
}
