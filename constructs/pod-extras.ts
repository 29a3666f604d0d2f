/**
 * Additions to a Workload's pod template that the secure-by-default Workload does not offer as
 * props (scheduling onto tainted GPU nodes, extended resources, an init container, extra
 * volumes). Applied after construction to the Workload's own Deployment object, so every
 * default (restricted security context, probes, policies) stays as the Workload wrote it.
 */
import type { Container, PodSpec, Toleration, Volume, VolumeMount } from "kubernetes-types/core/v1";
import type { Deployment } from "kubernetes-types/apps/v1";
import { KubeManifest } from "./kube/manifest";
import type { Workload } from "./workload";
import { fail } from "../core/errors";

/** What `addPodExtras` adds to the pod template. */
export interface PodExtras {
  /** Node labels the pods must land on. @default none */
  readonly nodeSelector?: Readonly<Record<string, string>>;
  /** Taints the pods tolerate. @default none */
  readonly tolerations?: readonly Toleration[];
  /** Extended resources (e.g. `nvidia.com/gpu`) set as limits and requests of the main container. @default none */
  readonly extendedResources?: Readonly<Record<string, string>>;
  /** Volumes added to the pod. @default none */
  readonly volumes?: readonly Volume[];
  /** Mounts added to the main container. @default none */
  readonly volumeMounts?: readonly VolumeMount[];
  /**
   * Init containers; each gets the main container's security context and resources unless it
   * sets its own. @default none
   */
  readonly initContainers?: readonly Container[];
  /** Annotations on the pod template. @default none */
  readonly podAnnotations?: Readonly<Record<string, string>>;
}

/** The Workload's Deployment object (fails naming the workload when it has none). */
export function deploymentOf(workload: Workload): Deployment {
  const manifest = workload.node.tryFindChild("deployment");
  if (!KubeManifest.isKubeManifest(manifest)) fail(workload, "deployment", "has no Deployment to extend");
  return manifest.object as Deployment;
}

/** Adds `extras` to `workload`'s pod template. */
export function addPodExtras(workload: Workload, extras: PodExtras): void {
  const deployment = deploymentOf(workload);
  const template = deployment.spec!.template;
  const spec = template.spec as PodSpec & { containers: Container[] };
  const main = spec.containers[0];
  // Init containers get the main container's resources without its extended ones (no GPU for a config renderer).
  const baseResources = main.resources;
  if (extras.podAnnotations) template.metadata = { ...template.metadata, annotations: { ...template.metadata?.annotations, ...extras.podAnnotations } };
  if (extras.nodeSelector) spec.nodeSelector = { ...spec.nodeSelector, ...extras.nodeSelector };
  if (extras.tolerations) spec.tolerations = [...(spec.tolerations ?? []), ...extras.tolerations];
  if (extras.extendedResources) {
    main.resources = {
      ...main.resources,
      limits: { ...main.resources?.limits, ...extras.extendedResources },
      requests: { ...main.resources?.requests, ...extras.extendedResources },
    };
  }
  if (extras.volumes) spec.volumes = [...(spec.volumes ?? []), ...extras.volumes];
  if (extras.volumeMounts) main.volumeMounts = [...(main.volumeMounts ?? []), ...extras.volumeMounts];
  if (extras.initContainers) {
    spec.initContainers = [
      ...(spec.initContainers ?? []),
      ...extras.initContainers.map((c) => ({
        imagePullPolicy: "IfNotPresent",
        securityContext: main.securityContext,
        resources: baseResources,
        ...c,
      })),
    ];
  }
}
