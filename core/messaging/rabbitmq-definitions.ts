/**
 * Renders an AMQP topology as a RabbitMQ definitions document, the JSON that
 * `rabbitmqctl import_definitions` and the `load_definitions` setting read
 * (https://www.rabbitmq.com/docs/definitions): vhosts, users, permissions, exchanges, queues,
 * bindings and policies. Users carry a password-hash *placeholder* naming the client's Secret
 * key, substituted at deploy time (password-hash.ts computes the value), so neither a password
 * nor a hash appears here; an unsubstituted placeholder is not valid base64 and fails the import.
 */
import type { SecretKeyRef } from "../secret-ref";
import type { AmqpQueue, AmqpTopologyView } from "./topology";
import { RABBIT_HASHING_ALGORITHM } from "./password-hash";
import { exactNamesPattern, rabbitPermissions } from "./permissions";

/** The placeholder standing for the password hash of the password in `ref`. */
export function passwordHashPlaceholder(ref: SecretKeyRef): string {
  return `@@stackwerk-password-hash:${ref.name}/${ref.key}@@`;
}

/** A RabbitMQ definitions document (the subset Stackwerk writes). */
export interface RabbitDefinitions {
  readonly users: { name: string; password_hash: string; hashing_algorithm: string; tags: string[]; limits: Record<string, never> }[];
  readonly vhosts: { name: string }[];
  readonly permissions: { user: string; vhost: string; configure: string; write: string; read: string }[];
  readonly topic_permissions: never[];
  readonly parameters: never[];
  readonly global_parameters: never[];
  readonly policies: { vhost: string; name: string; pattern: string; "apply-to": "queues"; definition: Record<string, string | number>; priority: number }[];
  readonly queues: { name: string; vhost: string; durable: true; auto_delete: false; arguments: Record<string, string | number> }[];
  readonly exchanges: { name: string; vhost: string; type: string; durable: true; auto_delete: false; internal: boolean; arguments: Record<string, never> }[];
  readonly bindings: {
    source: string;
    vhost: string;
    destination: string;
    destination_type: "queue";
    routing_key: string;
    arguments: Record<string, string>;
  }[];
}

/** What a deploy step must substitute: each placeholder with the hash of the password in its Secret key. */
export interface PasswordHashSlot {
  readonly user: string;
  readonly placeholder: string;
  readonly credentials: SecretKeyRef;
}

/** The definitions and the password-hash slots to fill. */
export interface RenderedRabbitDefinitions {
  readonly definitions: RabbitDefinitions;
  readonly passwordHashes: readonly PasswordHashSlot[];
}

/** Dead-lettering, TTL and max length of a queue under the given key style (policy keys or `x-` arguments). */
function queueSettings(queue: AmqpQueue, style: "policy" | "arguments"): Record<string, string | number> {
  const key = (name: string) => (style === "policy" ? name : `x-${name}`);
  const settings: Record<string, string | number> = {};
  if (queue.deadLetterTo) {
    settings[key("dead-letter-exchange")] = queue.deadLetterTo.exchange;
    settings[key("dead-letter-routing-key")] = queue.deadLetterTo.routingKey;
  }
  if (queue.messageTtlMs !== undefined) settings[key("message-ttl")] = queue.messageTtlMs;
  if (queue.maxLength !== undefined) settings[key("max-length")] = queue.maxLength;
  return settings;
}

/** Renders `topology` as definitions plus the password-hash slots. */
export function renderRabbitDefinitions(topology: AmqpTopologyView): RenderedRabbitDefinitions {
  const vhost = topology.vhost;
  const permissions = rabbitPermissions(topology);
  const passwordHashes = permissions.map((p) => ({ user: p.user, placeholder: passwordHashPlaceholder(p.credentials), credentials: p.credentials }));
  const viaPolicy = topology.settingsVia === "policy";
  const policies = viaPolicy
    ? topology.queues
        .map((queue) => ({ queue, definition: queueSettings(queue, "policy") }))
        .filter(({ definition }) => Object.keys(definition).length > 0)
        .map(({ queue, definition }) => ({
          vhost,
          name: `stackwerk-queue-${queue.name}`,
          pattern: exactNamesPattern([queue.name]),
          "apply-to": "queues" as const,
          definition,
          priority: 0,
        }))
    : [];
  return {
    passwordHashes,
    definitions: {
      users: passwordHashes.map((slot) => ({
        name: slot.user,
        password_hash: slot.placeholder,
        hashing_algorithm: RABBIT_HASHING_ALGORITHM,
        tags: [],
        limits: {},
      })),
      vhosts: [{ name: vhost }],
      permissions: permissions.map(({ user, configure, write, read }) => ({ user, vhost, configure, write, read })),
      topic_permissions: [],
      parameters: [],
      global_parameters: [],
      policies,
      queues: topology.queues.map((queue) => ({
        name: queue.name,
        vhost,
        durable: true,
        auto_delete: false,
        arguments: { "x-queue-type": queue.type, ...(viaPolicy ? {} : queueSettings(queue, "arguments")) },
      })),
      exchanges: topology.exchanges.map((e) => ({ name: e.name, vhost, type: e.type, durable: true, auto_delete: false, internal: e.internal, arguments: {} })),
      bindings: topology.bindings.map((b) => ({
        source: b.exchange,
        vhost,
        destination: b.queue,
        destination_type: "queue",
        routing_key: b.routingKey,
        arguments: { ...b.arguments },
      })),
    },
  };
}
