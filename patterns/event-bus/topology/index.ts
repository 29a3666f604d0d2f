/**
 * Engine-neutral event-bus topology: the typed AMQP and Kafka models (here, with the pattern),
 * least-privilege client grants, and the CloudEvents header convention; re-exported with the
 * messageBroker capability's views and renderers (core/messaging: RabbitMQ definitions, Kafka
 * plan, permissions) so `eventBusTopology` stays one namespace. No construct, target or engine
 * code: the EventBusStack pattern builds on this.
 */
export * from "./amqp";
export * from "./clients";
export * from "./cloudevents";
export * from "./defaults";
export * from "./kafka";
export * from "./names";
export * from "./validate";
export * from "../../../core/messaging/topology";
export * from "../../../core/messaging/kafka-plan";
export * from "../../../core/messaging/password-hash";
export * from "../../../core/messaging/permissions";
export * from "../../../core/messaging/rabbitmq-definitions";
