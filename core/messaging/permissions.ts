/**
 * Least-privilege client rights from a topology's grants.
 *
 * RabbitMQ: a user's permission in a vhost is three regular expressions (configure, write, read)
 * matched against resource names with Erlang's `re` (PCRE), unanchored
 * (https://www.rabbitmq.com/docs/access-control). basic.publish needs *write* on the exchange;
 * basic.consume and basic.get need *read* on the queue; declaring, binding and deleting need
 * *configure*. The topology is provisioned by definitions, so clients get no configure right
 * (`^$` matches only the empty name; the default exchange is checked as `amq.default`). Each
 * pattern is anchored to exactly the granted names, every name escaped, and ends in `$(?!\n)`
 * because PCRE's `$` also matches before a trailing newline.
 *
 * Kafka: ACL bindings (principal, resource type/name, pattern type, operation, permission) as
 * kafka-acls.sh and the Admin API take them (https://kafka.apache.org/documentation/#security_authz).
 * A producer needs WRITE and DESCRIBE on the topic (WRITE also implies IDEMPOTENT_WRITE since
 * Kafka 2.8, KIP-679); a consumer needs READ and DESCRIBE on the topic and READ on its group.
 * Every ACL is LITERAL (never PREFIXED or a `*` wildcard) and ALLOW.
 */
import type { SecretKeyRef } from "../secret-ref";
import type { AmqpTopologyView } from "./topology";
import type { KafkaTopologyView } from "./topology";

/** Pattern that matches nothing a client can use: only the empty name. */
export const NOTHING = "^$";

/** Escapes every character with a meaning in PCRE or JavaScript regular expressions. */
export function escapeRegex(name: string): string {
  return name.replace(/[\\^$.|?*+()[\]{}/-]/g, "\\$&");
}

/** A pattern matching exactly `names` and nothing else (`^$` for none). Valid in PCRE and JavaScript. */
export function exactNamesPattern(names: Iterable<string>): string {
  const unique = [...new Set(names)].sort();
  if (unique.length === 0) return NOTHING;
  return `^(?:${unique.map(escapeRegex).join("|")})$(?!\\n)`;
}

/** One RabbitMQ user's permission in a vhost. */
export interface RabbitPermission {
  readonly user: string;
  readonly vhost: string;
  readonly configure: string;
  readonly write: string;
  readonly read: string;
  /** Secret key holding the user's password. */
  readonly credentials: SecretKeyRef;
}

/** Per-client RabbitMQ permissions: write on published exchanges, read on consumed queues, no configure. */
export function rabbitPermissions(topology: AmqpTopologyView): RabbitPermission[] {
  return topology.clients().map(({ client, rights }) => ({
    user: client.name,
    vhost: topology.vhost,
    configure: NOTHING,
    write: exactNamesPattern(rights.publish),
    read: exactNamesPattern(rights.consume),
    credentials: client.credentials,
  }));
}

/** Kafka ACL operations Stackwerk grants. */
export type KafkaOperation = "WRITE" | "READ" | "DESCRIBE";

/** One Kafka ACL binding. */
export interface KafkaAcl {
  /** `User:<client name>`. */
  readonly principal: string;
  readonly host: "*";
  readonly resourceType: "TOPIC" | "GROUP";
  readonly resourceName: string;
  readonly patternType: "LITERAL";
  readonly operation: KafkaOperation;
  readonly permissionType: "ALLOW";
}

/** Per-client Kafka ACLs, sorted for stable output. */
export function kafkaAcls(topology: KafkaTopologyView): KafkaAcl[] {
  const acls: KafkaAcl[] = [];
  for (const { client, rights } of topology.clients()) {
    const principal = `User:${client.name}`;
    const add = (resourceType: KafkaAcl["resourceType"], resourceName: string, operation: KafkaOperation) =>
      acls.push({ principal, host: "*", resourceType, resourceName, patternType: "LITERAL", operation, permissionType: "ALLOW" });
    for (const topic of rights.produce) {
      add("TOPIC", topic, "WRITE");
      add("TOPIC", topic, "DESCRIBE");
    }
    for (const topic of rights.consume) {
      add("TOPIC", topic, "READ");
      if (!rights.produce.has(topic)) add("TOPIC", topic, "DESCRIBE");
    }
    for (const group of rights.group) add("GROUP", group, "READ");
  }
  const key = (a: KafkaAcl) => [a.principal, a.resourceType, a.resourceName, a.operation].join("\u0000");
  return acls.sort((a, b) => key(a).localeCompare(key(b)));
}
