/**
 * Base of every pattern: validates the common props (target, stage, size, tenant), creates
 * the zero-trust namespace, the platform stack and (on first use) the infra stack, and hands
 * targets a DeploymentContext. Patterns themselves only compose constructs and capabilities.
 */
import { TerraformStack } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { InfraStack, PlatformStack } from "../engines/cdktf/stacks";
import type { ClusterAccess, ITarget } from "../providers/target";
import { TARGET_NAMES } from "../providers/target";
import { DeploymentContext, InfraLayer, PlatformInput } from "./context";
import { describe, fail, requireDnsLabel, requireOneOf } from "./errors";
import { ZeroTrustNamespace } from "./namespace";
import { Size, SIZES, Stage, STAGE_DEFAULTS, STAGES } from "./profile";

export interface PatternProps {
  /** Where to deploy: `targets.ionos(...)`, `targets.stackit(...)` or `targets.onprem(...)`. */
  readonly target: ITarget;
  /** Delivery stage; sets replica, TLS and data-protection defaults. @default "test" */
  readonly stage?: Stage;
  /** Standard size preset. @default "S" */
  readonly size?: Size;
  /** Tenant this instance belongs to (labels, namespace name). @default the construct id */
  readonly tenant?: string;
  /** Namespace name. @default `<tenant>-<stage>` */
  readonly namespace?: string;
  /**
   * Protect data (databases, buckets, volumes) from destroy.
   * @default true for `training` and `production`, false otherwise
   */
  readonly preventDestroy?: boolean;
}

function isTarget(x: unknown): x is ITarget {
  return typeof x === "object" && x !== null && typeof (x as ITarget).name === "string" && typeof (x as ITarget).postgres === "function";
}

/** Namespaces claimed per app (construct root) and cluster: `<cluster>|<namespace>` → claiming instance. */
const CLAIMS = new WeakMap<IConstruct, Map<string, Pattern>>();

/**
 * Refuses a second instance in the same namespace of the same cluster (both would own, and
 * destroy, the same namespace, quota and policies). Instances on different clusters may reuse
 * a name; a cluster the target creates per instance (cloud targets) is never shared.
 */
function claimNamespace(pattern: Pattern, namespace: string, access: ClusterAccess): void {
  if (access.kubeconfigPath === undefined) return;
  const cluster = `${access.kubeconfigPath}#${access.kubeContext ?? ""}`;
  const claims = CLAIMS.get(pattern.node.root) ?? new Map<string, Pattern>();
  CLAIMS.set(pattern.node.root, claims);
  const owner = claims.get(`${cluster}|${namespace}`);
  if (owner) {
    fail(
      pattern,
      "namespace",
      `${JSON.stringify(namespace)} is already used by ${describe(owner)} on the same cluster (${access.kubeconfigPath}). Allowed: a namespace no other instance uses (set namespace, or a different tenant or stage)`,
    );
  }
  claims.set(`${cluster}|${namespace}`, pattern);
}

/** Common machinery of a pattern instance. */
export abstract class Pattern extends Construct {
  readonly target: ITarget;
  readonly stage: Stage;
  readonly size: Size;
  readonly tenant: string;
  readonly preventDestroy: boolean;
  readonly namespace: ZeroTrustNamespace;
  /** Kubernetes objects of this instance. */
  readonly platformStack: PlatformStack;
  protected readonly context: DeploymentContext;
  private infra?: InfraStack;

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
    if (!isTarget(props?.target)) {
      fail(this, "target", `${JSON.stringify(props?.target)} is not a target. Allowed: ${TARGET_NAMES.map((t) => `targets.${t}()`).join(", ")}`);
    }
    this.target = props.target;
    this.stage = requireOneOf(this, "stage", props.stage ?? "test", STAGES);
    this.size = requireOneOf(this, "size", props.size ?? "S", SIZES);
    this.tenant = requireDnsLabel(this, "tenant", props.tenant ?? id);
    this.preventDestroy = props.preventDestroy ?? STAGE_DEFAULTS[this.stage].preventDestroy;
    const namespaceName = props.namespace ?? `${this.tenant}-${this.stage}`;
    requireDnsLabel(this, "namespace", namespaceName);

    this.platformStack = new PlatformStack(this, `${id}-platform`, { preventDestroy: this.preventDestroy });
    this.namespace = new ZeroTrustNamespace(this.platformStack, "namespace", {
      name: namespaceName,
      size: this.size,
      labels: { "stackwerk.dev/tenant": this.tenant, "stackwerk.dev/stage": this.stage, "stackwerk.dev/pattern": this.patternName },
    });
    this.context = {
      scope: this,
      instanceName: id,
      namespace: this.namespace,
      stage: this.stage,
      size: this.size,
      preventDestroy: this.preventDestroy,
      platform: this.platformStack,
      infra: () => this.infraLayer(),
      fromInfra: (name, value, options) => {
        this.infraLayer().output(name, value, { sensitive: options.sensitive, description: options.description });
        return new PlatformInput(this.platformStack, name, options).token;
      },
    };
    const access = this.target.kubernetesCluster(this.context);
    this.platformStack.configureCluster(access);
    claimNamespace(this, namespaceName, access);
  }

  /** The infra stack, if the target created cloud resources. */
  get infraStack(): InfraStack | undefined {
    return this.infra;
  }

  /** Stacks in apply order (infra first). */
  get stacks(): TerraformStack[] {
    return this.infra ? [this.infra, this.platformStack] : [this.platformStack];
  }

  private infraLayer(): InfraLayer {
    this.infra ??= new InfraStack(this, `${this.node.id}-infra`);
    return this.infra;
  }
}
