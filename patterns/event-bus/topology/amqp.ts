/**
 * Typed AMQP (RabbitMQ) topology: one vhost with exchanges, durable queues, bindings and
 * dead-letter queues, validated at construction against RabbitMQ's rules (names.ts) and the
 * stage defaults (defaults.ts). Clients are granted publish/consume rights on named exchanges and
 * queues; permissions.ts turns those grants into anchored permission regexes.
 */
import { fail, propNames, requireIntegerInRange, requireKnownProps, requireOneOf } from "../../../core/errors";
import { stageOf, type Stage } from "../../../core/profile";
import {
  AMQP_QUEUE_TYPES,
  AMQP_SETTINGS_VIA,
  EXCHANGE_TYPES,
  type AmqpBinding,
  type AmqpExchange,
  type AmqpQueue,
  type AmqpQueueType,
  type AmqpRight,
  type AmqpSettingsVia,
  type AmqpTopologyView,
  type BusClient,
  type ExchangeType,
} from "../../../core/messaging/topology";
import { GrantBook, requireClient, requireKnownName, requireKnownNames } from "./clients";
import { AMQP_STAGE_DEFAULTS } from "./defaults";
import { requireAmqpName, requireRoutingKey, requireUnique } from "./names";
import { optionalBoolean, optionalList } from "./validate";

/** Header matching of a headers-exchange binding (`x-match`). */
export const HEADER_MATCH = ["all", "any"] as const;

/** Largest TTL RabbitMQ accepts (a non-negative 32-bit integer of milliseconds, https://www.rabbitmq.com/docs/ttl). */
export const AMQP_MAX_TTL_MS = 4294967295;

/** An exchange. Always durable. */
export interface AmqpExchangeProps {
  /** Exchange name (1-255 bytes UTF-8, not `amq.`-prefixed). */
  readonly name: string;
  /** Routing type. @default "topic" */
  readonly type?: ExchangeType;
  /** Only other exchanges may publish to it, not clients. @default false */
  readonly internal?: boolean;
}

/** A queue. Always durable, never exclusive or auto-deleted. */
export interface AmqpQueueProps {
  /** Queue name (1-255 bytes UTF-8, not `amq.`-prefixed). */
  readonly name: string;
  /** Queue type. @default "quorum" in production, "classic" in other stages */
  readonly type?: AmqpQueueType;
  /** Messages older than this many milliseconds are dead-lettered (or dropped). @default no TTL */
  readonly messageTtlMs?: number;
  /** Most messages the queue holds; the oldest are dead-lettered beyond it. @default unlimited */
  readonly maxLength?: number;
  /** Rejected, expired and overflowing messages go to `<name>.dlq` through the dead-letter exchange. @default true */
  readonly deadLetter?: boolean;
}

/** A binding of a queue to an exchange. */
export interface AmqpBindingProps {
  /** Source exchange (defined in `exchanges`). */
  readonly exchange: string;
  /** Destination queue (defined in `queues`). */
  readonly queue: string;
  /** Routing key (topic exchanges: a pattern with `*` and `#`). Not used by fanout and headers exchanges. @default "" */
  readonly routingKey?: string;
  /** Headers exchanges only: header values a message must carry. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Headers exchanges only: all headers must match, or any. @default "all" */
  readonly match?: (typeof HEADER_MATCH)[number];
}

/** An AMQP topology. */
export interface AmqpTopologyProps {
  /** Stage the defaults come from. @default "test" */
  readonly stage?: Stage;
  /** Virtual host holding everything. */
  readonly vhost: string;
  /** Exchanges. @default none */
  readonly exchanges?: readonly AmqpExchangeProps[];
  /** Queues. @default none */
  readonly queues?: readonly AmqpQueueProps[];
  /** Bindings. @default none */
  readonly bindings?: readonly AmqpBindingProps[];
  /** How dead-lettering, TTL and max length are applied. @default "policy" */
  readonly settingsVia?: AmqpSettingsVia;
  /** Name of the direct exchange dead letters go through. @default "dead-letter" */
  readonly deadLetterExchange?: string;
}

const TOPOLOGY_PROPS = propNames<AmqpTopologyProps>()(["stage", "vhost", "exchanges", "queues", "bindings", "settingsVia", "deadLetterExchange"]);
const EXCHANGE_PROPS = propNames<AmqpExchangeProps>()(["name", "type", "internal"]);
const QUEUE_PROPS = propNames<AmqpQueueProps>()(["name", "type", "messageTtlMs", "maxLength", "deadLetter"]);
const BINDING_PROPS = propNames<AmqpBindingProps>()(["exchange", "queue", "routingKey", "headers", "match"]);

/**
 * RabbitMQ permission regexes match exchanges and queues by name alone (queue.bind needs write on
 * the queue and read on the exchange), so an exchange and a queue sharing a name would let a
 * grant on one reach the other. Names are therefore unique across both kinds within the vhost.
 */
function requireNotOtherKind(scope: string, property: string, name: string, others: Map<string, string>, otherKind: string): void {
  const at = others.get(name);
  if (at !== undefined) {
    fail(
      scope,
      property,
      `${JSON.stringify(name)} is already the name of the ${otherKind} at ${at}. Allowed: a name no exchange or queue in this vhost uses (RabbitMQ permissions match both kinds by name)`,
    );
  }
}

/** A validated AMQP topology with per-client grants. */
export class AmqpTopology implements AmqpTopologyView {
  readonly stage: Stage;
  readonly vhost: string;
  readonly settingsVia: AmqpSettingsVia;
  /** The dead-letter exchange, when any queue dead-letters. */
  readonly deadLetterExchange?: string;
  readonly exchanges: readonly AmqpExchange[];
  /** User queues followed by their dead-letter queues. */
  readonly queues: readonly AmqpQueue[];
  /** User bindings followed by the dead-letter bindings. */
  readonly bindings: readonly AmqpBinding[];
  private readonly grants: GrantBook<AmqpRight>;

  /**
   * @param scope label used in error messages, e.g. `EventBusStack orders`
   * @param pattern the stage of the pattern that builds the topology, already resolved (checked once per tree)
   */
  constructor(
    readonly scope: string,
    props: AmqpTopologyProps,
    pattern?: { readonly stage: Stage },
  ) {
    requireKnownProps(scope, props, TOPOLOGY_PROPS);
    this.grants = new GrantBook<AmqpRight>(scope, ["publish", "consume"]);
    this.stage = stageOf(scope, props.stage, pattern?.stage);
    this.vhost = requireAmqpName(scope, "vhost", props.vhost, "vhost");
    this.settingsVia = requireOneOf(scope, "settingsVia", props.settingsVia ?? "policy", AMQP_SETTINGS_VIA);
    const defaults = AMQP_STAGE_DEFAULTS[this.stage];

    const exchangeNames = new Map<string, string>();
    const exchanges = optionalList(scope, "exchanges", props.exchanges).map((e, i): AmqpExchange => {
      const at = `exchanges[${i}]`;
      requireKnownProps(scope, e, EXCHANGE_PROPS, `${at}.`);
      const name = requireAmqpName(scope, `${at}.name`, e.name, "exchange");
      requireUnique(scope, `${at}.name`, name, exchangeNames, "exchange");
      return {
        name,
        type: requireOneOf(scope, `${at}.type`, e.type ?? "topic", EXCHANGE_TYPES),
        internal: optionalBoolean(scope, `${at}.internal`, e.internal, false),
      };
    });

    const queueNames = new Map<string, string>();
    const userQueues = optionalList(scope, "queues", props.queues).map((q, i) => {
      const at = `queues[${i}]`;
      requireKnownProps(scope, q, QUEUE_PROPS, `${at}.`);
      const name = requireAmqpName(scope, `${at}.name`, q.name, "queue");
      requireUnique(scope, `${at}.name`, name, queueNames, "queue");
      requireNotOtherKind(scope, `${at}.name`, name, exchangeNames, "exchange");
      const ttl = q.messageTtlMs === undefined ? undefined : requireIntegerInRange(scope, `${at}.messageTtlMs`, q.messageTtlMs, 0, AMQP_MAX_TTL_MS);
      const maxLength = q.maxLength === undefined ? undefined : requireIntegerInRange(scope, `${at}.maxLength`, q.maxLength, 1, Number.MAX_SAFE_INTEGER);
      return {
        at,
        queue: { name, type: requireOneOf(scope, `${at}.type`, q.type ?? defaults.queueType, AMQP_QUEUE_TYPES), messageTtlMs: ttl, maxLength },
        deadLetter: optionalBoolean(scope, `${at}.deadLetter`, q.deadLetter, defaults.deadLetter),
      };
    });

    const dlxName = userQueues.some((q) => q.deadLetter)
      ? requireAmqpName(scope, "deadLetterExchange", props.deadLetterExchange ?? "dead-letter", "exchange")
      : undefined;
    if (dlxName !== undefined) {
      requireUnique(scope, "deadLetterExchange", dlxName, exchangeNames, "exchange");
      requireNotOtherKind(scope, "deadLetterExchange", dlxName, queueNames, "queue");
      this.deadLetterExchange = dlxName;
    }
    const queues: AmqpQueue[] = userQueues.map(({ queue, deadLetter }) =>
      deadLetter ? { ...queue, deadLetterTo: { exchange: dlxName!, routingKey: queue.name } } : queue,
    );
    const deadLetterBindings: AmqpBinding[] = [];
    for (const { at, queue, deadLetter } of userQueues) {
      if (!deadLetter) continue;
      const name = requireAmqpName(scope, `${at}.deadLetter`, `${queue.name}.dlq`, "queue");
      requireUnique(scope, `${at}.deadLetter`, name, queueNames, "queue");
      requireNotOtherKind(scope, `${at}.deadLetter`, name, exchangeNames, "exchange");
      queues.push({ name, type: queue.type, deadLetterFor: queue.name });
      deadLetterBindings.push({ exchange: dlxName!, queue: name, routingKey: queue.name, arguments: {} });
    }

    const exchangeByName = new Map(exchanges.map((e) => [e.name, e]));
    const userQueueNames = userQueues.map((q) => q.queue.name);
    const bindings = optionalList(scope, "bindings", props.bindings).map((b, i): AmqpBinding => {
      const at = `bindings[${i}]`;
      requireKnownProps(scope, b, BINDING_PROPS, `${at}.`);
      const exchange = exchangeByName.get(
        requireKnownName(
          scope,
          `${at}.exchange`,
          b.exchange,
          exchanges.map((e) => e.name),
          "exchange",
        ),
      )!;
      const queue = requireKnownName(scope, `${at}.queue`, b.queue, userQueueNames, "queue");
      const routingKey = requireRoutingKey(scope, `${at}.routingKey`, b.routingKey ?? "");
      if (exchange.type !== "headers") {
        if (b.headers !== undefined || b.match !== undefined)
          fail(scope, `${at}.headers`, `is only allowed for headers exchanges; ${exchange.name} is a ${exchange.type} exchange. Allowed: routingKey`);
        return { exchange: exchange.name, queue, routingKey, arguments: {} };
      }
      const headers = b.headers ?? {};
      if (typeof headers !== "object" || Object.keys(headers).length === 0)
        fail(scope, `${at}.headers`, `${JSON.stringify(b.headers)} is not allowed. Allowed: at least one header name and value for a headers exchange`);
      for (const [key, value] of Object.entries(headers)) {
        if (key.startsWith("x-") || typeof value !== "string")
          fail(scope, `${at}.headers.${key}`, `is not allowed. Allowed: string values under names not starting with x- (reserved for binding arguments)`);
      }
      return {
        exchange: exchange.name,
        queue,
        routingKey,
        arguments: { "x-match": requireOneOf(scope, `${at}.match`, b.match ?? "all", HEADER_MATCH), ...headers },
      };
    });

    this.exchanges = dlxName === undefined ? exchanges : [...exchanges, { name: dlxName, type: "direct", internal: false }];
    this.queues = queues;
    this.bindings = [...bindings, ...deadLetterBindings];
  }

  /** Lets `client` publish to exactly these exchanges (internal exchanges refused). */
  grantPublish(client: BusClient, grant: { readonly exchanges: readonly string[] }): this {
    const c = requireClient(this.scope, "grantPublish.client", client);
    requireKnownProps(this.scope, grant, ["exchanges"], "grantPublish.");
    const publishable = this.exchanges.filter((e) => !e.internal && e.name !== this.deadLetterExchange).map((e) => e.name);
    this.grants.add(
      c,
      "grantPublish.client",
      "publish",
      requireKnownNames(this.scope, "grantPublish.exchanges", grant?.exchanges, publishable, "publishable exchange"),
    );
    return this;
  }

  /** Lets `client` consume from exactly these queues (dead-letter queues included, by name). */
  grantConsume(client: BusClient, grant: { readonly queues: readonly string[] }): this {
    const c = requireClient(this.scope, "grantConsume.client", client);
    requireKnownProps(this.scope, grant, ["queues"], "grantConsume.");
    const names = this.queues.map((q) => q.name);
    this.grants.add(c, "grantConsume.client", "consume", requireKnownNames(this.scope, "grantConsume.queues", grant?.queues, names, "queue"));
    return this;
  }

  /** Every client's grants, in grant order. */
  clients() {
    return this.grants.all();
  }
}
