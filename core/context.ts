/**
 * What a target sees while providing capabilities. A landing zone's context (cluster, DNS
 * zone, ingress: shared by every pattern placed in the zone) and a pattern's deployment
 * context (its namespace and platform layer), plus the wiring from infra outputs to platform
 * inputs. Engine-neutral: the layers come from the engine through core/layers.ts.
 */
import { randomBytes } from "node:crypto";
import { Construct, IConstruct } from "constructs";
import type { Size, Stage } from "./profile";
import type { INamespace } from "./namespace";
import { fail } from "./errors";
import type { InfraLayer, PlatformLayer } from "./layers";

export type { InfraLayer, PlatformLayer } from "./layers";

/** Options of a value handed from the infra layer to platform layers. */
export interface FromInfraOptions {
  readonly description: string;
  /** Kubeconfig, passwords, keys: kept out of plans and logs, fed only to provider configuration and Secrets. */
  readonly sensitive?: boolean;
}

/** What a target sees of a landing zone: the things every pattern in it shares. */
export interface ZoneContext {
  /** The construct that owns the zone (used in error messages). */
  readonly scope: Construct;
  /** Name of the zone's cloud resources (cluster, datacenter), a DNS label. */
  readonly instanceName: string;
  readonly stage: Stage;
  readonly size: Size;
  /** Protect data (databases, buckets, the cluster) from `destroy`. */
  readonly preventDestroy: boolean;
  /** The zone's infra layer, created on first use (cloud targets only). */
  infra(): InfraLayer;
  /**
   * Exposes a zone value (e.g. the kubeconfig) to every platform layer in the zone: an output
   * of the infra layer and an input of each platform layer with the same name. Returns the
   * input token to use in manifests.
   */
  fromInfra(name: string, value: string, options: FromInfraOptions): string;
}

/** What a target sees of a pattern instance placed in a landing zone. */
export interface DeploymentContext {
  /** The pattern construct (used in error messages). */
  readonly scope: Construct;
  /** Instance name, a DNS label, unique per landing zone. */
  readonly instanceName: string;
  /** The landing zone the pattern is placed in. */
  readonly zone: ZoneContext;
  /** Zero-trust namespace the pattern deploys into. */
  readonly namespace: INamespace;
  readonly stage: Stage;
  readonly size: Size;
  /** Protect data (databases, buckets) from `destroy`. */
  readonly preventDestroy: boolean;
  /** Parent for engine-neutral Kubernetes objects. */
  readonly platform: PlatformLayer;
  /**
   * Where the pattern's cloud resources go: the zone's infra layer (a private zone) or the
   * pattern's scope inside it (a shared zone, so construct ids do not collide).
   */
  infra(): InfraLayer;
  /**
   * Name of an infra-level variable, output or generated value of this pattern: `name` in a
   * private zone, `<instance>_<name>` in a shared one (one infra layer holds every pattern's).
   */
  infraName(name: string): string;
  /**
   * Exposes an infra value to the pattern's platform layer: an output of the infra layer and
   * an input (variable) of the platform layer, both named `infraName(name)`. Returns a token
   * to use in manifests; engines replace it with their own reference.
   */
  fromInfra(name: string, value: string, options: FromInfraOptions): string;
}

const INPUT_MARK = Symbol.for("stackwerk.PlatformInput");
/**
 * Input tokens carry a per-process nonce so a user string cannot forge one: a value such as
 * `{{stackwerk.input.kubeconfig}}` in an env variable stays text instead of becoming a
 * reference to the kubeconfig. The nonce lives on globalThis so duplicate module copies agree.
 */
const NONCE_KEY = Symbol.for("stackwerk.inputTokenNonce");
const globalNonce = globalThis as unknown as Record<symbol, string | undefined>;
const TOKEN_NONCE = (globalNonce[NONCE_KEY] ??= randomBytes(9).toString("hex"));
const TOKEN_PREFIX = `{{stackwerk.input.${TOKEN_NONCE}.`;
const TOKEN_PATTERN = new RegExp(`\\{\\{stackwerk\\.input\\.${TOKEN_NONCE}\\.([a-z][a-z0-9_]*)\\}\\}`, "g");

/** A value the platform layer receives from outside (infra outputs, operator). */
export class PlatformInput extends Construct {
  static isPlatformInput(x: unknown): x is PlatformInput {
    return typeof x === "object" && x !== null && (x as { [INPUT_MARK]?: boolean })[INPUT_MARK] === true;
  }

  static all(scope: IConstruct): PlatformInput[] {
    return scope.node.findAll().filter(PlatformInput.isPlatformInput);
  }

  readonly inputName: string;
  readonly description: string;
  readonly sensitive: boolean;
  /** Value used when nothing is supplied. @default none: the input is required */
  readonly defaultValue?: string;
  /** @internal brand for cross-copy type checks */
  readonly [INPUT_MARK] = true;

  constructor(scope: Construct, name: string, props: { description: string; sensitive?: boolean; defaultValue?: string }) {
    super(scope, `input-${name}`);
    if (!/^[a-z][a-z0-9_]*$/.test(name))
      fail(this, "name", `${JSON.stringify(name)} is not allowed. Allowed: lower-case letters, digits and '_', starting with a letter`);
    this.inputName = name;
    this.description = props.description;
    this.sensitive = props.sensitive ?? false;
    this.defaultValue = props.defaultValue;
  }

  /** Token that engines replace with a reference to this input. */
  get token(): string {
    return inputToken(this.inputName);
  }
}

/** The token that stands for platform input `name` inside manifests (engines substitute it). */
export function inputToken(name: string): string {
  return `${TOKEN_PREFIX}${name}}}`;
}

/** Replaces every input token inside `value` (deeply) using `replace(name)`. */
export function substituteInputs<T>(value: T, replace: (name: string) => string): T {
  if (typeof value === "string") return value.replace(TOKEN_PATTERN, (_, name: string) => replace(name)) as T;
  if (Array.isArray(value)) return value.map((v) => substituteInputs(v, replace)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substituteInputs(v, replace)])) as T;
  }
  return value;
}

/** Names of the inputs referenced inside `value`. */
export function referencedInputs(value: unknown): string[] {
  const found = new Set<string>();
  substituteInputs(value, (name) => {
    found.add(name);
    return "";
  });
  return [...found];
}
