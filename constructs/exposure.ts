/**
 * HTTP exposure of a Workload through an `HTTPRoute` on the landing zone's Gateway (Gateway API
 * v1, ADR 0090): the route attaches to the zone Gateway's HTTPS listener for the host (TLS through
 * cert-manager's Gateway support) or to its `http` listener, an HTTP→HTTPS redirect route when TLS
 * is on, and the NetworkPolicy that admits the Gateway's data plane. External auth (IAM
 * `protect()`) is a Traefik ForwardAuth `Middleware` the route references as an `ExtensionRef`
 * filter, never a controller annotation.
 */
import { Construct } from "constructs";
import { KubeManifest } from "./kube/manifest";
import { MANAGED_BY } from "./kube/labels";
import type { GatewayParent, IGatewayAttachment } from "./kube/gateway";
import { Workload } from "./workload";
import { fail, propNames, requireDnsLabel, requireHostName, requireKnownProps } from "../core/errors";
import { checkOnce } from "../core/checked-once";

/** Props of an HttpExposure: the workload, its public host name, TLS and the zone's Gateway. */
export interface HttpExposureProps {
  readonly workload: Workload;
  /** Public host name (the HTTPRoute's hostname, a listener of the zone's Gateway when TLS is on). */
  readonly hostName: string;
  /** Serve HTTPS with a certificate from cert-manager (an HTTPS listener on the Gateway). @default true */
  readonly tls?: boolean;
  /** The landing zone's Gateway (`pattern.gateway`, or `zone.gateway()`). */
  readonly gateway: IGatewayAttachment;
}

const HTTP_EXPOSURE_PROPS = propNames<HttpExposureProps>()(["workload", "hostName", "tls", "gateway"]);

/** Props of an external-auth filter on an exposure (IAM `protect()`). */
export interface ForwardAuthProps {
  /** Name of the Middleware (in the exposure's namespace). */
  readonly name: string;
  /** URL the Gateway asks for every request (2xx: pass; anything else is returned to the client). */
  readonly address: string;
  /** Response headers of the auth service copied to the request sent to the app. @default none */
  readonly authResponseHeaders?: readonly string[];
}

/** A route rule: path prefix, backend and filters. */
export interface RouteRule {
  matches: Array<{ path: { type: "PathPrefix"; value: string } }>;
  backendRefs?: Array<{ name: string; port: number }>;
  filters?: Array<Record<string, unknown>>;
}

/** HTTPRoute for a workload's HTTP port on the zone's Gateway, with the NetworkPolicy admitting the Gateway's data plane. */
export class HttpExposure extends Construct {
  readonly hostName: string;
  readonly tls: boolean;
  /** The workload behind the route. */
  readonly workload: Workload;
  /** The Gateway listener the route attaches to. */
  readonly parent: GatewayParent;
  /** The zone's Gateway. */
  readonly gateway: IGatewayAttachment;
  private readonly rules: RouteRule[];
  private forwardAuthName?: string;

  constructor(scope: Construct, id: string, props: HttpExposureProps) {
    super(scope, id);
    const legacy = props as unknown as Record<string, unknown>;
    if (legacy?.ingressClassName !== undefined || legacy?.ingressControllerNamespaceLabels !== undefined || legacy?.clusterIssuer !== undefined) {
      fail(
        this,
        legacy.ingressClassName !== undefined ? "ingressClassName" : legacy.clusterIssuer !== undefined ? "clusterIssuer" : "ingressControllerNamespaceLabels",
        "was removed with ingress-nginx (retired March 2026). Allowed: gateway (the landing zone's Gateway: pattern.gateway or zone.gateway()); the issuer is the zone's clusterIssuer. See docs/migration/v0.2.md",
      );
    }
    requireKnownProps(this, props, HTTP_EXPOSURE_PROPS);
    const { workload } = props;
    this.workload = workload;
    if (workload.port === undefined) fail(this, "workload", `workload ${workload.name} has no port to expose`);
    if (!props.gateway || typeof props.gateway.attach !== "function") {
      fail(this, "gateway", "is required. Allowed: the landing zone's Gateway (pattern.gateway, or zone.gateway())");
    }
    this.gateway = props.gateway;
    this.hostName = checkOnce(this, "hostName", props.hostName, (name) => requireHostName(this, "hostName", name));
    this.tls = props.tls ?? true;
    workload.allowFrom(props.gateway.dataPlane);
    const routes = writeHttpRoutes(this, {
      name: workload.name,
      namespace: workload.namespace.name,
      labels: workload.selectorLabels,
      hostName: this.hostName,
      tls: this.tls,
      gateway: props.gateway,
      backend: workload.name,
    });
    this.parent = routes.parent;
    this.rules = routes.rules;
  }

  /**
   * Puts an external-auth check in front of every request: a Traefik ForwardAuth `Middleware` in
   * the route's namespace, referenced from each rule as an `ExtensionRef` filter. Once per exposure.
   */
  forwardAuth(props: ForwardAuthProps): void {
    const name = requireDnsLabel(this, "forwardAuth.name", props.name);
    if (this.forwardAuthName !== undefined)
      fail(this, "forwardAuth", `is already set (Middleware ${this.forwardAuthName}). Allowed: one external-auth filter per exposure`);
    this.forwardAuthName = name;
    new KubeManifest(this, "forward-auth", {
      object: {
        apiVersion: "traefik.io/v1alpha1",
        kind: "Middleware",
        metadata: { name, namespace: this.workload.namespace.name, labels: { ...this.workload.selectorLabels, ...MANAGED_BY } },
        spec: {
          forwardAuth: {
            address: props.address,
            // The auth service builds its sign-in redirect from X-Forwarded-Host/-Uri.
            trustForwardHeader: true,
            ...(props.authResponseHeaders?.length ? { authResponseHeaders: [...props.authResponseHeaders] } : {}),
          },
        },
      },
    });
    for (const rule of this.rules) {
      rule.filters = [...(rule.filters ?? []), { type: "ExtensionRef", extensionRef: { group: "traefik.io", kind: "Middleware", name } }];
    }
  }
}

/** A parentRef to a Gateway listener. */
export function parentRef(parent: GatewayParent): Record<string, string> {
  return { group: "gateway.networking.k8s.io", kind: "Gateway", name: parent.name, namespace: parent.namespace, sectionName: parent.sectionName };
}

/** Options of `writeHttpRoutes`. */
export interface HttpRoutesOptions {
  /** Name of the HTTPRoute (the redirect route adds `-https-redirect`). */
  readonly name: string;
  readonly namespace: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly hostName: string;
  readonly tls: boolean;
  readonly gateway: IGatewayAttachment;
  /** Service name behind the route (its port 80, named `http`). */
  readonly backend: string;
  /** Path prefixes routed to the backend. @default ["/"] */
  readonly paths?: readonly string[];
  /** Another route already serves this host (e.g. an auth proxy's `/oauth2` on the app's host). @default false */
  readonly share?: boolean;
  /** Also write the HTTP→HTTPS redirect route when TLS is on. @default true */
  readonly redirect?: boolean;
}

/**
 * Writes an HTTPRoute for `hostName` on the zone's Gateway (the host's HTTPS listener when TLS
 * is on, else `http`) and, with TLS, the HTTP→HTTPS redirect route. Returns the listener and the
 * rules (filters may be added until synthesis).
 */
export function writeHttpRoutes(scope: Construct, options: HttpRoutesOptions): { parent: GatewayParent; rules: RouteRule[] } {
  const { listener, http } = options.gateway.attach(options.namespace, options.hostName, options.tls, { share: options.share ?? false });
  const labels = { ...options.labels, ...MANAGED_BY };
  const rules: RouteRule[] = (options.paths ?? ["/"]).map((value) => ({
    matches: [{ path: { type: "PathPrefix" as const, value } }],
    backendRefs: [{ name: options.backend, port: 80 }],
  }));
  new KubeManifest(scope, "route", {
    object: {
      apiVersion: "gateway.networking.k8s.io/v1",
      kind: "HTTPRoute",
      metadata: { name: options.name, namespace: options.namespace, labels },
      spec: { parentRefs: [parentRef(listener)], hostnames: [options.hostName], rules },
    },
  });
  if (options.tls && (options.redirect ?? true)) {
    new KubeManifest(scope, "redirect", {
      object: {
        apiVersion: "gateway.networking.k8s.io/v1",
        kind: "HTTPRoute",
        metadata: { name: `${options.name.slice(0, 48).replace(/-+$/, "")}-https-redirect`, namespace: options.namespace, labels },
        spec: {
          parentRefs: [parentRef(http)],
          hostnames: [options.hostName],
          rules: [{ filters: [{ type: "RequestRedirect", requestRedirect: { scheme: "https", statusCode: 301 } }] }],
        },
      },
    });
  }
  return { parent: listener, rules };
}
