/**
 * Registers the event-bus pattern with its reference instance (AMQP: an orders exchange, two
 * queues with dead-letter queues, a publisher and a consumer granted least privilege, and a
 * bystander workload that is granted nothing) and its level-5 smoke checks: broker Service
 * endpoints (in-cluster brokers), one credentials Secret per client, the broker's and each granted
 * client's TLS Certificate (in-cluster brokers), and broker/egress policies that admit exactly the
 * granted clients.
 */
import { Construct } from "constructs";
import { Workload } from "../../constructs/workload";
import type { Stage } from "../../core/profile";
import type { ITarget } from "../../core/target";
import { endpointChecks, type LiveObject, type SmokeCheck, type SmokeProbe } from "../../core/smoke";
import { registerPattern } from "../registry";
import { EventBusStack } from "./index";

/** Clients of the reference instance (granted) and the workload that is granted nothing. */
export const REFERENCE_CLIENTS = { granted: ["publisher", "consumer"], bystander: "bystander" } as const;

/** The reference instance: what `stackwerk synth event-bus` and the conformance run deploy. */
export function referenceEventBus(scope: Construct, id: string, options: { readonly target: ITarget; readonly stage: Stage }): EventBusStack {
  const bus = new EventBusStack(scope, id, {
    target: options.target,
    stage: options.stage,
    exchanges: [{ name: "orders", type: "topic" }],
    queues: [{ name: "billing.orders", messageTtlMs: 86_400_000 }, { name: "audit.orders" }],
    bindings: [
      { exchange: "orders", queue: "billing.orders", routingKey: "order.*" },
      { exchange: "orders", queue: "audit.orders", routingKey: "#" },
    ],
  });
  const workload = (name: string) =>
    new Workload(bus.platformStack as unknown as Construct, name, {
      namespace: bus.namespace,
      name,
      image: "registry.example.de/stackwerk/hello-events:1.0.0",
      size: bus.size,
      // Stand-in clients: one replica each keeps the reference instance inside the S namespace quota.
      replicas: 1,
    });
  bus.grantPublish(workload(REFERENCE_CLIENTS.granted[0]), { exchange: "orders" });
  bus.grantConsume(workload(REFERENCE_CLIENTS.granted[1]), { queues: ["billing.orders", "billing.orders.dlq"] });
  workload(REFERENCE_CLIENTS.bystander);
  return bus;
}

/** Pod labels an ingress or egress rule admits (`app.kubernetes.io/name` of each peer). */
function admittedNames(policy: LiveObject, direction: "ingress" | "egress"): string[] {
  const rules = (policy.spec?.[direction] ?? []) as Array<{ from?: unknown[]; to?: unknown[] }>;
  return rules
    .flatMap((r) => ((direction === "ingress" ? r.from : r.to) ?? []) as Array<{ podSelector?: { matchLabels?: Record<string, string> } }>)
    .map((p) => p.podSelector?.matchLabels?.["app.kubernetes.io/name"] ?? "(any)");
}

/** Level-5 checks of the reference instance. */
export async function eventBusSmoke(probe: SmokeProbe, context: { readonly instance: string; readonly target: string }): Promise<SmokeCheck[]> {
  const ns = probe.namespaces[0];
  const checks: SmokeCheck[] = [];
  const managed = context.target === "stackit";
  if (!managed) checks.push(...(await endpointChecks(probe, ns, ["bus", "bus-headless"])));
  // One credentials Secret per granted client; none for the bystander.
  const secretOf = (client: string) => (managed ? `bus-${client}-amqp` : `bus-client-${client}`);
  for (const client of [...REFERENCE_CLIENTS.granted, REFERENCE_CLIENTS.bystander]) {
    const granted = client !== REFERENCE_CLIENTS.bystander;
    const secret = await probe.get("secrets", secretOf(client), ns);
    checks.push({
      name: `credentials Secret ${ns}/${secretOf(client)}`,
      ok: granted === (secret !== undefined),
      message: secret
        ? `present (keys ${Object.keys(secret.data ?? {}).join(", ") || "none"})`
        : granted
          ? "missing"
          : "absent, as the client is granted nothing",
    });
  }
  if (!managed) {
    // TLS: cert-manager Certificates for the broker and each granted client (objects only: the
    // embedded cluster runs no cert-manager controller, so no Secret is issued and no handshake happens).
    const server = await probe.get("certificates.cert-manager.io", "bus-tls", ns);
    const issuer = server?.spec?.issuerRef as { kind?: string; name?: string } | undefined;
    checks.push({
      name: `server Certificate ${ns}/bus-tls`,
      ok: server !== undefined && issuer?.kind === "ClusterIssuer",
      message: server ? `issuer ${issuer?.kind}/${issuer?.name}, secret ${server.spec?.secretName}` : "missing",
    });
    for (const client of [...REFERENCE_CLIENTS.granted, REFERENCE_CLIENTS.bystander]) {
      const granted = client !== REFERENCE_CLIENTS.bystander;
      const cert = await probe.get("certificates.cert-manager.io", `bus-${client}-tls`, ns);
      checks.push({
        name: `client Certificate ${ns}/bus-${client}-tls`,
        ok: granted === (cert !== undefined) && (!cert || cert.spec?.commonName === client),
        message: cert ? `common name ${cert.spec?.commonName}` : granted ? "missing" : "absent, as the client is granted nothing",
      });
    }
  }
  const policies = await probe.list("networkpolicies", ns);
  const granted = [...REFERENCE_CLIENTS.granted].sort();
  if (!managed) {
    // Ingress to the broker's client port: exactly the granted clients.
    const admitted = policies
      .filter((p) => p.spec?.podSelector?.matchLabels?.["app.kubernetes.io/name"] === "bus" && (p.spec?.policyTypes ?? []).includes("Ingress"))
      .flatMap((p) => admittedNames(p, "ingress"))
      .filter((n) => n !== "bus");
    const clients = [...new Set(admitted)].filter((n) => !n.endsWith("-admin") && !n.endsWith("-setup")).sort();
    checks.push({
      name: `broker ingress ${ns}/bus admits only granted clients`,
      ok: JSON.stringify(clients) === JSON.stringify(granted),
      message: `admitted: ${clients.join(", ") || "none"}; granted: ${granted.join(", ")}`,
    });
  }
  // Egress towards the broker: granted clients have it, the bystander has none.
  const egressTo = (workload: string) =>
    policies.filter(
      (p) =>
        p.spec?.podSelector?.matchLabels?.["app.kubernetes.io/name"] === workload &&
        (p.spec?.policyTypes ?? []).includes("Egress") &&
        p.metadata.name.includes(`-allow-to-${context.instance}-bus`),
    );
  for (const client of [...REFERENCE_CLIENTS.granted, REFERENCE_CLIENTS.bystander]) {
    const has = egressTo(client).length > 0;
    const should = client !== REFERENCE_CLIENTS.bystander;
    checks.push({ name: `egress ${ns}/${client} to the broker`, ok: has === should, message: has ? "allowed" : "none (default-deny)" });
  }
  return checks;
}

registerPattern({
  name: EventBusStack.patternName,
  pattern: EventBusStack,
  summary: "event bus: AMQP (RabbitMQ) or Kafka with a typed topology and least-privileged clients, per stage",
  uses: ["kubernetesCluster", "messageBroker"],
  create: (scope, id, options) => referenceEventBus(scope, id, options),
  smoke: (probe, context) => eventBusSmoke(probe, context),
});
