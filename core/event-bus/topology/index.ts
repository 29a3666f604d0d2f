/**
 * Engine-neutral event-bus topology: the typed AMQP and Kafka models, least-privilege client
 * grants, the RabbitMQ definitions and Kafka plan renderers, and the CloudEvents header
 * convention. No construct, target or engine code: the EventBusStack pattern builds on this.
 */
export * from "./amqp";
export * from "./clients";
export * from "./cloudevents";
export * from "./defaults";
export * from "./kafka";
export * from "./kafka-plan";
export * from "./names";
export * from "./password-hash";
export * from "./permissions";
export * from "./rabbitmq-definitions";
export * from "./validate";
