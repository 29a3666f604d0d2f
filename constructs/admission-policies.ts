/**
 * Policy as code (issue 26): the rules Stackwerk enforces at synth, as ValidatingAdmissionPolicies
 * (native in Kubernetes ≥ 1.30, no extra component), so a cluster where someone applies by hand
 * enforces them too. They bind to every namespace labelled `app.kubernetes.io/managed-by:
 * stackwerk` (every namespace Stackwerk writes), cluster-wide, so one landing zone per cluster
 * ships them (`AdmissionPolicies`, owner checked like the monitoring CRDs).
 *
 * - `stackwerk-restricted-workloads`: beyond Pod Security `restricted` — every container has a
 *   read-only root filesystem, CPU and memory requests and limits, and an image with a tag or a
 *   digest that is not `latest`; checked on Pods and on the pod templates of Deployments,
 *   StatefulSets, DaemonSets, Jobs and CronJobs (the error shows at apply, not in a ReplicaSet event).
 * - `stackwerk-platform-image-digests`: in platform namespaces (add-ons, monitoring) every image is
 *   pinned by digest, except the images listed in `TAG_ONLY_PLATFORM_IMAGES` (no published digest).
 * - `stackwerk-no-wildcard-egress`: no NetworkPolicy egress rule may allow every destination (a
 *   rule without `to`) or every address on every port (an ipBlock `/0` without `ports`).
 * - `stackwerk-namespace-ownership`: a Stackwerk namespace keeps its tenant, stage and managed-by
 *   labels (no moving a namespace, its Secrets and its database to another tenant by relabelling).
 */
import { Construct } from "constructs";
import type { KubeObject } from "./kube/manifest";
import { KubeManifest } from "./kube/manifest";
import { MANAGED_BY } from "./kube/labels";
import type { LandingZone } from "../core/landing-zone";
import { claimClusterAddon } from "./cluster-ownership";
import { IMAGE_CATALOGUE, TAG_ONLY_CATALOGUE_KEYS, type CatalogueImage } from "../core/images/catalogue";

/** The label every namespace Stackwerk writes carries (the policies' binding selects it). */
export const MANAGED_NAMESPACE_LABEL = { key: "app.kubernetes.io/managed-by", value: "stackwerk" } as const;

/**
 * Platform images still pinned by tag (repository path and tag, after any registry mirror or
 * prefix rewrite): the catalogue's tag-only entries (core/images/catalogue.ts: no published
 * digest record of the multi-arch index; ADR 0061, 0350).
 */
export const TAG_ONLY_PLATFORM_IMAGES: readonly string[] = TAG_ONLY_CATALOGUE_KEYS.map((key) => {
  const image: CatalogueImage = IMAGE_CATALOGUE[key];
  return `${image.repository.slice(image.repository.indexOf("/") + 1)}:${image.tag}`;
});

/** The pod spec of a Pod or a workload's template, as a CEL expression. */
const POD_SPEC = "object.kind == 'Pod' ? object.spec : (object.kind == 'CronJob' ? object.spec.jobTemplate.spec.template.spec : object.spec.template.spec)";

/** Every container of the pod spec (init containers included), as a CEL expression. */
const CONTAINERS = "variables.spec.containers + (has(variables.spec.initContainers) ? variables.spec.initContainers : [])";

const WORKLOAD_RULES = [
  { apiGroups: [""], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["pods"] },
  { apiGroups: ["apps"], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["deployments", "statefulsets", "daemonsets"] },
  { apiGroups: ["batch"], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["jobs", "cronjobs"] },
];

/** One policy and its binding (Deny; audited). */
function policy(name: string, spec: Record<string, unknown>, bindingSelector: Record<string, unknown> | undefined): KubeObject[] {
  return [
    {
      apiVersion: "admissionregistration.k8s.io/v1",
      kind: "ValidatingAdmissionPolicy",
      metadata: { name, labels: { ...MANAGED_BY } },
      spec: { failurePolicy: "Fail", ...spec },
    },
    {
      apiVersion: "admissionregistration.k8s.io/v1",
      kind: "ValidatingAdmissionPolicyBinding",
      metadata: { name, labels: { ...MANAGED_BY } },
      spec: {
        policyName: name,
        validationActions: ["Deny", "Audit"],
        ...(bindingSelector ? { matchResources: { namespaceSelector: bindingSelector } } : {}),
      },
    },
  ];
}

const MANAGED_NAMESPACES = { matchLabels: { [MANAGED_NAMESPACE_LABEL.key]: MANAGED_NAMESPACE_LABEL.value } };

/** The ValidatingAdmissionPolicies and bindings, in apply order (each policy before its binding). */
export function admissionPolicyObjects(): KubeObject[] {
  const exempt = `[${TAG_ONLY_PLATFORM_IMAGES.map((i) => `'${i}'`).join(", ")}]`;
  return [
    ...policy(
      "stackwerk-restricted-workloads",
      {
        matchConstraints: { resourceRules: WORKLOAD_RULES },
        variables: [
          { name: "spec", expression: POD_SPEC },
          { name: "containers", expression: CONTAINERS },
        ],
        validations: [
          {
            expression:
              "variables.containers.all(c, has(c.securityContext) && has(c.securityContext.readOnlyRootFilesystem) && c.securityContext.readOnlyRootFilesystem == true)",
            messageExpression:
              "'stackwerk: every container needs securityContext.readOnlyRootFilesystem: true (' + object.kind + ' ' + object.metadata.name + '; writable paths are emptyDir volumes)'",
            reason: "Forbidden",
          },
          {
            expression:
              "variables.containers.all(c, has(c.resources) && has(c.resources.limits) && has(c.resources.requests) && 'cpu' in c.resources.limits && 'memory' in c.resources.limits && 'cpu' in c.resources.requests && 'memory' in c.resources.requests)",
            messageExpression: "'stackwerk: every container needs CPU and memory requests and limits (' + object.kind + ' ' + object.metadata.name + ')'",
            reason: "Forbidden",
          },
          {
            expression:
              "variables.containers.all(c, c.image.contains('@sha256:') || (c.image.split('/')[size(c.image.split('/')) - 1].contains(':') && !c.image.endsWith(':latest')))",
            messageExpression: "'stackwerk: images need a tag other than latest, or a digest (' + object.kind + ' ' + object.metadata.name + ')'",
            reason: "Forbidden",
          },
        ],
      },
      MANAGED_NAMESPACES,
    ),
    ...policy(
      "stackwerk-platform-image-digests",
      {
        matchConstraints: { resourceRules: WORKLOAD_RULES },
        variables: [
          { name: "spec", expression: POD_SPEC },
          { name: "containers", expression: CONTAINERS },
          // Platform namespaces: add-ons (operators) and the monitoring pattern's. Here, not in matchConditions: there the v1.34 API server found no namespaceObject ("no such key: metadata").
          {
            name: "platform",
            expression:
              "namespaceObject != null && has(namespaceObject.metadata.labels) && ('stackwerk.dev/addon' in namespaceObject.metadata.labels || ('stackwerk.dev/pattern' in namespaceObject.metadata.labels && namespaceObject.metadata.labels['stackwerk.dev/pattern'] == 'monitoring'))",
          },
        ],
        validations: [
          {
            expression: `!variables.platform || variables.containers.all(c, c.image.contains('@sha256:') || ${exempt}.exists(e, c.image.endsWith('/' + e)))`,
            messageExpression:
              "'stackwerk: platform images must be pinned by digest (' + object.kind + ' ' + object.metadata.name + ' in ' + object.metadata.namespace + ')'",
            reason: "Forbidden",
          },
        ],
      },
      MANAGED_NAMESPACES,
    ),
    ...policy(
      "stackwerk-no-wildcard-egress",
      {
        matchConstraints: {
          resourceRules: [{ apiGroups: ["networking.k8s.io"], apiVersions: ["v1"], operations: ["CREATE", "UPDATE"], resources: ["networkpolicies"] }],
        },
        validations: [
          {
            expression:
              "!has(object.spec.egress) || object.spec.egress.all(r, has(r.to) && size(r.to) > 0 && ((has(r.ports) && size(r.ports) > 0) || r.to.all(p, !has(p.ipBlock) || !p.ipBlock.cidr.endsWith('/0'))))",
            messageExpression:
              "'stackwerk: NetworkPolicy ' + object.metadata.name + ' allows egress to every destination (a rule without to, or an ipBlock /0 without ports). Allowed: named peers, or address ranges with ports'",
            reason: "Forbidden",
          },
        ],
      },
      MANAGED_NAMESPACES,
    ),
    ...policy(
      "stackwerk-namespace-ownership",
      {
        matchConstraints: { resourceRules: [{ apiGroups: [""], apiVersions: ["v1"], operations: ["UPDATE"], resources: ["namespaces"] }] },
        // The namespace as it was: a Stackwerk namespace (the new object may have dropped the label).
        matchConditions: [
          {
            name: "was-stackwerk-namespace",
            expression: `has(oldObject.metadata.labels) && '${MANAGED_NAMESPACE_LABEL.key}' in oldObject.metadata.labels && oldObject.metadata.labels['${MANAGED_NAMESPACE_LABEL.key}'] == '${MANAGED_NAMESPACE_LABEL.value}'`,
          },
        ],
        validations: [
          {
            expression: `['${MANAGED_NAMESPACE_LABEL.key}', 'stackwerk.dev/tenant', 'stackwerk.dev/stage'].all(k, !(k in oldObject.metadata.labels) || (has(object.metadata.labels) && k in object.metadata.labels && object.metadata.labels[k] == oldObject.metadata.labels[k]))`,
            messageExpression:
              "'stackwerk: namespace ' + object.metadata.name + ' keeps its owner: the labels app.kubernetes.io/managed-by, stackwerk.dev/tenant and stackwerk.dev/stage cannot be changed or removed'",
            reason: "Forbidden",
          },
        ],
      },
      undefined,
    ),
  ];
}

/**
 * The Stackwerk admission policies in a layer (a landing zone's add-ons layer): cluster-wide
 * objects, bound to every Stackwerk namespace on the cluster.
 */
export class AdmissionPolicies extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    for (const object of admissionPolicyObjects()) {
      new KubeManifest(this, `${object.kind === "ValidatingAdmissionPolicy" ? "policy" : "binding"}-${object.metadata.name}`, { object });
    }
  }
}

/**
 * Ships the Stackwerk admission policies with `zone`: in its add-ons layer (applied before every
 * pattern's layer), one owning zone per cluster (a second one fails at synth, naming both; the
 * policies cover every Stackwerk namespace on the cluster whichever zone ships them).
 *
 *   const zone = new LandingZone(app, "amt", { target: targets.onprem({ kubeconfigPath }) });
 *   shipAdmissionPolicies(zone);
 */
export function shipAdmissionPolicies(zone: LandingZone): AdmissionPolicies {
  claimClusterAddon(zone, zone, "Stackwerk admission policies (ValidatingAdmissionPolicies stackwerk-*)", "admissionPolicies");
  const addons = zone.addons() as unknown as Construct;
  return (addons.node.tryFindChild("admission-policies") as AdmissionPolicies | undefined) ?? new AdmissionPolicies(addons, "admission-policies");
}
