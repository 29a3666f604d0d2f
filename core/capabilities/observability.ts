/**
 * The observability capability: where a landing zone's metrics, logs and alerts go. A target
 * answers with its managed service (STACKIT Observability, IONOS Monitoring and Logging
 * pipelines) or with in-cluster backends (on-prem: Prometheus storage, Loki, Grafana). The
 * monitoring pattern runs the collectors (Prometheus via prometheus-operator, a log shipper)
 * and points them at what the capability returns; credentials arrive as Secret references.
 */
import type { SecretKeyRef } from "../secret-ref";
import type { NetworkPeer } from "../network-peer";
import type { CapabilityRequest, Implementation } from "./connectable";
import type { IIdentityProvider } from "./identity-provider";

/** An alert receiver: an e-mail address or an HTTPS webhook. */
export type AlertReceiver =
  | {
      readonly type: "email";
      /** recipient address @format email */
      readonly to: string;
    }
  | {
      readonly type: "webhook";
      /** HTTPS URL alerts are POSTed to @format url */
      readonly url: string;
    };

/** An alerting rule (Prometheus rule syntax). */
export interface AlertRule {
  /** Alert name, e.g. `WorkloadUnavailable`. */
  readonly alert: string;
  /** PromQL (metrics) or LogQL (logs) expression that fires the alert. */
  readonly expr: string;
  /** How long the expression must hold. @default "5m" */
  readonly for?: string;
  /** `warning` or `critical`. */
  readonly severity: "warning" | "critical";
  /** One line for the receiver. */
  readonly summary: string;
}

/** What the monitoring pattern asks its target for (once per landing zone). */
export interface ObservabilityRequest extends CapabilityRequest {
  /** Days metrics are kept. */
  readonly metricsRetentionDays: number;
  /** Days logs are kept. */
  readonly logsRetentionDays: number;
  /** Where alerts go. */
  readonly receivers: readonly AlertReceiver[];
  /** Zone-wide rules on metrics, for targets whose alerting is managed. */
  readonly rules: readonly AlertRule[];
  /** Zone-wide rules on logs (LogQL), for targets whose log alerting is managed. */
  readonly logRules: readonly AlertRule[];
  /** OIDC sign-in for dashboards. @default none: Grafana admin from a generated Secret only */
  readonly identityProvider?: IIdentityProvider;
}

/** How collectors authenticate at a push endpoint. */
export type PushAuth =
  | { readonly kind: "none" }
  | { readonly kind: "basic"; readonly username: SecretKeyRef; readonly password: SecretKeyRef }
  | { readonly kind: "bearer"; readonly token: SecretKeyRef }
  /** A header carrying the key (IONOS pipelines: `APIKEY`). */
  | { readonly kind: "header"; readonly header: string; readonly value: SecretKeyRef };

/** A push endpoint for metrics (Prometheus remote write) or logs (Loki push API). */
export interface PushEndpoint {
  /** Full URL (may be a platform input token). */
  readonly url: string;
  readonly auth: PushAuth;
  /** Egress the collector needs to reach it. */
  readonly peer: NetworkPeer;
}

/** The zone's observability backends as the monitoring pattern sees them. */
export interface IObservability {
  readonly implementation: Implementation;
  /** The concrete service, e.g. `STACKIT Observability`. */
  readonly detail: string;
  /** Remote-write target of the in-cluster Prometheus; undefined: the in-cluster Prometheus is the store. */
  readonly metrics?: PushEndpoint;
  /** Loki push endpoint of the log shipper. */
  readonly logs: PushEndpoint;
  /**
   * Who evaluates alert rules and notifies receivers: `managed` (the cloud service, the rules
   * were handed over in the request) or `in-cluster` (Prometheus rules and Alertmanager).
   */
  readonly alerting: "managed" | "in-cluster";
  /** Longest log retention the backend offers (days), where it caps it (IONOS log pipelines: 30). @default no cap */
  readonly logsRetentionMaxDays?: number;
  /**
   * Who collects the cluster's own metrics (kube-state-metrics, kubelet/cAdvisor): `managed` (the
   * platform ships them, e.g. SKE's observability extension) or `in-cluster` (the monitoring
   * pattern deploys kube-state-metrics and scrapes the kubelets).
   */
  readonly clusterMetrics: "managed" | "in-cluster";
  /** Dashboard URL (managed Grafana) or in-cluster Service name. */
  readonly dashboards: {
    readonly implementation: Implementation;
    readonly url: string;
    /**
     * A managed Grafana with an HTTP API: the egress peer an in-cluster import Job needs to reach
     * it (called only when dashboards are imported). Undefined: dashboards are provisioned in the cluster.
     */
    readonly importPeer?: () => NetworkPeer;
  };
}
