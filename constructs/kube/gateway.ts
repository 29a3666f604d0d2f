/**
 * Gateway API (v1, standard channel) as the exposure model (ADR 0090): a landing zone owns one
 * `Gateway` in a namespace of its own, in its add-ons layer (applied before every platform layer).
 * Patterns own `HTTPRoute`s that attach to it (constructs/exposure.ts). The implementation is
 * Traefik (GatewayClass `traefik` by default), installed with the cluster like cert-manager, with
 * the Gateway API CRDs (v1.7.0 standard channel, vendored here: `kubernetes_manifest` needs a CRD
 * at plan time, so a CRD and its first object cannot share a stack) and its own Middleware CRD
 * (the ForwardAuth filter of IAM `protect()`): prerequisites, not Stackwerk objects. The embedded
 * cluster carries the vendored CRDs as such a cluster does.
 *
 * Listeners: `http` (port 80) for plain routes and the HTTPS redirect, and one `https-…`
 * listener per exposed host name whose certificate cert-manager issues through its Gateway
 * support (`cert-manager.io/cluster-issuer` on the Gateway). Only the namespaces of routes the
 * zone knows may attach (allowedRoutes by namespace name): no other namespace can take a host.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import * as yaml from "js-yaml";
import { Construct } from "constructs";
import { fail, requireDnsLabel, requireHostName } from "../../core/errors";
import { adoptChecked, checkOnce } from "../../core/checked-once";
import { boundedName } from "../../core/naming";
import { ZeroTrustNamespace } from "../namespace";
import { NAMESPACE_NAME_LABEL, type NetworkPeer } from "../network";
import { MANAGED_BY } from "./labels";
import { KubeManifest } from "./manifest";
import type { KubeObject } from "./types";
import type { LandingZone } from "../../core/landing-zone";

/** Gateway API release the vendored CRDs come from (standard channel). */
export const GATEWAY_API_VERSION = "v1.7.0";
/** Traefik release the vendored Middleware CRD comes from (the implementation's version). */
export const TRAEFIK_VERSION = "v3.7.13";
/** Default GatewayClass: Traefik's (controller `traefik.io/gateway-controller`). */
export const DEFAULT_GATEWAY_CLASS = "traefik";
/** Default namespace of the implementation's pods (Traefik's data plane), admitted by NetworkPolicy. */
export const DEFAULT_GATEWAY_CONTROLLER_NAMESPACE = "traefik";

/** The vendored Gateway API CRD files (standard channel) a cluster carries, in apply order. */
export const GATEWAY_CRDS = [
  "gateway.networking.k8s.io_gatewayclasses.yaml",
  "gateway.networking.k8s.io_gateways.yaml",
  "gateway.networking.k8s.io_httproutes.yaml",
  "gateway.networking.k8s.io_referencegrants.yaml",
] as const;

/** Folder of a vendored set (next to this file, or in the source tree for the compiled package). */
export function gatewayVendorDir(set: "gateway-api" | "traefik"): string {
  const candidates = [path.join(__dirname, "vendor", set), path.join(__dirname, "..", "..", "..", "constructs", "kube", "vendor", set)];
  const found = candidates.find((c) => fs.existsSync(path.join(c, "provenance.json")));
  if (!found) throw new Error(`${set} vendor files not found (looked in ${candidates.join(", ")})`);
  return found;
}

/** The first document of a vendored CRD file. */
function vendoredCrd(set: "gateway-api" | "traefik", file: string): KubeObject {
  const docs = (yaml.loadAll(fs.readFileSync(path.join(gatewayVendorDir(set), file), "utf8")) as Array<KubeObject | null>).filter(
    (d): d is KubeObject => d !== null,
  );
  return docs[0];
}

/** The Gateway API CRDs (standard channel), as the cluster carries them (tools/cluster installs them into the embedded cluster). */
export function gatewayCrds(): KubeObject[] {
  return GATEWAY_CRDS.map((file) => {
    const crd = vendoredCrd("gateway-api", file);
    return crd;
  });
}

/**
 * Traefik's `Middleware` CRD (v3.7.13, vendored verbatim). It ships with Traefik (a prerequisite of
 * the cluster, like cert-manager), so no zone installs it; the embedded cluster carries it as a
 * cluster with Traefik does, for IAM `protect()`'s ForwardAuth filter.
 */
export function traefikMiddlewareCrd(): KubeObject {
  return vendoredCrd("traefik", "traefik.io_middlewares.yaml");
}

/** A listener of the zone's Gateway an HTTPRoute attaches to. */
export interface GatewayParent {
  /** Gateway name. */
  readonly name: string;
  /** Gateway namespace. */
  readonly namespace: string;
  /** Listener (`sectionName`). */
  readonly sectionName: string;
}

/** What an exposure needs of the zone's Gateway (implemented by `ZoneGateway`). */
export interface IGatewayAttachment {
  /** Pods of the implementation that send traffic to the routes' backends (admitted by NetworkPolicy). */
  readonly dataPlane: NetworkPeer;
  /**
   * Registers `host` (TLS or not) for routes in `namespace`; returns the listener to attach to and
   * the plain `http` listener. `share`: the host is already served and this namespace adds paths.
   */
  attach(
    namespace: string,
    host: string,
    tls: boolean,
    options?: { readonly share?: boolean },
  ): { readonly listener: GatewayParent; readonly http: GatewayParent };
}

/** Props of a zone's Gateway. */
export interface ZoneGatewayProps {
  /** Namespace the Gateway lives in (created here). */
  readonly namespace: string;
  /** Name of the Gateway. @default "gateway" */
  readonly name?: string;
  /** GatewayClass (the implementation). @default "traefik" */
  readonly gatewayClassName?: string;
  /** Namespace labels of the implementation's pods. @default Traefik's namespace `traefik` */
  readonly controllerNamespaceLabels?: Readonly<Record<string, string>>;
  /** cert-manager ClusterIssuer of the HTTPS listeners' certificates. @default "letsencrypt" */
  readonly clusterIssuer?: string;
  /**
   * Namespace an earlier version put this Gateway in: its objects' addresses are mapped to the
   * new ones by `moved` blocks (the kubernetes provider then replaces them: a namespace cannot be
   * renamed in place). @default none
   */
  readonly formerNamespace?: string;
}

/** Name of the TLS Secret (and cert-manager Certificate) of an HTTPS listener: `<listener without "https-">-tls`. */
export function listenerCertificateName(sectionName: string): string {
  return `${sectionName.replace(/^https-/, "")}-tls`;
}

/** Listener name of a host: `https-<host with dashes>`, shortened with a hash past 63 characters. */
export function httpsListenerName(host: string): string {
  const plain = `https-${host.replace(/\./g, "-")}`;
  if (plain.length <= 63) return plain;
  const hash = crypto.createHash("sha256").update(host).digest("hex").slice(0, 8);
  return `${plain.slice(0, 54).replace(/-+$/, "")}-${hash}`;
}

/** A landing zone's Gateway and its namespace, in the zone's add-ons layer. */
export class ZoneGateway extends Construct implements IGatewayAttachment {
  readonly name: string;
  readonly namespace: string;
  readonly gatewayClassName: string;
  readonly clusterIssuer: string;
  readonly dataPlane: NetworkPeer;
  private readonly listeners: Array<Record<string, unknown>>;
  private readonly allowedNamespaces: string[] = [];
  private readonly hosts = new Map<string, { tls: boolean; namespace: string }>();

  constructor(scope: Construct, id: string, props: ZoneGatewayProps) {
    super(scope, id);
    this.namespace = checkOnce(this, "namespace", props.namespace, (namespace) => requireDnsLabel(this, "namespace", namespace));
    this.name = requireDnsLabel(this, "name", props.name ?? "gateway");
    // Checked once: a zone's Gateway takes the class name its target checked and the issuer its zone checked.
    this.gatewayClassName = checkOnce(this, "gatewayClassName", props.gatewayClassName ?? DEFAULT_GATEWAY_CLASS, (name) =>
      requireDnsLabel(this, "gatewayClassName", name),
    );
    this.clusterIssuer = checkOnce(this, "clusterIssuer", props.clusterIssuer ?? "letsencrypt", (issuer) => requireDnsLabel(this, "clusterIssuer", issuer));
    this.dataPlane = {
      // Policy names (`<app>-allow-from-ingress-controller`) stay as in v0.1: the Gateway's pods are the cluster's ingress.
      description: "ingress-controller",
      namespaceLabels: props.controllerNamespaceLabels ?? { [NAMESPACE_NAME_LABEL]: DEFAULT_GATEWAY_CONTROLLER_NAMESPACE },
      ports: [],
    };
    new ZeroTrustNamespace(this, "namespace", { name: this.namespace, labels: { "stackwerk.dev/addon": "gateway" } });
    const allowedRoutes = {
      namespaces: { from: "Selector", selector: { matchExpressions: [{ key: NAMESPACE_NAME_LABEL, operator: "In", values: this.allowedNamespaces }] } },
    };
    this.listeners = [{ name: "http", port: 80, protocol: "HTTP", allowedRoutes }];
    new KubeManifest(this, "gateway", {
      object: {
        apiVersion: "gateway.networking.k8s.io/v1",
        kind: "Gateway",
        metadata: {
          name: this.name,
          namespace: this.namespace,
          labels: { ...MANAGED_BY },
          annotations: { "cert-manager.io/cluster-issuer": this.clusterIssuer },
        },
        spec: { gatewayClassName: this.gatewayClassName, listeners: this.listeners },
      },
    });
    // An `In` expression needs a value: the Gateway's own namespace (which holds no route).
    this.allowedNamespaces.push(this.namespace);
    const former = props.formerNamespace === undefined ? undefined : requireDnsLabel(this, "formerNamespace", props.formerNamespace);
    if (former !== undefined && former !== this.namespace) {
      for (const m of KubeManifest.all(this)) {
        const meta = m.object.metadata;
        m.formerlyAt(meta.namespace === undefined ? { name: meta.name === this.namespace ? former : meta.name } : { namespace: former, name: meta.name });
      }
    }
  }

  /** Registers a host for routes in `namespace`: an HTTPS listener with its certificate when `tls`. */
  attach(namespace: string, host: string, tls: boolean, options: { readonly share?: boolean } = {}): { listener: GatewayParent; http: GatewayParent } {
    checkOnce(this, "hostName", host, (name) => requireHostName(this, "hostName", name));
    const existing = this.hosts.get(host);
    if (options.share && !existing) fail(this, "hostName", `${host} is not served on this Gateway yet. Allowed: a host an exposure of the zone serves`);
    if (existing && ((existing.namespace !== namespace && !options.share) || existing.tls !== tls)) {
      fail(
        this,
        "hostName",
        `${host} is already served on this Gateway for namespace ${existing.namespace}${existing.tls === tls ? "" : ` (tls: ${existing.tls})`}. Allowed: a host name no other route of the zone uses, or the same namespace and tls`,
      );
    }
    if (!this.allowedNamespaces.includes(namespace)) this.allowedNamespaces.push(namespace);
    const http = { name: this.name, namespace: this.namespace, sectionName: "http" };
    if (!tls) {
      if (!existing) this.hosts.set(host, { tls, namespace });
      return { listener: http, http };
    }
    const sectionName = httpsListenerName(host);
    if (!existing) {
      this.hosts.set(host, { tls, namespace });
      this.listeners.push({
        name: sectionName,
        hostname: host,
        port: 443,
        protocol: "HTTPS",
        tls: { mode: "Terminate", certificateRefs: [{ kind: "Secret", group: "", name: listenerCertificateName(sectionName) }] },
        allowedRoutes: this.listeners[0].allowedRoutes,
      });
    }
    return { listener: { name: this.name, namespace: this.namespace, sectionName }, http };
  }

  /** Host names the Gateway serves, with their namespaces and TLS. */
  get servedHosts(): ReadonlyArray<{ host: string; namespace: string; tls: boolean }> {
    return [...this.hosts].map(([host, h]) => ({ host, ...h }));
  }
}

const ZONE_GATEWAYS = new WeakMap<LandingZone, ZoneGateway>();

/**
 * Namespace of a zone's Gateway: `<zone>-<stage>-gateway` (`<zone>` is the pattern's id for a
 * pattern's private zone, else the zone's id), shortened with a hash past 63 characters
 * (`boundedName`). It carries the stage, so two stages of one instance can share a cluster.
 */
export function zoneGatewayNamespace(zone: Pick<LandingZone, "stage" | "context">): string {
  return boundedName(`${zone.context.instanceName}-${zone.stage}-gateway`);
}

/** The Gateway namespace before the stage was part of it (`<zone>-gateway`, 0.2 pre-releases): moved from. */
function stagelessGatewayNamespace(zone: Pick<LandingZone, "context">): string {
  return `${zone.context.instanceName.slice(0, 55).replace(/-+$/, "")}-gateway`;
}

/**
 * The landing zone's Gateway (Gateway API v1), created on first use in the zone's add-ons layer:
 * namespace `zoneGatewayNamespace(zone)`, GatewayClass from the target (`traefik` by
 * default), certificates from the zone's `clusterIssuer`. Patterns attach HTTPRoutes to it.
 */
export function zoneGatewayOf(zone: LandingZone): ZoneGateway {
  let gateway = ZONE_GATEWAYS.get(zone);
  if (!gateway) {
    adoptChecked(zone, zone.target, "gatewayClassName", zone.target.gatewayClassName);
    gateway = new ZoneGateway(zone.addons() as unknown as Construct, "gateway", {
      namespace: zoneGatewayNamespace(zone),
      formerNamespace: stagelessGatewayNamespace(zone),
      gatewayClassName: zone.target.gatewayClassName,
      controllerNamespaceLabels: zone.target.gatewayControllerNamespaceLabels,
      clusterIssuer: zone.clusterIssuer,
    });
    ZONE_GATEWAYS.set(zone, gateway);
  }
  return gateway;
}
