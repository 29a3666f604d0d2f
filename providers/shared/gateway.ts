/**
 * The Gateway API implementation a target's landing zones use (ADR 0090): the props every target
 * takes (`gatewayClassName`, `gatewayControllerNamespace`) and the clear synth error for the
 * ingress-nginx props v0.1 had (`ingressClassName`, `ingressControllerNamespace`).
 */
import { fail, requireDnsLabel } from "../../core/errors";
import { markChecked } from "../../core/checked-once";
import { DEFAULT_GATEWAY_CLASS, DEFAULT_GATEWAY_CONTROLLER_NAMESPACE } from "../../constructs/kube/gateway";
import { NAMESPACE_NAME_LABEL } from "../../constructs/network";
import type { GatewayImplementation } from "../../core/capabilities/gateway";

/** Target props choosing the Gateway implementation. */
export interface GatewayTargetProps {
  /** GatewayClass of every landing zone's Gateway (Traefik's by default; any Gateway API v1 implementation with a ForwardAuth-style Middleware works for routes, `protect()` needs Traefik). @default "traefik" */
  readonly gatewayClassName?: string;
  /** Namespace the Gateway implementation's pods run in (admitted by the workloads' NetworkPolicies). @default "traefik" */
  readonly gatewayControllerNamespace?: string;
}

/** Names of the gateway props, for each target's known-props list. */
export const GATEWAY_TARGET_PROPS = ["gatewayClassName", "gatewayControllerNamespace"] as const;

/** Props of v0.1 that chose ingress-nginx, and what replaces each. */
const REMOVED: Record<string, string> = {
  ingressClassName: 'gatewayClassName (the GatewayClass of the zone\'s Gateway, default "traefik")',
  ingressControllerNamespace: 'gatewayControllerNamespace (namespace of the Gateway implementation\'s pods, default "traefik")',
};

/**
 * The target's Gateway implementation; fails at synth for the removed ingress props, naming the
 * replacement. The checked class name is recorded on `owner` (the target), so a zone's Gateway
 * takes it unchecked (core/checked-once.ts).
 */
export function gatewayImplementation(where: string, props: GatewayTargetProps | undefined, owner?: object): GatewayImplementation {
  for (const [prop, replacement] of Object.entries(REMOVED)) {
    if ((props as Record<string, unknown> | undefined)?.[prop] !== undefined) {
      fail(
        where,
        prop,
        `was removed in v0.2: ingress-nginx is retired (March 2026) and every pattern is exposed through Gateway API HTTPRoutes. Allowed: ${replacement}. See docs/migration/v0.2.md`,
      );
    }
  }
  const gatewayClassName = requireDnsLabel(where, "gatewayClassName", props?.gatewayClassName ?? DEFAULT_GATEWAY_CLASS);
  if (owner) markChecked(owner, "gatewayClassName", gatewayClassName);
  return {
    gatewayClassName,
    gatewayControllerNamespaceLabels: {
      [NAMESPACE_NAME_LABEL]: requireDnsLabel(where, "gatewayControllerNamespace", props?.gatewayControllerNamespace ?? DEFAULT_GATEWAY_CONTROLLER_NAMESPACE),
    },
  };
}
