/**
 * STACKIT observability: one STACKIT Observability instance per landing zone (plan from the
 * size table, ACL = the SKE cluster's egress ranges + admin CIDRs), a credential for the
 * in-cluster collectors (remote write, logs push) handed over as a write-only Secret, the
 * zone's default rules as alert groups and log alert groups (STACKIT evaluates them and
 * notifies the receivers), and the SKE observability extension pointed at the instance.
 */
import { alertRouting, type AlertRouting } from "../../core/capabilities/alert-routing";
import type { Size } from "../../core/profile";
import type { DeploymentContext } from "../../core/context";
import type { InfraLayer } from "../../core/layers";
import type { AlertRule, IObservability, ObservabilityRequest } from "../../core/capabilities/observability";
import { ObservabilityInstance } from "./generated/observability-instance";
import { ObservabilityCredential } from "./generated/observability-credential";
import { ObservabilityAlertgroup } from "./generated/observability-alertgroup";
import { ObservabilityLogalertgroup } from "./generated/observability-logalertgroup";
import type { SkeCluster } from "./generated/ske-cluster";
import { adminCidrList, endpointCidr, ManagedAccessProps, managedPeer, secretFromInfra } from "../shared/managed";

// prettier-ignore
/** Observability plan per standard size (all with logs; STACKIT's plan names). */
export const STACKIT_OBSERVABILITY_PLANS: Readonly<Record<Size, string>> = {
  S: "Observability-Starter-EU01",
  M: "Observability-Basic-EU01",
  L: "Observability-Medium-EU01",
  XL: "Observability-Large-EU01",
};

/** Rules as STACKIT alert groups take them. */
function stackitRules(rules: readonly AlertRule[]) {
  return rules.map((r) => ({ alert: r.alert, expression: r.expr, for: r.for ?? "5m", labels: { severity: r.severity }, annotations: { summary: r.summary } }));
}

/** Everything `stackitObservability` needs of the target. */
export interface StackitObservabilityTarget {
  readonly stack: InfraLayer;
  readonly projectId: string;
  readonly cluster?: SkeCluster;
  readonly props: ManagedAccessProps;
}

/** The observability capability on STACKIT. */
export function stackitObservability(target: StackitObservabilityTarget, ctx: DeploymentContext, request: ObservabilityRequest): IObservability {
  const { stack, projectId, cluster, props } = target;
  const scope = ctx.infra();
  const id = request.id ?? "observability";
  const receivers = request.receivers;
  const instance = new ObservabilityInstance(scope, id, {
    projectId,
    name: `${ctx.instanceName}-${ctx.stage}`,
    planName: STACKIT_OBSERVABILITY_PLANS[ctx.size],
    // The cluster's egress ranges (collectors push from there) and the operators; nothing else.
    acl: stack.functions.concat([cluster?.egressAddressRanges ?? [], adminCidrList(stack, props)]),
    metricsRetentionDays: request.metricsRetentionDays,
    metricsRetentionDays5MDownsampling: request.metricsRetentionDays,
    metricsRetentionDays1HDownsampling: request.metricsRetentionDays,
    logsRetentionDays: request.logsRetentionDays,
    // No admin user with an initial password: sign-in through STACKIT's identity provider only.
    grafanaAdminEnabled: false,
    ...(receivers.length
      ? {
          // The zone's routing (core/capabilities/alert-routing.ts) in STACKIT's spelling.
          alertConfig: stackitAlertConfig(alertRouting(receivers)),
        }
      : {}),
    lifecycle: { preventDestroy: ctx.preventDestroy },
  });
  const credential = new ObservabilityCredential(scope, `${id}-credential`, {
    projectId,
    instanceId: instance.instanceId,
    description: `Stackwerk ${ctx.instanceName} collectors`,
  });
  new ObservabilityAlertgroup(scope, `${id}-alerts`, {
    projectId,
    instanceId: instance.instanceId,
    name: "stackwerk-defaults",
    interval: "1m",
    rules: stackitRules(request.rules),
  });
  new ObservabilityLogalertgroup(scope, `${id}-log-alerts`, {
    projectId,
    instanceId: instance.instanceId,
    name: "stackwerk-log-defaults",
    interval: "1m",
    rules: stackitRules(request.logRules),
  });
  // SKE's observability extension ships the cluster's own metrics (kube-state-metrics, cAdvisor, nodes) to the
  // instance. It cannot reference the instance directly: the instance's ACL needs the cluster's egress ranges
  // (a cycle). So it is a second step: apply, then set `ske_observability_instance_id` from the output and apply again.
  const extensionVariable = "ske_observability_instance_id";
  stack.variable(extensionVariable, {
    default: "",
    description: "Instance id of the zone's STACKIT Observability (output observability_instance_id) to enable SKE's observability extension; empty: disabled",
  });
  const enabled = `var.${extensionVariable} != ""`;
  cluster?.addOverride("extensions.observability", {
    enabled: stack.expression(enabled),
    instance_id: stack.expression(`${enabled} ? var.${extensionVariable} : null`),
  });
  scope.output(ctx.infraName(`${id}_instance_id`), instance.instanceId, {
    description: "STACKIT Observability instance id (for ske_observability_instance_id)",
  });

  const secret = secretFromInfra(ctx, `${id}-secret`, `${id}-credentials`, {
    username: { output: `${id}_username`, value: credential.username, description: "user name of the Observability credential" },
    password: { output: `${id}_password`, value: credential.password, description: "password of the Observability credential" },
  });
  const auth = { kind: "basic" as const, username: secret.ref("username"), password: secret.ref("password") };
  const peer = managedPeer("observability", 443, endpointCidr(ctx, stack, id, "the STACKIT Observability instance's push endpoints", props));
  return {
    implementation: "managed",
    detail: "STACKIT Observability",
    metrics: {
      url: ctx.fromInfra(`${id}_metrics_push_url`, instance.metricsPushUrl, { description: "remote-write URL of the Observability instance" }),
      auth,
      peer,
    },
    logs: { url: ctx.fromInfra(`${id}_logs_push_url`, instance.logsPushUrl, { description: "Loki push URL of the Observability instance" }), auth, peer },
    alerting: "managed",
    // SKE's observability extension ships kube-state-metrics, cAdvisor and node metrics to the instance.
    clusterMetrics: "managed",
    dashboards: {
      implementation: "managed",
      url: ctx.fromInfra(`${id}_grafana_url`, instance.grafanaUrl, { description: "Grafana of the Observability instance" }),
      importPeer: () =>
        managedPeer("grafana", 443, endpointCidr(ctx, stack, `${id}_grafana`, "the Observability instance's Grafana (dashboard import)", props)),
    },
  };
}

/** The zone's alert routing as STACKIT Observability's `alert_config` (a kind only when it has targets). */
function stackitAlertConfig({ route, receiver }: AlertRouting) {
  return {
    route: { receiver: route.receiver, groupBy: [...route.groupBy], repeatInterval: route.repeatInterval },
    receivers: [
      {
        name: receiver.name,
        ...(receiver.email ? { emailConfigs: receiver.email.map((e) => ({ to: e.to, sendResolved: e.sendResolved })) } : {}),
        ...(receiver.webhooks ? { webhooksConfigs: receiver.webhooks.map((w) => ({ url: w.url, sendResolved: w.sendResolved })) } : {}),
      },
    ],
  };
}
