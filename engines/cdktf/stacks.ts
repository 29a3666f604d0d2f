/**
 * The two OpenTofu stacks of a pattern instance (DESIGN.md "Stacks and the two-phase problem"):
 * `<id>-infra` holds cloud resources and publishes outputs; `<id>-platform` holds the
 * Kubernetes objects and reads those outputs as variables. The platform stack renders the
 * engine-neutral KubeManifest/KubeSecret nodes below it when the app is synthesised.
 */
import { AssetType, TerraformAsset, TerraformOutput, TerraformStack, TerraformVariable, Token } from "./cdk";
import { Construct } from "constructs";
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { HelmProvider } from "@cdktf/provider-helm/lib/provider";
import { SecretV1 } from "@cdktf/provider-kubernetes/lib/secret-v1";
import { Release } from "@cdktf/provider-helm/lib/release";
import { HelmChart } from "../../constructs/kube/helm-chart";
import { PlatformInput, substituteInputs } from "../../core/context";
import type { InfraFunctions, InfraLayer, InfraVariableOptions, LayerRole, PlatformLayer, PlatformLayerProps } from "../../core/layers";
import { KubeManifest } from "../../constructs/kube/manifest";
import { KubeSecret, type EphemeralSource } from "../../constructs/kube/secret";
import { renderInOrder } from "../../constructs/kube/render-order";
import { MANAGED_BY } from "../../constructs/kube/labels";
import { isProtected } from "../../constructs/kube/protection";
import type { ClusterAccess } from "../../core/capabilities/kubernetes-cluster";
import { escapeTemplatesDeep } from "./escape";
import { escapeElementsOf, tfExpression, withEscapedStackOverrides } from "./stack-escape";
import { stackVariable, tfListExpression } from "./expression";
import { CDKTF_FUNCTIONS } from "./functions";
import { withoutCreationStacks } from "./creation-stacks";
import { recordLayerDependencies } from "./dependencies";
import { pinProviderVersions } from "./provider-versions";
import { applyStateBackend } from "./backend";
import { KubernetesManifest } from "./kubernetes-manifest";
import { publishGatewayAddress } from "./gateway-address";
import { encryptState, stateInStackFolder } from "./stack-state";

/** Marks a stack's role for engines and the conformance runner: infra, add-ons (applied before every platform stack) or platform. */
export type StackRole = LayerRole;

/** Variable whose increase rotates every generated credential of a platform stack (ADR 0023). */
export const CREDENTIALS_ROTATION_VARIABLE = "credentials_rotation";

export { STATE_PASSPHRASE_VARIABLE } from "./stack-state";

/** Construct id (and so the address) of a `kubernetes_manifest`: `<kind>-<namespace or "cluster">-<name>`, lower case. */
export function manifestResourceId(kind: string, identity: { readonly namespace?: string; readonly name: string }): string {
  return `${kind}-${identity.namespace ?? "cluster"}-${identity.name}`.toLowerCase();
}

/** A stable number (0-99999) for a set of Secret keys (FNV-1a of the sorted names). */
export function keySetNumber(keys: readonly string[]): number {
  let hash = 0x811c9dc5;
  for (const ch of [...keys].sort().join("\n")) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 100000;
}

/** Cloud resources of one pattern instance. */
export class InfraStack extends TerraformStack implements InfraLayer {
  readonly role: StackRole = "infra";

  constructor(scope: Construct, id: string) {
    super(scope, id);
    stateInStackFolder(this);
    encryptState(this);
  }

  /** Escapes every string of the stack's elements at the engine boundary (user text stays literal), then lets cdktf prepare the stack. */
  override prepareStack(): void {
    escapeElementsOf(this);
    super.prepareStack();
  }

  output(name: string, value: string, options: { sensitive?: boolean; description?: string } = {}): void {
    // Construct id differs from resource ids; the output keeps its plain name in the JSON.
    new TerraformOutput(this, `output-${name}`, { value, sensitive: options.sensitive, description: options.description }).overrideLogicalId(name);
  }

  /** The stack's JSON with every provider pinned to the version the toolchain tests. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override toTerraform(): any {
    // Every literal string of the stack is escaped (engines/cdktf/stack-escape.ts).
    const tf = withEscapedStackOverrides(this, () => super.toTerraform());
    pinProviderVersions(tf);
    applyStateBackend(this, tf);
    return tf;
  }

  /** A `random_password` (hashicorp/random) in this stack; managed databases need it as a plain argument, so it lives in the (encrypted) state. */
  generatedPassword(name: string): string {
    this.addOverride(`resource.random_password.${name}`, { length: 32, special: false });
    this.addOverride("terraform.required_providers.random", { source: "hashicorp/random" });
    return tfExpression(`random_password.${name}.result`);
  }

  /** The layer's string input variable `name` (see InfraLayer.variable). */
  variable(name: string, options: InfraVariableOptions): string {
    return stackVariable(this, name, options);
  }

  /** A live expression of the layer (see InfraLayer.expression). */
  expression(text: string): string {
    return tfExpression(text);
  }

  /** A live list expression of the layer (see InfraLayer.listExpression). */
  listExpression(text: string): string[] {
    return tfListExpression(text);
  }

  /** A live number expression of the layer (see InfraLayer.numberExpression). */
  numberExpression(text: string): number {
    return Token.asNumber(tfExpression(text));
  }

  /** OpenTofu's functions over live values (see InfraLayer.functions). */
  readonly functions: InfraFunctions = CDKTF_FUNCTIONS;
}

/** Props of a platform (or add-ons) stack. */
export type PlatformStackProps = PlatformLayerProps;

/** Kubernetes objects of one pattern instance (role `platform`) or of a landing zone's add-ons (role `addons`). */
export class PlatformStack extends TerraformStack implements PlatformLayer {
  readonly role: "platform" | "addons";
  private access?: ClusterAccess;
  private rendered = false;
  /** Escaped, input-substituted body of every kubernetes_manifest (see toTerraform). */
  private readonly manifestBodies = new Map<KubernetesManifest, Record<string, unknown>>();
  /** `moved` blocks of objects an earlier version wrote under another identity. */
  private readonly manifestMoves: Array<{ from: string; resource: KubernetesManifest }> = [];
  /** Escaped, input-substituted values of every helm_release (written like manifest bodies). */
  private readonly releaseValues = new Map<Release, Record<string, unknown>>();
  /** Rendered `ephemeral` blocks by address (their provider and arguments, to refuse a conflicting second one). */
  private readonly ephemerals = new Map<string, string>();

  constructor(
    scope: Construct,
    id: string,
    private readonly props: PlatformStackProps,
  ) {
    super(scope, id);
    this.role = props.role ?? "platform";
    stateInStackFolder(this);
    encryptState(this);
  }

  /** Sets how the kubernetes provider reaches the cluster (from the target). */
  configureCluster(access: ClusterAccess): void {
    this.access = access;
  }

  override prepareStack(): void {
    // Rendering creates most of the stack's tokens; their creation stacks cost more than the rest (ADR 0030).
    withoutCreationStacks(() => {
      recordLayerDependencies(this);
      this.render();
      escapeElementsOf(this);
      super.prepareStack();
    });
  }

  /** Turns the engine-neutral nodes below this stack into provider resources (once). */
  render(): void {
    if (this.rendered) return;
    this.rendered = true;
    const variables = new Map<string, TerraformVariable>();
    for (const input of PlatformInput.all(this)) {
      const variable = new TerraformVariable(this, input.inputName, {
        type: "string",
        description: input.description,
        sensitive: input.sensitive,
        ...(input.defaultValue !== undefined ? { default: input.defaultValue } : {}),
      });
      // Sensitive inputs (kubeconfig, credentials) only feed provider configuration and
      // write-only Secret data, so they can be ephemeral: OpenTofu keeps them out of saved plans and state.
      if (input.sensitive) variable.addOverride("ephemeral", true);
      variables.set(input.inputName, variable);
    }
    const ref = (name: string): string => {
      if (!variables.has(name)) throw new Error(`[${this.node.path}] a manifest uses platform input '${name}', which no PlatformInput declares`);
      return `\${var.${name}}`;
    };
    // Past cdktf's resolver (manifest bodies, chart values) a reference is plain text; through it (Secrets, ephemeral blocks) a live expression.
    const live = (name: string): string => tfExpression(ref(name).slice(2, -1));
    this.renderProvider();

    renderInOrder<Construct>(this, {
      manifest: (m, dependsOn) => this.renderManifest(m, ref, dependsOn),
      secret: (secret, dependsOn) => this.renderSecret(secret, live, dependsOn),
      chart: (chart, dependsOn) => this.renderChart(chart, ref, dependsOn),
    });
    // The zone Gateway's address, for the infra stack's DNS records in the same deploy run.
    if (this.role === "addons") publishGatewayAddress(this, this.manifestBodies);
  }

  private renderProvider(): void {
    const access = this.access ?? {};
    // Without a path from the target or a kubeconfig from the infra stack, the operator names the file at apply.
    const pathRequired = access.kubeconfigPath === undefined && access.kubeconfigInput === undefined;
    new TerraformVariable(this, "kubeconfig_path", {
      type: "string",
      ...(pathRequired ? {} : { default: access.kubeconfigPath ?? "" }),
      description: pathRequired
        ? "Kubeconfig file of the target cluster on the deploying machine (the embedded cluster's: `stackwerk cluster up` prints it)"
        : "Kubeconfig file of the target cluster (empty: use the kubeconfig input from the infra stack)",
    });
    new TerraformVariable(this, "kube_context", {
      type: "string",
      default: access.kubeContext ?? "",
      description: "Context in the kubeconfig (empty: its current context)",
    });
    const usePath = `var.kubeconfig_path != ""`;
    const config: Record<string, string> = {
      configPath: tfExpression(`${usePath} ? var.kubeconfig_path : null`),
      configContext: tfExpression(`var.kube_context != "" ? var.kube_context : null`),
    };
    if (access.kubeconfigInput) {
      // Credentials from the infra stack's kubeconfig document, unless a file path overrides them.
      const doc = `yamldecode(var.${access.kubeconfigInput})`;
      const from = (expr: string): string => tfExpression(`${usePath} ? null : ${expr}`);
      Object.assign(config, {
        host: from(`${doc}.clusters[0].cluster.server`),
        clusterCaCertificate: from(`base64decode(${doc}.clusters[0].cluster["certificate-authority-data"])`),
        clientCertificate: from(`try(base64decode(${doc}.users[0].user["client-certificate-data"]), null)`),
        clientKey: from(`try(base64decode(${doc}.users[0].user["client-key-data"]), null)`),
        token: from(`try(${doc}.users[0].user.token, null)`),
      });
    }
    new KubernetesProvider(this, "kubernetes", config);
    // Helm reaches the same cluster the same way (for charts a pattern installs).
    new HelmProvider(this, "helm", { kubernetes: config });
  }

  private renderManifest(m: KubeManifest, ref: (name: string) => string, dependsOn: Construct[]): KubernetesManifest {
    const protect = isProtected(m.object.kind, this.props.preventDestroy);
    // The body is written in toTerraform(), past cdktf's token resolver.
    const resource = new KubernetesManifest(this, manifestResourceId(m.object.kind, m.object.metadata), {
      ...(m.wait.rollout ? { waitForRollout: true, timeouts: { create: "5m", update: "5m" } } : {}),
      // The declared state wins over out-of-band edits (kubectl set/edit): apply repairs drift
      // instead of failing on a field-manager conflict. Fields left to controllers (replicas under an HPA) are not declared.
      forceConflicts: true,
      // The provider's default computed fields plus what the object says the API server sets.
      ...(m.serverSetFields.length ? { computedFields: ["metadata.labels", "metadata.annotations", ...m.serverSetFields] } : {}),
      dependsOn: dependsOn as KubernetesManifest[],
      lifecycle: protect ? { preventDestroy: true } : undefined,
    });
    // User text is escaped first; only then do our own references (`${var.x}`) go in.
    this.manifestBodies.set(resource, substituteInputs(escapeTemplatesDeep(m.object as unknown as Record<string, unknown>), ref));
    // An object an earlier version wrote elsewhere keeps its state: `moved` from its old address.
    for (const former of m.formerIdentities) {
      this.manifestMoves.push({ from: `kubernetes_manifest.${manifestResourceId(m.object.kind, former)}`, resource });
    }
    return resource;
  }

  /**
   * A Helm release of a vendored chart: the chart folder is copied into the stack's output
   * (a relative path, the same on every machine), the values are written past the resolver.
   */
  private renderChart(chart: HelmChart, ref: (name: string) => string, dependsOn: Construct[]): Release {
    const asset = new TerraformAsset(this, `chart-${chart.namespace}-${chart.releaseName}`, { path: chart.chartDir, type: AssetType.DIRECTORY });
    const release = new Release(this, `helm-${chart.namespace}-${chart.releaseName}`, {
      name: chart.releaseName,
      namespace: chart.namespace,
      chart: asset.path,
      wait: chart.wait,
      timeout: chart.timeoutSeconds,
      values: [],
      dependsOn: dependsOn as KubernetesManifest[],
    });
    this.releaseValues.set(release, substituteInputs(escapeTemplatesDeep(chart.values as Record<string, unknown>), ref));
    return release;
  }

  /**
   * Writes every manifest body into the resolved stack. cdktf's resolver would read user text
   * such as `${TfToken[TOKEN.1]}` as a cdktf token (and even wire a cross-stack reference), so
   * the bodies (escaped, with plain `${var.x}` references only) bypass it.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override toTerraform(): any {
    // Literal strings of every element and override are escaped; the bodies below were escaped when rendered.
    const tf = withEscapedStackOverrides(this, () => super.toTerraform());
    for (const [resource, body] of this.manifestBodies) {
      const entry = tf.resource?.kubernetes_manifest?.[resource.friendlyUniqueId];
      if (!entry) throw new Error(`[${this.node.path}] kubernetes_manifest.${resource.friendlyUniqueId} missing from the synthesised stack`);
      entry.manifest = body;
    }
    for (const [release, values] of this.releaseValues) {
      const entry = tf.resource?.helm_release?.[release.friendlyUniqueId];
      if (!entry) throw new Error(`[${this.node.path}] helm_release.${release.friendlyUniqueId} missing from the synthesised stack`);
      entry.values = [JSON.stringify(values)];
    }
    if (this.manifestMoves.length) {
      tf.moved = [...(tf.moved ?? []), ...this.manifestMoves.map((m) => ({ from: m.from, to: `kubernetes_manifest.${m.resource.friendlyUniqueId}` }))];
    }
    pinProviderVersions(tf);
    applyStateBackend(this, tf);
    return tf;
  }

  /** The stack's rotation counter for generated credentials (created on first use). */
  private credentialsRotation(): TerraformVariable {
    const existing = this.node.tryFindChild(CREDENTIALS_ROTATION_VARIABLE) as TerraformVariable | undefined;
    return (
      existing ??
      new TerraformVariable(this, CREDENTIALS_ROTATION_VARIABLE, {
        type: "number",
        default: 1,
        description: "Rotation counter of generated credentials: raise it (2, 3, ...) to generate new values and rewrite every Secret",
        validation: [
          {
            condition: tfExpression(
              `var.${CREDENTIALS_ROTATION_VARIABLE} >= 1 && floor(var.${CREDENTIALS_ROTATION_VARIABLE}) == var.${CREDENTIALS_ROTATION_VARIABLE}`,
            ),
            errorMessage: `${CREDENTIALS_ROTATION_VARIABLE}: a whole number of at least 1`,
          },
        ],
      })
    );
  }

  /**
   * An `ephemeral` block (cdktf 0.21 has no construct for it: the block goes in as an override)
   * and its provider's requirement, once per block name; returns its address. The provider
   * reads its credentials from the environment, like the target's infra layer.
   */
  private renderEphemeral(secret: KubeSecret, source: EphemeralSource, live: (name: string) => string): string {
    const address = `ephemeral.${source.type}.${source.name}`;
    const body = substituteInputs({ ...source.config }, live);
    // Compared by input names: each live reference is a fresh token.
    const same = JSON.stringify({ provider: source.provider, body: substituteInputs({ ...source.config }, (name) => `var.${name}`) });
    const earlier = this.ephemerals.get(address);
    if (earlier !== undefined && earlier !== same)
      throw new Error(`[${secret.node.path}] ${address} is declared twice with different arguments; give each ephemeral source its own name`);
    if (earlier === undefined) {
      this.ephemerals.set(address, same);
      this.addOverride(address, body);
      this.addOverride(`terraform.required_providers.${source.provider.name}`, { source: source.provider.source, version: source.provider.version });
    }
    return address;
  }

  private renderSecret(secret: KubeSecret, live: (name: string) => string, dependsOn: Construct[]): SecretV1 {
    const data: Record<string, string> = {};
    for (const [key, value] of Object.entries(secret.values)) {
      if (value.kind === "input") {
        data[key] = live(value.input);
      } else if (value.kind === "ephemeral") {
        // Opened at plan and apply, never stored: an ephemeral value may only feed a write-only attribute (data_wo).
        data[key] = tfExpression(`${this.renderEphemeral(secret, value.source, live)}.${value.attribute}`);
      } else {
        // Generated once and kept in the (encrypted) state, so a Secret deleted or replaced out of
        // band comes back with the same value; a new value only when credentials_rotation changes.
        // data_wo stays write-only: the Secret resource itself holds no value. See ADR 0023.
        const name = `${secret.namespace}_${secret.secretName}_${key}`.replace(/[^a-zA-Z0-9_]/g, "_");
        this.addOverride(`resource.random_password.${name}`, {
          length: value.length,
          special: false,
          keepers: { rotation: tfExpression(`var.${CREDENTIALS_ROTATION_VARIABLE}`) },
        });
        data[key] = tfExpression(`random_password.${name}.result`);
      }
    }
    if (Object.values(secret.values).some((v) => v.kind === "generated")) {
      this.addOverride("terraform.required_providers.random", { source: "hashicorp/random" });
    }
    return new SecretV1(this, `secret-${secret.namespace}-${secret.secretName}`, {
      metadata: { name: secret.secretName, namespace: secret.namespace, labels: { ...MANAGED_BY } },
      type: "Opaque",
      dataWo: data,
      // Rewritten when the operator rotates or the set of keys changes (and only then): write-only
      // data has no diff of its own, so a new key would otherwise never reach the Secret.
      dataWoRevision: Token.asNumber(tfExpression(`var.${this.credentialsRotation().node.id} * 100000 + ${keySetNumber(Object.keys(data))}`)),
      dependsOn: dependsOn as KubernetesManifest[],
      lifecycle: isProtected("Secret", this.props.preventDestroy) ? { preventDestroy: true } : undefined,
    });
  }
}
