/**
 * In-cluster message brokers for targets without a managed offer of the asked protocol: RabbitMQ
 * (on-prem, IONOS AMQP) and Kafka in KRaft mode (on-prem, STACKIT Kafka). Each is a StatefulSet
 * of 1 (3 in production, spread over zones, with a PodDisruptionBudget) behind a headless Service
 * for peer discovery and a client Service. The topology is provisioned by the broker itself, never
 * by clients: RabbitMQ imports a definitions document at boot (an init container fills each
 * user's password hash from the client Secrets), Kafka gets its topics and ACLs from an admin Job.
 * Clients get one credential each, written into their own namespace; the broker admits them by
 * NetworkPolicy. Client traffic is TLS with client certificates (AMQPS on 5671; Kafka SASL_SSL on
 * 9092): cert-manager signs the broker's server certificate and one certificate per client (in
 * the client's namespace, so it carries the CA there too) with the zone's internal ClusterIssuer.
 * Peer traffic (Erlang distribution, the KRaft controller listener) stays plain between the broker
 * pods only (docs/patterns/event-bus.md).
 */
import type { DeploymentContext } from "../../core/context";
import type { IMessageBroker } from "../../core/capabilities/message-broker";
import type { MessageBrokerRequest } from "../../core/target";
import type { InClusterBrokerOptions } from "./broker/common";
import { inClusterKafka } from "./broker/kafka";
import { inClusterRabbitmq } from "./broker/rabbitmq";

export { BROKER_IMAGES, BROKER_SIZING } from "./broker/common";
export type { InClusterBrokerOptions } from "./broker/common";
export { AMQPS_PORT, RABBIT_HASH_FUNCTION, rabbitDefinitionsScript, inClusterRabbitmq } from "./broker/rabbitmq";
export { kraftClusterId, kafkaAdminScript, inClusterKafka } from "./broker/kafka";

/** The in-cluster broker for the request's protocol. */
export function inClusterBroker(ctx: DeploymentContext, request: MessageBrokerRequest, options: InClusterBrokerOptions): IMessageBroker {
  return request.protocol === "amqp" ? inClusterRabbitmq(ctx, request, options) : inClusterKafka(ctx, request, options);
}
