/**
 * The layers of a deployment and the engines that make them. The core never imports an
 * engine: an engine registers a LayerEngine that claims the construct trees it renders (the
 * Terraform engine claims trees under its App) and makes their layers. A tree no engine claims gets plain
 * construct layers, which the Pulumi engine renders (platform objects only).
 */
import { Construct, IConstruct } from "constructs";
import type { ClusterAccess } from "./capabilities/kubernetes-cluster";
import { StackwerkValidationError } from "./errors";

/** Role of a layer: cloud resources, cluster-wide add-ons (CRDs, operators), or a pattern's objects. */
export type LayerRole = "infra" | "addons" | "platform";

/** The cloud-resource layer (an OpenTofu stack of its own under the Terraform engine). */
export interface InfraLayer extends IConstruct {
  /** Publishes a value as an output, for the platform layers or the operator. */
  output(name: string, value: string, options?: { sensitive?: boolean; description?: string }): void;
  /**
   * A password generated into this layer's state (encrypted there), as an expression the layer's
   * outputs and resources can carry: the only value two platform layers can share.
   * @param name resource name, unique in the layer
   */
  generatedPassword(name: string): string;
  /**
   * The layer's string input variable `name` (made on first use, the same one after), as an
   * expression of its value: a value only the operator knows (an address range, an IP).
   */
  variable(name: string, options: InfraVariableOptions): string;
  /**
   * A live expression in the layer's language, written without `${ }` (e.g.
   * `var.x != "" ? var.x : null`), evaluated by the engine's tool (OpenTofu). Stackwerk's own
   * expressions only: user text never goes through this (the engine escapes every literal).
   */
  expression(text: string): string;
  /** A live expression whose value is a list of strings (e.g. `compact(split(",", var.x))`). */
  listExpression(text: string): string[];
  /** A live expression whose value is a number (e.g. a `count`: `var.x == "" ? 0 : 1`). */
  numberExpression(text: string): number;
  /** Functions of the engine's tool over live values (a resource's attributes, variables), e.g. `functions.cidrhost(range, 4)`. */
  readonly functions: InfraFunctions;
}

/**
 * Functions of the infra layer's language (OpenTofu's, under the Terraform engine) over live values: the
 * attributes of cloud resources and the layer's variables, known only at plan or apply. A cloud
 * target composes addresses, ACLs and ports with these instead of importing an engine; each
 * returns a live value of the type the cloud resource bindings take.
 */
export interface InfraFunctions {
  /** The lists one after another (`concat`). */
  concat(lists: ReadonlyArray<readonly string[]>): string[];
  /** The list's elements joined with `separator` (`join`). */
  join(separator: string, list: readonly string[]): string;
  /** `spec` with each `%s` replaced by the next value (`format`). */
  format(spec: string, values: readonly unknown[]): string;
  /** The address of host `hostNumber` in the range `prefix` (`cidrhost`), without the prefix length. */
  cidrhost(prefix: string, hostNumber: number): string;
  /** The list's element at `index` (`element`). */
  element(list: readonly string[], index: number): string;
  /** `text` split at `separator` (`split`). */
  split(separator: string, text: string): string[];
  /** A live value (e.g. a number attribute) as a string (`tostring`). */
  tostring(value: unknown): string;
  /** A live string value (e.g. a resource's id) where a binding takes a number; no conversion happens in the plan. */
  asNumber(value: string): number;
}

/** A string input variable of an infra layer. */
export interface InfraVariableOptions {
  /** What the operator supplies. */
  readonly description: string;
  /** Value when none is supplied. @default none: the variable is required */
  readonly default?: string;
  /** Checks the engine's tool applies to the value (a live expression each, see `InfraLayer.expression`). @default none */
  readonly validation?: ReadonlyArray<{ readonly condition: string; readonly errorMessage: string }>;
}

/** A layer of Kubernetes objects (engine-neutral KubeManifest/KubeSecret nodes below it). */
export interface PlatformLayer extends IConstruct {
  /** Sets how the engine reaches the cluster. */
  configureCluster(access: ClusterAccess): void;
}

/** Options of a platform or add-ons layer. */
export interface PlatformLayerProps {
  /** Protect stateful objects (namespace, StatefulSets, secrets) from destroy. */
  readonly preventDestroy: boolean;
  /** Platform (a pattern's objects) or add-ons (cluster-wide, applied before every platform layer). @default "platform" */
  readonly role?: "platform" | "addons";
}

/** What an engine contributes to the core: the layers of the trees it renders. */
export interface LayerEngine {
  /** Engine name for messages, e.g. `neutral`. */
  readonly name: string;
  /** True when this engine renders the tree with root `root`. */
  claims(root: IConstruct): boolean;
  platform(scope: Construct, id: string, props: PlatformLayerProps): PlatformLayer;
  infra(scope: Construct, id: string): InfraLayer;
  /** Renders a `backend` prop (core/state-backend.ts); an engine without it refuses one at synth. @default false */
  readonly rendersStateBackend?: boolean;
}

const ENGINES_KEY = Symbol.for("stackwerk.layerEngines");
const registry = globalThis as unknown as Record<symbol, LayerEngine[] | undefined>;

/** Registers an engine (engines call this when loaded; the last registered wins ties). */
export function registerLayerEngine(engine: LayerEngine): void {
  const engines = (registry[ENGINES_KEY] ??= []);
  if (!engines.some((e) => e.name === engine.name)) engines.unshift(engine);
}

/** A platform layer that is only a construct: engines walk its nodes (Pulumi). */
export class NeutralPlatformLayer extends Construct implements PlatformLayer {
  /** How the cluster is reached, as the target said. */
  access?: ClusterAccess;
  readonly role: "platform" | "addons";
  readonly preventDestroy: boolean;

  constructor(scope: Construct, id: string, props: PlatformLayerProps) {
    super(scope, id);
    this.role = props.role ?? "platform";
    this.preventDestroy = props.preventDestroy;
  }

  configureCluster(access: ClusterAccess): void {
    this.access = access;
  }
}

const NEUTRAL: LayerEngine = {
  name: "neutral",
  claims: () => true,
  platform: (scope, id, props) => new NeutralPlatformLayer(scope, id, props),
  infra: (scope) => {
    throw new StackwerkValidationError(
      scope.node.path,
      "target",
      'creates cloud resources (an infra layer), which needs an engine that renders infra layers (the Terraform engine). Allowed: an App as the root (import { App } from "stackwerk"), or targets.onprem() with the Pulumi engine',
    );
  },
};

/** The engine that renders the tree `scope` belongs to. */
export function layerEngineFor(scope: IConstruct): LayerEngine {
  const root = scope.node.root;
  return (registry[ENGINES_KEY] ?? []).find((e) => e.claims(root)) ?? NEUTRAL;
}

/** True when the engine rendering `scope`'s tree makes infra layers (the Terraform engine); the neutral layers (Pulumi) have none. */
export function rendersInfraLayers(scope: IConstruct): boolean {
  return layerEngineFor(scope) !== NEUTRAL;
}

/**
 * A pattern's part of a shared landing zone's infra layer: a construct below the zone's layer
 * (so construct ids are scoped by the pattern) whose outputs go to the zone's layer.
 */
export class InfraScope extends Construct implements InfraLayer {
  constructor(
    /** The zone's layer this scope belongs to. */
    readonly layer: InfraLayer,
    id: string,
  ) {
    super(layer, id);
  }

  output(name: string, value: string, options?: { sensitive?: boolean; description?: string }): void {
    this.layer.output(name, value, options);
  }

  generatedPassword(name: string): string {
    return this.layer.generatedPassword(name);
  }

  /** The layer's string input variable `name` (see InfraLayer.variable). */
  variable(name: string, options: InfraVariableOptions): string {
    return this.layer.variable(name, options);
  }

  /** A live expression of the layer (see InfraLayer.expression). */
  expression(text: string): string {
    return this.layer.expression(text);
  }

  /** A live list expression of the layer (see InfraLayer.listExpression). */
  listExpression(text: string): string[] {
    return this.layer.listExpression(text);
  }

  /** A live number expression of the layer (see InfraLayer.numberExpression). */
  numberExpression(text: string): number {
    return this.layer.numberExpression(text);
  }

  /** The layer's functions (see InfraLayer.functions). */
  get functions(): InfraFunctions {
    return this.layer.functions;
  }
}

/**
 * The layer that holds a layer's cloud resources: the zone's own layer behind a pattern's
 * `InfraScope`, otherwise the layer itself. A target whose resources only one engine renders
 * names that engine's layer type as `T` (the cloud targets under the Terraform engine: `TerraformStack`); the engine made
 * the layer, so it is of that type (core itself names no engine).
 */
export function infraRoot<T extends IConstruct = InfraLayer>(layer: InfraLayer): T {
  let root = layer;
  while (root instanceof InfraScope) root = root.layer;
  return root as unknown as T;
}
