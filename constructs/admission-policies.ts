/**
 * Policy as code (issue 26): the rules Stackwerk enforces at synth, as ValidatingAdmissionPolicies
 * (native in Kubernetes ≥ 1.30, no extra component), so a cluster where someone applies by hand
 * enforces them too. Every landing zone ships its own copy by default (ADR 0385): policies and
 * bindings named `stackwerk-<zone>-<stage>-<rule>` (`zonePolicyName`), bound to exactly the zone's
 * namespaces (by name), in the zone's add-ons layer. Two zones, or two programs, on one cluster
 * each own their copy; destroying one zone removes only its own. Opt out per zone with
 * `admissionPolicies: false` (LandingZoneProps, PatternProps for a private zone).
 *
 * - `…-restricted-workloads`: beyond Pod Security `restricted` — every container has a
 *   read-only root filesystem, CPU and memory requests and limits, and an image with a tag or a
 *   digest that is not `latest`; checked on Pods and on the pod templates of Deployments,
 *   StatefulSets, DaemonSets, Jobs and CronJobs (the error shows at apply, not in a ReplicaSet event).
 * - `…-platform-image-digests`: in platform namespaces (add-ons, monitoring) every image is
 *   pinned by digest, except the images listed in `TAG_ONLY_PLATFORM_IMAGES` (no published digest).
 * - `…-no-wildcard-egress`: no NetworkPolicy egress rule may allow every destination (a
 *   rule without `to`) or every address on every port (an ipBlock `/0` without `ports`).
 * - `…-namespace-ownership`: a Stackwerk namespace keeps its tenant, stage and managed-by
 *   labels (no moving a namespace, its Secrets and its database to another tenant by relabelling).
 *
 * `admissionPolicyObjects()` without a scope gives the cluster-wide set (fixed names
 * `stackwerk-<rule>`, every namespace labelled `app.kubernetes.io/managed-by: stackwerk`) for a
 * cluster administrator who installs them once by hand, and for test clusters.
 */
import { Construct, type IConstruct } from "constructs";
import type { KubeObject } from "./kube/manifest";
import { KubeManifest } from "./kube/manifest";
import { MANAGED_BY } from "./kube/labels";
import type { LandingZone } from "../core/landing-zone";
import { claimClusterAddon } from "./cluster-ownership";
import { beforeRender } from "./kube/render-order";
import { boundedName, KUBERNETES_NAME_MAX } from "../core/naming";
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

/** The rules, each one policy and its binding (the last part of their names). */
export const ADMISSION_POLICY_RULES = ["restricted-workloads", "platform-image-digests", "no-wildcard-egress", "namespace-ownership"] as const;

/** One of `ADMISSION_POLICY_RULES`. */
export type AdmissionPolicyRule = (typeof ADMISSION_POLICY_RULES)[number];

/** Longest zone part of a policy name: `stackwerk-<zone>-<rule>` stays within 63 characters for every rule. */
const ZONE_PART_MAX = KUBERNETES_NAME_MAX - "stackwerk--".length - Math.max(...ADMISSION_POLICY_RULES.map((r) => r.length));

/**
 * Name of a policy and its binding: `stackwerk-<zone>-<rule>` for a zone's copy (the zone part cut
 * with a hash past 30 characters, `boundedName`, so the rule stays readable and the name within 63
 * characters), `stackwerk-<rule>` for the cluster-wide set.
 */
export function admissionPolicyName(rule: AdmissionPolicyRule, zone?: string): string {
  return zone === undefined ? `stackwerk-${rule}` : `stackwerk-${boundedName(zone, ZONE_PART_MAX)}-${rule}`;
}

/** Which copy of the policies: the zone part of their names and the namespaces its bindings select. */
export interface AdmissionPolicyScope {
  /** Zone part of the names (`stackwerk-<zone>-<rule>`), e.g. `shop-test`: the zone's id (a private zone: the pattern's) and stage. */
  readonly zone: string;
  /** The zone's namespaces (by name; `kubernetes.io/metadata.name`, which the API server keeps equal to the name). */
  readonly namespaces: readonly string[];
}

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

/** A selector of exactly `namespaces` by name (an `In` needs a value: a name no namespace has stands in for none). */
function namespacesByName(namespaces: readonly string[]): Record<string, unknown> {
  const values = namespaces.length ? [...new Set(namespaces)].sort() : ["stackwerk-no-namespace"];
  return { matchExpressions: [{ key: "kubernetes.io/metadata.name", operator: "In", values }] };
}

/**
 * The ValidatingAdmissionPolicies and bindings, in apply order (each policy before its binding):
 * a zone's copy when `scope` is given (its names, its namespaces), else the cluster-wide set.
 */
export function admissionPolicyObjects(scope?: AdmissionPolicyScope): KubeObject[] {
  const name = (rule: AdmissionPolicyRule): string => admissionPolicyName(rule, scope?.zone);
  // A zone's copy selects its namespaces by name only: a label the selector needed could be dropped to escape it.
  const selected = scope ? namespacesByName(scope.namespaces) : MANAGED_NAMESPACES;
  const exempt = `[${TAG_ONLY_PLATFORM_IMAGES.map((i) => `'${i}'`).join(", ")}]`;
  return [
    ...policy(
      name("restricted-workloads"),
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
      selected,
    ),
    ...policy(
      name("platform-image-digests"),
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
      selected,
    ),
    ...policy(
      name("no-wildcard-egress"),
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
      selected,
    ),
    ...policy(
      name("namespace-ownership"),
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
      // Cluster-wide: every namespace that was Stackwerk's (matchConditions). A zone's: its own, by name.
      scope ? namespacesByName(scope.namespaces) : undefined,
    ),
  ];
}

/** Props of `AdmissionPolicies`. */
export interface AdmissionPoliciesProps {
  /** Zone part of the names (`stackwerk-<zone>-<rule>`). @default none: the cluster-wide set (`stackwerk-<rule>`, every Stackwerk namespace) */
  readonly zone?: string;
  /** The namespaces a zone's copy binds to, read just before rendering (patterns join a zone after its policies exist). @default none */
  readonly namespaces?: () => readonly string[];
}

/**
 * The Stackwerk admission policies in a layer (a landing zone's add-ons layer): a zone's copy
 * (`zone` set: its names, bound to its namespaces) or the cluster-wide set.
 */
export class AdmissionPolicies extends Construct {
  /** Zone part of the names, when a zone's copy. */
  readonly zone?: string;

  constructor(scope: Construct, id: string, props: AdmissionPoliciesProps = {}) {
    super(scope, id);
    this.zone = props.zone;
    const add = (objects: KubeObject[]): void => {
      for (const object of objects) {
        new KubeManifest(this, `${object.kind === "ValidatingAdmissionPolicy" ? "policy" : "binding"}-${object.metadata.name}`, { object });
      }
    };
    if (props.zone === undefined) add(admissionPolicyObjects());
    else {
      const zone = props.zone;
      beforeRender(this, () => add(admissionPolicyObjects({ zone, namespaces: props.namespaces?.() ?? [] })));
    }
  }
}

/** Zone part of `zone`'s policy names: `<zone id>-<stage>` (a private zone: the pattern's id), as the zone's Gateway namespace. */
export function admissionPolicyZone(zone: LandingZone): string {
  return `${zone.context.instanceName}-${zone.stage}`;
}

/** Every namespace `zone` writes: its add-ons layer's (Gateway, operators) and its patterns'. */
export function zoneNamespaceNames(zone: LandingZone): string[] {
  const layers = [
    ...zone.layers.filter((l) => l.role === "addons").map((l) => l.layer),
    ...zone.memberPatterns.map((m) => m.platform as unknown as IConstruct),
  ];
  const names = layers.flatMap((layer) =>
    KubeManifest.all(layer)
      .filter((m) => m.object.kind === "Namespace")
      .map((m) => m.object.metadata.name),
  );
  return [...new Set(names)].sort();
}

/**
 * Ships the zone's copy of the Stackwerk admission policies in its add-ons layer (applied before
 * every pattern's layer). Every zone a pattern is placed in calls it unless the zone (or, for a
 * private zone, the pattern) sets `admissionPolicies: false`; calling it again is a no-op. Two zones
 * of a program whose policy names would be the same on one cluster fail at synth, naming both.
 *
 *   const zone = new LandingZone(app, "amt", { target: targets.onprem({ kubeconfigPath }) });
 *   new WebAppStack(app, "shop", { landingZone: zone, image }); // ships stackwerk-amt-test-*
 */
export function shipAdmissionPolicies(zone: LandingZone): AdmissionPolicies {
  const part = admissionPolicyZone(zone);
  claimClusterAddon(
    zone,
    zone,
    `Stackwerk admission policies (${admissionPolicyName("restricted-workloads", part).replace(/restricted-workloads$/, "*")})`,
    "admissionPolicies",
    "give one zone another id or stage (the names are `stackwerk-<zone id>-<stage>-<rule>`), or use another cluster",
  );
  const addons = zone.addons() as unknown as Construct;
  return (
    (addons.node.tryFindChild("admission-policies") as AdmissionPolicies | undefined) ??
    new AdmissionPolicies(addons, "admission-policies", { zone: part, namespaces: () => zoneNamespaceNames(zone) })
  );
}
