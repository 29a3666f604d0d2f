/**
 * prometheus-operator v0.85.0 in a landing zone's add-ons layer: the vendored CRDs the pattern
 * uses (ServiceMonitor, PrometheusRule, ScrapeConfig, Prometheus, Alertmanager) and the operator (own
 * namespace, ServiceAccount, ClusterRole from the vendored bundle, Deployment). The add-ons
 * layer is applied before every platform layer, so the CRDs are established before any
 * custom resource is planned (kubernetes_manifest needs them at plan time).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as yaml from "js-yaml";
import { Construct } from "constructs";
import type { ClusterRole, ClusterRoleBinding } from "kubernetes-types/rbac/v1";
import { KubeManifest, KubeObject } from "../../constructs/kube/manifest";
import { typed } from "../../constructs/kube/typed";
import { MANAGED_BY } from "../../constructs/kube/labels";
import { ZeroTrustNamespace } from "../../constructs/namespace";
import { Workload } from "../../constructs/workload";
import { withRegistryMirror } from "../../constructs/security";
import type { PlatformLayer } from "../../core/context";
import { MONITORING_IMAGES } from "./images";

/** The vendored CRD files, in apply order. */
export const VENDORED_CRDS = [
  "monitoring.coreos.com_servicemonitors.yaml",
  "monitoring.coreos.com_prometheusrules.yaml",
  "monitoring.coreos.com_scrapeconfigs.yaml",
  "monitoring.coreos.com_prometheuses.yaml",
  "monitoring.coreos.com_alertmanagers.yaml",
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
  /** Registry mirror every image is pulled through. @default images as written */
  readonly registryMirror?: string;
}

/** prometheus-operator with its CRDs, in an add-ons layer. */
export class PrometheusOperator extends Construct {
  readonly namespace: ZeroTrustNamespace;

  constructor(addons: PlatformLayer, id: string, props: PrometheusOperatorProps) {
    super(addons as unknown as Construct, id);
    for (const file of VENDORED_CRDS) {
      const crd = vendoredDocuments(file)[0];
      new KubeManifest(this, `crd-${crd.metadata.name.split(".")[0]}`, { object: crd });
    }
    this.namespace = new ZeroTrustNamespace(this, "namespace", { name: props.namespace, labels: { "stackwerk.dev/addon": "prometheus-operator" } });
    const name = props.namespace;
    const bundle = vendoredDocuments("bundle-operator.yaml");
    const role = bundle.find((d) => d.kind === "ClusterRole") as unknown as ClusterRole;
    new KubeManifest(this, "cluster-role", {
      object: typed<ClusterRole>({
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "ClusterRole",
        metadata: { name, labels: { ...MANAGED_BY } },
        rules: role.rules,
      }),
    });
    new KubeManifest(this, "cluster-role-binding", {
      object: typed<ClusterRoleBinding>({
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "ClusterRoleBinding",
        metadata: { name, labels: { ...MANAGED_BY } },
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name },
        subjects: [{ kind: "ServiceAccount", name: "prometheus-operator", namespace: props.namespace }],
      }),
    });
    const operator = new Workload(this, "operator", {
      namespace: this.namespace,
      name: "prometheus-operator",
      image: withRegistryMirror(MONITORING_IMAGES.operator, props.registryMirror),
      port: 8080,
      replicas: 1,
      args: [`--prometheus-config-reloader=${withRegistryMirror(MONITORING_IMAGES.configReloader, props.registryMirror)}`, "--web.listen-address=:8080"],
      healthCheckPath: "/healthz",
      runAsUser: 65534,
      mountServiceAccountToken: true,
    });
    // The operator talks to the Kubernetes API only (its address is the cluster's; any address on the API ports).
    operator.allowTo({ description: "kubernetes-api", cidr: "0.0.0.0/0", ports: [{ port: 443 }, { port: 6443 }] });
  }
}
