/**
 * Glue shared by the cloud targets: how a managed service's credentials reach the pattern's
 * namespace (an infra output → a sensitive platform input → a write-only Secret), the egress
 * peer of a managed endpoint pinned to its address range, and the operator's admin ranges
 * with the explicit, named widenings (`openToInternet`).
 */
import { Node, type IConstruct } from "constructs";
import type { InfraLayer } from "../../core/layers";
import { fail, requireOneOf } from "../../core/errors";
import { requireCidrRange, requireCidrs } from "../../core/validation/cidr";
import { notTheInternetCondition } from "./cidr-condition";
import type { DeploymentContext, ZoneContext } from "../../core/context";
import { KubeSecret } from "../../constructs/kube/secret";
import type { NetworkPeer } from "../../constructs/network";

/** The infra layer `stack` (a construct an engine made as `InfraLayer`: the zone's layer or its root). */
function infraLayer(stack: IConstruct): InfraLayer {
  const layer = stack as Partial<InfraLayer>;
  if (typeof layer.variable !== "function" || typeof layer.expression !== "function") {
    throw new Error(
      `${stack.node.path} is not an infra layer (no variable/expression): the cloud targets' resources need an engine that makes infra layers (the Terraform engine)`,
    );
  }
  return stack as InfraLayer;
}

/** A live expression of the infra layer `stack`, e.g. `tfExpression(stack, 'var.x != "" ? var.x : null')` (written without the `${ }`). */
export function tfExpression(stack: IConstruct, expression: string): string {
  return infraLayer(stack).expression(expression);
}

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
      // The input's name is the scoped one (`<pattern>_<output>` in a shared landing zone).
      return [key, { kind: "input" as const, input: ctx.infraName(v.output) }];
    }),
  );
  return new KubeSecret(ctx.platform, id, { namespace: ctx.namespace.name, name, values: entries });
}

/** Infra input holding the public address of the landing zone Gateway's load balancer (name kept from v0.1). */
export const INGRESS_ADDRESS_VARIABLE = "ingress_ip";

/**
 * The Gateway's public address for the zone's DNS records: infra variable `ingress_ip`, empty by
 * default because the address exists only once the add-ons stack's Gateway has one. The add-ons
 * stack outputs it (engines/cdktf/gateway-address.ts) and `stackwerk deploy` applies the infra
 * stack again with it in the same run (deploy/wiring.ts `feedbackInputs`); plain OpenTofu users
 * may still set `TF_VAR_ingress_ip`. `count` is 1 once the address is known, else 0: a record
 * is never written without an address.
 */
export function ingressAddress(stack: IConstruct): { readonly value: string; readonly count: number } {
  const layer = infraLayer(stack);
  const value = layer.variable(INGRESS_ADDRESS_VARIABLE, {
    default: "",
    description:
      "Public IP address of the landing zone Gateway's load balancer; empty until the add-ons stack's Gateway has one (stackwerk deploy takes it from that stack's output ingress_ip in the same run)",
  });
  return { value, count: layer.numberExpression(`var.${INGRESS_ADDRESS_VARIABLE} == "" ? 0 : 1`) };
}

/** Egress to a managed endpoint outside the cluster: its address range (a CIDR or an input token), one port. */
export function managedPeer(description: string, port: number, cidr: string): NetworkPeer {
  return { description, cidr, ports: [{ port }] };
}

/** Explicit, named widenings of a cloud target to any address (0.0.0.0/0); nothing is open by default. */
export const INTERNET_OPENINGS = ["kubernetesApi", "postgres", "egress"] as const;
/** A named widening to any address. */
export type InternetOpening = (typeof INTERNET_OPENINGS)[number];

/** Network access props both cloud targets share (operator ranges, explicit widenings). */
export interface ManagedAccessProps {
  /**
   * Operator (admin/CI) address ranges allowed to reach the Kubernetes API and, where the cloud
   * puts them on the internet, the databases. Given at synth, they become the default of the
   * infra variable `admin_cidrs` (comma-separated); otherwise that variable is required at plan.
   * @default none: `TF_VAR_admin_cidrs` must be supplied
   */
  readonly adminCidrs?: readonly string[];
  /**
   * Widen to any address, each by name: `kubernetesApi` (API without allow-list), `postgres`
   * (database ACL 0.0.0.0/0, where the database has a public endpoint), `egress` (pods may reach
   * managed endpoints at any address, instead of the `*_cidr` ranges).
   * @default none
   */
  readonly openToInternet?: readonly InternetOpening[];
  /**
   * Address ranges of managed endpoints, known before any apply (the provider's published ranges),
   * by infra variable name as `stackwerk plan` names it (e.g. `shop_postgres_cidr`). Given at synth,
   * each becomes that variable's default, so the plan asks for no `TF_VAR_<name>_cidr`; a name no
   * variable of the program has is a synth error listing the names there are.
   * @default none: each `TF_VAR_<name>_cidr` must be supplied at plan
   */
  readonly endpointCidrs?: Readonly<Record<string, string>>;
}

/** The common access props as names, for requireKnownProps. */
export const MANAGED_ACCESS_PROPS = ["adminCidrs", "openToInternet", "endpointCidrs"] as const;

/** Infra variable names endpointCidr() declared, per endpointCidrs map (to report names that match none). */
const declaredEndpointVariables = new WeakMap<object, { where: string; names: Set<string>; checked: boolean }>();

/** Validates ManagedAccessProps for target `where` (e.g. `targets.stackit`). */
export function validateManagedAccess(where: string, props: ManagedAccessProps): void {
  const openings = props.openToInternet;
  if (openings !== undefined && !Array.isArray(openings)) {
    fail(
      where,
      "openToInternet",
      `${JSON.stringify(openings)} is not a list. Allowed: a list of the widenings ${INTERNET_OPENINGS.join(", ")}, e.g. ["kubernetesApi"]`,
    );
  }
  (openings ?? []).forEach((o, i) => requireOneOf(where, `openToInternet[${i}]`, o, INTERNET_OPENINGS));
  // The admin ranges also reach the database and monitoring ACLs: never the whole internet, whatever is opened.
  requireCidrs(where, "adminCidrs", props.adminCidrs, { widening: 'openToInternet: ["kubernetesApi"] (instead of admin ranges)', openToInternet: false });
  const endpoints = props.endpointCidrs;
  if (endpoints === undefined) return;
  if (endpoints === null || typeof endpoints !== "object" || Array.isArray(endpoints)) {
    fail(
      where,
      "endpointCidrs",
      `${JSON.stringify(endpoints)} is not a mapping. Allowed: { <infra variable>: "<CIDR>" }, e.g. { shop_postgres_cidr: "10.7.222.0/24" }`,
    );
  }
  for (const [name, cidr] of Object.entries(endpoints)) {
    if (!/^[a-z][a-z0-9_]*_cidr$/.test(name)) {
      fail(
        where,
        `endpointCidrs.${name}`,
        `${JSON.stringify(name)} is not an endpoint variable name. Allowed: names ending in _cidr as stackwerk plan lists them, e.g. shop_postgres_cidr`,
      );
    }
    requireCidrRange(where, `endpointCidrs.${name}`, cidr, { widening: 'openToInternet: ["egress"]', openToInternet: false });
  }
  declaredEndpointVariables.set(endpoints, { where, names: new Set(), checked: false });
}

/** Adds, once per endpointCidrs map, a synth-time check that every name in it is a variable of the program. */
function checkEndpointNamesAtSynth(stack: IConstruct, endpoints: Readonly<Record<string, string>>): void {
  const record = declaredEndpointVariables.get(endpoints);
  if (!record || record.checked) return;
  record.checked = true;
  Node.of(stack).addValidation({
    validate: () =>
      Object.keys(endpoints)
        .filter((name) => !record.names.has(name))
        .map(
          (name) =>
            `${record.where}: endpointCidrs.${name}: no infra variable of this program has that name. Allowed: ${[...record.names].sort().join(", ") || "none (no managed endpoint)"}`,
        ),
  });
}

/** A condition accepting a comma-separated CIDR list that is not the internet (OpenTofu validation). */
function cidrListCondition(layer: InfraLayer, variable: string): string {
  return layer.expression(notTheInternetCondition(`[for c in split(",", var.${variable}) : trimspace(c)]`));
}

/**
 * The operator's admin ranges as a list token (infra variable `admin_cidrs`, comma-separated,
 * validated by OpenTofu). The default comes from `adminCidrs` when given at synth.
 */
export function adminCidrList(stack: IConstruct, props: ManagedAccessProps): string[] {
  const layer = infraLayer(stack);
  layer.variable("admin_cidrs", {
    description: "Comma-separated CIDRs of operators/CI allowed to reach the Kubernetes API (and public database endpoints), e.g. 203.0.113.0/24",
    ...(props.adminCidrs?.length ? { default: props.adminCidrs.join(",") } : {}),
    validation: [
      {
        condition: cidrListCondition(layer, "admin_cidrs"),
        errorMessage: "admin_cidrs: comma-separated IPv4 CIDRs, not the whole internet (no prefix /0, not ranges covering every address; use openToInternet)",
      },
    ],
  });
  return layer.listExpression('compact(split(",", replace(var.admin_cidrs, " ", "")))');
}

/**
 * The address range pods may reach a managed endpoint at: an infra variable `<name>_cidr`
 * (the operator knows the provider's published range) handed to the platform as an input.
 * Any address only when `openToInternet` names `egress` (then it is the variable's default).
 */
export function endpointCidr(ctx: DeploymentContext, stack: IConstruct, name: string, what: string, props: ManagedAccessProps): string {
  const layer = infraLayer(stack);
  const widened = props.openToInternet?.includes("egress") ?? false;
  // Scoped per pattern in a shared landing zone (one infra stack holds every pattern's variables).
  const variableName = ctx.infraName(`${name}_cidr`);
  const given = props.endpointCidrs?.[variableName];
  if (props.endpointCidrs) {
    declaredEndpointVariables.get(props.endpointCidrs)?.names.add(variableName);
    checkEndpointNamesAtSynth(stack, props.endpointCidrs);
  }
  const value = layer.variable(variableName, {
    description: `Address range (CIDR) of ${what}; pods may connect only there`,
    ...(given !== undefined ? { default: given } : widened ? { default: "0.0.0.0/0" } : {}),
    validation: [
      {
        condition: layer.expression(widened ? `can(cidrhost(var.${variableName}, 0))` : notTheInternetCondition(`[var.${variableName}]`)),
        errorMessage: `${variableName}: one IPv4 CIDR${widened ? "" : ', not prefix /0 (use openToInternet: ["egress"])'}`,
      },
    ],
  });
  return ctx.fromInfra(`${name}_cidr`, value, { description: `address range of ${what} (egress NetworkPolicy)` });
}

/** Splits `app.example.de` into record `app` and zone `example.de`. */
export function splitHostName(hostName: string): { record: string; zone: string } {
  const [record, ...zone] = hostName.split(".");
  return { record, zone: zone.join(".") };
}

/**
 * The DNS zones of landing zones: one per landing zone and domain, made on first use. The first
 * domain of a zone keeps the construct id `dns-zone` (the id of releases before landing zones);
 * further ones get `dns-zone-<domain with dashes>`.
 */
export class DnsZonesPerLandingZone<T> {
  private readonly byZone = new WeakMap<ZoneContext, Map<string, T>>();

  constructor(private readonly create: (zone: ZoneContext, domain: string, id: string) => T) {}

  /** The zone's DNS zone for `domain`. */
  get(zone: ZoneContext, domain: string): T {
    const zones = this.byZone.get(zone) ?? new Map<string, T>();
    this.byZone.set(zone, zones);
    let dnsZone = zones.get(domain);
    if (!dnsZone) {
      dnsZone = this.create(zone, domain, zones.size === 0 ? "dns-zone" : `dns-zone-${domain.replace(/\./g, "-")}`);
      zones.set(domain, dnsZone);
    }
    return dnsZone;
  }
}
