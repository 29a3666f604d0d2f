/**
 * What a target sees of a pattern instance while providing capabilities: its names,
 * stage and size, the platform layer (engine-neutral manifests) and the infra layer
 * (cloud resources, cdktf only), plus the wiring between the two.
 */
import { randomBytes } from "node:crypto";
import { Construct, IConstruct } from "constructs";
import type { Size, Stage } from "./profile";
import type { ZeroTrustNamespace } from "./namespace";
import { fail } from "./errors";

/** The cloud-resource layer of a pattern instance (an OpenTofu stack of its own). */
export interface InfraLayer extends IConstruct {
  /** Publishes a value as a stack output, for the platform layer or the operator. */
  output(name: string, value: string, options?: { sensitive?: boolean; description?: string }): void;
}

export interface DeploymentContext {
  /** The pattern construct (used in error messages). */
  readonly scope: Construct;
  /** Instance name, a DNS label, unique per target. */
  readonly instanceName: string;
  /** Zero-trust namespace the pattern deploys into. */
  readonly namespace: ZeroTrustNamespace;
  readonly stage: Stage;
  readonly size: Size;
  /** Protect data (databases, buckets) from `destroy`. */
  readonly preventDestroy: boolean;
  /** Parent for engine-neutral Kubernetes objects. */
  readonly platform: Construct;
  /** The infra layer, created on first use (cloud targets only). */
  infra(): InfraLayer;
  /**
   * Exposes an infra value to the platform layer: an output of the infra stack and an
   * input (variable) of the platform stack with the same name. Returns a token to use
   * in manifests; engines replace it with their own reference.
   */
  fromInfra(name: string, value: string, options: { description: string; sensitive?: boolean }): string;
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
