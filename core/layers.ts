/**
 * The layers of a deployment and the engines that make them. The core never imports an
 * engine: an engine registers a LayerEngine that claims the construct trees it renders (cdktf
 * claims trees under a cdktf App) and makes their layers. A tree no engine claims gets plain
 * construct layers, which the Pulumi engine renders (platform objects only).
 */
import { Construct, IConstruct } from "constructs";
import type { ClusterAccess } from "./capabilities/kubernetes-cluster";
import { StackwerkValidationError } from "./errors";

/** Role of a layer: cloud resources, cluster-wide add-ons (CRDs, operators), or a pattern's objects. */
export type LayerRole = "infra" | "addons" | "platform";

/** The cloud-resource layer (an OpenTofu stack of its own under cdktf). */
export interface InfraLayer extends IConstruct {
  /** Publishes a value as an output, for the platform layers or the operator. */
  output(name: string, value: string, options?: { sensitive?: boolean; description?: string }): void;
  /**
   * A password generated into this layer's state (encrypted there), as an expression the layer's
   * outputs and resources can carry: the only value two platform layers can share.
   * @param name resource name, unique in the layer
   */
  generatedPassword(name: string): string;
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
  /** Engine name for messages, e.g. `cdktf`. */
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
      'creates cloud resources (an infra layer), which only the cdktf engine renders. Allowed: a cdktf App as the root (import { App } from "stackwerk"), or targets.onprem() with the Pulumi engine',
    );
  },
};

/** The engine that renders the tree `scope` belongs to. */
export function layerEngineFor(scope: IConstruct): LayerEngine {
  const root = scope.node.root;
  return (registry[ENGINES_KEY] ?? []).find((e) => e.claims(root)) ?? NEUTRAL;
}

/** True when the engine rendering `scope`'s tree makes infra layers (cdktf); the neutral layers (Pulumi) have none. */
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
}

/**
 * The layer that holds a layer's cloud resources: the zone's own layer behind a pattern's
 * `InfraScope`, otherwise the layer itself. A target whose resources only one engine renders
 * names that engine's layer type as `T` (the cdktf targets: `TerraformStack`); the engine made
 * the layer, so it is of that type (core itself names no engine).
 */
export function infraRoot<T extends IConstruct = InfraLayer>(layer: InfraLayer): T {
  let root = layer;
  while (root instanceof InfraScope) root = root.layer;
  return root as unknown as T;
}
