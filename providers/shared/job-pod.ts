/**
 * Pod templates for the short-lived jobs of in-cluster services (bucket/user setup, backup,
 * restore), with the same secure defaults as every other pod, and the NetworkPolicies that let
 * such a pod reach its peers.
 */
import type { Container, PodTemplateSpec } from "kubernetes-types/core/v1";
import type { Construct } from "constructs";
import type { SecretKeyRef } from "../../constructs/kube/secret";
import { containerEnv } from "../../constructs/kube/env";
import { appSelector, MANAGED_BY } from "../../constructs/kube/labels";
import { NetworkPeer, writeNetworkPolicy } from "../../constructs/network";
import { containerSecurityContext, podSecurityContext } from "../../constructs/security";
import type { INamespace } from "../../core/namespace";

/** UID job containers run as (the official postgres, rclone and versitygw images run as any non-root UID). */
export const JOB_UID = 10001;

/** One container of a job pod. */
export interface JobStep {
  readonly name: string;
  readonly image: string;
  /** Shell script run with `sh -c`. */
  readonly script: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly secretEnv?: Readonly<Record<string, SecretKeyRef>>;
}

/** A job's pod: every step but the last runs as an init container; `/work` is shared scratch space. */
export function jobPodTemplate(namespace: INamespace, name: string, steps: readonly JobStep[]): PodTemplateSpec {
  const container = (step: JobStep): Container => ({
    name: step.name,
    image: step.image,
    imagePullPolicy: "IfNotPresent",
    command: ["sh", "-c", step.script],
    ...containerEnv({ HOME: "/work", ...step.env }, step.secretEnv),
    resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: "500m", memory: "512Mi" } },
    securityContext: containerSecurityContext({ readOnlyRootFilesystem: true, runAsUser: JOB_UID }),
    volumeMounts: [{ name: "work", mountPath: "/work" }],
  });
  return {
    metadata: { labels: { ...appSelector(namespace.name, name), ...MANAGED_BY } },
    spec: {
      restartPolicy: "OnFailure",
      automountServiceAccountToken: false,
      securityContext: podSecurityContext(JOB_UID),
      // Omitted when empty: the API drops empty lists, which would read back as a change.
      ...(steps.length > 1 ? { initContainers: steps.slice(0, -1).map(container) } : {}),
      containers: [container(steps[steps.length - 1])],
      volumes: [{ name: "work", emptyDir: { sizeLimit: "2Gi" } }],
    },
  };
}

/** The job's pods as a peer (for the services' ingress policies). */
export function jobPeer(namespace: INamespace, name: string): NetworkPeer {
  return { description: name, podLabels: appSelector(namespace.name, name), namespaceLabels: namespace.selectorLabels, ports: [] };
}

/** Egress from the job's pods to each target (each on its own ports). */
export function allowJobEgress(scope: Construct, namespace: INamespace, name: string, targets: readonly NetworkPeer[]): void {
  for (const peer of targets) {
    writeNetworkPolicy(scope, {
      namespace: namespace.name,
      name: `${name}-allow-to-${peer.description}`,
      podLabels: appSelector(namespace.name, name),
      direction: "Egress",
      peer,
      ports: peer.ports,
    });
  }
}
