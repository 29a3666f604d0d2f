/**
 * A landing zone: one per tenant × stage × target. It owns the cluster (the target's
 * kubernetesCluster capability, called once), the Gateway (Gateway API: one per zone, in the
 * add-ons layer with its CRDs, see constructs/kube/gateway.ts; patterns attach HTTPRoutes), the DNS zones and the shared add-ons
 * layer. Patterns are placed into it, each in its own namespace, and share its cluster.
 *
 *   const zone = new LandingZone(app, "amt-a-test", { target: targets.stackit(), tenant: "amt-a" });
 *   new WebAppStack(app, "shop", { landingZone: zone, image: "…" });
 *   new WebAppStack(app, "blog", { landingZone: zone, image: "…" });
 *
 * A pattern given no landing zone gets a private one whose layers keep the names they had
 * before zones existed (`<pattern>-infra`), so existing state stays valid (ADR 0015).
 */
import { Construct, IConstruct } from "constructs";
import { fail, propNames, requireDnsLabel, requireKnownProps } from "./errors";
import { checkOnce } from "./checked-once";
import { resolveSize, resolveStage, Size, Stage, STAGE_DEFAULTS } from "./profile";
import type { ClusterAccess } from "./capabilities/kubernetes-cluster";
import { FromInfraOptions, inputToken, PlatformInput, ZoneContext } from "./context";
import { InfraLayer, LayerRole, layerEngineFor, PlatformLayer } from "./layers";
import type { ITarget } from "./target";
import { isTarget, TARGET_NAMES } from "./target";
import { declareStateBackend, type StateBackend } from "./state-backend";

/** Props of a landing zone. */
export interface LandingZoneProps {
  /** Where the zone runs: `targets.ionos(...)`, `targets.stackit(...)` or `targets.onprem(...)`. */
  readonly target: ITarget;
  /** Delivery stage of every pattern in the zone. @default "test" */
  readonly stage?: Stage;
  /** Standard size of the cluster. @default "S" */
  readonly size?: Size;
  /** Tenant the zone belongs to (labels, namespace names). @default the construct id */
  readonly tenant?: string;
  /** Protect the cluster and data from destroy. @default true for `training` and `production` */
  readonly preventDestroy?: boolean;
  /** cert-manager ClusterIssuer for the certificates of the zone Gateway's HTTPS listeners. @default "letsencrypt" */
  readonly clusterIssuer?: string;
  /**
   * cert-manager ClusterIssuer (a CA or Vault issuer) for in-cluster service certificates, e.g. the
   * event bus's brokers and their clients. @default "stackwerk-internal-ca"
   */
  readonly internalIssuer?: string;
  /**
   * Where the state of the zone's stacks, and of every pattern placed in it, is kept: `{ type:
   * "local" }`, `{ type: "kubernetes", namespace, … }` (a Secret per stack, Lease lock) or
   * `{ type: "s3", bucket, endpoint, … }` (an object per stack, lock file). A pattern's own
   * `backend` wins for its stacks. @default local: `terraform.tfstate` in each stack folder
   */
  readonly backend?: StateBackend;
  /**
   * Ship Stackwerk's ValidatingAdmissionPolicies (`stackwerk-<zone>-<stage>-*`: restricted
   * workloads, platform images by digest, no wildcard egress, namespace ownership) in the zone's
   * add-ons layer, bound to the zone's namespaces (constructs/admission-policies.ts, ADR 0385).
   * `false` is the opt-out for a cluster that enforces its own (Kyverno, Gatekeeper).
   * @default true
   */
  readonly admissionPolicies?: boolean;
}

const LANDING_ZONE_PROPS = propNames<LandingZoneProps>()([
  "target",
  "stage",
  "size",
  "tenant",
  "preventDestroy",
  "clusterIssuer",
  "internalIssuer",
  "backend",
  "admissionPolicies",
]);

/** Internal: how a pattern's private zone names its layers (as before zones existed). */
export interface PrivateZoneNaming {
  /** Id of the infra layer, `<pattern>-infra`. */
  readonly infraId: string;
  /** Id of the add-ons layer, `<pattern>-addons`. */
  readonly addonsId: string;
  /** Name of the zone's cloud resources: the pattern's id. */
  readonly instanceName: string;
}

/** A pattern placed in a landing zone, as zone-wide extensions (monitoring) see it. */
export interface ZoneMember {
  /** The member's id in the zone (its construct id). */
  readonly id: string;
  /** The pattern construct. */
  readonly pattern: IConstruct;
  /** Its platform layer (Kubernetes objects). */
  readonly platform: PlatformLayer;
}

/** One tenant × stage × target: cluster, Gateway, DNS zones and add-ons, shared by the patterns placed in it. */
export class LandingZone extends Construct {
  /** True for a zone made with `new LandingZone(...)`; false for a pattern's private zone. */
  readonly shared: boolean;
  readonly target: ITarget;
  readonly stage: Stage;
  readonly size: Size;
  readonly tenant: string;
  readonly preventDestroy: boolean;
  /** cert-manager ClusterIssuer of the Gateway's HTTPS listeners. */
  readonly clusterIssuer: string;
  /** cert-manager ClusterIssuer of in-cluster service certificates. */
  readonly internalIssuer: string;
  /** How platform layers reach the zone's cluster. */
  readonly clusterAccess: ClusterAccess;
  /** Whether the zone ships its admission policies (`LandingZoneProps.admissionPolicies`). */
  readonly admissionPolicies: boolean;
  /** What targets see of the zone. */
  readonly context: ZoneContext;
  private readonly naming: PrivateZoneNaming;
  private infraLayer?: InfraLayer;
  private addonsLayer?: PlatformLayer;
  /** Zone values every member platform layer receives as inputs. */
  private readonly zoneInputs = new Map<string, FromInfraOptions>();
  private readonly members: PlatformLayer[] = [];
  private readonly memberIds = new Map<string, IConstruct>();
  private readonly memberList: ZoneMember[] = [];
  private readonly memberHooks: Array<(member: ZoneMember) => void> = [];

  /**
   * @param privateNaming internal: set by a pattern for its private zone
   */
  constructor(scope: Construct, id: string, props: LandingZoneProps, privateNaming?: PrivateZoneNaming) {
    super(scope, id);
    if (!isTarget(props?.target)) {
      fail(this, "target", `${JSON.stringify(props?.target)} is not a target. Allowed: ${TARGET_NAMES.map((t) => `targets.${t}()`).join(", ")}`);
    }
    requireKnownProps(this, props, LANDING_ZONE_PROPS);
    this.shared = privateNaming === undefined;
    this.target = props.target;
    // A pattern's private zone inherits the pattern's resolved stage unchecked; a shared zone checks the one it is given.
    this.stage = resolveStage(this, props.stage);
    this.size = resolveSize(this, props.size ?? "S");
    this.tenant = checkOnce(this, "tenant", props.tenant ?? id, (tenant) => requireDnsLabel(this, "tenant", tenant));
    this.preventDestroy = props.preventDestroy ?? STAGE_DEFAULTS[this.stage].preventDestroy;
    if (props.admissionPolicies !== undefined && typeof props.admissionPolicies !== "boolean") {
      fail(this, "admissionPolicies", `${JSON.stringify(props.admissionPolicies)} is not allowed. Allowed: true, false`);
    }
    this.admissionPolicies = props.admissionPolicies ?? true;
    this.naming = privateNaming ?? { infraId: `${requireDnsLabel(this, "id", id)}-infra`, addonsId: `${id}-addons`, instanceName: id };
    this.clusterIssuer = checkOnce(this, "clusterIssuer", props.clusterIssuer ?? "letsencrypt", (issuer) => requireDnsLabel(this, "clusterIssuer", issuer));
    this.internalIssuer = requireDnsLabel(this, "internalIssuer", props.internalIssuer ?? "stackwerk-internal-ca");
    if (props.backend !== undefined) declareStateBackend(this, props.backend);
    this.context = {
      scope: this.shared ? this : (scope as Construct),
      instanceName: this.naming.instanceName,
      stage: this.stage,
      size: this.size,
      preventDestroy: this.preventDestroy,
      infra: () => this.infra(),
      fromInfra: (name, value, options) => this.share(name, value, options),
    };
    this.clusterAccess = this.target.kubernetesCluster(this.context);
  }

  /** The zone's infra layer (cloud resources), created on first use. */
  infra(): InfraLayer {
    this.infraLayer ??= layerEngineFor(this).infra(this, this.naming.infraId);
    return this.infraLayer;
  }

  /**
   * The zone's add-ons layer: cluster-wide objects (CRDs, operators) applied before every
   * pattern's platform layer, created on first use.
   */
  addons(): PlatformLayer {
    if (!this.addonsLayer) {
      this.addonsLayer = layerEngineFor(this).platform(this, this.naming.addonsId, { preventDestroy: this.preventDestroy, role: "addons" });
      this.addonsLayer.configureCluster(this.clusterAccess);
      for (const [name, options] of this.zoneInputs) ensureInput(this.addonsLayer, name, options);
    }
    return this.addonsLayer;
  }

  /** The zone's own layers in apply order (infra, add-ons), those that exist. */
  get layers(): Array<{ readonly role: LayerRole; readonly layer: IConstruct }> {
    return [
      ...(this.infraLayer ? [{ role: "infra" as const, layer: this.infraLayer as IConstruct }] : []),
      ...(this.addonsLayer ? [{ role: "addons" as const, layer: this.addonsLayer as IConstruct }] : []),
    ];
  }

  /**
   * Places a pattern's platform layer in the zone: it receives every zone input (kubeconfig,
   * ingress address, ...) now and later. `memberId` must be unique in the zone.
   * @internal called by Pattern
   */
  join(member: IConstruct, memberId: string, platform: PlatformLayer): void {
    const existing = this.memberIds.get(memberId);
    if (existing) {
      fail(
        member,
        "id",
        `${JSON.stringify(memberId)} is already used in landing zone ${this.node.path} by ${existing.node.path}. Allowed: an id no other pattern in the zone uses`,
      );
    }
    this.memberIds.set(memberId, member);
    this.members.push(platform);
    const entry: ZoneMember = { id: memberId, pattern: member, platform };
    this.memberList.push(entry);
    for (const hook of [...this.memberHooks]) hook(entry);
    platform.configureCluster(this.clusterAccess);
    for (const [name, options] of this.zoneInputs) ensureInput(platform, name, options);
  }

  /** The patterns placed in the zone, in placement order (a read-only view). */
  get memberPatterns(): readonly ZoneMember[] {
    return [...this.memberList];
  }

  /**
   * Calls `hook` for every pattern placed in the zone so far and for every one placed later
   * (zone-wide extensions, e.g. monitoring adds each member's monitors and rules; ADR 0060).
   */
  onMember(hook: (member: ZoneMember) => void): void {
    this.memberHooks.push(hook);
    for (const member of [...this.memberList]) hook(member);
  }

  private share(name: string, value: string, options: FromInfraOptions): string {
    if (!this.zoneInputs.has(name)) {
      this.infra().output(name, value, { sensitive: options.sensitive, description: options.description });
      this.zoneInputs.set(name, options);
      for (const platform of [...this.members, ...(this.addonsLayer ? [this.addonsLayer] : [])]) ensureInput(platform, name, options);
    }
    return inputToken(name);
  }
}

/** A platform input `name` on `platform`, once. */
export function ensureInput(platform: PlatformLayer, name: string, options: FromInfraOptions): PlatformInput {
  const existing = PlatformInput.all(platform).find((i) => i.inputName === name && i.node.scope === platform);
  return existing ?? new PlatformInput(platform as unknown as Construct, name, options);
}
