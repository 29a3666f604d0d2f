/**
 * The gateway capability of a landing zone (Gateway API, ADR 0090): which implementation serves
 * HTTP(S) for the zone's Gateway (its GatewayClass and where its pods run). The zone owns the
 * Gateway; patterns attach HTTPRoutes to it.
 */

/** The implementation behind a landing zone's Gateway, as a target describes it. */
export interface GatewayImplementation {
  /** GatewayClass of the zone's Gateway (e.g. `traefik`). */
  readonly gatewayClassName: string;
  /** Labels of the namespace the implementation's pods (data plane) run in, admitted by the workloads' NetworkPolicies. */
  readonly gatewayControllerNamespaceLabels: Readonly<Record<string, string>>;
}
