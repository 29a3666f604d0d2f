/**
 * Event-bus stack: an AMQP (RabbitMQ) or Kafka broker with a typed topology, per stage, on any
 * target, and least-privileged clients. The target provides the broker (messageBroker capability:
 * managed where the cloud offers the protocol, in the cluster otherwise); `grantPublish` and
 * `grantConsume` give a workload — in this namespace or another pattern's — its own credential,
 * wire it into the workload's environment as Secret references, and write NetworkPolicies both
 * ways. A target that cannot offer the asked protocol fails at synth naming what it offers.
 */
import { Construct, IConstruct } from "constructs";
import type { Container, EnvVar } from "kubernetes-types/core/v1";
import { describe, fail, propNames, requireDnsLabel } from "../../core/errors";
import { requireKnownPropsOnce } from "../../core/checked-once";
import { KubeManifest } from "../../constructs/kube/manifest";
import type { PodWorkload } from "../../constructs/pod";
import { Pattern, PATTERN_PROPS, PatternProps } from "../../constructs/pattern";
import { BROKER_PROTOCOLS, brokerClientSecretName, type BrokerConnection, type BrokerProtocol } from "../../core/capabilities/message-broker";
import type { PlatformLayer } from "../../core/layers";
import { PlatformInput, referencedInputs } from "../../core/context";
import { ensureInput } from "../../core/landing-zone";
import type { IMessageBroker } from "../../core/target";
import { AmqpTopology, type AmqpBindingProps, type AmqpExchangeProps, type AmqpQueueProps } from "./topology/amqp";
import type { AmqpSettingsVia, BusClient } from "../../core/messaging/topology";
import { KafkaTopology, type KafkaTopicProps } from "./topology/kafka";

/** Props of an EventBusStack: the common pattern props, the protocol and its topology. */
export interface EventBusStackProps extends PatternProps {
  /** Wire protocol. AMQP and Kafka clients are not interchangeable. @default "amqp" */
  readonly protocol?: BrokerProtocol;
  /** AMQP: virtual host holding the topology. @default the instance id */
  readonly vhost?: string;
  /** AMQP: exchanges (durable). @default none */
  readonly exchanges?: readonly AmqpExchangeProps[];
  /** AMQP: queues (durable; quorum in production; each with a `<name>.dlq` unless `deadLetter: false`). @default none */
  readonly queues?: readonly AmqpQueueProps[];
  /** AMQP: bindings of queues to exchanges. @default none */
  readonly bindings?: readonly AmqpBindingProps[];
  /** AMQP: dead-lettering, TTL and max length as a policy per queue or as `x-` arguments. @default "policy" */
  readonly settingsVia?: AmqpSettingsVia;
  /** AMQP: name of the dead-letter exchange. @default "dead-letter" */
  readonly deadLetterExchange?: string;
  /** Kafka: topics with partitions, replication, retention and cleanup policy. @default none */
  readonly topics?: readonly KafkaTopicProps[];
  /** Kafka: brokers (bounds the replication factor). @default 3 in production, 1 otherwise @integer @minimum 1 @maximum 1000 */
  readonly brokers?: number;
}

const AMQP_PROPS = ["vhost", "exchanges", "queues", "bindings", "settingsVia", "deadLetterExchange"] as const;
const KAFKA_PROPS = ["topics", "brokers"] as const;
const EVENT_BUS_PROPS = propNames<EventBusStackProps>()([...PATTERN_PROPS, "protocol", ...AMQP_PROPS, ...KAFKA_PROPS]);

/** What a client may publish: AMQP exchanges or Kafka topics (one or a list). */
export interface PublishGrant {
  /** AMQP: one exchange. */
  readonly exchange?: string;
  /** AMQP: several exchanges. */
  readonly exchanges?: readonly string[];
  /** Kafka: one topic. */
  readonly topic?: string;
  /** Kafka: several topics. */
  readonly topics?: readonly string[];
  /** Client name (RabbitMQ user, Kafka principal). @default the workload's name; `<pattern id>-<workload name>` for another pattern's workload */
  readonly client?: string;
}

/** What a client may consume: AMQP queues or Kafka topics in a consumer group. */
export interface ConsumeGrant {
  /** AMQP: one queue. */
  readonly queue?: string;
  /** AMQP: several queues. */
  readonly queues?: readonly string[];
  /** Kafka: one topic. */
  readonly topic?: string;
  /** Kafka: several topics. */
  readonly topics?: readonly string[];
  /** Kafka: consumer group id. @default the client name */
  readonly group?: string;
  /** Client name. @default as for grantPublish */
  readonly client?: string;
}

const PUBLISH_PROPS = propNames<PublishGrant>()(["exchange", "exchanges", "topic", "topics", "client"]);
const CONSUME_PROPS = propNames<ConsumeGrant>()(["queue", "queues", "topic", "topics", "group", "client"]);

/** Environment variables a grant wires into a client; the client's own env may not set them. */
export const BUS_ENV = {
  amqp: ["AMQP_URL", "AMQP_HOST", "AMQP_PORT", "AMQP_VHOST", "AMQP_USERNAME", "AMQP_PASSWORD"],
  kafka: [
    "KAFKA_BOOTSTRAP_SERVERS",
    "KAFKA_SECURITY_PROTOCOL",
    "KAFKA_SASL_MECHANISM",
    "KAFKA_SASL_USERNAME",
    "KAFKA_SASL_PASSWORD",
    "KAFKA_SSL_CA_PEM",
    "KAFKA_SSL_CERTIFICATE_PEM",
    "KAFKA_SSL_KEY_PEM",
  ],
} as const;

/** The platform layer a construct belongs to (its nearest ancestor that configures a cluster). */
function platformOf(scope: IConstruct): PlatformLayer | undefined {
  return [...scope.node.scopes].reverse().find((s) => typeof (s as Partial<PlatformLayer>).configureCluster === "function") as PlatformLayer | undefined;
}

/** The first container of the workload's Deployment or StatefulSet. */
function podContainer(workload: PodWorkload): Container | undefined {
  const manifest = workload.node
    .findAll()
    .filter(KubeManifest.isKubeManifest)
    .find((m) => m.object.kind === "Deployment" || m.object.kind === "StatefulSet");
  const spec = (manifest?.object as { spec?: { template?: { spec?: { containers?: Container[] } } } } | undefined)?.spec;
  return spec?.template?.spec?.containers?.[0];
}

/** An event bus: one broker, its topology, and the clients granted on it. */
export class EventBusStack extends Pattern {
  static readonly patternName = "event-bus";

  readonly protocol: BrokerProtocol;
  /** The validated topology (AMQP). */
  readonly amqp?: AmqpTopology;
  /** The validated topology (Kafka). */
  readonly kafka?: KafkaTopology;
  /** The broker the target provides. */
  readonly broker: IMessageBroker;
  /** The broker's id: names of its objects, outputs and client Secrets. */
  readonly brokerId = "bus";
  private readonly clients = new Map<string, { workload: PodWorkload; connection?: BrokerConnection }>();

  constructor(scope: Construct, id: string, props: EventBusStackProps) {
    super(scope, id, props, EventBusStack.patternName);
    requireKnownPropsOnce(this, props, EVENT_BUS_PROPS);
    const protocol = props.protocol ?? "amqp";
    if (!(BROKER_PROTOCOLS as readonly unknown[]).includes(protocol)) {
      const offer = this.target.capabilities().find((c) => c.capability === "messageBroker");
      fail(
        this,
        "protocol",
        `${JSON.stringify(protocol)} is not offered by target ${this.target.name}. Allowed: ${BROKER_PROTOCOLS.join(", ")} (${offer?.detail ?? "no message broker"})`,
      );
    }
    this.protocol = protocol;
    const other = this.protocol === "amqp" ? KAFKA_PROPS : AMQP_PROPS;
    for (const key of other) {
      if (props[key] !== undefined) {
        fail(
          this,
          key,
          `is a ${this.protocol === "amqp" ? "Kafka" : "AMQP"} property, but protocol is ${JSON.stringify(this.protocol)}. Allowed: ${(this.protocol === "amqp" ? AMQP_PROPS : KAFKA_PROPS).join(", ")}`,
        );
      }
    }
    this.requireCapability("protocol", "messageBroker");
    const label = describe(this);
    const tlsIssuer = this.landingZone.internalIssuer;
    if (this.protocol === "amqp") {
      this.amqp = new AmqpTopology(
        label,
        {
          vhost: props.vhost ?? id,
          exchanges: props.exchanges,
          queues: props.queues,
          bindings: props.bindings,
          settingsVia: props.settingsVia,
          deadLetterExchange: props.deadLetterExchange,
        },
        { stage: this.stage },
      );
      this.broker = this.target.messageBroker(this.context, { id: this.brokerId, protocol: "amqp", topology: this.amqp, tlsIssuer });
    } else {
      this.kafka = new KafkaTopology(label, { brokers: props.brokers, topics: props.topics }, { stage: this.stage });
      this.broker = this.target.messageBroker(this.context, { id: this.brokerId, protocol: "kafka", topology: this.kafka, tlsIssuer });
    }
  }

  /**
   * Lets `workload` publish to the named exchanges (AMQP) or topics (Kafka), with a credential of
   * its own, wired into its environment, and NetworkPolicies both ways. One line per client:
   * `bus.grantPublish(shop.workload, { exchange: "orders" })`.
   */
  grantPublish(workload: PodWorkload, grant: PublishGrant): this {
    requireKnownPropsOnce(this, grant, PUBLISH_PROPS, "grantPublish.");
    const client = this.clientFor(workload, grant?.client, "grantPublish");
    if (this.amqp) {
      this.amqp.grantPublish(client, { exchanges: this.names("grantPublish", "exchange", grant.exchange, grant.exchanges, ["topic", "topics"], grant) });
    } else {
      this.kafka!.grantPublish(client, { topics: this.names("grantPublish", "topic", grant.topic, grant.topics, ["exchange", "exchanges"], grant) });
    }
    return this.wire(workload, client.name);
  }

  /** Lets `workload` consume the named queues (AMQP) or topics in its consumer group (Kafka). */
  grantConsume(workload: PodWorkload, grant: ConsumeGrant): this {
    requireKnownPropsOnce(this, grant, CONSUME_PROPS, "grantConsume.");
    const client = this.clientFor(workload, grant?.client, "grantConsume");
    if (this.amqp) {
      if (grant.group !== undefined) fail(this, "grantConsume.group", "is a Kafka setting. Allowed: queue, queues");
      this.amqp.grantConsume(client, { queues: this.names("grantConsume", "queue", grant.queue, grant.queues, ["topic", "topics"], grant) });
    } else {
      const topics = this.names("grantConsume", "topic", grant.topic, grant.topics, ["queue", "queues"], grant);
      this.kafka!.grantConsume(client, { topics, ...(grant.group !== undefined ? { group: grant.group } : {}) });
    }
    return this.wire(workload, client.name);
  }

  /** One name or a list, from the protocol's own keys; the other protocol's keys are refused. */
  private names(
    method: string,
    singular: string,
    one: string | undefined,
    many: readonly string[] | undefined,
    foreign: readonly string[],
    grant: object,
  ): readonly string[] {
    for (const key of foreign) {
      if ((grant as Record<string, unknown>)[key] !== undefined) {
        fail(this, `${method}.${key}`, `does not apply to protocol ${this.protocol}. Allowed: ${singular}, ${singular}s`);
      }
    }
    if (one !== undefined && many !== undefined) fail(this, `${method}.${singular}`, `and ${singular}s are both set. Allowed: one of them`);
    const list = one !== undefined ? [one] : many;
    if (list === undefined || !Array.isArray(list) || list.length === 0) {
      fail(this, `${method}.${singular}s`, `${JSON.stringify(list)} is not allowed. Allowed: ${singular} (a name) or ${singular}s (a non-empty list)`);
    }
    return list;
  }

  /** The client record of `workload`: its name (unique on this bus) and its credential reference. */
  private clientFor(workload: PodWorkload, name: string | undefined, method: string): BusClient {
    if (typeof workload !== "object" || workload === null || typeof (workload as PodWorkload).asPeer !== "function" || !(workload as PodWorkload).namespace) {
      fail(this, `${method}.workload`, `${JSON.stringify(workload)} is not a workload. Allowed: a Workload or StatefulService, e.g. webApp.workload`);
    }
    const clientName = requireDnsLabel(this, `${method}.client`, name ?? this.defaultClientName(workload));
    const existing = this.clients.get(clientName);
    if (existing && existing.workload !== workload) {
      fail(
        this,
        `${method}.client`,
        `${JSON.stringify(clientName)} is already the client name of ${describe(existing.workload)}. Allowed: a client name of its own (set client: "...")`,
      );
    }
    if (!existing) {
      for (const [other, c] of this.clients) {
        if (c.workload === workload)
          fail(
            this,
            `${method}.client`,
            `${describe(workload)} is already client ${JSON.stringify(other)}. Allowed: ${JSON.stringify(other)} (one credential per workload)`,
          );
      }
      this.clients.set(clientName, { workload });
    }
    return { name: clientName, credentials: { name: brokerClientSecretName(this.brokerId, clientName), key: "password" } };
  }

  /** Declares in the client's layer the infra inputs (broker address, range) its env and policies use. */
  private shareInputs(platform: PlatformLayer, values: readonly unknown[]): void {
    if (platform === this.platformStack) return;
    const own = PlatformInput.all(this.platformStack);
    for (const name of referencedInputs(values)) {
      const input = own.find((i) => i.inputName === name);
      ensureInput(platform, name, { description: input?.description ?? `event bus ${this.node.id}`, sensitive: input?.sensitive });
    }
  }

  /** `<workload>` for a workload of this bus, `<pattern id>-<workload>` for another pattern's (e.g. `shop-web`). */
  private defaultClientName(workload: PodWorkload): string {
    const owner = [...workload.node.scopes].reverse().find((s) => s instanceof Pattern);
    return owner === undefined || owner === this ? workload.name : `${owner.node.id}-${workload.name}`;
  }

  /** Credential, environment and NetworkPolicies of one client (the first grant writes them; later grants re-read the topology). */
  private wire(workload: PodWorkload, clientName: string): this {
    const record = this.clients.get(clientName)!;
    const platform = platformOf(workload);
    if (!platform) fail(this, "client", `${describe(workload)} is not in a pattern's platform layer. Allowed: a workload of a pattern (e.g. webApp.workload)`);
    const connection = this.broker.client({ name: clientName, namespace: workload.namespace.name, platform });
    if (record.connection) return this;
    record.connection = connection;
    const container = podContainer(workload);
    if (!container) fail(this, "client", `${describe(workload)} has no Deployment or StatefulSet container to wire. Allowed: a Workload or StatefulService`);
    const names = new Set((container.env ?? []).map((e) => e.name));
    const wired: EnvVar[] = [
      // Secret references first: plain values may refer to them as $(NAME).
      ...Object.entries(connection.secretEnv).map(([name, ref]) => ({ name, valueFrom: { secretKeyRef: { name: ref.name, key: ref.key } } })),
      ...Object.entries(connection.env).map(([name, value]) => ({ name, value })),
    ];
    for (const e of wired) {
      if (names.has(e.name))
        fail(this, "client", `${describe(workload)} already sets ${e.name}, which the event bus wires. Allowed: a workload without ${e.name} in its env`);
    }
    container.env = [...wired, ...(container.env ?? [])];
    this.shareInputs(platform, [connection.env, this.broker.peer]);
    // Egress from the client and admission on the broker, named after the client (unique on this bus).
    workload.allowTo(this.broker.peer);
    this.broker.admit({ ...workload.asPeer(), description: `client-${clientName}` });
    return this;
  }
}
