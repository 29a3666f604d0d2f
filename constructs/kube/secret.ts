/**
 * Engine-neutral Kubernetes Secrets whose values never appear in synthesised output:
 * a value is generated at deploy time, comes from a sensitive platform input, or is read at
 * deploy time from an ephemeral resource of a cloud provider (a client certificate the cloud
 * issues). Engines render these specially (the Terraform engine: write-only `data_wo` fed by a
 * random_password, a sensitive variable or an `ephemeral` block, so neither plan nor state
 * holds the value; an engine without ephemeral resources refuses the third kind).
 */
import { Construct, IConstruct } from "constructs";
import { fail, requireDnsLabel } from "../../core/errors";
import { checkOnce } from "../../core/checked-once";
import type { SecretKeyRef } from "../../core/secret-ref";

/** A key inside a Secret (declared in core, where capabilities hand out references). */
export type { SecretKeyRef };

/** The provider an ephemeral resource belongs to, as the layer must require it. */
export interface EphemeralProvider {
  /** Local name, e.g. `ionoscloud`. */
  readonly name: string;
  /** Registry source, e.g. `ionos-cloud/ionoscloud`. */
  readonly source: string;
  /** Version constraint, the same the target's infra layer pins. */
  readonly version: string;
}

/**
 * An ephemeral resource of a cloud provider (OpenTofu `ephemeral` block): opened at plan and
 * apply in the layer that holds the Secret, its results never written to plan or state. The
 * provider reads its credentials from the environment of the deploying process.
 */
export interface EphemeralSource {
  readonly provider: EphemeralProvider;
  /** Resource type of the provider's schema, e.g. `ionoscloud_kafka_user_credentials`. */
  readonly type: string;
  /** Block name, unique per layer: lower-case letters, digits and `_`. */
  readonly name: string;
  /** Arguments by the schema's attribute names; values may hold platform input tokens. */
  readonly config: Readonly<Record<string, string>>;
}

/** Where a secret value comes from. */
export type SecretValue =
  | { readonly kind: "generated"; /** characters, letters and digits */ readonly length: number }
  | { readonly kind: "input"; /** name of a sensitive platform input */ readonly input: string }
  | {
      readonly kind: "ephemeral";
      /** the ephemeral resource opened at deploy time */
      readonly source: EphemeralSource;
      /** its computed attribute holding the value, e.g. `private_key` */
      readonly attribute: string;
    };

/** Props of a KubeSecret: where it lives and where each value comes from (generated, or a platform input). */
export interface KubeSecretProps {
  readonly namespace: string;
  readonly name: string;
  readonly values: Readonly<Record<string, SecretValue>>;
}

const SECRET_MARK = Symbol.for("stackwerk.KubeSecret");

/** A Secret with generated, input-fed or ephemeral values. */
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
    this.namespace = checkOnce(this, "namespace", props.namespace, (namespace) => requireDnsLabel(this, "namespace", namespace));
    this.secretName = requireDnsLabel(this, "name", props.name);
    if (Object.keys(props.values).length === 0) fail(this, "values", "needs at least one entry");
    for (const [key, value] of Object.entries(props.values)) {
      if (!/^[-._a-zA-Z0-9]+$/.test(key)) fail(this, `values.${key}`, "keys may contain letters, digits, '-', '_' and '.'");
      if (value.kind === "generated" && (!Number.isInteger(value.length) || value.length < 16 || value.length > 128)) {
        fail(this, `values.${key}.length`, `${value.length} is not allowed. Allowed: an integer from 16 to 128`);
      }
      if (value.kind === "ephemeral") {
        if (!/^[a-z][a-z0-9_]*$/.test(value.source.name))
          fail(
            this,
            `values.${key}.source.name`,
            `${JSON.stringify(value.source.name)} is not allowed. Allowed: lower-case letters, digits and '_', starting with a letter`,
          );
        if (!/^[a-z][a-z0-9_]*$/.test(value.source.type) || !value.source.type.startsWith(`${value.source.provider.name}_`))
          fail(
            this,
            `values.${key}.source.type`,
            `${JSON.stringify(value.source.type)} is not allowed. Allowed: a resource type of provider ${value.source.provider.name}`,
          );
        if (!/^[a-z][a-z0-9_]*$/.test(value.attribute))
          fail(this, `values.${key}.attribute`, `${JSON.stringify(value.attribute)} is not allowed. Allowed: an attribute name of ${value.source.type}`);
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
