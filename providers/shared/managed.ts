/**
 * Glue shared by the cloud targets: how a managed service's credentials reach the pattern's
 * namespace (an infra output → a sensitive platform input → a write-only Secret) and the
 * egress peer of a managed endpoint.
 */
import { TerraformStack, TerraformVariable } from "cdktf";
import type { DeploymentContext } from "../../constructs/context";
import { KubeSecret } from "../../constructs/kube/secret";
import type { NetworkPeer } from "../../constructs/network";

/** A Secret in the pattern's namespace whose values are sensitive infra outputs. */
export function secretFromInfra(
  ctx: DeploymentContext,
  id: string,
  name: string,
  values: Record<string, { output: string; value: string; description: string }>,
): KubeSecret {
  const entries = Object.fromEntries(
    Object.entries(values).map(([key, v]) => {
      ctx.fromInfra(v.output, v.value, { description: v.description, sensitive: true });
      return [key, { kind: "input" as const, input: v.output }];
    }),
  );
  return new KubeSecret(ctx.platform, id, { namespace: ctx.namespace.name, name, values: entries });
}

/**
 * A generated password as an infra resource (hashicorp/random). Managed databases need the
 * password as a plain argument, so it lives in the infra state: enable state encryption there.
 */
export function infraPassword(stack: TerraformStack, name: string): string {
  stack.addOverride(`resource.random_password.${name}`, { length: 32, special: false });
  stack.addOverride("terraform.required_providers.random", { source: "hashicorp/random" });
  return `\${random_password.${name}.result}`;
}

/** A required infra variable (a value only the operator knows, e.g. the ingress IP). */
export function infraVariable(stack: TerraformStack, name: string, description: string): string {
  const existing = stack.node.tryFindChild(name) as TerraformVariable | undefined;
  return (existing ?? new TerraformVariable(stack, name, { type: "string", description })).stringValue;
}

/** Egress to a managed endpoint outside the cluster: any address, one port. */
export function managedPeer(description: string, port: number, cidr = "0.0.0.0/0"): NetworkPeer {
  return { description, cidr, ports: [{ port }] };
}

/** Splits `app.example.de` into record `app` and zone `example.de`. */
export function splitHostName(hostName: string): { record: string; zone: string } {
  const [record, ...zone] = hostName.split(".");
  return { record, zone: zone.join(".") };
}
