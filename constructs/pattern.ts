/**
 * Base of every pattern: validates the common props (target or landing zone, stage, size,
 * tenant), places the instance in its landing zone (a private one when none is given), creates
 * its zero-trust namespace and platform layer, and hands targets a DeploymentContext. Patterns
 * themselves only compose constructs and ask for capabilities. Engine-neutral: the layers come
 * from the engine that renders the tree (core/layers.ts).
 */
import { validateProps } from "../core/validation/props";
import { Construct, IConstruct } from "constructs";
import { describe, fail, requireDnsLabel } from "../core/errors";
import { checkOnce, markChecked } from "../core/checked-once";
import { ZeroTrustNamespace } from "./namespace";
import { resolveSize, resolveStage, Size, Stage, STAGE_DEFAULTS } from "../core/profile";
import { connect as connectBoth, IConnectable, IConnectionClient } from "../core/capabilities/connectable";
import { type ZoneGateway, zoneGatewayOf } from "./kube/gateway";
import type { DeploymentContext } from "../core/context";
import { LandingZone, ensureInput } from "../core/landing-zone";
import { clusterKey } from "./cluster-ownership";
import { shipAdmissionPolicies } from "./admission-policies";
import { InfraLayer, InfraScope, LayerRole, layerEngineFor, PlatformLayer } from "../core/layers";
import type { CapabilityName, ITarget } from "../core/target";
import { isTarget, TARGET_NAMES } from "../core/target";
import { declareStateBackend, type StateBackend } from "../core/state-backend";

/** Props every pattern shares. */
export interface PatternProps {
  /**
   * Where to deploy: `targets.ionos(...)`, `targets.stackit(...)` or `targets.onprem(...)`.
   * @default the landing zone's target (one of `target` and `landingZone` is required)
   */
  readonly target?: ITarget;
  /**
   * The landing zone to place the instance in (its cluster, Gateway and DNS zones are shared
   * with the other patterns in it; the instance gets its own namespace).
   * @default a private landing zone for this instance alone
   */
  readonly landingZone?: LandingZone;
  /** Delivery stage; sets replica, TLS and data-protection defaults. @default the landing zone's, else "test" */
  readonly stage?: Stage;
  /** Standard size preset. @default the landing zone's, else "S" */
  readonly size?: Size;
  /** Tenant this instance belongs to (labels, namespace name). @default the landing zone's, else the construct id */
  readonly tenant?: string;
  /** Namespace name. @default `<tenant>-<stage>` in a private zone, `<tenant>-<stage>-<id>` in a shared one */
  readonly namespace?: string;
  /**
   * Protect data (databases, buckets, volumes) from destroy.
   * @default true for `training` and `production`, false otherwise
   */
  readonly preventDestroy?: boolean;
  /**
   * Where the state of this instance's stacks is kept (see `LandingZoneProps.backend`): in a
   * private zone every stack of the instance, in a shared zone its platform stack.
   * @default the landing zone's, else local (`terraform.tfstate` in each stack folder)
   */
  readonly backend?: StateBackend;
  /**
   * Ship Stackwerk's admission policies with the instance's private landing zone (see
   * `LandingZoneProps.admissionPolicies`); in a shared zone the zone decides.
   * @default the landing zone's, else true
   */
  readonly admissionPolicies?: boolean;
}

/** Names of the PatternProps, for `requireKnownProps` in every pattern. */
export const PATTERN_PROPS = ["target", "landingZone", "stage", "size", "tenant", "namespace", "preventDestroy", "backend", "admissionPolicies"] as const;

/** Namespaces claimed per app (construct root) and cluster: `<cluster>|<namespace>` → claiming instance. */
const CLAIMS = new WeakMap<IConstruct, Map<string, Pattern>>();

/**
 * Refuses a second instance in the same namespace of the same cluster (both would own, and
 * destroy, the same namespace, quota and policies). A cluster is known by its identity (API server
 * and CA from a local kubeconfig, or the cloud cluster resource; issue 26), not by the text of a
 * kubeconfig path: two files for one cluster are one cluster.
 */
function claimNamespace(pattern: Pattern, namespace: string, zone: LandingZone): void {
  const { key, label } = clusterKey(zone);
  const claims = CLAIMS.get(pattern.node.root) ?? new Map<string, Pattern>();
  CLAIMS.set(pattern.node.root, claims);
  const owner = claims.get(`${key}|${namespace}`);
  if (owner) {
    fail(
      pattern,
      "namespace",
      `${JSON.stringify(namespace)} is already used by ${describe(owner)} on the same cluster (${label}). Allowed: a namespace no other instance uses (set namespace, or a different tenant or stage)`,
    );
  }
  claims.set(`${key}|${namespace}`, pattern);
}

/** `name` as an infra-level name of instance `id` (letters, digits, `_`; starts with a letter). */
function scopedInfraName(id: string, name: string): string {
  const prefix = id.replace(/[^a-z0-9]/g, "_");
  return `${/^[a-z]/.test(prefix) ? "" : "i"}${prefix}_${name}`;
}

/** Common machinery of a pattern instance. */
export abstract class Pattern extends Construct {
  readonly target: ITarget;
  readonly stage: Stage;
  readonly size: Size;
  readonly tenant: string;
  readonly preventDestroy: boolean;
  /** The landing zone the instance is placed in (its private one when none was given). */
  readonly landingZone: LandingZone;
  readonly namespace: ZeroTrustNamespace;
  /** Kubernetes objects of this instance (the platform layer; under the Terraform engine an OpenTofu stack). */
  readonly platformStack: PlatformLayer;
  protected readonly context: DeploymentContext;
  private infraScope?: InfraLayer;

  /**
   * @param patternName registered pattern name, e.g. `web-app` (labels, reports)
   */
  constructor(
    scope: Construct,
    id: string,
    props: PatternProps,
    readonly patternName: string,
  ) {
    super(scope, id);
    // Every prop by type at every depth, from the props interface's generated shape (`<Class>Props`).
    validateProps(this, `${new.target.name}Props`, props);
    const zone = props?.landingZone;
    if (zone !== undefined && !(zone instanceof LandingZone)) {
      fail(this, "landingZone", `${JSON.stringify(zone)} is not a landing zone. Allowed: a LandingZone, or leave it unset for a private one`);
    }
    if (zone && props.target !== undefined && props.target !== zone.target) {
      fail(this, "target", `differs from the landing zone's target (${zone.target.name}). Allowed: leave target unset, or the zone's target`);
    }
    const target = zone?.target ?? props?.target;
    if (!isTarget(target)) {
      fail(
        this,
        "target",
        `${JSON.stringify(props?.target)} is not a target. Allowed: ${TARGET_NAMES.map((t) => `targets.${t}()`).join(", ")}, or a landingZone`,
      );
    }
    this.target = target;
    // Checked once per construct tree: a stage written here, else the zone's (checked by the zone; the props' shape checks only that it is a string).
    this.stage = resolveStage(this, props.stage, { from: zone });
    this.size = resolveSize(this, props.size ?? zone?.size ?? "S", { from: props.size === undefined ? zone : undefined });
    // Checked once: a joined zone's own tenant was checked by the zone; a private zone takes this one unchecked.
    const tenant = props.tenant ?? zone?.tenant ?? id;
    this.tenant = zone !== undefined && tenant === zone.tenant ? tenant : requireDnsLabel(this, "tenant", tenant);
    markChecked(this, "tenant", this.tenant);
    if (zone) {
      for (const key of ["stage", "tenant", "admissionPolicies"] as const) {
        if (props[key] !== undefined && props[key] !== zone[key]) {
          fail(
            this,
            key,
            `${JSON.stringify(props[key])} differs from the landing zone's (${JSON.stringify(zone[key])}). Allowed: leave it unset, or the zone's value`,
          );
        }
      }
    }
    this.preventDestroy = props.preventDestroy ?? STAGE_DEFAULTS[this.stage].preventDestroy;
    if (props.backend !== undefined) declareStateBackend(this, props.backend);
    const shared = zone !== undefined;
    const namespaceName = props.namespace ?? (shared ? `${this.tenant}-${this.stage}-${id}` : `${this.tenant}-${this.stage}`);
    checkOnce(this, "namespace", namespaceName, (name) => requireDnsLabel(this, "namespace", name));

    const engine = layerEngineFor(this);
    this.platformStack = engine.platform(this, `${id}-platform`, { preventDestroy: this.preventDestroy });
    this.namespace = new ZeroTrustNamespace(this.platformStack as unknown as Construct, "namespace", {
      name: namespaceName,
      size: this.size,
      labels: { "stackwerk.dev/tenant": this.tenant, "stackwerk.dev/stage": this.stage, "stackwerk.dev/pattern": this.patternName },
    });
    // A private zone's names are the instance's own (`<id>-infra`, cluster named after the instance), as before zones.
    this.landingZone =
      zone ??
      new LandingZone(
        this,
        "zone",
        {
          target: this.target,
          stage: this.stage,
          size: this.size,
          tenant: this.tenant,
          preventDestroy: this.preventDestroy,
          ...(props.admissionPolicies !== undefined ? { admissionPolicies: props.admissionPolicies } : {}),
        },
        { infraId: `${id}-infra`, addonsId: `${id}-addons`, instanceName: id },
      );
    // The zone checked its issuers: certificates of this instance take them unchecked (core/checked-once.ts).
    for (const issuer of [this.landingZone.internalIssuer, this.landingZone.clusterIssuer]) markChecked(this, "issuer", issuer);
    const published = new Set<string>();
    // Variable and output names allow no '-': a request id such as `keycloak-db` becomes `keycloak_db_host`.
    const infraName = (name: string): string => (shared ? scopedInfraName(id, name) : name).replace(/-/g, "_");
    this.context = {
      scope: this,
      instanceName: id,
      zone: this.landingZone.context,
      namespace: this.namespace,
      stage: this.stage,
      size: this.size,
      preventDestroy: this.preventDestroy,
      platform: this.platformStack,
      infra: () => this.infraLayer(),
      infraName,
      fromInfra: (name, value, options) => {
        const scoped = infraName(name);
        // Once per name: a second bucket reuses the region's object-storage range, for instance.
        if (!published.has(scoped)) this.infraLayer().output(scoped, value, { sensitive: options.sensitive, description: options.description });
        published.add(scoped);
        return ensureInput(this.platformStack, scoped, options).token;
      },
    };
    this.landingZone.join(this, id, this.platformStack);
    claimNamespace(this, namespaceName, this.landingZone);
    // Policy as code on by default (issue 26, ADR 0385): the zone's own copy, bound to its namespaces.
    if (this.landingZone.admissionPolicies) shipAdmissionPolicies(this.landingZone);
  }

  /** The zone's Gateway (created on first use in the zone's add-ons layer); routes attach to it. */
  get zoneGateway(): ZoneGateway {
    return zoneGatewayOf(this.landingZone);
  }

  /** The infra layer holding this instance's cloud resources, if any were created. */
  get infraStack(): IConstruct | undefined {
    return this.landingZone.shared ? this.infraScope : this.landingZone.layers.find((l) => l.role === "infra")?.layer;
  }

  /**
   * This instance's layers in apply order: its private zone's (infra, add-ons) and its platform
   * layer. A shared zone's layers are the zone's own (see `LandingZone.layers`).
   */
  get layers(): Array<{ readonly role: LayerRole; readonly layer: IConstruct }> {
    return [...(this.landingZone.shared ? [] : this.landingZone.layers), { role: "platform" as const, layer: this.platformStack }];
  }

  /** The layers' constructs in apply order (under the Terraform engine: the OpenTofu stacks). */
  get stacks(): IConstruct[] {
    return this.layers.map((l) => l.layer);
  }

  /**
   * Connects `client` to `service`: egress from the client and admission on the service's side
   * (an ingress NetworkPolicy in the cluster, or the managed service's own access list).
   */
  connect(client: IConnectionClient, service: IConnectable): void {
    connectBoth(client, service);
  }

  /**
   * Fails at synth, naming `property`, when the target offers no `capability`: what a user
   * asked for cannot be built there (PATTERNS.md 1).
   */
  protected requireCapability(property: string, capability: CapabilityName): void {
    const info = this.target.capabilities().find((c) => c.capability === capability);
    if (!info || info.implementation === "unsupported") {
      fail(
        this,
        property,
        `target ${this.target.name} offers no ${capability} (${info?.detail ?? "not configured"}). Allowed: leave ${property} unset, or configure the target with an in-cluster or external ${capability}`,
      );
    }
  }

  private infraLayer(): InfraLayer {
    if (!this.landingZone.shared) return this.landingZone.infra();
    this.infraScope ??= new InfraScope(this.landingZone.infra(), this.node.id);
    return this.infraScope;
  }
}
