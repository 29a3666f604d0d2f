/**
 * prometheus-operator v0.85.0: in a landing zone's add-ons layer the vendored CRDs (those the pattern
 * uses: ServiceMonitor, PrometheusRule, ScrapeConfig, Prometheus, Alertmanager; and those the
 * operator watches unconditionally: PodMonitor, Probe, AlertmanagerConfig), the operator's
 * namespace and its read-only ClusterRole; in the monitoring pattern's platform layer its Role in
 * the monitoring namespace and its Deployment, scoped to the zone (operator-scope.ts, issue 26).
 * The add-ons layer is applied before every platform layer, so the CRDs are established before
 * any custom resource is planned (kubernetes_manifest needs them at plan time).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as yaml from "js-yaml";
import { Construct } from "constructs";
import type { ClusterRole, ClusterRoleBinding, Role, RoleBinding } from "kubernetes-types/rbac/v1";
import type { Deployment } from "kubernetes-types/apps/v1";
import { KubeManifest, KubeObject } from "../../constructs/kube/manifest";
import { typed } from "../../constructs/kube/typed";
import { MANAGED_BY } from "../../constructs/kube/labels";
import { ZeroTrustNamespace } from "../../constructs/namespace";
import { Workload } from "../../constructs/workload";
import type { PlatformLayer } from "../../core/context";
import { beforeRender } from "../../constructs/kube/render-order";
import { OPERATOR_NAMESPACE_RULES, operatorClusterRules, operatorNamespaceArgs } from "./operator-scope";
import { KUBERNETES_API_PORTS, writePinnedEgress } from "./egress";
import type { ImageResolver } from "../../core/images/map";

/** The vendored CRD files, in apply order: the kinds the pattern uses and those the operator watches. */
export const VENDORED_CRDS = [
  "monitoring.coreos.com_servicemonitors.yaml",
  "monitoring.coreos.com_prometheusrules.yaml",
  "monitoring.coreos.com_scrapeconfigs.yaml",
  "monitoring.coreos.com_prometheuses.yaml",
  "monitoring.coreos.com_alertmanagers.yaml",
  // Not used by the pattern, but watched by the operator's Prometheus and Alertmanager controllers
  // unconditionally: while one is missing their informers never sync and nothing is reconciled (ADR 0425).
  "monitoring.coreos.com_podmonitors.yaml",
  "monitoring.coreos.com_probes.yaml",
  "monitoring.coreos.com_alertmanagerconfigs.yaml",
] as const;

/** Folder of the vendored files (next to this module in the sources, or the package's copy). */
export function vendorDir(): string {
  const candidates = [path.join(__dirname, "vendor"), path.join(__dirname, "..", "..", "..", "patterns", "monitoring", "vendor")];
  const found = candidates.find((c) => fs.existsSync(path.join(c, "provenance.json")));
  if (!found) throw new Error(`prometheus-operator vendor files not found (looked in ${candidates.join(", ")})`);
  return found;
}

/** The YAML documents of a vendored file. */
export function vendoredDocuments(file: string): KubeObject[] {
  return (yaml.loadAll(fs.readFileSync(path.join(vendorDir(), file), "utf8")) as Array<KubeObject | null>).filter((d): d is KubeObject => d !== null);
}

/** Options of the operator add-on. */
export interface PrometheusOperatorProps {
  /** Namespace of the operator (created in the add-ons layer). */
  readonly namespace: string;
  /** The zone's namespaces (known once the zone is complete: read just before rendering). */
  readonly zoneNamespaces: () => readonly string[];
  /** Further labels of the operator's namespace (the zone's tenant and stage, so Prometheus selects its ServiceMonitor and rules). @default none */
  readonly labels?: Readonly<Record<string, string>>;
}

/**
 * prometheus-operator's cluster-wide part, in an add-ons layer: the CRDs (protected from destroy
 * where the zone protects data; one owning zone per cluster, see `claimClusterAddon`), the
 * operator's namespace and its read-only ClusterRole (operator-scope.ts).
 */
export class PrometheusOperator extends Construct {
  readonly namespace: ZeroTrustNamespace;
  /** Name of the operator's ServiceAccount (in `namespace`). */
  readonly serviceAccount = "prometheus-operator";

  constructor(addons: PlatformLayer, id: string, props: PrometheusOperatorProps) {
    super(addons as unknown as Construct, id);
    for (const file of VENDORED_CRDS) {
      const crd = vendoredDocuments(file)[0];
      new KubeManifest(this, `crd-${crd.metadata.name.split(".")[0]}`, { object: crd });
    }
    this.namespace = new ZeroTrustNamespace(this, "namespace", {
      name: props.namespace,
      labels: { ...props.labels, "stackwerk.dev/addon": "prometheus-operator" },
    });
    const name = props.namespace;
    // The namespaces it may get by name are the zone's: known once every member is placed.
    beforeRender(addons, () => {
      new KubeManifest(this, "cluster-role", {
        object: typed<ClusterRole>({
          apiVersion: "rbac.authorization.k8s.io/v1",
          kind: "ClusterRole",
          metadata: { name, labels: { ...MANAGED_BY } },
          rules: operatorClusterRules(props.zoneNamespaces()),
        }),
      });
    });
    new KubeManifest(this, "cluster-role-binding", {
      object: typed<ClusterRoleBinding>({
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "ClusterRoleBinding",
        metadata: { name, labels: { ...MANAGED_BY } },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name },
        subjects: [{ kind: "ServiceAccount", name: this.serviceAccount, namespace: props.namespace }],
      }),
    });
  }
}

/** Options of the operator's Deployment. */
export interface OperatorDeploymentProps {
  /** The cluster-wide part (its namespace runs the Deployment). */
  readonly operator: PrometheusOperator;
  /** The monitoring namespace: Prometheus and Alertmanager run there, the operator writes there only. */
  readonly monitoringNamespace: string;
  readonly zoneNamespaces: () => readonly string[];
  /** The API server's address ranges (egress), when known. */
  readonly apiServerCidrs?: readonly string[];
  /** Where images are pulled from (the target's image map). */
  readonly images: ImageResolver;
}

/**
 * The operator's Deployment and its Role in the monitoring namespace, in the monitoring pattern's
 * platform layer: the operator checks its permissions once at start (a kind it may not manage
 * stays off until a restart), so it starts only after the monitoring namespace and its Role exist
 * (render order: pods after the layer's RBAC objects).
 */
export class OperatorDeployment extends Construct {
  constructor(platform: PlatformLayer, id: string, props: OperatorDeploymentProps) {
    super(platform as unknown as Construct, id);
    const operatorNs = props.operator.namespace.name;
    new KubeManifest(this, "role", {
      object: typed<Role>({
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "Role",
        metadata: { name: "prometheus-operator", namespace: props.monitoringNamespace, labels: { ...MANAGED_BY } },
        rules: OPERATOR_NAMESPACE_RULES,
      }),
    });
    new KubeManifest(this, "role-binding", {
      object: typed<RoleBinding>({
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "RoleBinding",
        metadata: { name: "prometheus-operator", namespace: props.monitoringNamespace, labels: { ...MANAGED_BY } },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "prometheus-operator" },
        subjects: [{ kind: "ServiceAccount", name: props.operator.serviceAccount, namespace: operatorNs }],
      }),
    });
    const workload = new Workload(this, "operator", {
      namespace: props.operator.namespace,
      name: props.operator.serviceAccount,
      image: props.images.ref("prometheusOperator"),
      port: 8080,
      replicas: 1,
      args: [`--prometheus-config-reloader=${props.images.ref("prometheusConfigReloader")}`, "--web.listen-address=:8080"],
      healthCheckPath: "/healthz",
      runAsUser: 65534,
      mountServiceAccountToken: true,
    });
    // The zone's namespaces are known once every member is placed: the flags are added just before rendering.
    beforeRender(platform, () => {
      const deployment = workload.node.findChild("deployment") as KubeManifest;
      const container = (deployment.object as unknown as Deployment).spec!.template.spec!.containers[0];
      container.args = [...(container.args ?? []), ...operatorNamespaceArgs(props.zoneNamespaces(), props.monitoringNamespace)];
    });
    // The operator talks to the Kubernetes API only.
    writePinnedEgress(this, {
      namespace: operatorNs,
      name: "prometheus-operator-allow-to-kubernetes-api",
      podLabels: workload.selectorLabels,
      cidrs: props.apiServerCidrs,
      ports: KUBERNETES_API_PORTS,
      pinWith: "the target's apiServerCidrs",
    });
  }
}
