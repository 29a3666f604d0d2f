/**
 * HTTP exposure of a Workload through an Ingress, with TLS via cert-manager when enabled,
 * and the NetworkPolicy that admits the ingress controller.
 */
import { Construct } from "constructs";
import { KubeManifest } from "./kube/manifest";
import { typed } from "./kube/typed";
import type { Ingress } from "kubernetes-types/networking/v1";
import { MANAGED_BY } from "./kube/labels";
import type { NetworkPeer } from "./network";
import { Workload } from "./workload";
import { fail, requireDnsLabel, requireHostName } from "../core/errors";

/** Props of an HttpExposure: the workload, its public host name, TLS and the ingress controller. */
export interface HttpExposureProps {
  readonly workload: Workload;
  /** Public host name. */
  readonly hostName: string;
  /** Serve HTTPS with a certificate from cert-manager. @default true */
  readonly tls?: boolean;
  /** cert-manager ClusterIssuer name. @default "letsencrypt" */
  readonly clusterIssuer?: string;
  /** IngressClass. */
  readonly ingressClassName: string;
  /** Namespace labels of the ingress controller, admitted by NetworkPolicy. @default ingress-nginx's namespace */
  readonly ingressControllerNamespaceLabels?: Readonly<Record<string, string>>;
}

/** Ingress for a workload's HTTP port (TLS through cert-manager), with the NetworkPolicy admitting the ingress controller. */
export class HttpExposure extends Construct {
  readonly hostName: string;
  readonly tls: boolean;
  /** The workload behind the Ingress. */
  readonly workload: Workload;
  private readonly ingress: KubeManifest;

  constructor(scope: Construct, id: string, props: HttpExposureProps) {
    super(scope, id);
    const { workload } = props;
    this.workload = workload;
    if (workload.port === undefined) fail(this, "workload", `workload ${workload.name} has no port to expose`);
    this.hostName = requireHostName(this, "hostName", props.hostName);
    this.tls = props.tls ?? true;
    const issuer = requireDnsLabel(this, "clusterIssuer", props.clusterIssuer ?? "letsencrypt");
    const controller: NetworkPeer = {
      description: "ingress-controller",
      namespaceLabels: props.ingressControllerNamespaceLabels ?? { "kubernetes.io/metadata.name": "ingress-nginx" },
      ports: [],
    };
    workload.allowFrom(controller);
    this.ingress = new KubeManifest(this, "ingress", {
      object: typed<Ingress>({
        apiVersion: "networking.k8s.io/v1",
        kind: "Ingress",
        metadata: {
          name: workload.name,
          namespace: workload.namespace.name,
          labels: { ...workload.selectorLabels, ...MANAGED_BY },
          ...(this.tls ? { annotations: { "cert-manager.io/cluster-issuer": issuer } } : {}),
        },
        spec: {
          ingressClassName: props.ingressClassName,
          ...(this.tls ? { tls: [{ hosts: [this.hostName], secretName: `${workload.name}-tls` }] } : {}),
          rules: [
            {
              host: this.hostName,
              http: { paths: [{ path: "/", pathType: "Prefix", backend: { service: { name: workload.name, port: { name: "http" } } } }] },
            },
          ],
        },
      }),
    });
  }

  /** Adds annotations to the Ingress (e.g. an authenticating proxy's `auth-url`); a key already set cannot be replaced. */
  annotate(annotations: Readonly<Record<string, string>>): void {
    const metadata = this.ingress.object.metadata as { annotations?: Record<string, string> };
    for (const [key, value] of Object.entries(annotations)) {
      if (metadata.annotations?.[key] !== undefined && metadata.annotations[key] !== value) fail(this, `annotations.${key}`, "is already set on this Ingress");
      metadata.annotations = { ...metadata.annotations, [key]: value };
    }
  }
}
