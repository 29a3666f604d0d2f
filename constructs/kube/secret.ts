/**
 * Engine-neutral Kubernetes Secrets whose values never appear in synthesised output:
 * a value is either generated at deploy time or comes from a sensitive platform input.
 * Engines render these specially (cdktf: write-only `data_wo` fed by an ephemeral
 * random_password or a sensitive variable, so neither plan nor state holds the value).
 */
import { Construct, IConstruct } from "constructs";
import { fail, requireDnsLabel } from "../errors";

/** A key inside a Secret, as env `valueFrom.secretKeyRef` needs it. */
export interface SecretKeyRef {
  readonly name: string;
  readonly key: string;
}

/** Where a secret value comes from. */
export type SecretValue =
  | { readonly kind: "generated"; /** characters, letters and digits */ readonly length: number }
  | { readonly kind: "input"; /** name of a sensitive platform input */ readonly input: string };

/** Props of a KubeSecret: where it lives and where each value comes from (generated, or a platform input). */
export interface KubeSecretProps {
  readonly namespace: string;
  readonly name: string;
  readonly values: Readonly<Record<string, SecretValue>>;
}

const SECRET_MARK = Symbol.for("stackwerk.KubeSecret");

/** A Secret with generated or input-fed values. */
export class KubeSecret extends Construct {
  static isKubeSecret(x: unknown): x is KubeSecret {
    return typeof x === "object" && x !== null && (x as { [SECRET_MARK]?: boolean })[SECRET_MARK] === true;
  }

  static all(scope: IConstruct): KubeSecret[] {
    return scope.node.findAll().filter(KubeSecret.isKubeSecret);
  }

  readonly namespace: string;
  readonly secretName: string;
  readonly values: Readonly<Record<string, SecretValue>>;
  /** @internal brand for cross-copy type checks */
  readonly [SECRET_MARK] = true;

  constructor(scope: Construct, id: string, props: KubeSecretProps) {
    super(scope, id);
    this.namespace = requireDnsLabel(this, "namespace", props.namespace);
    this.secretName = requireDnsLabel(this, "name", props.name);
    if (Object.keys(props.values).length === 0) fail(this, "values", "needs at least one entry");
    for (const [key, value] of Object.entries(props.values)) {
      if (!/^[-._a-zA-Z0-9]+$/.test(key)) fail(this, `values.${key}`, "keys may contain letters, digits, '-', '_' and '.'");
      if (value.kind === "generated" && (!Number.isInteger(value.length) || value.length < 16 || value.length > 128)) {
        fail(this, `values.${key}.length`, `${value.length} is not allowed. Allowed: an integer from 16 to 128`);
      }
    }
    this.values = props.values;
  }

  /** Reference to one key, for env `secretKeyRef`. */
  ref(key: string): SecretKeyRef {
    if (!(key in this.values)) fail(this, "key", `${key} is not a key of this secret. Allowed: ${Object.keys(this.values).join(", ")}`);
    return { name: this.secretName, key };
  }
}
