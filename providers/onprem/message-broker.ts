/** On-prem messageBroker: RabbitMQ or Kafka (KRaft) as StatefulSets in the cluster (providers/shared/in-cluster-broker.ts). */
import type { DeploymentContext } from "../../core/context";
import type { IMessageBroker, MessageBrokerRequest } from "../../core/target";
import { inClusterBroker, InClusterBrokerOptions } from "../shared/in-cluster-broker";

/** `stackwerk list` line of the on-prem broker. */
export const ONPREM_BROKER_DETAIL = "in-cluster RabbitMQ (amqp) or Kafka in KRaft mode (kafka) StatefulSet";

/** Both protocols run in the cluster on-prem. */
export function onpremMessageBroker(ctx: DeploymentContext, request: MessageBrokerRequest, options: InClusterBrokerOptions): IMessageBroker {
  return inClusterBroker(ctx, request, options);
}
